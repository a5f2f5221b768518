""""The following Tuesday" after a weekday just told ("Wolves travel to
Brighton on Saturday before hosting Leeds the following Tuesday") is the
first Tuesday after that weekday's day: it was dropped, since only a written
date could be counted from. With no day told before it, it still names no
day. Sentences written for these tests; published Wednesday 2025-10-15."""

from __future__ import annotations

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text, lang="en"):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


def test_following_weekday_after_a_weekday():
    text = "Wolves travel to Brighton on Saturday before hosting Leeds the following Tuesday."
    assert found(text) == [("Saturday", "2025-10-18"), ("the following Tuesday", "2025-10-21")]


def test_following_weekday_after_a_date_is_unchanged():
    text = "Wolves play Brighton on October 18 and host Leeds the following Tuesday."
    assert ("the following Tuesday", "2025-10-21") in found(text)


def test_following_weekday_alone_names_no_day():
    assert found("The team will host Leeds the following Tuesday.") == []
