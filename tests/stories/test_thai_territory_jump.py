"""The territory scan jumps over Thai text to where a whole Thai name starts:
the same names, spans and order as visiting every letter a name can start
with (these tests pin outputs; they pass before and after the jump)."""

from __future__ import annotations

import random
import re

import pytest

from newsline.stories import anchors


@pytest.mark.parametrize(
    "text, want",
    [
        ("", []),
        ("ไ", []),
        ("ไท", []),  # a name's first two letters only
        ("ไทย", [("TH", 0, 3)]),  # a whole text that is one name
        ("ข่าวจากประเทศไทย", [("TH", 13, 16)]),  # a name that ends the text
        ("กระทรวงมหาดไทยแถลง", []),  # "ไทย" inside "มหาดไทย" (Interior)
        ("เรียนภาษาอังกฤษ", []),  # the English language, no place
        ("ผู้นำจีนและญี่ปุ่นพบกัน", [("CN", 5, 8), ("JP", 11, 18)]),
        ("อินเดียอินโดนีเซีย", [("IN", 0, 7), ("ID", 7, 18)]),  # two glued names
        ("เกาหลีใต้", [("KR", 0, 9)]),  # the longest name at a start
        ("ไทยand Japan", [("TH", 0, 3), ("JP", 7, 12)]),
    ],
)
def test_thai_names(text, want):
    assert anchors.territories(text, "th") == want


def _plain_starts():
    by_prefix, _ = anchors.territory_table()
    firsts = sorted({p[0] for p in by_prefix})
    return re.compile("[" + "".join(re.escape(c) for c in firsts) + "]")


def _thai_texts() -> list[str]:
    """Every Thai name of the table alone, at the end of Thai text, after
    its own first letters, cut short by one letter, glued to another name;
    and random runs of Thai names' pieces."""
    by_prefix, _ = anchors.territory_table()
    names = sorted(
        {name for cands in by_prefix.values() for name, _, _ in cands if anchors._THAI.match(name)}
    )
    assert len(names) > 20
    out = []
    for name in names:
        out += [name, "ข่าวจาก" + name, name[:2] + name, name[:-1], name + names[0] + "และ"]
    rnd = random.Random(11)
    pieces = names + [n[:2] for n in names] + ["มหาด", "ภาษา", "และ", " ", "ๆ", "a", "1", "中"]
    out += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))) for _ in range(300)]
    return out


def test_thai_scan_matches_a_visit_of_every_start(monkeypatch):
    texts = _thai_texts()
    got = [anchors.territories(t, lg) for t in texts for lg in ("th", None)]
    monkeypatch.setattr(anchors, "_territory_starts", _plain_starts)
    want = [anchors.territories(t, lg) for t in texts for lg in ("th", None)]
    assert got == want
    assert sum(map(len, got)) > 500


def test_long_runs_of_name_letters():
    # Thai letters that start names but never a whole one: nothing, no stall
    for text in ("ไ" * 100_000, "ไท" * 50_000, "ก" * 100_000):
        assert anchors.territories(text, "th") == []
