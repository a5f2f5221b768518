"""Rows of a table flattened to text have no language.

A standings row (one name, then its figures), a results row whose items are
parted by slashes between spaces, and a row of Han names each beside its
figure (Han has no capitals to tell a name by: a run of two to four
characters is a name's length) are names and figures only. The model read
them as Spanish, Malay or Chinese. Lines written for this test; a name with
one or two figures, a lower-case word, prose and a date's slash
keep a language.
"""

from __future__ import annotations

import pytest

from newsline.langid.stage import _list_of_names, _name_and_figures, _names_beside_numbers

from .test_no_word_evidence import _langs

ROWS = [
    "Bayern Munich 30 22 5 3 78 29 71",  # standings: name, played, won ...
    "4. Olympique Lyon 29 15 8 6 +17 53",  # a rank before the name
    "Okafor A. 12.4 / Lindqvist B. 11.9 / Haddad C. 11.2",  # items parted by " / "
    "张伟 8.95  刘洋 8.70  赵敏 8.41",  # Han names beside scores
    "佐藤健 412 鈴木一郎 388 高橋 97",  # Japanese names beside votes
]


@pytest.mark.parametrize("lang", ["en", "zh", "es"])
@pytest.mark.parametrize("row", ROWS)
def test_table_rows_have_no_language(lang, row):
    assert _langs(lang, [row])[row] is None


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "Windows 11"),  # one figure
        ("en", "Boeing 737 MAX 8"),  # two figures
        ("en", "Inflation 3.2 in May, 3.4 in June, 3.1 in July"),  # lower-case words
        ("zh", "今年第一季度经济增长百分之五点三，高于市场预期"),  # prose
        ("en", "Meeting moved to 12/05 / see agenda"),  # a date's slash
    ],
)
def test_lines_with_words_keep_a_language(lang, line):
    assert _langs(lang, [line])[line] is not None


def test_the_rules_themselves():
    assert _name_and_figures("Ajax 30 18 7 5")
    assert not _name_and_figures("Ajax 30 18")  # two figures
    assert not _name_and_figures("Ajax won 30 18 7")  # a lower-case word
    assert _list_of_names("Okafor 12 / Lindqvist 11 / Haddad 9")
    assert not _list_of_names("Home / World / Business")  # a menu: no figures
    assert _names_beside_numbers("张伟 8 刘洋 7 赵敏 6")
    assert not _names_beside_numbers("张伟 8 刘洋 7 赵敏")  # last has no figure
