"""A day the text tells as coming with "the coming" or "next" right before it
("am kommenden Sonntag, dem ...", "el próximo 14 de marzo de 2021",
"dimanche prochain, 4 juillet 2021", "this coming Saturday, 6 March 2021")
lying more than a year before the stamp: the text was written before that
day. Pages written for this file (heldout6 has one German election page).
Near misses: narration's "the following day" ("am nächsten Tag", "al día
siguiente"), and a right stamp before the coming day."""

from __future__ import annotations

import pytest

from tests.flags.test_stamp_calendars_and_dates_ahead import _suspect

AHEAD = {
    "es": [
        "Sevilla celebra su maratón con récord de inscritos",
        "El próximo 14 de marzo de 2021 se correrá la maratón de Sevilla con 14.000 inscritos.",
        "La salida está prevista a las 8.30 en el estadio olímpico.",
    ],
    "fr": [
        "Les électeurs appelés aux urnes pour les régionales",
        "Dimanche prochain, 27 juin 2021, les électeurs voteront au second tour des régionales.",
        "Les bureaux de vote ouvriront à 8 heures dans toute la région.",
    ],
    "en": [
        "Parkrun returns to the seafront",
        "This coming Saturday, 6 March 2021, runners gather at the pier for the first run.",
        "Volunteers are asked to arrive by 8.30am.",
    ],
    "de": [
        "Stadtfest mit Umzug durch die Altstadt",
        "Am kommenden Samstag, dem 9. Juli 2022, zieht der Festumzug durch die Altstadt.",
        "Die Straßen sind von 10 bis 16 Uhr gesperrt.",
    ],
}


@pytest.mark.parametrize("lang", sorted(AHEAD))
def test_coming_day_years_before_the_stamp_is_suspect(lang):
    _, flags = _suspect(lang, AHEAD[lang], published="2024-10-01T09:00:00+00:00")
    assert [f.data.get("signal") for f in flags] == ["told_as_ahead"], [f.reason for f in flags]


@pytest.mark.parametrize("lang", sorted(AHEAD))
def test_coming_day_after_a_right_stamp_is_fine(lang):
    _, flags = _suspect(lang, AHEAD[lang], published="2021-02-20T09:00:00+00:00")
    assert not flags, [f.reason for f in flags]


def test_narrations_following_day_is_no_day_ahead():
    de = [
        "Drei Jahre nach der Pannenwahl: eine Bilanz",
        "Am nächsten Tag, dem 27. September 2021, stand fest, dass die Wahl wiederholt werden muss.",
        "Die Wiederholung fand im Februar 2023 statt.",
    ]
    _, flags = _suspect("de", de, published="2024-09-26T09:00:00+00:00")
    assert not flags, [f.reason for f in flags]
    es = [
        "Tres años de la gran nevada",
        "Al día siguiente, 10 de enero de 2021, la ciudad amaneció bajo medio metro de nieve.",
        "Los colegios cerraron durante una semana.",
    ]
    _, flags = _suspect("es", es, published="2024-01-09T09:00:00+00:00")
    assert not flags, [f.reason for f in flags]
