"""Thai "วันศุกร์นี้ถึงวันอาทิตย์" (this coming Friday to Sunday): the first
weekday looked ahead but the second, cut from it by "นี้", was read alone as
the Sunday just past. The two are one span of days ahead. A bare range
("วันจันทร์ถึงวันศุกร์", Monday to Friday) stays a schedule: its first day
only, as before. Published Wednesday 2025-08-06."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-08-06"


def found(text):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "th", PUB)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("งานเทศกาลอาหารจัดวันศุกร์นี้ถึงวันอาทิตย์", "วันศุกร์นี้ถึงวันอาทิตย์"),
        ("ตลาดนัดเปิดวันศุกร์นี้ ถึง วันอาทิตย์ ที่สวนสาธารณะ", "วันศุกร์นี้ ถึง วันอาทิตย์"),
    ],
)
def test_this_weekday_to_another_is_a_span_ahead(text, span):
    assert found(text) == [(span, "2025-08-08", "2025-08-10")]


def test_a_bare_weekday_range_stays_a_schedule():
    assert found("ร้านเปิดวันจันทร์ถึงวันศุกร์") == [("วันจันทร์", "2025-08-04", None)]
