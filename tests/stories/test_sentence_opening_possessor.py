"""An English sentence opening with a possessive ("Nairobi's county assembly
voted", "Samsung's profit fell") opens with a name: a common noun there takes
an article first ("The city's"). The capital of a sentence's first word says
nothing, so such words were left out, and a three-sentence wire flash whose
only place opens its sentences shared no name with the other languages'
pages. Pronouns, contractions, days told from today and plurals without s
("It's", "Everyone's", "Today's", "Women's") stay out, and so does a word
the page writes in lower case. Invented pages."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.settings import StorySettings
from newsline.stories import ClusterStories
from newsline.stories.anchors import latin_names

from .helpers import page


def _w(text: str, lang: str = "en") -> set[str]:
    return {f for f, _ in latin_names(text, lang) if f.startswith("w:")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nairobi's county assembly voted on Tuesday to ban plastic bags.", "w:nairobi"),
        ("Shares fell. Samsung's profit dropped 12% in the quarter.", "w:samsung"),
        ("Lima’s mayor signed the decree.", "w:lima"),
    ],
)
def test_a_possessor_opening_a_sentence_is_a_name(text, name):
    assert name in _w(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's the third vote this year.",
        "Everyone's bill went up.",
        "Today's vote was close.",
        "Women's groups protested.",
        "What's next is unclear.",
        "Monday's vote was close.",
        "Apple's harvest was poor. Farmers sold every apple they had.",
    ],
)
def test_no_name_from_a_pronoun_a_day_a_plural_or_a_common_word(text):
    assert not _w(text)


def test_other_languages_are_left_as_they_were():
    assert "w:lima" not in _w("Lima's alcalde firmó el decreto.", "es")


def test_a_wire_flash_opening_with_its_city_joins_the_story():
    es = page(
        "bags-es",
        "es",
        "2027-05-04",
        "Nairobi prohíbe las bolsas de plástico",
        "La asamblea del condado de Nairobi aprobó el martes, por 61 votos contra 9, "
        "prohibir las bolsas de plástico desde enero. Los comerciantes tendrán 240 días "
        "para agotar sus existencias.",
    )
    fr = page(
        "bags-fr",
        "fr",
        "2027-05-05",
        "Nairobi bannit les sacs plastique",
        "L'assemblée du comté de Nairobi a voté mardi, par 61 voix contre 9, "
        "l'interdiction des sacs plastique à partir de janvier.",
    )
    en = page(
        "bags-en",
        "en",
        "2027-05-05",
        "Nairobi votes to ban plastic bags",
        "Nairobi's county assembly voted 61 to 9 on Tuesday to ban plastic bags. "
        "Traders have 240 days to clear their stock.",
    )
    stage = ClusterStories(StorySettings())
    stage([es, fr, en], Counter())
    stories = [sorted(st["documents"]) for st in stage.finalize()["stories"]]
    assert ["bags-en", "bags-es", "bags-fr"] in stories
