"""Thai days of one month joined by "และ" ("and"): "เมื่อวันที่ 4 และ 9
ก.พ." names the 4th and the 9th. Only "9 ก.พ." was read, so a sentence
telling something first done on the 4th was dated the 9th. They are now the
two days named, as "les 9 et 12 juin" and "ngày 9 và 12/6" already were;
days running on ("4 และ 5 ก.พ.") stay one two-day span, "ระหว่างวันที่ 4
และ 9" ("between") a range, and a count before "และ" stays no date.
Sentences written for these tests; published 2026-02-12."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-02-12"


def found(text, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "th", pub)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "สหภาพแรงงานนัดหยุดงานประท้วงเมื่อวันที่ 2 และ 6 ก.พ. ที่ผ่านมา",
            [("วันที่ 2", "2026-02-02", None), ("6 ก.พ. ที่ผ่านมา", "2026-02-06", None)],
        ),
        (
            "คณะกรรมการจัดประชุมวันที่ 13 และวันที่ 20 มกราคม 2569 ที่ทำเนียบรัฐบาล",
            [("วันที่ 13", "2026-01-13", None), ("วันที่ 20 มกราคม 2569", "2026-01-20", None)],
        ),
    ],
)
def test_two_days_named(text, want):
    assert found(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # consecutive days: one two-day span
        (
            "ฝนตกหนักในภาคใต้เมื่อวันที่ 2 และ 3 ก.พ.",
            [("วันที่ 2 และ 3 ก.พ.", "2026-02-02", "2026-02-03")],
        ),
        # "between": a range
        (
            "การเจรจาจัดขึ้นระหว่างวันที่ 2 และ 6 ก.พ.",
            [("วันที่ 2 และ 6 ก.พ.", "2026-02-02", "2026-02-06")],
        ),
        # a count before "และ"
        ("พบผู้ป่วยรายใหม่ 2 และ 6 รายตามลำดับ", []),
        # a range told with its own word
        ("งานแสดงสินค้าจัดขึ้นวันที่ 2-6 ก.พ.", [("วันที่ 2-6 ก.พ.", "2026-02-02", "2026-02-06")]),
    ],
)
def test_spans_and_counts_unchanged(text, want):
    assert found(text) == want
