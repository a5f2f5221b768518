"""An advert planted in an article is ``spam`` on its span, and only that: it
says nothing of the site that serves the page, so it raises no
``content_farm`` twin on the same span (the flags' meanings: spam lines are
``spam``; a content farm is told by the site's own stamps -- a farm footer,
a takedown offer, a "gathered from the web" notice, a credit to another
site beside farm signs). Near misses: a page with an advert AND a farm
footer gets both flags, each on its own span; a credited repost still
counts the advert as a farm sign. Pages written for this file in styles and
languages no other test uses; each positive failed at 30b0814, which added
``content_farm:keyword_lines`` on the advert's span."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

PT_PORT = (
    "A administração do porto anunciou nesta quarta-feira a ampliação do terminal de "
    "contêineres, com dois novos berços de atracação e investimento de 900 milhões de reais.\n"
    "{a}\n"
    "Segundo a empresa, as obras começam em março e devem gerar cerca de 1.200 empregos "
    "diretos durante os três anos de construção.\n"
    "{b}\n"
)
ID_DAM = (
    "Pemerintah provinsi meresmikan bendungan baru di hulu sungai pada Senin pagi, yang "
    "diharapkan mampu mengairi sekitar 8.000 hektare sawah di empat kabupaten.\n"
    "{a}\n"
    "Kepala dinas pekerjaan umum mengatakan bendungan itu juga akan menjadi sumber air baku "
    "bagi 30.000 rumah tangga mulai tahun depan.\n"
    "{b}\n"
)
EN_ZOO = (
    "The city zoo welcomed two red panda cubs this spring, the first born there in more "
    "than a decade, keepers said on Wednesday.\n"
    "{a}\n"
    "The cubs will stay off display with their mother until late summer, when a new "
    "bamboo enclosure near the main gate is due to open.\n"
    "{b}\n"
)

ADVERTS = [
    (
        EN_ZOO,
        "Instant cash loans, no credit check, approved in 5 minutes, WhatsApp +44 7700 900123",
    ),
    (
        ID_DAM,
        "Situs slot online gacor hari ini, bonus member baru 100%, daftar via WA 0812-3456-7890",
    ),
    (
        PT_PORT,
        "Cassino online com bônus de 200% no primeiro depósito, saque via Pix, chame no WhatsApp 11 98765-4321",
    ),
]


@pytest.mark.parametrize("page, ad", ADVERTS, ids=["en", "id", "pt"])
def test_an_injected_advert_is_spam_and_no_content_farm(page, ad):
    doc = flagged(page.format(a=ad, b=""))
    assert [span(doc, f) for f in kinds(doc, "spam")] == [ad], [f.reason for f in doc.flags]
    assert kinds(doc, "content_farm") == [], [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "page, line",
    [(EN_ZOO, "BEST ONLINE CASINO BONUS"), (ID_DAM, "JUDI BOLA TERPERCAYA")],
    ids=["en", "id"],
)
def test_a_keyword_line_coming_back_twice_is_spam_and_no_content_farm(page, line):
    doc = flagged(page.format(a=line, b=line))
    assert {span(doc, f) for f in kinds(doc, "spam")} == {line}, [f.reason for f in doc.flags]
    assert kinds(doc, "content_farm") == [], [f.reason for f in doc.flags]


FARM_FOOTER = {
    EN_ZOO: "Some posts on this site are collected from around the web. If you are the "
    "copyright owner of any material and want it taken down, please contact us.",
    ID_DAM: "Materi dikumpulkan dari internet. Jika Anda pemilik hak cipta dan keberatan, "
    "silakan hubungi kami agar segera dihapus.",
}


@pytest.mark.parametrize("page", [EN_ZOO, ID_DAM], ids=["en", "id"])
def test_an_advert_on_a_farm_page_each_flag_on_its_own_span(page):
    # near miss: the page is a farm by its footer; the advert stays spam only
    ad = next(a for p, a in ADVERTS if p is page)
    doc = flagged(page.format(a=ad, b=FARM_FOOTER[page]))
    spam = kinds(doc, "spam")
    farm = kinds(doc, "content_farm")
    assert [span(doc, f) for f in spam] == [ad]
    assert farm and all(FARM_FOOTER[page].startswith(span(doc, f)[:30]) for f in farm), [
        f.reason for f in doc.flags
    ]
    ad_at = doc.text.index(ad)
    assert not any(f.start <= ad_at < f.end for f in farm)


@pytest.mark.parametrize("page", [EN_ZOO, ID_DAM, PT_PORT], ids=["en", "id", "pt"])
def test_a_plain_article_gets_neither_flag(page):
    doc = flagged(page.format(a="", b=""))
    assert kinds(doc, "spam") == [] and kinds(doc, "content_farm") == []
