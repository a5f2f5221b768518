"""An administrative unit written capitalised beside a place's name ("Hebei
Province", "Guangshan County", "Provincia de Hebei", "Département du Var")
is no name: the place is. As an anchor the unit is on pages of every story
and on no page of another language that writes it lower-case, glued onto
the name (河北省) or not at all. Sentences invented for this test."""

from __future__ import annotations

import pytest

from newsline.events.anchors import sentence_anchors


def _names(text: str, lang: str) -> set[str]:
    return {a[5:] for a in sentence_anchors(text, lang) if a.startswith("name:")}


@pytest.mark.parametrize(
    "text, lang, place, unit",
    [
        (
            "Floods in Guangshan County, Henan Province, killed 12 on Monday.",
            "en",
            "guangshan",
            "county",
        ),
        (
            "Floods in Guangshan County, Henan Province, killed 12 on Monday.",
            "en",
            "henan",
            "province",
        ),
        ("La Provincia de Hebei registró 12 muertos el lunes.", "es", "hebei", "provincia"),
        ("Le Département du Var est en vigilance rouge depuis lundi.", "fr", "var", "departement"),
    ],
)
def test_the_place_is_the_name_not_its_unit(text, lang, place, unit):
    names = _names(text, lang)
    assert place in names
    assert unit not in names


def test_near_misses_stay_names():
    # a region's own name that looks like a unit ("Provence"), and a plural
    # that is part of a name, are no unit words
    names = _names("Officials in Provence and in the Districts of Columbia said so.", "en")
    assert {"provence", "districts", "columbia"} <= names
    # the place before a unit keeps its name
    assert "orange" in _names("Orange County Sheriff Don Barnes said on Monday.", "en")
