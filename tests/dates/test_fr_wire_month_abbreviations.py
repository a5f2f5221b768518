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
