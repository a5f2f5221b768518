"""One text under several URLs of a site (an article's AMP and print copies,
one story filed in two sections) is one page of that site: its short
paragraphs were counted once per copy and set aside as the site's chrome on
the third, which read 0% kept, every paragraph labelled ``navigation``.
Pages invented for this test, in the styles of other sites and languages."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean.site import SiteBoilerplate
from tests.clean.test_site_boilerplate_recrawl import _page  # one page per URL, its lines body

# Short paragraphs, under the stage's long-prose guard.
LINES = {
    "de": [
        "Der Landtag in Hannover hat am Dienstag neue Buslinien beschlossen.",
        "Vierzig Strecken kommen dazu, Schüler zahlen ein Drittel weniger.",
    ],
    "id": [
        "Pemerintah Kota Surabaya meresmikan jalur bus baru pada hari Selasa.",
        "Empat puluh rute ditambahkan dan tarif pelajar turun sepertiga.",
    ],
    "zh": [
        "台中市政府周二宣布新增四十条公交线路。",
        "学生和老人的票价将下调三分之一。",
    ],
}
SLOGAN = {
    "de": "Tagblatt – Nachrichten aus der Region",
    "id": "Warta Kota – berita hari ini",
    "zh": "中部日报 – 每日新闻",
}


@pytest.mark.parametrize("lang", sorted(LINES))
def test_copies_of_one_text_keep_their_paragraphs(lang):
    stage = SiteBoilerplate()
    base = "https://paper.example/2025/04/buses"
    copies = [
        _page(LINES[lang], url, f"c{n}", lang)
        for n, url in enumerate([base, base.replace("/2025", "/amp/2025"), base + "/print"])
    ]
    for doc in copies:  # one batch each, or all in one: the same
        stage([doc], Counter())
    assert [b.label for b in copies[-1].blocks] == ["body", "body"], copies[-1].blocks


@pytest.mark.parametrize("lang", sorted(LINES))
def test_a_line_on_three_different_texts_is_still_chrome(lang):
    stage = SiteBoilerplate()
    base = "https://paper.example/2025/04/"
    pages = [_page(LINES[lang] + [SLOGAN[lang]], base + "buses", "p0", lang)]
    pages += [
        _page([LINES[lang][0] + f" ({n})", SLOGAN[lang]], base + f"other-{n}", f"p{n + 1}", lang)
        for n in range(2)
    ]
    # an exact copy of the first page in between counts nothing more
    copy = _page(LINES[lang] + [SLOGAN[lang]], base + "buses/amp", "copy", lang)
    for doc in [pages[0], copy, *pages[1:]]:
        stage([doc], Counter())
    assert copy.blocks[-1].label == "body"
    assert pages[-1].blocks[-1].label == "navigation"
    assert "3 pages of this site" in pages[-1].blocks[-1].reasons[-1]
