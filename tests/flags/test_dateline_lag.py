"""A wire dateline names the day the story was filed; a page is published
within days of it. A publish stamp months or years after its own dateline,
with no note of an update, is not the day the text was published (an old
story re-stamped as new). Pages written for this file; the positives
failed before the rule."""

from __future__ import annotations

import pytest

from tests.flags.test_dateline_after_the_stamp import _flags

EN = [
    (
        "OBAN, March 15, 2023 – Ferry services to the island resumed yesterday after engineers "
        "finished repairs to the pier damaged in last month's storm.",
        "body",
    ),
    ("The first sailing carried 40 cars and a lorry of supplies for the island's shops.", "body"),
]
ES = [
    (
        "VALENCIA, 15 de marzo de 2023 – El servicio de ferri a la isla se reanudó ayer después "
        "de que los técnicos repararan el muelle dañado por el temporal.",
        "body",
    ),
    ("El primer barco llevó 40 coches y un camión de suministros para los comercios.", "body"),
]


@pytest.mark.parametrize("parts, lang", [(EN, "en"), (ES, "es")])
def test_a_stamp_two_years_after_the_dateline_is_flagged(parts, lang):
    doc, flags = _flags(parts, lang, "2025-03-16")
    got = [f for f in flags if f.data.get("signal") == "dateline_lag"]
    assert len(got) == 1, [f.reason for f in doc.flags]
    assert got[0].data["event"] == "2023-03-15"
    assert "15" in doc.text[got[0].start : got[0].end]


@pytest.mark.parametrize("parts, lang", [(EN, "en"), (ES, "es")])
def test_a_stamp_days_after_the_dateline_is_not_flagged(parts, lang):
    doc, flags = _flags(parts, lang, "2023-03-17")
    assert flags == [], [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "parts, lang, note",
    [
        (EN, "en", "Updated with the operator's new timetable."),
        (ES, "es", "Noticia actualizada con el nuevo horario de la naviera."),
    ],
)
def test_an_update_note_explains_a_later_stamp(parts, lang, note):
    doc, flags = _flags([*parts, (note, "metadata")], lang, "2025-03-16")
    assert [f for f in flags if f.data.get("signal") == "dateline_lag"] == [], [
        f.reason for f in doc.flags
    ]
