"""Patterns that need a year's four digits in a row skip segments without
such a run, those that need a letter in one case ("Q3", "H1", "FY24") skip
segments without it as written, and both find exactly what a full scan finds.

The text gates cannot say "four digits in a row"; a pattern needing a year
used to be scanned over every segment holding any digit."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsline.dates import engine as E
from newsline.dates import tables as T
from newsline.settings import DateSettings
from newsline.wordseg import ascii_digits

LANGS = [lg for lg in ("en", "vi", "th", "zh", "es", "fr", "de", "id") if lg in T.LANGS]


def _run(pattern: str, flags: int = re.IGNORECASE) -> int:
    return E._digit_run(E._re_parser.parse(pattern, flags))


@pytest.mark.parametrize(
    ("pattern", "run"),
    [
        (r"\d{4}", 4),
        (r"(?<!\d)(?P<y>\d{4})(?!\d)", 4),
        (r"(?:in|by)\s+(?P<y>\d{4})", 4),
        (r"(?:\d{4}|\d{4}-\d\d)", 4),
        (r"\d+", 1),
        (r"\d{2}", 2),
        # an optional year, or one that may be written otherwise: not needed
        (r"(?:\d{4})?mars", 0),
        (r"(?P<y>\d{4}|[〇零一二三四五六七八九]{4})年", 0),
        (r"(?:(?P<era>AD)\s*)?(?P<y>(?(era)\d{1,4}|\d{4}))", 1),
        (r"(?:\d{4}|'\d{2})", 2),
        # [0-9] is not the class \d the run is searched with: not counted
        (r"[0-9]{4}", 0),
    ],
)
def test_the_run_every_match_holds(pattern, run):
    assert _run(pattern) == run


def test_the_year_patterns_of_each_language_are_known():
    for lg in LANGS:
        need = E._digit_run_patterns(lg)
        assert need, lg  # every table has patterns with a year written in digits
        for i, (rx, _) in enumerate(E._compiled(lg)):
            if i in need:
                assert re.search(r"\\d\{4\}", rx.pattern), (lg, rx.pattern[:80])


class _Counting:
    """A compiled pattern that counts its scans."""

    def __init__(self, rx, seen):
        self._rx, self._seen = rx, seen
        self.pattern, self.flags = rx.pattern, rx.flags

    def finditer(self, *args):
        self._seen.append(self.pattern)
        return self._rx.finditer(*args)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The fund rose 3.5% on Tuesday, May 6, after 12 weeks of losses."),
        ("vi", "Ngày 5/6, giá xăng tăng 3,2% sau 12 tuần giảm liên tiếp."),
        ("fr", "Le 5 juin, le prix a augmenté de 3,2 % après 12 semaines."),
    ],
)
def test_a_segment_without_four_digits_is_not_scanned_for_years(monkeypatch, lang, text):
    if lang not in T.LANGS:
        pytest.skip(lang)
    compiled = E._compiled(lang)
    need = E._digit_run_patterns(lang)
    seen: list[str] = []
    counting = [(_Counting(rx, seen), flags) for rx, flags in compiled]
    monkeypatch.setattr(E, "_compiled", lambda lg: counting if lg == lang else compiled)
    norm = ascii_digits(text)
    E._date_candidates(norm, 0, len(norm), lang, DateSettings())
    year_patterns = {compiled[i][0].pattern for i in need}
    assert seen  # the segment's day and month patterns are scanned
    assert not year_patterns & set(seen)


@pytest.mark.parametrize(
    ("pattern", "letters"),
    [
        (r"(?-i:Q)(?P<q>[1-4])", [frozenset("Q")]),
        (r"(?P<h>[12])(?-i:H)\s*\d{4}", [frozenset("H")]),
        (r"(?P<pre>(?-i:FY)\s*)\d\d", [frozenset("F"), frozenset("Y")]),
        (r"(?:(?-i:Q)|(?-i:T))\d", [frozenset("QT")]),
        # matched in any case, optional, or only looked at: nothing as written
        (r"Q\d", []),
        (r"(?:(?-i:Q))?\d", []),
        (r"(?<=(?-i:Q))\d", []),
        (r"(?-i:(?i:q))\d", []),
    ],
)
def test_the_letters_every_match_holds_as_written(pattern, letters):
    parsed = E._re_parser.parse(pattern, re.IGNORECASE)
    assert E._exact_letters(parsed, False) == letters


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The quarter began in 2024 when the 12 hospitals had 3 h of power."),
        ("vi", "Các đại biểu quốc hội họp 12 giờ, năm 2024, 3 quý liền; 1h sáng."),
    ],
)
def test_a_segment_without_the_capital_is_not_scanned_for_codes(monkeypatch, lang, text):
    compiled = E._compiled(lang)
    gates = E._exact_letter_gates(lang)
    assert {"Q", "H"} <= set(gates.values()), lang
    seen: list[str] = []
    counting = [(_Counting(rx, seen), flags) for rx, flags in compiled]
    monkeypatch.setattr(E, "_compiled", lambda lg: counting if lg == lang else compiled)
    norm = ascii_digits(text)
    E._date_candidates(norm, 0, len(norm), lang, DateSettings())
    codes = {compiled[i][0].pattern for i, ch in gates.items() if ch in "QH"}
    assert seen
    assert not codes & set(seen)


def _cands(norm: str, lang: str) -> list[tuple]:
    return [
        (c.start, c.end, c.kind, c.y, c.m, c.d, c.gran, sorted(c.extra.items()))
        for c in E._date_candidates(norm, 0, len(norm), lang, DateSettings())
    ]


_PIECES = [
    "5/6",
    "12",
    "2024",
    "199",
    "3,2%",
    " ",
    ", ",
    "May",
    "mars",
    "tháng",
    "năm",
    "ngày",
    "in",
    "Q3",
    "FY",
    "H1",
    "年",
    "月",
    "日",
    "มีนาคม",
    "พ.ศ.",
    "-",
    "–",
    "'24",
    "Q",
    "q",
    "H",
    "h",
    "FY",
    "fy",
    "T",
    "S",
    "1",
    "4",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join), st.sampled_from(LANGS))
def test_skipping_finds_what_a_full_scan_finds(text, lang):
    norm = ascii_digits(text)
    skipped = _cands(norm, lang)
    every, letters = E._DIGIT_RUN, E._exact_letter_gates
    try:
        E._DIGIT_RUN = re.compile("")  # every segment holds it: full scans
        E._exact_letter_gates = lambda lg: {}
        full = _cands(norm, lang)
    finally:
        E._DIGIT_RUN, E._exact_letter_gates = every, letters
    assert skipped == full, norm
