"""The outlet's name and the publish stamp on one line under the headline,
a dash or a bar between ("Kabar Priangan - Rabu, 12 Maret 2026 | 10:24 WIB",
"Europa Press - 12 de marzo de 2026, 10:24", "12 mars 2026 à 10h24 | Le
Progrès") is the publish stamp – the name's letters made the line too wordy
for a stamp, so it was the longest headline-shaped line and taken for the
title, the headline above it set aside as a line before the article. Pages
written for this test in Indonesian, Spanish, French and English styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

PAGES = {
    "id": (
        "Pemkot Mulai Renovasi Taman Kota Bulan Depan",
        "Kabar Priangan - Rabu, 12 Maret 2026 | 10:24 WIB",
    ),
    "es": (
        "Las obras del parque central empezarán el mes que viene",
        "Diario del Ebro Digital - 12 de marzo de 2026, 10:24",
    ),
    "fr": (
        "Le parc central sera rénové dès le mois prochain",
        "12 mars 2026 à 10h24 | Le Progrès Rhodanien",
    ),
    "en": (
        "Park renovation to start next month",
        "Harbour Evening Chronicle – 12 March 2026, 10:24am",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_outlet_and_its_stamp_is_the_stamp(lang):
    head, stamp = PAGES[lang]
    got = classify_lines([head, stamp, *BODY[lang]])
    assert got[head][0] == "title", got[head]
    assert got[stamp][0] == "metadata", got[stamp]


def test_a_headline_with_a_date_stays_the_headline():
    # words of a sentence before the dash, a date after: a headline
    head = "Council says the park will reopen - 12 March 2026"
    got = classify_lines([head, *BODY["en"]])
    assert got[head][0] == "title", got[head]
