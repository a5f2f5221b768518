"""A page with no publish date whose text writes days with no year at all
("on March 10", "el 5 de enero", "4月3日") reads them in the year of its
related-article teasers: the articles listed beside it when it ran. Each day
takes the year that sets it nearest the latest teaser's day, so a January
day beside a teaser of late December is the next January. A page whose text
writes a year, or one with no dated teaser, is left as it was; a bare year
(a copyright line) is no teaser's day. Pages invented for this test (not from
any site), in other languages and styles than the story that showed it."""

from __future__ import annotations

from collections import Counter

from newsline.dates import ResolveDates
from newsline.model import Block, Document


def _doc(text: str, lang: str, teaser: str | None, published=None, label="related") -> Document:
    body_end = text.index(teaser) if teaser else len(text)
    blocks = [Block(0, body_end, label="body", lang=lang)]
    if teaser:
        a = text.index(teaser)
        blocks.append(Block(a, a + len(teaser), label=label, lang=lang))
    doc = Document(
        id="p", source="s", url="s", text=text, lang=lang, published=published, blocks=blocks
    )
    ResolveDates()([doc], Counter())
    return doc


def _values(doc: Document, upto: int) -> list[str]:
    return [m.value for m in doc.dates if m.start < upto]


def test_english_days_take_the_teasers_year():
    teaser = "More: Port strike ends after nine days (June 2, 2031)"
    text = "The ferry company said on May 28 that sailings resume on June 4.\n\n" + teaser
    doc = _doc(text, "en", teaser)
    assert _values(doc, text.index(teaser)) == ["2031-05-28", "2031-06-04"]
    assert doc.meta["year_from_teasers"] == "2031-06-02"


def test_spanish_january_day_beside_a_december_teaser_is_the_next_year():
    teaser = "Relacionado: Cierre del puerto por temporal (30 de diciembre de 2030)"
    text = "El alcalde inauguró el 5 de enero el nuevo mercado central.\n\n" + teaser
    doc = _doc(text, "es", teaser)
    assert _values(doc, text.index(teaser)) == ["2031-01-05"]


def test_thai_days_take_the_teasers_year():
    teaser = "ข่าวที่เกี่ยวข้อง: น้ำท่วมถนนสายหลัก (12 ส.ค. 2574)"
    text = "เทศบาลเปิดสะพานใหม่เมื่อวันที่ 9 ส.ค. ที่ผ่านมา\n\n" + teaser
    doc = _doc(text, "th", teaser)
    assert _values(doc, text.index(teaser)) == ["2031-08-09"]


def test_a_page_with_a_year_in_its_text_is_left_as_it_was():
    teaser = "More: Port strike ends after nine days (June 2, 2031)"
    text = "The ferry company said on May 28, 2029 that sailings resume on June 4.\n\n" + teaser
    doc = _doc(text, "en", teaser)
    assert "year_from_teasers" not in doc.meta
    assert _values(doc, text.index(teaser))[0] == "2029-05-28"


def test_a_page_with_a_publish_date_is_left_as_it_was():
    teaser = "More: Port strike ends after nine days (June 2, 2031)"
    text = "The ferry company said on May 28 that sailings resume on June 4.\n\n" + teaser
    doc = _doc(text, "en", teaser, published="2027-05-30")
    assert _values(doc, text.index(teaser)) == ["2027-05-28", "2027-06-04"]


def test_no_dated_teaser_or_a_copyright_year_gives_no_year():
    text = "The ferry company said on May 28 that sailings resume on June 4."
    assert _values(_doc(text, "en", None), len(text)) == ["--05-28", "--06-04"]
    footer = "© 2031 Harbour Weekly"
    text2 = text + "\n\n" + footer
    doc = _doc(text2, "en", footer, label="footer")
    assert "year_from_teasers" not in doc.meta
    assert _values(doc, len(text)) == ["--05-28", "--06-04"]
