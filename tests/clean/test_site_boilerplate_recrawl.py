"""A page read again (re-crawled after an update, or the same URL in a WARC and
a file) is one page of its site: its own short paragraphs never become the
site's boilerplate by being read three times."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean.site import SiteBoilerplate
from newsline.model import Block, Document

# Invented short news paragraphs (under the stage's long-prose guard), per language.
LINES = {
    "en": [
        "Ferry crews in Piraeus began a 48-hour strike, the union said.",
        "Forty ships stayed in port on Tuesday morning.",
    ],
    "vi": [
        "Công nhân phà ở cảng Cát Lái bắt đầu đình công 48 giờ.",
        "Bốn mươi con tàu nằm lại cảng sáng thứ Ba.",
    ],
    "es": [
        "Los tripulantes de los ferris de Algeciras iniciaron una huelga de 48 horas.",
        "Cuarenta barcos quedaron en el puerto el martes por la mañana.",
    ],
    "th": [
        "ลูกเรือเรือข้ามฟากที่ท่าเรือสัตหีบเริ่มนัดหยุดงาน 48 ชั่วโมง",
        "เรือสี่สิบลำจอดอยู่ในท่าเมื่อเช้าวันอังคาร",
    ],
}
SLOGAN = "Harbour Post — news from the quays"


def _page(lines: list[str], url: str, doc_id: str, lang: str = "en") -> Document:
    text = "\n".join(lines)
    blocks, pos = [], 0
    for line in lines:
        blocks.append(Block(pos, pos + len(line), "body", lang))
        pos += len(line) + 1
    return Document(id=doc_id, source=f"/crawl/{doc_id}.html", text=text, url=url, lang=lang,
                    blocks=blocks)


@pytest.mark.parametrize("lang", sorted(LINES))
def test_a_page_read_four_times_keeps_its_paragraphs(lang):
    stage = SiteBoilerplate()
    url = "https://harbourpost.example/2025/03/ferry-strike"
    # each read adds an update line, as a live story does; the URL as a
    # reader's tools spell it: www., a trailing slash, a #fragment, http
    spellings = [url, url.replace("://", "://www.") + "/", url + "#update", "http" + url[5:]]
    reads = [
        _page(LINES[lang] + [f"Update {n}: talks resume at {n + 8} am."][:n], u, f"v{n}", lang)
        for n, u in enumerate(spellings)
    ]
    for doc in reads:  # one per run, as days go by
        stage([doc], Counter())
    assert [b.label for b in reads[-1].blocks[:2]] == ["body", "body"], reads[-1].blocks


def test_a_line_on_three_distinct_pages_is_still_set_aside_however_often_one_was_read():
    stage = SiteBoilerplate()
    a = "https://harbourpost.example/2025/03/ferry-strike"
    docs = [_page([LINES["en"][0], SLOGAN], a, f"a{n}") for n in range(3)]
    docs += [
        _page([f"Dockers in Rotterdam vote on pay offer number {n}.", SLOGAN],
              f"https://harbourpost.example/2025/03/other-{n}", f"b{n}")
        for n in range(2)
    ]
    labels = []
    for doc in docs:
        stage([doc], Counter())
        labels.append(doc.blocks[1].label)
    # the slogan is on pages a, b0, b1: set aside from the third distinct page on
    assert labels == ["body", "body", "body", "body", "navigation"]
    assert "3 pages of this site" in docs[-1].blocks[1].reasons[-1]


def test_pages_read_before_survive_a_state_round_trip():
    url = "https://harbourpost.example/2025/03/ferry-strike"
    a = SiteBoilerplate()
    a([_page(LINES["en"], url, "v0"), _page(LINES["en"] + ["Update."], url, "v1")], Counter())
    b = SiteBoilerplate()
    b.load_state(a.state_dict())
    again = _page(LINES["en"] + ["Update 2."], url, "v2")
    b([again], Counter())
    assert [x.label for x in again.blocks[:2]] == ["body", "body"]
