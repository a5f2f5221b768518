"""A day word in an embedded social post ("Flooded again today" on the line
above "— Ana Ruiz (@anaruiz) November 14, 2019", or above "A post shared by
... (@...) on Nov 14, 2019") counts from the post's own date, not the
article's stamp (last session's known miss: it was the stamp's day). Only
the line right above the signature; a handle elsewhere changes nothing.
Sentences invented; published 2019-11-20."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2019-11-20"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            (
                "Neighbours posted videos of the storm.\nRoof gone today, everyone safe #storm\n"
                "— Tom Baker (@tbaker) November 16, 2019\nRepairs began on Monday."
            ),
            [
                ("today", "2019-11-16"),
                ("November 16, 2019", "2019-11-16"),
                ("Monday", "2019-11-18"),
            ],
        ),
        (
            "es",
            (
                "Los vecinos compartieron vídeos.\nSe nos ha caído el tejado hoy #temporal\n"
                "— Tom Baker (@tbaker) 16 de noviembre de 2019"
            ),
            [("hoy", "2019-11-16"), ("16 de noviembre de 2019", "2019-11-16")],
        ),
        (
            "en",
            (
                "Queue for the ferry since yesterday!\n"
                "A post shared by Lin (@lin.travels) on Nov 16, 2019 at 3:10pm PST"
            ),
            [("yesterday", "2019-11-15"), ("Nov 16, 2019", "2019-11-16")],
        ),
    ],
)
def test_day_words_of_a_post(lang, text, expected):
    assert found(text, lang) == expected


def test_handle_without_signature_changes_nothing():
    text = "The road reopened today. Write to (@cityhall) by March 3 for details."
    assert found(text, "en")[0] == ("today", "2019-11-20")
