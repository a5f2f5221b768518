"""The line features' numeric-date pattern opens with its first character.

``_DATE_RE`` (numeric dates and times, "GMT+7", "UTC": a line's date count,
``date_alone``, ``place_and_date``) opened with a look-behind, so re tried it
at every character of every line. It now opens with the character every
match starts with (a digit, G or U) and looks back after it, so re jumps
between those characters. The matches must be exactly the old ones: the old
pattern is kept here as the reference and both run over lines written for
this file (several sites' stamp styles and languages), near misses, random
strings and long adversarial lines.
"""

from __future__ import annotations

import random
import re

import pytest

from newsline.clean import features as F

OLD_DATE_RE = re.compile(
    r"(?<![\d$€£¥.,])(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}"
    r"|\d{1,2}/\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?)(?![\d.,]\d)"
    r"|\d{2,4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日|\bGMT[+-]?\d*|\bUTC\b"
)

LINES = [
    "Cập nhật 08:45 ngày 14/06/2026 (GMT+7)",
    "Publié le 14.06.2026 à 10h15, mis à jour 2026-06-14 11:02 UTC",
    "发布时间：2026年6月14日 09:30 来源：本报",
    "6月14日 星期日",
    "อัปเดต 14/06/2569 06:30 น.",
    "Stand: 14.06.2026, 10:15 Uhr | Lesezeit 3 Min.",
    "14/06 - 12:00 GMT-3",
    # near misses: prices, versions, scores, decimals, words holding GMT / UTC
    "$12/15 off, €3.50/kg, version 1.2.3.4, score 3:2:1.5",
    "12,5/10 and 0.25/0.5 and 1.000/2",
    "AGMT, UTCs, XUTC, GMTX, gmt+7, utc",
    "Room 1234-56-78 and 12345/6 and 2026年度",
    "a1/2b 3:45pm 9:5 99:99:99 1/1/1 1/1/12345",
    "",
    "GMT",
    "UTC",
    "1",
]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in rx.finditer(text)]


def test_the_pattern_opens_with_its_first_character():
    """What makes the scan cheap: no look-behind before the first character."""
    assert F._DATE_RE.pattern.startswith(r"[\dGU]")


@pytest.mark.parametrize("line", LINES)
def test_same_matches_as_the_old_pattern(line):
    assert _spans(F._DATE_RE, line) == _spans(OLD_DATE_RE, line)
    assert F._DATE_RE.sub(" ", line) == OLD_DATE_RE.sub(" ", line)
    assert bool(F._DATE_RE.fullmatch(line)) == bool(OLD_DATE_RE.fullmatch(line))


def test_random_strings_give_the_old_matches():
    rng = random.Random(3)
    alphabet = "0123456789/.-:年月日 GMTUCx$,€_é٣\n+"
    for _ in range(30000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        assert _spans(F._DATE_RE, text) == _spans(OLD_DATE_RE, text), text
        assert bool(F._DATE_RE.fullmatch(text)) == bool(OLD_DATE_RE.fullmatch(text)), text


LONG = {
    "digits": "1" * 100_000,
    "G": "G" * 100_000,
    "slashes": "1/" * 50_000,
    "years": "1 年" * 33_000,
    "UTC": "UTC" * 33_000,
    "letters and digits": "a1" * 50_000,
}


@pytest.mark.parametrize("text", list(LONG.values()), ids=list(LONG))
def test_long_adversarial_lines(text):
    # (no timing asserted: the scan is linear; this only runs it)
    assert _spans(F._DATE_RE, text) == _spans(OLD_DATE_RE, text)


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("14/06/2026 10:15", True),
        ("2026-06-14 08:00 GMT+7", True),
        ("14.06.2026, 10:15", True),
        ("Der Bürgermeister sprach am 14.06.2026 über den Wohnungsplan der Stadt", False),
        ("€3.50/kg", False),
    ],
)
def test_date_alone_reads_stamps_as_before(line, alone):
    assert F.date_alone(line) is alone


def test_a_stamp_line_still_counts_its_dates():
    f = F.line_features(0, "Cập nhật 08:45 ngày 14/06/2026 (GMT+7)", "vi")
    assert f.dates == 3
    assert F.line_features(0, "Giá 12,5/10 điểm", "vi").dates == 0
