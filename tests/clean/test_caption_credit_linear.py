"""The caption-then-credit pattern ("Firefighters on the hill. © AFP / Jane
Doe") read a long run of spaces inside the credit once per character: a
lazy credit before "\\s*$" (40,000 characters: ~1.7 s; a few hundred
thousand: minutes). The test asserts results, not a clock: its inputs are
long enough that the quadratic pattern would run for minutes. The matches
are those of the old pattern on every stripped line (random strings here)."""

from __future__ import annotations

import random
import re

import pytest

from newsline.clean.classify import _CAPTION_THEN_CREDIT_RE

# the pattern before the change, as the reference of what it matches
_OLD = re.compile(r"(?P<cap>.*?\S(?:[.!?…]\s+|[。！？]\s*))(?P<credit>[^.!?…。！？]+?)\s*$")


def _parts(rx: re.Pattern[str], text: str):
    m = rx.match(text)
    if m is None:
        return None
    credit = m.group("credit").strip()
    # an empty credit closes no caption (the caller gives up on it too)
    return (m.group("cap").strip(), credit) if credit else None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Firefighters on the hill. " + " " * 200_000 + "Jane" + " " * 200_000 + "Doe",
            ("Firefighters on the hill.", "Jane" + " " * 200_000 + "Doe"),
        ),
        ("a. " + " " * 300_000 + ".x", None),
        ("Cap. " + "a " * 100_000 + ".", None),
        ("Cap. " + "a " * 100_000 + "b", ("Cap.", ("a " * 100_000 + "b"))),
    ],
    ids=["spaces-inside-credit", "spaces-then-a-stop", "words-then-a-stop", "words-to-the-end"],
)
def test_long_runs_are_read_once(text, want):
    assert _parts(_CAPTION_THEN_CREDIT_RE, text) == want


def test_credit_still_found():
    m = _CAPTION_THEN_CREDIT_RE.match("Un canadair survole la zone. EFE/Jean Dupont")
    assert m and m.group("credit").strip() == "EFE/Jean Dupont"
    m = _CAPTION_THEN_CREDIT_RE.match("消防员在山上灭火。新华社记者 王明 摄")
    assert m and m.group("credit").strip() == "新华社记者 王明 摄"
    assert _CAPTION_THEN_CREDIT_RE.match("A caption without a credit.") is None


def test_same_matches_as_the_old_pattern_on_random_lines():
    alphabet = "aB ©/.!?…。！？ \t\n\u3000xé-"
    rnd = random.Random(5)
    for _ in range(50_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 20))).strip()
        assert _parts(_CAPTION_THEN_CREDIT_RE, text) == _parts(_OLD, text), repr(text)
