"""A year-less day after a verb of a schedule told in the present ("débute",
"comienza", "opens") lies ahead -- unless that day came shortly before
publication: French and Spanish reports narrate in the present ("La grève
débute le 13 septembre", written two weeks on), and a schedule a whole year
ahead is written with its year. Within SCHEDULED_PRESENT_BEHIND_DAYS behind
publication the nearest reading stands. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import NARRATED_IN_THE_PRESENT, resolve_dates


def found(text, lang, pub):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "text,lang,pub,expected",
    [
        # a report written two weeks on, narrating in the present
        (
            "Tout commence le 4 mai, quand les dockers bloquent le terminal.",
            "fr",
            "2031-05-19",
            ("4 mai", "2031-05-04"),
        ),
        (
            "L'affaire débute dans la nuit du 8 au 9 octobre, devant une discothèque.",
            "fr",
            "2031-10-30",
            ("du 8 au 9 octobre", "2031-10-08"),
        ),
        (
            "La huelga comienza el 2 de junio y paraliza los puertos del norte.",
            "es",
            "2031-06-25",
            ("2 de junio", "2031-06-02"),
        ),
        # a month just behind, January's report of December
        (
            "Le festival s'ouvre le 28 décembre sous la pluie.",
            "fr",
            "2032-01-09",
            ("28 décembre", "2031-12-28"),
        ),
        (
            "The exhibition opens on March 2 to long queues.",
            "en",
            "2031-03-20",
            ("March 2", "2031-03-02"),
        ),
    ],
)
def test_a_day_just_behind_told_in_the_present_is_a_report(text, lang, pub, expected):
    assert expected in found(text, lang, pub)


def test_the_reading_says_why():
    (m,) = resolve_dates("Tout commence le 4 mai.", "fr", "2031-05-19")
    assert NARRATED_IN_THE_PRESENT in (m.anchor or "")


@pytest.mark.parametrize(
    "text,lang,pub,expected",
    [
        # ahead of publication: the schedule, as before
        ("Le salon ouvre le 2 mars.", "fr", "2031-02-10", ("2 mars", "2031-03-02")),
        ("El torneo comienza el 3 de enero.", "es", "2031-12-20", ("3 de enero", "2032-01-03")),
        # further behind than a season: next year's, as before
        ("La foire débute le 14 juin.", "fr", "2031-11-02", ("14 juin", "2032-06-14")),
        ("The fair opens on June 14.", "en", "2031-11-02", ("June 14", "2032-06-14")),
    ],
)
def test_a_schedule_ahead_or_long_past_keeps_its_reading(text, lang, pub, expected):
    assert expected in found(text, lang, pub)


@pytest.mark.parametrize(
    "text,lang,pub,expected",
    [
        # a rule's day told in the present over two months on: next year's
        # (a season's window read these as the past January's)
        ("The new tax takes effect on Jan. 1.", "en", "2031-03-20", ("Jan. 1", "2032-01-01")),
        (
            "La réforme des retraites entre en vigueur le 1er janvier.",
            "fr",
            "2031-03-20",
            ("1er janvier", "2032-01-01"),
        ),
        ("La ley entra en vigor el 1 de enero.", "es", "2031-03-20", ("1 de enero", "2032-01-01")),
    ],
)
def test_a_rules_day_two_months_behind_is_next_years(text, lang, pub, expected):
    assert expected in found(text, lang, pub)
