"""English "go on sale" in the plural schedules a day as "goes on sale" does
("Tickets go on sale on Monday": the coming Monday), also after a date that
only names the thing on sale ("Tickets for the June 14 concert go on sale on
Monday": not the Monday after 14 June). Told in the past ("went
on sale", "did not go on sale") the weekday is the last one."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-04-09"  # a Wednesday


def found(text, pub=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "en", pub)]


@pytest.mark.parametrize(
    "text,expect",
    [
        ("Season tickets go on sale on Friday at 9am.", [("Friday", "2025-04-11")]),
        ("Presale codes go on sale Monday for fan-club members.", [("Monday", "2025-04-14")]),
        (
            "Tickets for the June 14 concert go on sale on Monday.",
            [("June 14", "2025-06-14"), ("Monday", "2025-04-14")],
        ),
    ],
)
def test_go_on_sale_schedules_the_coming_day(text, expect):
    assert found(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        "The tickets went on sale on Monday.",
        "Tickets did not go on sale on Monday as planned.",
        "Tickets didn't go on sale on Monday.",
    ],
)
def test_told_in_the_past_it_is_the_last_one(text):
    assert found(text) == [("Monday", "2025-04-07")]
