"""A day word glossed between commas by its full date ("ayer, 15 de marzo
de 2023, ...", "yesterday, March 15, 2023, ...", "kemarin, 15 Maret 2023,")
dates the text's own day as a gloss in brackets does: a publish stamp two
years later is flagged. A date after the comma that is not closed off
("yesterday, March 1 would be ...") glosses nothing. Pages written for this
file; the positives failed before the fix."""

from __future__ import annotations

import pytest

from tests.flags.helpers import dated_suspects as _suspect

GLOSSED = [
    (
        "Se reanuda el servicio de ferri",
        "El servicio de ferri a la isla se reanudó ayer, 15 de marzo de 2023, tras la "
        "reparación del muelle dañado por el temporal.",
        "es",
        "ayer, 15 de marzo de 2023",
    ),
    (
        "Ferry service resumes after storm",
        "Ferry services to the island resumed yesterday, March 15, 2023, after engineers "
        "finished repairs to the pier.",
        "en",
        "yesterday, March 15, 2023",
    ),
]


@pytest.mark.parametrize("title, body, lang, shown", GLOSSED)
def test_a_day_word_glossed_between_commas_dates_the_text(title, body, lang, shown):
    doc, flags = _suspect(title, body, lang, "2025-03-16")
    got = [f for f in flags if f.data.get("signal") == "glossed_relative"]
    assert len(got) == 1, [f.reason for f in doc.flags]
    assert got[0].data["written"] == "2023-03-16"
    assert doc.text[got[0].start : got[0].end] == shown


@pytest.mark.parametrize("title, body, lang, shown", GLOSSED)
def test_a_stamp_on_the_implied_day_is_not_flagged(title, body, lang, shown):
    assert _suspect(title, body, lang, "2023-03-16")[1] == []


def test_a_date_after_the_comma_that_is_not_closed_off_glosses_nothing():
    doc, flags = _suspect(
        "Council sets a deadline for bids",
        "The council said yesterday, March 30 would be the last day for bids on the new "
        "ferry contract.",
        "en",
        "2025-03-16",
    )
    assert [f for f in flags if f.data.get("signal") == "glossed_relative"] == [], [
        f.reason for f in doc.flags
    ]
