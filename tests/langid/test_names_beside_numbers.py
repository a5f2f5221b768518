"""A results or standings row (names, each beside its figure) is in no
language: its block gets none. The model read such rows as Spanish or Malay,
and a short block on a page took the page's language. Lines written for this
test in several sports' and elections' styles; prose with numbers, a place's
two-word name and a line with a lower-case word keep a language."""

from __future__ import annotations

import pytest

from newsline.langid.stage import _names_beside_numbers

from .test_no_word_evidence import _langs

ROWS = [
    "Nowak 38,4% – Lindqvist 31,0% – Haddad 17,2%",
    "1. Kipchoge 2:03:11 2. Bekele 2:04:40 3. Kiprotich 2:05:02",
    "Ferreira 12 · Okonkwo 9 · Sørensen 7",
    "Ülker 54.1 | Demirel 30.2 | Aksoy 9.9",
]


@pytest.mark.parametrize("lang", ["en", "vi", "fr"])
@pytest.mark.parametrize("row", ROWS)
def test_rows_of_names_and_figures_have_no_language(lang, row):
    assert _langs(lang, [row])[row] is None


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "Shares fell 12% after the results, analysts said"),
        ("en", "Page 2 of 10"),
        ("en", "Arsenal 2 Chelsea"),  # two names only
        ("vi", "Hà Nội 35 độ, Huế 33 độ, Sài Gòn 34 độ"),
        ("fr", "Lyon 3 Marseille 1, Lille 2 Nantes"),
        ("en", "Oil Rises 3% As Supply Fears Mount"),
    ],
)
def test_prose_and_few_names_keep_a_language(lang, line):
    assert _langs(lang, [line])[line] is not None


def test_the_rule_itself():
    assert _names_beside_numbers("Nowak 38% Lindqvist 31% Haddad 17%")
    assert not _names_beside_numbers("Nowak 38% Lindqvist 31% Haddad")  # last has no figure
    assert not _names_beside_numbers("Nowak 38% Lindqvist 31% and Haddad 17%")
    assert not _names_beside_numbers("NOWAK 38% LINDQVIST 31% HADDAD 17%")
