"""A sentence that counts from a happening's day ("three days after the
storm made landfall on March 8") tells the later day: its event is dated
March 11, the landfall's day is its background, as an anniversary's is. A
count that reaches the page's own day only tells how long ago the happening
was: the happening's day dates the sentence. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events.records import extract_from_text


@pytest.mark.parametrize(
    "lang,text,date",
    [
        (
            "en",
            (
                "Rescuers finally reached the flooded village three days after the storm made "
                "landfall on March 8."
            ),
            "2024-03-11",
        ),
        (
            "fr",
            (
                "Trois jours après l'élection présidentielle du 3 mars, le président sortant a "
                "démissionné."
            ),
            "2024-03-06",
        ),
        (
            "es",
            (
                "Los rescatistas llegaron al pueblo inundado tres días después de que la tormenta "
                "tocara tierra el 8 de marzo."
            ),
            "2024-03-11",
        ),
        # the count reaches the page's day (2024-03-20): it tells how long ago
        # the happening was, and the happening's day is the event (story15's
        # "The talks come a week after police ... began searching ... on
        # Friday, March 10")
        (
            "en",
            "The vote comes two weeks after workers walked out of the plant on Wednesday, March 6.",
            "2024-03-06",
        ),
        (
            "es",
            (
                "La votación llega dos semanas después de que los obreros abandonaran la planta "
                "el 6 de marzo."
            ),
            "2024-03-06",
        ),
    ],
)
def test_the_later_day_dates_the_sentence(lang, text, date):
    evs = extract_from_text(text, lang, published="2024-03-20")
    assert [e.date for e in evs] == [date]


def test_a_day_told_before_a_count_keeps_its_own_event():
    text = (
        "The storm made landfall on the coast on March 8. Three days later, rescuers "
        "finally reached the flooded village."
    )
    evs = extract_from_text(text, "en", published="2024-03-20")
    assert sorted(e.date for e in evs) == ["2024-03-08", "2024-03-11"]
