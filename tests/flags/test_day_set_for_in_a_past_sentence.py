"""A past sentence that names a later day as the target of what it reports
("The council has called a public hearing for 18 October", "verschoben auf
den 18. Oktober") tells a day set, not a past happening after the stamp: no
suspect_date. The same day told as when something happened still is.
Sentences written for this test in English, Spanish, German and Portuguese
(heldout13's page was Italian: "ha annunciato un'assemblea pubblica per il 5
novembre"). The quiet cases failed before this file's commit."""

from __future__ import annotations

import pytest

from tests.flags.test_dateline_after_the_stamp import _flags

STAMP = "2025-09-20T08:00:00+00:00"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The mayor said a public hearing on the plan was set for 18 October."),
        ("es", "El club ha confirmado un partido amistoso contra el Betis para el 18 de octubre."),
        ("de", "Die Bürgerversammlung wurde auf den 18. Oktober verschoben."),
        ("pt", "A reunião com os moradores foi marcada para o dia 18 de outubro."),
        ("fr", "La mairie a convoqué une réunion publique pour le 18 octobre."),
    ],
)
def test_a_later_day_set_as_a_target_is_quiet(lang, sentence):
    parts = [("Notice", "title"), (sentence, "body")]
    _, flags = _flags(parts, lang, STAMP)
    assert flags == [], [f.reason for f in flags]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The public hearing on the plan was held on 18 October."),
        ("fr", "La mairie a organisé une réunion publique le 18 octobre."),
    ],
)
def test_a_later_day_told_as_past_is_still_flagged(lang, sentence):
    parts = [("Notice", "title"), (sentence, "body")]
    _, flags = _flags(parts, lang, STAMP)
    assert flags, "a past happening after the stamp"
