"""A publication date given with a Buddhist-era year in an ISO form
("2566-05-16", as Thai sites state it) is B.E.: the text's relative and
year-less dates count from C.E. 2023, not from the year 2566."""

from __future__ import annotations

from newsline.dates import resolve_dates


def test_relatives_count_from_a_buddhist_era_publication():
    text = "เมื่อคืนวันจันทร์ที่ 15 พ.ค. คณะกรรมการประกาศผลคะแนน และจะรับรองผลในเดือน ก.ค. นี้"
    got = [(text[m.start : m.end], m.value) for m in resolve_dates(text, "th", "2566-05-16")]
    assert got == [
        ("เมื่อคืน", "2023-05-15"),
        ("วันจันทร์ที่ 15 พ.ค.", "2023-05-15"),
        ("เดือน ก.ค. นี้", "2023-07"),
    ]
