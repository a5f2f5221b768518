"""normalise's two shortcuts read every text as the plain rules do:

* whitespace is collapsed by ``" ".join(text.split())``, which must be
  ``re.sub(r"\\s+", " ", text).strip()`` -- str.split's whitespace and re's
  ``\\s`` are the same characters, checked here for every code point;
* the Vietnamese old-tone rule (``_VI_OLD_TONE``) runs only on a text holding
  an o or u right before one of its tone vowels (``_VI_OLD_TONE_PAIR``): the
  pre-check must never pass over a text the rule changes, checked on the
  held-out sets' texts and on made-up lines.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsline.dedup import shingles as S
from newsline.dedup.shingles import normalise

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
_RE_SPACE = re.compile(r"\s+")


def _reference(text: str) -> str:
    return _RE_SPACE.sub(" ", text).strip()


def test_split_whitespace_is_re_whitespace_for_every_code_point():
    differ = [
        hex(cp)
        for cp in range(sys.maxunicode + 1)
        if (_RE_SPACE.fullmatch(chr(cp)) is not None) != chr(cp).isspace()
    ]
    assert differ == []


_SPACES_AND_LETTERS = list(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2009\u3000ab中ก.")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_SPACES_AND_LETTERS), max_size=40))
def test_collapsing_whitespace_as_the_regex_did(text):
    assert " ".join(text.split()) == _reference(text)


def _held_out_texts() -> list[str]:
    """Every text of the held-out sets stored as JSON lines (dates, langid)
    and every page of the dedup and stories sets: what the rule meets."""
    out: list[str] = []
    for path in sorted(DATA.glob("**/*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if isinstance(rec, dict):
                out += [v for v in rec.values() if isinstance(v, str) and len(v) > 20]
    for pattern in ("dedup/**/*.html", "dedup/**/*.txt", "stories/**/*.txt"):
        out += [p.read_text("utf-8", "replace") for p in sorted(DATA.glob(pattern))]
    return out


def test_the_tone_precheck_never_skips_a_text_the_rule_changes():
    texts = _held_out_texts()
    assert texts, "no held-out texts found"
    changed = 0
    for text in texts:
        low = " ".join(text.casefold().split())
        if S._VI_OLD_TONE.sub(S._vi_new_tone, low) != low:
            changed += 1
            assert S._VI_OLD_TONE_PAIR.search(low) is not None, low[:200]
    assert changed  # the sets hold old-style tones: the check is not vacuous


def test_old_style_tones_still_read_the_new_way():
    # invented lines in the old convention (mark on the second vowel) and the new
    for old, new in [
        (
            "Ông Đoàn nói về chuyện hoà giải ở xã Thuỷ An",
            "Ông Đoàn nói về chuyện hòa giải ở xã Thủy An",
        ),
        ("ban chấp hành khoá mới", "ban chấp hành khóa mới"),
        ("uỷ ban tỉnh", "ủy ban tỉnh"),
    ]:
        assert normalise(old) == normalise(new)
    # "quý": the u belongs to the consonant; nothing to move, with or without the pre-check
    assert normalise("Quý khách") == "quý khách"
    assert normalise("An English line, no tones at all.") == "an english line, no tones at all."
