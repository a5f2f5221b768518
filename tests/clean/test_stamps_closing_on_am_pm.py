"""A publish stamp that closes on a time's abbreviation ("PUBLISHED: March
12, 2024 at 6:04 p.m. | UPDATED: March 13, 2024 at 9:15 a.m.", "Posted July
3, 2024 at 7:10 p.m. · Updated July 3, 2024 at 9:42 p.m.") ends on a full
stop, so it read as a sentence: the stamp rule, which lets a line opening
on its cue be twice as long when it states no sentence, let it pass, and in
a text page it was kept as body. A line opening on a published cue, with a colon after it or
two times, closing on "a.m."/"p.m." is a stamp. Lines written for this test
in other sites' styles; a sentence opening on "Published reports" and
closing on a time stays body."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

HEAD = "Harbor district to get new ferry terminal by 2027"


@pytest.mark.parametrize(
    "line",
    [
        "PUBLISHED: May 2, 2024 at 11:04 a.m. | UPDATED: May 2, 2024 at 4:15 p.m.",
        "Published: June 9, 2023 at 8:00 a.m. | Last updated: June 10, 2023 at 1:30 p.m.",
        "Posted Aug. 14, 2024 at 10:05 a.m. · Updated Aug. 14, 2024 at 12:40 p.m.",
    ],
)
def test_a_stamp_closing_on_am_pm_is_metadata(line):
    got = classify_lines([HEAD, line, *BODY["en"]])
    assert got[line][0] == "metadata", got[line]


@pytest.mark.parametrize(
    "line",
    [
        "Published reports in March said the ferry terminal would close at 6 p.m.",
        "Posted guards will stay at the gate from May 2 until 11 p.m.",
    ],
)
def test_a_sentence_closing_on_a_time_stays_body(line):
    got = classify_lines([HEAD, *BODY["en"][:2], line, *BODY["en"][2:]])
    assert got[line][0] == "body", got[line]
