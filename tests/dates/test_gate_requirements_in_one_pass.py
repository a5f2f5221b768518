"""The requirements a segment holds are found in one pass (an Aho-Corasick
automaton over every text of every requirement), with the answers of
testing each text with ``in``: overlapping texts, a text inside another, a
requirement of single characters, ASCII and other segments alike."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsline.dates import engine as E
from newsline.dates import tables as T

LANGS = [lg for lg in ("en", "vi", "th", "zh", "es", "fr", "de", "ja") if lg in T.LANGS]


def _bits_by_in(chars, single, several, low: str) -> int:
    """Each requirement tested on its own, text by text (the reference)."""
    have = 0
    for texts, b in [*chars, *((frozenset([t]), b) for t, b in single), *several]:
        if any(t in low for t in texts):
            have |= b
    return have


def test_overlapping_and_nested_texts_are_all_found():
    chars = [(frozenset("/-"), 1 << 0), (frozenset("年"), 1 << 1)]
    single = [("th", 1 << 2), ("the", 1 << 3), ("he", 1 << 4), ("ngày", 1 << 70)]
    several = [(("mon", "tues"), 1 << 5), (("sunday", "day"), 1 << 6)]
    finder = E._RequirementFinder(chars, single, several)
    for low in [
        "the day",  # "th", "the", "he" end in one place; "day" inside nothing
        "monday 3/4",
        "sunday",  # "day" inside "sunday": both texts of one requirement
        "ngày 5 năm 2024",  # a bit past 64: Python ints of any size
        "2024年3月",
        "",
        "nothing here",
    ]:
        assert finder.bits(low) == _bits_by_in(chars, single, several, low), low


def test_an_empty_text_is_in_every_segment():
    finder = E._RequirementFinder([], [("", 1 << 3)], [(("x", ""), 1 << 4)])
    assert finder.bits("abc") == (1 << 3) | (1 << 4)


_TEXT = st.lists(
    st.sampled_from(
        list("0123456789 /-.:,年月日号ngàyháđêmthe dayofmonTUESquarter")
        + ["tháng", "năm", "เดือน", "ปี", "พ.ศ.", "季度", "去年", "week", "last", "ago"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.sampled_from(LANGS))
def test_a_languages_requirements_as_testing_each_text(text, lang):
    low = E.gate_text(text)
    finder, _, _ = E._gate_plan(lang)
    # the plan's requirements, rebuilt from its masks' own tables
    chars, single, several = _requirement_tables(lang)
    assert E._gate_bits(finder, low) == _bits_by_in(chars, single, several, low)


def _requirement_tables(lang: str):
    gates, rel = E._gates(lang), E._relative_gates(lang)
    reqs = list(dict.fromkeys(r for g in gates + rel for r in g))
    chars, single, several = [], [], []
    for i, r in enumerate(reqs):
        b = 1 << i
        if all(len(k) == 1 for k in r):
            chars.append((r, b))
        elif len(r) == 1:
            single.append((next(iter(r)), b))
        else:
            several.append((tuple(r), b))
    return chars, single, several


def test_single_characters_found_apart_as_by_the_automaton():
    # texts of one character are looked up apart from the automaton of the
    # longer ones (see _RequirementFinder): a bit shared by both kinds, a
    # character that is also inside a longer text, a non-ASCII one
    chars = [(frozenset("/t"), 1 << 0), (frozenset("年"), 1 << 1)]
    single = [("th", 1 << 2), ("t", 1 << 3)]
    several = [(("/", "tháng"), 1 << 4), (("x", "ngày"), 1 << 0)]
    finder = E._RequirementFinder(chars, single, several)
    for low in ["tháng 3", "the", "3/4", "2024年", "ngày", "x", "", "abc"]:
        assert finder.bits(low) == _bits_by_in(chars, single, several, low), low


def test_held_out_texts_hold_the_requirements_found_by_testing_each_text():
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "dates"
    checked = 0
    for path in sorted(data.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            rec = json.loads(line)
            lang = rec.get("lang")
            if lang not in LANGS:
                continue
            low = E.gate_text(rec["text"])
            finder, _, _ = E._gate_plan(lang)
            chars, single, several = _requirement_tables(lang)
            assert E._gate_bits(finder, low) == _bits_by_in(chars, single, several, low)
            checked += 1
    assert checked
