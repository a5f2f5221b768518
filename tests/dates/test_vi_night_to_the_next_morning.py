"""A Vietnamese night running into the small hours of the next day ('đêm 12
rạng sáng 13/3', 'đêm 12/3, rạng sáng 13/3', 'từ đêm 12 đến sáng 13 tháng 3')
is both days, as 'dans la nuit du 12 au 13 mars' and 'overnight from March
12 to 13' are: only the 13th was read. A night and a morning joined by no
'rạng' or 'đến' ('Đêm 12/3, sáng 14/3 ...') stay two dates. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2025-03-13"


def found(text):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "vi", PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Đêm 12 rạng sáng 13/3, mưa lớn gây ngập nhiều tuyến phố.",
            [("Đêm 12 rạng sáng 13/3", "2025-03-12", "2025-03-13")],
        ),
        (
            "Đêm 12/3, rạng sáng 13/3, mưa lớn gây ngập.",
            [("Đêm 12/3, rạng sáng 13/3", "2025-03-12", "2025-03-13")],
        ),
        (
            "Từ đêm 12 đến sáng 13 tháng 3, mưa lớn gây ngập.",
            [("đêm 12 đến sáng 13 tháng 3", "2025-03-12", "2025-03-13")],
        ),
        (
            "Đêm 28/2 rạng sáng 1/3, mưa lớn gây ngập.",
            [("Đêm 28/2 rạng sáng 1/3", "2025-02-28", "2025-03-01")],
        ),
        # two happenings, or one part of a day
        (
            "Đêm 12/3, sáng 14/3 trời lại mưa.",
            [("12/3", "2025-03-12", None), ("14/3", "2025-03-14", None)],
        ),
        ("Rạng sáng 13/3, xảy ra vụ cháy.", [("13/3", "2025-03-13", None)]),
    ],
)
def test_vi_night_to_the_next_morning(text, expected):
    assert found(text) == expected
