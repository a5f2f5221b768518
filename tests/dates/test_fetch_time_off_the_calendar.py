"""A scraper's fetch time shaped like a day but off the calendar
("2024-09-31", "2023-02-29") is bad input, not a crash: the dateline read
in the fetch's year is skipped, and the page keeps every date the stage
finds without a fetch time. (The dateline-and-fetch rule built a date from
the fetch time unchecked; its ValueError cost the page all its dates.)
Records written for these tests, in English and Portuguese."""

from __future__ import annotations

import pytest

from tests.dates.test_dateline_day_before_fetch import _record

EN = (
    "Port strike ends after pay deal\n"
    "DURBAN, Sept 27 (Coastwire) - Dock workers ended a nine-day strike on Friday "
    "after the port authority agreed to a pay rise, the union said on 26 September 2024.\n"
    "Ships waiting outside the harbour began to berth within hours."
)
PT = (
    "Greve dos estivadores termina\n"
    "LUANDA, 27 set (Agência Costa) - Os estivadores terminaram na sexta-feira uma greve "
    "de nove dias, depois de um acordo salarial assinado a 26 de setembro de 2024.\n"
    "Os navios começaram a atracar poucas horas depois."
)


@pytest.mark.parametrize("text", [EN, PT])
@pytest.mark.parametrize("fetched", ["2024-09-31", "2023-02-29"])
def test_a_fetch_day_off_the_calendar_keeps_the_pages_dates(tmp_path, text, fetched):
    unfetched = _record(tmp_path, text)
    assert unfetched.dates, "the record names dates of its own"
    doc = _record(tmp_path, text, scraped_at=fetched)
    assert doc.published is None, doc.meta
    assert "published_from_dateline" not in doc.meta
    assert [(m.start, m.value) for m in doc.dates] == [(m.start, m.value) for m in unfetched.dates]


def test_a_fetch_day_on_the_calendar_still_dates_the_dateline(tmp_path):
    doc = _record(tmp_path, EN, scraped_at="2024-09-30T08:00:00Z")
    assert doc.published == "2024-09-27", doc.meta
