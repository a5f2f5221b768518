"""A date moved for another -- "postponed from Oct. 12 to Oct. 19",
"aplazada del 12 de octubre al 19 de octubre", "reportée du 12 octobre au 19
octobre" -- names the old date and the new one: two dates, not a span. Only
where both ends carry their own month ("moved from Oct. 12 to 19" stays a
span, so the first day is not lost), and only after a verb of moving ("runs
from ... to ..." is a span). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2026-10-07"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "The derby was postponed from Oct. 12 to Oct. 19 because of the storm.",
            [("Oct. 12", "2026-10-12", None), ("Oct. 19", "2026-10-19", None)],
        ),
        (
            "en",
            "The council has rescheduled the vote from 12/10/2026 to 12/17/2026.",
            [("12/10/2026", "2026-12-10", None), ("12/17/2026", "2026-12-17", None)],
        ),
        (
            "es",
            "La vista fue aplazada del 12 de octubre al 19 de octubre por una huelga.",
            [("12 de octubre", "2026-10-12", None), ("19 de octubre", "2026-10-19", None)],
        ),
        (
            "fr",
            "L'audience a été reportée du 12 octobre au 19 octobre à la demande de la défense.",
            [("12 octobre", "2026-10-12", None), ("19 octobre", "2026-10-19", None)],
        ),
        # negatives: a span with no verb of moving, and a moved span whose
        # second end has no month of its own
        (
            "en",
            "The book fair runs from Oct. 12 to Oct. 19 at the harbour.",
            [("Oct. 12 to Oct. 19", "2026-10-12", "2026-10-19")],
        ),
        (
            "es",
            "La feria se celebra del 12 de octubre al 19 de octubre en el puerto.",
            [("12 de octubre al 19 de octubre", "2026-10-12", "2026-10-19")],
        ),
        (
            "fr",
            "Le salon se tient du 12 octobre au 19 octobre sur le port.",
            [("12 octobre au 19 octobre", "2026-10-12", "2026-10-19")],
        ),
        (
            "en",
            "The vote was moved from Oct. 12 to 19.",
            [("Oct. 12 to 19", "2026-10-12", "2026-10-19")],
        ),
    ],
)
def test_moved_from_date_to_date(lang, text, expected):
    assert found(text, lang) == expected
