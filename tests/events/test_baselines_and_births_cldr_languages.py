"""Comparison baselines and long-ago births in the languages CLDR dates.

German, Portuguese, Italian, Indonesian, Dutch, Russian and Polish dates
are read from CLDR month names (dates.cldr), so "Die Exporte sanken im März
2024 im Vergleich zum März 2023" gave two events, one of them dated by the
baseline, and "Geboren am 3. März 1950 in Köln, ..." an event of 1950 in a
portrait: the phrases that mark a baseline or a birth were known in
English, Spanish, French, Vietnamese, Chinese and Thai only. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from .records import extract_from_text

PUBLISHED = "2024-04-10"


def dates_of(text: str, lang: str) -> list[str]:
    return sorted(e.date for e in extract_from_text(text, lang, published=PUBLISHED))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Die Exporte sanken im März 2024 im Vergleich zum März 2023 um zehn Prozent.", "de"),
        ("Die Exporte sanken im März 2024 gegenüber dem März 2023 um zehn Prozent.", "de"),
        ("As exportações caíram 10% em março de 2024 em comparação com março de 2023.", "pt"),
        ("As exportações caíram 10% em março de 2024 em relação a março de 2023.", "pt"),
        ("Le esportazioni sono calate del 10% a marzo 2024 rispetto a marzo 2023.", "it"),
        ("Ekspor turun 10 persen pada Maret 2024 dibandingkan Maret 2023.", "id"),
        ("De export daalde in maart 2024 met 10 procent ten opzichte van maart 2023.", "nl"),
        ("De export daalde in maart 2024 met 10 procent vergeleken met maart 2023.", "nl"),
    ],
)
def test_the_baseline_month_is_no_event(text, lang):
    assert dates_of(text, lang) == ["2024-03"], (lang, dates_of(text, lang))


@pytest.mark.parametrize(
    "text, lang",
    [
        # (Russian and Polish months alone are not read: days are)
        (
            "Цены на бензин выросли 5 марта 2024 года на 10% по сравнению с 5 марта 2023 года.",
            "ru",
        ),
        ("Ceny benzyny wzrosły 5 marca 2024 o 10% w porównaniu z 5 marca 2023.", "pl"),
    ],
)
def test_the_baseline_day_is_no_event(text, lang):
    assert dates_of(text, lang) == ["2024-03-05"], (lang, dates_of(text, lang))


@pytest.mark.parametrize(
    "text, lang",
    [
        # near-misses: the same words, no comparison before the date
        ("Die Regierung unterzeichnete den Vertrag im März 2023 in Berlin.", "de"),
        # "als" is "when": a happening
        ("Als im März 2023 die Regierung zurücktrat, stiegen die Preise.", "de"),
        ("O governo assinou o acordo em março de 2023 em Lisboa.", "pt"),
        ("Il governo ha firmato l'accordo a marzo 2023, che nel frattempo è scaduto.", "it"),
        ("Pemerintah dan serikat pekerja menandatangani perjanjian pada Maret 2023.", "id"),
        ("En dan in maart 2023 tekende de regering het akkoord.", "nl"),
        ("The two unions face a March 2023 deadline to sign the agreement.", "en"),
    ],
)
def test_a_month_told_as_when_something_happened_stays(text, lang):
    assert dates_of(text, lang) == ["2023-03"], (lang, dates_of(text, lang))


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Geboren am 3. März 1950 in Köln, wurde er später Bürgermeister der Stadt.", "de"),
        ("Nascido em 3 de março de 1950 em Lisboa, tornou-se mais tarde presidente da câmara.", "pt"),
        ("Lahir pada 3 Maret 1950 di Bandung, ia kemudian menjadi wali kota.", "id"),
        ("Hij werd geboren op 3 maart 1950 in Utrecht en werd later burgemeester.", "nl"),
    ],
)
def test_a_birth_long_ago_is_background(text, lang):
    assert dates_of(text, lang) == []


@pytest.mark.parametrize(
    "text, lang",
    [
        # a birth of the last months is news; a date after another verb is too
        ("Das Baby wurde am 3. März 2024 in Köln geboren, teilte der Zoo mit.", "de"),
        ("A girafa nascida em 3 de março de 2024 foi apresentada ao público.", "pt"),
        ("Der Vertrag wurde am 3. März 1990 in Köln unterzeichnet, sagte der Historiker.", "de"),
    ],
)
def test_a_recent_birth_and_other_old_dates_stay(text, lang):
    assert len(dates_of(text, lang)) == 1
