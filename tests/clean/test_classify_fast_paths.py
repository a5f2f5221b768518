"""The classifier's fast paths give the answers of the slow paths they skip.

Each gate (one regex before a loop over a cue table, one search before a
dozen tables, byte counting for ASCII lines, bounds before difflib) is
compared with the plain computation on the tables' own phrases, on lines
built around them and on random text.
"""

from __future__ import annotations

import random
from difflib import SequenceMatcher

from hypothesis import given, settings
from hypothesis import strategies as st

from newsline.clean import classify as C
from newsline.clean import features as F
from newsline.clean.features import fold_line
from newsline.settings import CleanSettings

_ALPHABET = st.characters(
    min_codepoint=0, max_codepoint=0x2FFF, blacklist_categories=("Cs",)
) | st.sampled_from("AZaz09 .:'’-İß©一中文ก")


def _slow_counts(text: str) -> tuple[int, int, int, int]:
    return (
        sum(map(str.isalpha, text)),
        sum(map(str.isupper, text)),
        sum(map(str.islower, text)),
        sum(map(str.isdigit, text)),
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_char_counts_match_the_str_predicates(text):
    assert F._char_counts(text) == _slow_counts(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=127), max_size=120))
def test_char_counts_of_ascii_lines(text):
    assert F._char_counts(text) == _slow_counts(text)


def _slow_opening_phrase(t: str, table: str) -> str | None:
    low = fold_line(t.strip()).lstrip("([{【•* ").replace("’", "'")
    for cue in C._folded(table):
        c = cue.replace("’", "'")
        if low.startswith(c) and (
            not low[len(c) : len(c) + 1].isalnum() or C._unspaced_edge(c[-1])
        ):
            return cue
    return None


_OPENING_TABLES = ("CAPTION_OPENERS", "TRANSLATION_CREDITS", "FILE_PHOTO_CAPTIONS")
_TAILS = ("", " ", "s", ": x", " the picture", "中文", "1", "’s", "-", ". Agency")


def _lines_around(phrases, rng: random.Random) -> list[str]:
    out = []
    for p in phrases:
        for tail in _TAILS:
            out += [p + tail, p.upper() + tail, "(" + p + tail, p[:-1] + tail, " " + p]
        out.append(p.replace("'", "’"))
        out.append("x" + p)
    words = [w for p in phrases for w in p.split()]
    for _ in range(300):
        out.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 6))))
    return out


def test_opening_phrase_gate_keeps_every_answer():
    rng = random.Random(7)
    for table in _OPENING_TABLES:
        phrases = list(C._folded(table))
        for line in _lines_around(phrases, rng):
            assert C._opening_phrase(line, table) == _slow_opening_phrase(line, table), line


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40), st.sampled_from(_OPENING_TABLES))
def test_opening_phrase_gate_random(text, table):
    assert C._opening_phrase(text, table) == _slow_opening_phrase(text, table)


def _slow_notice_line(g, cfg):
    for rule in C._NOTICE_RULES:
        if notice := rule(g, cfg):
            return notice
    return None


def test_notice_gate_keeps_every_answer():
    rng = random.Random(11)
    cfg = CleanSettings()
    from newsline.clean import cues

    lines = []
    for table in C._PHRASE_NOTICE_TABLES:
        phrases = [p for ps in getattr(cues, table).values() for p in ps]
        lines += _lines_around(phrases, rng)
        lines += [f"Read this. {p} today, please." for p in phrases]
    lines += ["Địa chỉ: 12 Phố Huế. Điện thoại: 024 1234", "Disclosure: the writer owns shares"]
    hits = 0
    for i, line in enumerate(lines):
        g = F.line_features(i, line)
        slow = _slow_notice_line(g, cfg)
        hits += slow is not None
        assert C._notice_line(g, cfg) == slow, line
    assert hits > 100  # the lines do meet the rules


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_notice_gate_random(text):
    cfg = CleanSettings()
    g = F.line_features(0, text)
    assert C._notice_line(g, cfg) == _slow_notice_line(g, cfg)


_WORDS = ["a", "b", "c", "d", "e", "f", "g", "h"]


def _slow_title_run(lw: list[str], tw: list[str]) -> bool:
    """The page-title test _find_title ran with difflib on every line."""
    run = (
        SequenceMatcher(None, lw, tw, autojunk=False)
        .find_longest_match(0, len(lw), 0, len(tw))
        .size
    )
    return not (run < 4 or 2 * run < len(lw) or 2 * run < len(tw))


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), max_size=24),
    st.lists(st.sampled_from(_WORDS), max_size=24),
)
def test_title_bounds_never_skip_a_match(lw, tw):
    if _slow_title_run(lw, tw):
        assert C._may_share_title_run(lw, tw)


def _plain_phrase_re(name: str):
    """A phrase table's regex written plainly: each phrase's word-edge
    lookbehind in front of it (what _phrase_re writes after its first
    character, so the engine can skip on the literal)."""
    import re

    alts = []
    for phrases in C._phrase_table(name).values():
        for p in phrases:
            p = fold_line(p)
            for q in dict.fromkeys((p, p.replace("'", "’"))):
                body = r"\s+".join(re.escape(w) for w in q.split())
                if q[:1].isascii() or " " in q:
                    lead = C._LATIN_EDGE_BEFORE if q[:1].isascii() else r"(?<!\w)"
                    tail = "" if C._HAN_KANA.match(q[-1]) else C._LATIN_EDGE_AFTER
                    body = lead + body + tail
                alts.append(body)
    return re.compile("|".join(sorted(alts, key=len, reverse=True)))


_EDGES = ("", " ", "a", "Z", "1", "中", "の", "ก", "é", "\n", "-", ".", "_", "’", "ー", "\u0301")


def test_phrase_regex_finds_what_the_plain_regex_finds():
    rng = random.Random(5)
    for name in ("COOKIE_NOTICES", "REPUBLISHED_NOTES", "COMPANY_REGISTER_CUES"):
        fast, plain = C._phrase_re(name), _plain_phrase_re(name)
        phrases = [fold_line(p) for ps in C._phrase_table(name).values() for p in ps]
        lines = []
        for p in phrases:
            for q in (p, p.replace("'", "’"), "  ".join(p.split()), p[1:], p[:-1]):
                lines += [rng.choice(_EDGES) + q + rng.choice(_EDGES) for _ in range(4)]
                lines.append(rng.choice(phrases)[:12] + rng.choice(_EDGES) + q)
        for line in lines:
            got = [(m.span(), m.group(0)) for m in fast.finditer(line)]
            assert got == [(m.span(), m.group(0)) for m in plain.finditer(line)], line


def _plain_bio_pattern(table):
    import re

    alts = []
    for p in sorted({F.normalize_cue(x) for xs in table.values() for x in xs}, key=len, reverse=True):
        a = "" if C._unspaced_edge(p[0]) else r"(?<![^\W_])"
        z = "" if C._unspaced_edge(p[-1]) else r"(?![^\W_])"
        alts.append(a + re.escape(p).replace(r"\ ", r"\s+") + z)
    return re.compile("|".join(alts))


def test_bio_regexes_find_what_the_plain_regexes_find():
    from newsline.clean import cues

    rng = random.Random(9)
    for name in ("BIO_COPULAS", "BIO_ROLES", "BIO_VERBS", "CONTRIBUTION_CREDITS"):
        table = getattr(cues, name)
        fast, plain = C._bio_pattern(table), _plain_bio_pattern(table)
        phrases = sorted({F.normalize_cue(x) for xs in table.values() for x in xs})
        for p in phrases:
            for q in (p, "  ".join(p.split()), p[1:], p[:-1]):
                for _ in range(3):
                    line = rng.choice(_EDGES) + q + rng.choice(_EDGES) + rng.choice(phrases)
                    got = [(m.span(), m.group(0)) for m in fast.finditer(line)]
                    assert got == [(m.span(), m.group(0)) for m in plain.finditer(line)], line
