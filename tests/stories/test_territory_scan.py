"""The territory scan passes over ASCII letters inside words in C: the same
names, spans and order as visiting every character a name can start with."""

from __future__ import annotations

import random
import re

from newsline.stories import anchors

TEXTS = [
    "Thailand and Vietnam signed a deal; the US said so.",
    "the USA, theUSA, 3USA, _USA, éUSA, ÉFrance, xFrance, (France)",
    "ในประเทศไทย กระทรวงมหาดไทย และจีน",
    "中美关系 法国和德国 沿海地区",
    "в Португалии и Ирана, Россия",
    "Bộ trưởng Việt Nam gặp Trung Quốc tại Lào",
    "Túnez, Tunez, Irã, Omã, Deutschland, Chiles",
    "日本とタイ、スタイル",
]


def _plain_starts():
    by_prefix, _ = anchors.territory_table()
    firsts = sorted({p[0] for p in by_prefix})
    return re.compile("[" + "".join(re.escape(c) for c in firsts) + "]")


def _random_texts(n: int) -> list[str]:
    rnd = random.Random(7)
    by_prefix, _ = anchors.territory_table()
    names = [name for cands in by_prefix.values() for name, _, _ in cands]
    glue = ["", " ", "a", "É", "_", "1", "ก", "中", "д", ".", "-", "'"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 8)):
            parts.append(rnd.choice(glue))
            parts.append(rnd.choice(names))
        out.append("".join(parts))
    return out


def test_scan_matches_a_visit_of_every_start(monkeypatch):
    texts = TEXTS + _random_texts(400)
    langs = [None, "en", "vi", "th", "zh", "de", "ru", "ja"]
    got = [anchors.territories(t, lg) for t in texts for lg in langs]
    plain = _plain_starts()
    monkeypatch.setattr(anchors, "_territory_starts", lambda: plain)
    want = [anchors.territories(t, lg) for t in texts for lg in langs]
    assert got == want
    assert any(got)


def test_word_character_is_isalnum():
    # the scan's lookbehind stands for str.isalnum (checked on the BMP here;
    # the whole of Unicode was checked when it was written)
    rx = re.compile(r"[^\W_]")
    assert all(bool(rx.match(chr(c))) == chr(c).isalnum() for c in range(0x10000))
