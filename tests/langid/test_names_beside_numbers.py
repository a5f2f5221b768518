"""A results or standings row (names, each beside its figure) is in no
language: its block gets none. The model read such rows as Spanish or Malay,
and a short block on a page took the page's language. Lines written for this
test in several sports' and elections' styles; prose with numbers, a place's
two-word name and a line with a lower-case word keep a language.

Also (session 28) three more shapes of a table's row: a standings row (one
name, then three figures or more), items parted by a slash between spaces,
and Han names each beside a figure (Han has no capitals: a run of two to
four characters is a name's length). A name with one or two figures, a
date's slash and Chinese prose keep a language."""

from __future__ import annotations

import pytest

from newsline.langid.stage import _list_of_names, _name_and_figures, _names_beside_numbers

from .test_no_word_evidence import _langs

ROWS = [
    "Nowak 38,4% – Lindqvist 31,0% – Haddad 17,2%",
    "1. Kipchoge 2:03:11 2. Bekele 2:04:40 3. Kiprotich 2:05:02",
    "Ferreira 12 · Okonkwo 9 · Sørensen 7",
    "Ülker 54.1 | Demirel 30.2 | Aksoy 9.9",
    "Bayern Munich 30 22 5 3 78 29 71",  # standings: name, played, won ...
    "4. Olympique Lyon 29 15 8 6 +17 53",  # a rank before the name
    "Okafor A. 12.4 / Lindqvist B. 11.9 / Haddad C. 11.2",  # items parted by " / "
    "张伟 8.95  刘洋 8.70  赵敏 8.41",  # Han names beside scores
    "佐藤健 412 鈴木一郎 388 高橋 97",  # Japanese names beside votes
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
        ("en", "Windows 11"),  # one figure
        ("en", "Boeing 737 MAX 8"),  # two figures
        ("en", "Inflation 3.2 in May, 3.4 in June, 3.1 in July"),  # lower-case words
        ("vi", "Cuộc họp dời sang 12/05 / xem lịch họp"),  # a date's slash
        ("zh", "今年一季度经济增长5.3%，高于预期"),  # Chinese prose with a figure
    ],
)
def test_prose_and_few_names_keep_a_language(lang, line):
    assert _langs(lang, [line])[line] is not None


def test_the_rule_itself():
    assert _names_beside_numbers("Nowak 38% Lindqvist 31% Haddad 17%")
    assert not _names_beside_numbers("Nowak 38% Lindqvist 31% Haddad")  # last has no figure
    assert not _names_beside_numbers("Nowak 38% Lindqvist 31% and Haddad 17%")
    assert not _names_beside_numbers("NOWAK 38% LINDQVIST 31% HADDAD 17%")


def test_table_row_rules():
    assert _name_and_figures("Ajax 30 18 7 5")
    assert not _name_and_figures("Ajax 30 18")  # two figures
    assert not _name_and_figures("Ajax won 30 18 7")  # a lower-case word
    assert _list_of_names("Okafor 12 / Lindqvist 11 / Haddad 9")
    assert not _list_of_names("Home / World / Business")  # a menu: no figures
    assert _names_beside_numbers("张伟 8 刘洋 7 赵敏 6")
    assert not _names_beside_numbers("张伟 8 刘洋 7 赵敏")  # last has no figure
