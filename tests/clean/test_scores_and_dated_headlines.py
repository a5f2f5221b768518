"""Two look-alikes of page tools: a line of teams and their scores ("Real
Madrid 2 Barcelona 1 Sevilla 0") has a reaction bar's shape – three names of
a word or two, each with a count – and was set aside as the page's buttons;
a short headline with its date after a dash ("Park to reopen - 12 March
2026") has an outlet's name and stamp's shape and was taken for the publish
stamp, the page left without its title. A bar names one button of a
reaction table at least; an outlet's name has no word in lower case but
function words. Pages written for this test in an English local paper's, a
Spanish sports site's and a Vietnamese portal's styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Real Madrid 2 Barcelona 1 Sevilla 0"),
        ("es", "Atlético 3 Betis 1 Osasuna 0 Girona 2"),
        ("en", "Leeds 1 Hull City 1 Stoke 4"),
    ],
)
def test_a_line_of_scores_is_no_reaction_bar(lang, line):
    got = classify_lines([*BODY[lang][:2], line, *BODY[lang][2:]])
    assert "reactions" not in " ".join(got[line][1]), got[line]


@pytest.mark.parametrize(
    "bar",
    ["Like 12 Love 3 Haha 0 Sad 1", "Thích 12 · Buồn 1 · Phẫn nộ 0", "Suka 4 Sedih 0 Marah 2"],
)
def test_a_reaction_bar_is_still_navigation(bar):
    got = classify_lines([*BODY["en"], bar, "Copyright © 2026"])
    assert got[bar][0] == "navigation", got[bar]


@pytest.mark.parametrize(
    ("lang", "headline", "byline"),
    [
        ("en", "Park to reopen - 12 March 2026", "By Jane Doe"),
        ("es", "Reabre el parque central - 12 de marzo de 2026", "Por Lucía Martín"),
    ],
)
def test_a_headline_with_its_date_is_the_title(lang, headline, byline):
    got = classify_lines([headline, byline, *BODY[lang]])
    assert got[headline][0] == "title", got[headline]


@pytest.mark.parametrize(
    "line",
    [
        "Europa Press - 12 de marzo de 2026, 10:24",
        "La Voz de Galicia - 12 de marzo de 2026",
        "dpa - 12. März 2026",
    ],
)
def test_an_outlet_and_its_stamp_stay_the_stamp(line):
    head = "Las obras del parque central empezarán el mes que viene"
    got = classify_lines([head, line, *BODY["es"]])
    assert got[line][0] == "metadata", got[line]
