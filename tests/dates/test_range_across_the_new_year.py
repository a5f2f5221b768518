"""A span whose one end carries its year and whose other does not, the
months wrapping over the new year ("từ 28/12/2025 đến 3/1", "30 ธ.ค. ถึง 2
ม.ค. 2569"): it was read as two dates, the bare end put in the written end's
year, which made the span run backwards. It is now one range across the new
year, as a span with no year at either end already was ("Dec. 28 to Jan.
5"). Not where the months do not wrap (an end before its start in one year
is no span), nor between two happenings. Sentences written for these tests;
published 2025-12-10 (heldout16's miss)."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-12-10"


def found(text, lang, pub=PUB):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "vi",
            "Lễ hội ánh sáng diễn ra từ 27/12/2025 đến 4/1 tại công viên bờ sông.",
            [("27/12/2025 đến 4/1", "2025-12-27", "2026-01-04")],
        ),
        (
            "th",
            "งานกาชาดจะจัดขึ้นตั้งแต่ 29 ธ.ค. ถึง 4 ม.ค. 2569 ที่สวนลุมพินี",
            [("29 ธ.ค. ถึง 4 ม.ค. 2569", "2025-12-29", "2026-01-04")],
        ),
        (
            "es",
            "La exposición podrá visitarse del 20 de diciembre de 2025 al 7 de enero.",
            [("20 de diciembre de 2025 al 7 de enero", "2025-12-20", "2026-01-07")],
        ),
        (
            "fr",
            "La patinoire sera ouverte du 19 décembre au 4 janvier 2026.",
            [("19 décembre au 4 janvier 2026", "2025-12-19", "2026-01-04")],
        ),
    ],
)
def test_a_span_runs_across_the_new_year(lang, text, want):
    assert found(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the months do not wrap: no span running backwards
        ("vi", "Giá vé tăng từ 15/3/2025 đến 2/2 theo thông báo cũ."),
        ("th", "ราคาน้ำมันปรับขึ้นตั้งแต่ 20 มี.ค. ถึง 5 ก.พ. 2568 ตามประกาศเดิม"),
    ],
)
def test_no_backward_span_in_one_year(lang, text):
    assert all(end is None or end >= value for _, value, end in found(text, lang))
