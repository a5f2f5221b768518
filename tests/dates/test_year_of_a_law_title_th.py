"""A Thai law's title ends in its year ("พ.ร.บ.ภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562",
"พระราชกำหนด... พ.ศ. 2548", "... (ฉบับที่ 2) พ.ศ. 2560"): the year names the law,
as the year inside a law's number ("Ley 7/2024") is no date. A year told of
the law ("ประกาศใช้เมื่อ พ.ศ. 2560", "ในปี 2560") or elsewhere in the sentence is
still a date. Publication date: 1 July 2025."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-07-01"


def spans(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "th", PUB)]


@pytest.mark.parametrize(
    "text,expect",
    [
        ("เจ้าของที่ดินต้องชำระภาษีตาม พ.ร.บ.ภาษีที่ดินและสิ่งปลูกสร้าง พ.ศ. 2562 ภายในเดือนสิงหาคม", [("เดือนสิงหาคม", "2025-08")]),
        ("รัฐบาลประกาศใช้พระราชกำหนดการบริหารราชการในสถานการณ์ฉุกเฉิน พ.ศ. 2548 อีกครั้ง", []),
        ("ศาลพิพากษาตามพระราชบัญญัติยาเสพติด (ฉบับที่ 3) พ.ศ. 2564", []),
    ],
)
def test_year_ending_a_law_title_is_no_date(text, expect):
    assert spans(text) == expect


@pytest.mark.parametrize(
    "text,expect",
    [
        ("พระราชบัญญัตินี้ประกาศใช้เมื่อ พ.ศ. 2562", [("พ.ศ. 2562", "2019")]),
        ("สภาผ่านพระราชบัญญัติภาษีที่ดินในปี 2562", [("ปี 2562", "2019")]),
        ("เมื่อ พ.ศ. 2548 รัฐบาลออกกฎหมายฉุกเฉิน", [("พ.ศ. 2548", "2005")]),
    ],
)
def test_year_told_of_a_law_stays_a_date(text, expect):
    assert spans(text) == expect
