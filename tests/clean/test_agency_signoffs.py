"""Wire agencies' sign-offs alone on the last line, in the forms the other
tests do not cover: lower case ("(dpa)", "(afp)"), Latin-American agencies
("(PL)"), two agencies ("(AFP/Reuters)"). Only after the last paragraph."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "(dpa)"),
        ("en", "(afp)"),
        ("es", "(PL)"),
        ("es", "(EFE)"),
        ("es", "(Télam)"),
        ("fr", "(AFP/Reuters)"),
        ("fr", "AFP / Xinhua"),
        ("es", "(Xinhua)"),
    ],
)
def test_agency_sign_off_after_the_last_paragraph_is_attribution(lang, line):
    out = classify_lines([*BODY[lang], line])
    assert out[line][0] == "attribution", out[line]


@pytest.mark.parametrize("lang,line", [("es", "(PL)"), ("en", "(dpa)")])
def test_agency_mark_between_paragraphs_is_not_a_sign_off(lang, line):
    out = classify_lines([*BODY[lang][:2], line, *BODY[lang][2:]])
    assert out[line][0] != "attribution", out[line]


@pytest.mark.parametrize("line", ["(PLN)", "(PL 2)", "Plaza"])
def test_look_alikes_of_the_agency_mark_are_not_sign_offs(line):
    out = classify_lines([*BODY["es"], line])
    assert out[line][0] != "attribution", out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("es", "Con información de EFE y AFP."),
        ("es", "Con información de Reuters"),
        ("fr", "Avec AFP"),
        ("en", "With Reuters and AP"),
    ],
)
def test_agency_credit_with_a_lead_word_is_attribution(lang, line):
    out = classify_lines([*BODY[lang], line])
    assert out[line][0] == "attribution", out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("es", "Con información de los vecinos del barrio."),
        ("fr", "Avec les habitants"),
        ("en", "With AP style, every word counts."),
    ],
)
def test_lead_word_without_agencies_is_no_sign_off(lang, line):
    out = classify_lines([*BODY[lang], line])
    assert out[line][0] != "attribution", out[line]
