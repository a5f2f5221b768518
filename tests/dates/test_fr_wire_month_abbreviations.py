"""French wire chronologies shorten January to "jan" beside "fév", "avr",
"juil" ("- 14 jan : ..."); CLDR gives only "janv.". A first name "Jan" with
no day number is no month. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, lang, pub):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "text,pub,expected",
    [
        (
            "Rétrospective 2031\n- 9 jan : le port rouvre.\n- 3 fév : grève des pilotes.",
            "2031-12-23",
            [("9 jan", "2031-01-09"), ("3 fév", "2031-02-03")],
        ),
        (
            "Le traité est signé le 14 jan. 2030 à Lomé.",
            "2031-06-01",
            [("14 jan. 2030", "2030-01-14")],
        ),
        (
            "BAMAKO, 21 jan (Agence) - Les pluies ont coupé la route.",
            "2031-01-21",
            [("21 jan", "2031-01-21")],
        ),
    ],
)
def test_jan_after_a_day_is_january(text, pub, expected):
    got = found(text, "fr", pub)
    for item in expected:
        assert item in got, got


@pytest.mark.parametrize(
    "text",
    ["Jan Novak, le maire, a démissionné.", "L'entraîneur Jan Petersen quitte le club."],
)
def test_a_first_name_jan_is_no_month(text):
    assert found(text, "fr", "2031-05-02") == []


@pytest.mark.parametrize(
    "text",
    [
        "Le numéro 9 Jan Koller a doublé la mise à la 70e minute.",
        "Au bout de 12 Jan Vertonghen a cédé sa place.",
        "Le maillot numéro 14 Jan Veselý a été retiré samedi.",
    ],
)
def test_a_first_name_jan_after_a_number_is_no_month(text):
    # a capitalised "Jan" before a capitalised word is a person even after a
    # number (a shirt, a minute): French months are written in lower case
    assert not any(v.startswith("2031-01") for _, v in found(text, "fr", "2031-05-02"))


def test_a_capitalised_jan_before_a_year_or_a_colon_stays_january():
    assert ("14 Jan", "2031-01-14") in found("- 14 Jan : le port rouvre.", "fr", "2031-05-02")
