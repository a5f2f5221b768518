"""English 'between March 3 and 5' (month first) is the range of those days,
as 'between 3 and 5 March', 'entre el 3 y el 5 de marzo' and 'entre le 3 et
le 5 mars' already were: weather and disaster follow-ups and court calendars
write it so, and only 'March 3' was read. A clock time or a figure after
'and' ('between March 3 and 5 p.m.', '... and 5%') is no day. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-14"


def found(text):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, "en", PUB)]


@pytest.mark.parametrize(
    "text,span,value,end",
    [
        (
            "Heavy rain hit the region between March 3 and 5.",
            "between March 3 and 5",
            "2025-03-03",
            "2025-03-05",
        ),
        (
            "The court sat between Nov. 4 and 6, 2024, to hear the appeal.",
            "between Nov. 4 and 6, 2024",
            "2024-11-04",
            "2024-11-06",
        ),
    ],
)
def test_between_month_first_days_is_a_range(text, span, value, end):
    assert (span, value, end) in found(text)


def test_a_clock_time_or_a_figure_after_and_is_no_day():
    assert found("Heavy rain fell between March 3 and 5 p.m. in the hills.")[0][2] is None
    assert found("Prices rose between March 3 and 5% in the capital.")[0][2] is None
