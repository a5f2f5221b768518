"""A correction's account of what an earlier version of the page said ("An
earlier version of this explainer said the airport reopened on March 20. It
reopened on March 19.") names the day withdrawn when the note gives another
day: no event on it (held-out story20: the 20th stood alone in the timeline
beside the airport's real reopening on the 19th). The phrases are the
cleaner's CORRECTION_NOTES that name an earlier version, with any noun for the
page. A note correcting a count keeps its day (story18's roundup: "said five
bodies were recovered ... on October 14. Police say four"); the clause after a
semicolon (the corrected day) is read as before, and an "earlier version" of
anything but the page is no correction. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .records import extract_from_text


@pytest.mark.parametrize(
    "text, lang, withdrawn",
    [
        (
            "Correction: An earlier version of this report said the bridge closed on April 12. "
            "It closed on April 11.",
            "en",
            "2041-04-12",
        ),
        (
            "A previous version of this story misstated that the strike began on Monday, April 7. "
            "It began on Tuesday, April 8.",
            "en",
            "2041-04-07",
        ),
        (
            "Une version précédente de cet article indiquait que le pont avait été fermé le 12 "
            "avril. Il l'a été le 11 avril.",
            "fr",
            "2041-04-12",
        ),
        (
            "Una versión anterior de esta crónica situaba el incendio del mercado el 3 de abril. "
            "Fue el 4 de abril.",
            "es",
            "2041-04-03",
        ),
    ],
)
def test_the_day_an_earlier_version_gave_is_no_event(text, lang, withdrawn):
    assert withdrawn not in [e.date for e in extract_from_text(text, lang, "2041-04-21")]


def test_a_correction_of_a_count_keeps_its_day():
    # the note gives no other day: it corrects the count, and the day is the happening's
    text = (
        "Correction: An earlier version of this roundup said six miners were rescued at the "
        "Kolwezi shaft on April 9. Officials say seven were rescued."
    )
    assert "2041-04-09" in [e.date for e in extract_from_text(text, "en", "2041-04-21")]


def test_the_corrected_day_and_other_versions_stay():
    text = (
        "Una versión anterior de esta crónica situaba el incendio el 3 de abril; el fuego "
        "empezó en realidad en la madrugada del 4 de abril en el ala norte del mercado."
    )
    assert [e.date for e in extract_from_text(text, "es", "2041-04-21")] == ["2041-04-04"]
    text = "The council adopted on April 9 an earlier version of the plan drawn up by engineers."
    assert "2041-04-09" in [e.date for e in extract_from_text(text, "en", "2041-04-21")]
