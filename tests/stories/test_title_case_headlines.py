"""English headlines written in title case capitalise every word: "Say",
"Arrested", "After" are no names, and two unrelated reports under such
headlines must not be joined by them. A capitalised word of such a line is a
name only when the body writes it capitalised too.

The pages are invented: a warehouse fire and a road crash, same day, same
city desk, both under title-case headlines sharing their verbs.
"""

from __future__ import annotations

from collections import Counter

from newsline.model import Document
from newsline.stories import ClusterStories
from newsline.stories.anchors import latin_names

FIRE = (
    "Police Say Three Men Arrested After Warehouse Fire In Industrial Zone",
    (
        "Three men were arrested on Sunday after a fire destroyed a furniture warehouse in the "
        "Tan Thuan industrial zone, police said. The blaze started around 2 a.m. and took "
        "firefighters six hours to control. Investigators believe the fire was set deliberately "
        "to collect insurance money."
    ),
)
CRASH = (
    "Police Say Woman Arrested After Deadly Crash On Coastal Highway",
    (
        "A woman was arrested on Sunday after her car hit a motorbike on the coastal highway near "
        "Phan Thiet, killing two people, police said. Officers said she had been driving at more "
        "than twice the speed limit. The victims were a father and his teenage son returning "
        "from market."
    ),
)


def _doc(key: str, page: tuple[str, str]) -> Document:
    title, body = page
    return Document(
        id=key,
        source=key,
        text=title + "\n\n" + body,
        lang="en",
        title=title,
        published="2025-05-04",
    )


def _names(text: str, lang: str = "en") -> set[str]:
    return {f for f, _ in latin_names(text, lang) if f.startswith("w:")}


def test_title_case_words_are_no_names_unless_the_body_names_them():
    got = _names(FIRE[0] + "\n\n" + FIRE[1])
    assert got == {"w:tanthuan"}  # a Vietnamese name, read whole (not its syllables)
    text = "Mayor Linh Voss Says Harbour Bridge Will Reopen After Repairs\n\nThe bridge will reopen after repairs, Linh Voss said."
    assert {"w:linh", "w:voss"} <= _names(text)
    assert "w:says" not in _names(text) and "w:repairs" not in _names(text)


def test_a_line_of_names_is_not_a_title_case_headline():
    text = (
        "Attending were:\nAnucha Srisuk, Prasert Wongsawat, Somchai Jaidee And Kanya Boonma\n"
        "The ministers met and agreed."
    )
    # (the line's first word opens a sentence and is never read as a name)
    assert {"w:srisuk", "w:prasert", "w:somchai", "w:kanya"} <= _names(text)


def test_headlines_in_other_languages_are_left_as_they_are():
    # Spanish and French headlines are in sentence case: a title-cased line
    # there is names with their particles
    text = "Eduardo del Campo (Enviado Especial) | Misrata (Libia)\n\nEl enviado especial llegó al campo."
    assert {"w:campo", "w:misrata"} <= _names(text, "es")


def test_two_reports_under_title_case_headlines_stay_apart():
    stage = ClusterStories()
    stage([_doc("fire", FIRE), _doc("crash", CRASH)], Counter())
    assert len(stage.finalize()["stories"]) == 2
