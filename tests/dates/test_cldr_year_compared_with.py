"""The year a figure is compared with, in a language read through CLDR
("rispetto al 2027", "im Vergleich zum Jahr 2026", "em relação a 2027",
"dibandingkan dengan 2026"), is that year, as es "respecto a 2027" is; a
count after it ("rispetto al 2020 euro") stays no year. Sentences invented;
published 2028-10-17."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, "2028-10-17")]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("it", "Gli arrivi in Sardegna sono calati del 6% rispetto al 2026.", [("2026", "2026")]),
        ("it", "Il debito è salito in confronto al 2025.", [("2025", "2025")]),
        ("de", "Die Zahl der Unfälle sank im Vergleich zum Jahr 2026 deutlich.", [("2026", "2026")]),
        ("pt", "As exportações subiram 3% em relação a 2027.", [("2027", "2027")]),
        ("id", "Produksi beras naik 5 persen dibandingkan dengan 2026.", [("2026", "2026")]),
        ("it", "Il prezzo medio è rispetto al 2020 euro di un anno fa più alto.", []),
    ],
)
def test_cldr_year_compared_with(lang, text, expected):
    assert found(text, lang) == expected
