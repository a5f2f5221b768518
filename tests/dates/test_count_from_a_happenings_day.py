"""A count of days or weeks from a happening whose day is written after it
in the same sentence ("three days after the storm made landfall on March 8",
"trois jours après l'élection du 3 mars", "dos semanas después de las
elecciones del 3 de marzo") counts from that day: the later day the sentence
tells was undated. Without such a day in the sentence the count stays no
date ("three months before the rainy season"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2024-03-20"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "Rescuers reached the village three days after the storm made landfall on March 8.",
            [("three days after", "2024-03-11"), ("March 8", "2024-03-08")],
        ),
        (
            "en",
            "Two days before the vote on March 10, the minister resigned.",
            [("Two days before", "2024-03-08"), ("March 10", "2024-03-10")],
        ),
        (
            "fr",
            "Trois jours après l'élection du 3 mars, le président a démissionné.",
            [("Trois jours après", "2024-03-06"), ("3 mars", "2024-03-03")],
        ),
        (
            "es",
            (
                "Los rescatistas llegaron tres días después de que la tormenta tocara tierra "
                "el 8 de marzo."
            ),
            [("tres días después", "2024-03-11"), ("8 de marzo", "2024-03-08")],
        ),
    ],
)
def test_count_from_the_day_written_after(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # no day of the happening: the count names no date
        ("en", "Three days after the storm, rescuers reached the village.", []),
        # the day is in the next sentence: not the happening's
        (
            "en",
            "Three days after the storm, rescuers arrived. On March 8 the rain stopped.",
            [("March 8", "2024-03-08")],
        ),
        # a count of years from a year stays as it was
        (
            "en",
            "Two years after the quake of March 8, 2022, the town was rebuilt.",
            [("March 8, 2022", "2022-03-08")],
        ),
        # a count backwards from a day told before is read as before
        (
            "en",
            "The storm made landfall on March 8. Three days later, rescuers arrived.",
            [("March 8", "2024-03-08"), ("Three days later", "2024-03-11")],
        ),
    ],
)
def test_other_counts_unchanged(lang, text, expected):
    assert found(text, lang) == expected
