"""Nouns told from names by the word before them, in languages that
capitalise every noun (German): a capitalised word after an article, a
determiner or a number is a noun. Shared by the story anchors and the event
anchors, which each read names from capitals."""

from __future__ import annotations

import re

# Languages that capitalise every noun, and the words after which a
# capitalised word is a noun, not a name: articles, determiners and their
# contractions with a preposition ("der Regierung", "zur Arbeit", "ums
# Leben"), number words and quantifiers ("drei Menschen", "viele Menschen");
# a number in digits before one marks a noun too ("40.000 Haushalte"). Country
# names taking an article ("die Schweiz") still count: territories are read
# from the CLDR table, not from capitals.
NOUN_DETERMINERS = {
    "de": frozenset(
        {
            "der",
            "die",
            "das",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "einen",
            "einem",
            "einer",
            "eines",
            "kein",
            "keine",
            "keinen",
            "keinem",
            "keiner",
            "keines",
            "dieser",
            "diese",
            "dieses",
            "diesen",
            "diesem",
            "jeder",
            "jede",
            "jedes",
            "jeden",
            "jedem",
            "sein",
            "seine",
            "seinen",
            "seinem",
            "seiner",
            "ihr",
            "ihre",
            "ihren",
            "ihrem",
            "ihrer",
            "unser",
            "unsere",
            "im",
            "ins",
            "am",
            "ans",
            "zum",
            "zur",
            "vom",
            "beim",
            "ums",
            "aufs",
            "zwei",
            "drei",
            "vier",
            "fünf",
            "sechs",
            "sieben",
            "acht",
            "neun",
            "zehn",
            "elf",
            "zwölf",
            "zwanzig",
            "hundert",
            "tausend",
            "viele",
            "wenige",
            "alle",
            "beide",
            "mehrere",
            "einige",
        }
    ),
}
_WORD_BEFORE = re.compile(r"(\w+)\s+$")


def after_determiner(text: str, i: int, lang: str | None) -> bool:
    """Is the word at ``i`` a noun by the word before it (see NOUN_DETERMINERS)?"""
    table = NOUN_DETERMINERS.get(lang or "")
    if not table:
        return False
    m = _WORD_BEFORE.search(text, max(0, i - 24), i)
    return bool(m) and (m.group(1).lower() in table or m.group(1).isdigit())
