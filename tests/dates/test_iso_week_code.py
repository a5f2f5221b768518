"""An ISO 8601 week code ("2026-W40"), as planning tools, supply portals and
statistics tables write it, is that ISO week, Monday to Sunday, in any
language; with its day ("2027-W01-5") that day. Not its year alone (the
old reading), not inside a longer code ("SKU-2026-W40", "2026-W40B"), not a
week that year lacks ("2027-W53"), nor a lower-case "w". Sentences written
for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-06-23"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "es",
            "La obra entrará en la fase final en la 2026-W40, según el plan de obra.",
            [("2026-W40", "2026-09-28", "2026-10-04")],
        ),
        (
            "vi",
            "Kế hoạch sản xuất tuần 2026-W45 đã được phê duyệt.",
            [("2026-W45", "2026-11-02", "2026-11-08")],
        ),
        ("zh", "该批货物预计在2026-W45到港。", [("2026-W45", "2026-11-02", "2026-11-08")]),
        (
            "th",
            "กำหนดส่งสินค้าล็อตแรกในช่วง 2026-W45 ตามแผนงาน",
            [("2026-W45", "2026-11-02", "2026-11-08")],
        ),
        # a week across the new year, and a day of a week
        (
            "en",
            "The release train leaves in 2026-W53 and the retro is on 2027-W01-5.",
            [("2026-W53", "2026-12-28", "2027-01-03"), ("2027-W01-5", "2027-01-08", None)],
        ),
        # negatives: codes, a week the year lacks, lower case
        ("en", "Order SKU-2026-W40 and part 2026-W40B are out of stock.", []),
        ("fr", "La référence 2027-W53 n'existe pas dans le calendrier ISO.", []),
        ("en", "The file tag 2026-w40 is not a week code.", []),
    ],
)
def test_iso_week_code(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # languages without tables (read through CLDR)
        (
            "de",
            "Die Lieferung ist für 2026-W45 geplant.",
            [("2026-W45", "2026-11-02", "2026-11-08")],
        ),
        ("pt", "A entrega ficou para 2026-W45.", [("2026-W45", "2026-11-02", "2026-11-08")]),
        ("pl", "Dostawa w tygodniu 2026-W45.", [("2026-W45", "2026-11-02", "2026-11-08")]),
    ],
)
def test_iso_week_code_in_languages_without_tables(lang, text, expected):
    assert found(text, lang) == expected
