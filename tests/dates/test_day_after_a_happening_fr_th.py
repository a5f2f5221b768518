""""The day after" a happening whose day is written after it counts from
that day (heldout15's choice, as heldout12's eve): fr "Au lendemain du
sommet du 20 octobre" (with "au", not only "le lendemain"), th
"วันรุ่งขึ้นหลังพิธีเปิดวันที่ 20 ต.ค." (the day after the opening ceremony).
With no day of the happening it is no date; after a date told before it,
the day after that date. Sentences invented; published 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "fr",
            "Au lendemain du sommet du 20 octobre, les ministres se réuniront à Bruxelles.",
            [("Au lendemain", "2025-10-21"), ("20 octobre", "2025-10-20")],
        ),
        (
            "th",
            "วันรุ่งขึ้นหลังพิธีเปิดวันที่ 20 ต.ค. จะมีการแข่งขันนัดแรก",
            [("วันรุ่งขึ้น", "2025-10-21"), ("วันที่ 20 ต.ค.", "2025-10-20")],
        ),
    ],
)
def test_day_after_the_happenings_written_day(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("fr", "Au lendemain de la victoire, les supporters ont défilé.", []),
        ("th", "วันรุ่งขึ้นหลังการประชุม คณะกรรมการได้แถลงข่าว", []),
        (
            "th",
            "ผู้ต้องหาถูกจับเมื่อวันที่ 3 ต.ค. วันรุ่งขึ้นถูกนำตัวไปฝากขัง",
            [("วันที่ 3 ต.ค.", "2025-10-03"), ("วันรุ่งขึ้น", "2025-10-04")],
        ),
    ],
)
def test_no_written_day_of_the_happening(lang, text, expected):
    assert found(text, lang) == expected
