""" "The day before" after a happening dated by its weekday ("recherchaient
samedi les pilotes de l'avion abattu la veille", "patientaient lundi soir
... La veille, les négociations avaient échoué", "searched on Saturday for
the jet shot down the day before") is the day before that weekday's day, as
"the same day" already was: only a written-out date was an antecedent, so
16 such phrases of the French cl-tls pages had no date. A count back never
runs past the page's own day. Sentences written for these tests; published
on Saturday 2012-06-23."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2012-06-23"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "fr",
            "Les secours recherchaient samedi les pilotes de l'avion abattu la veille.",
            [("samedi", "2012-06-23"), ("la veille", "2012-06-22")],
        ),
        (
            "fr",
            (
                "Les combattants attendaient lundi aux portes de la ville. La veille, les "
                "négociations avaient échoué."
            ),
            [("lundi", "2012-06-18"), ("La veille", "2012-06-17")],
        ),
        (
            "en",
            "Rescuers searched on Saturday for the pilots of the jet shot down the day before.",
            [("Saturday", "2012-06-23"), ("the day before", "2012-06-22")],
        ),
        (
            "es",
            "Los rebeldes atacaron el lunes la ciudad. La víspera, habían cortado el agua.",
            [("lunes", "2012-06-18"), ("La víspera", "2012-06-17")],
        ),
        # a written date told last: as before
        (
            "fr",
            "Le 3 mars, le maire a parlé. La veille, il avait démissionné.",
            [("3 mars", "2012-03-03"), ("La veille", "2012-03-02")],
        ),
    ],
)
def test_the_day_before_a_weekdays_day(lang, text, expected):
    assert found(text, lang) == expected


def test_a_count_ahead_still_waits_for_a_written_date():
    # "the next day" after a weekday stays unread (it could run past publication)
    assert found("Les rebelles ont attaqué samedi. Le lendemain, ils ont reculé.", "fr") == [
        ("samedi", "2012-06-23")
    ]


def test_a_number_of_days_back_still_waits_for_a_written_date():
    # counted from a happening named without an article, not from the weekday
    text = "The debate will play out Wednesday night, just 75 days before primary voting begins."
    assert found(text, "en") == [("Wednesday", "2012-06-27")]
