"""The Aho–Corasick gate in front of the cue tables' regexes skips only lines
the regexes would find nothing in.

Every entry of every gated table has a key in the automaton (a table word
added later cannot slip past the gate); the gated answers equal the
ungated ones on pages written here in several languages and page shapes,
near misses at the gate among them (a cue inside a longer word, capitals,
diacritics, full-width letters, Thai without spaces, tabs and doubled
spaces), and on random lines built from the tables' own phrases.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from newsline.clean import classify as C
from newsline.clean import cues
from newsline.clean import features as F
from newsline.clean.cue_gate import KeyAutomaton, phrase_keys, regular_spacing, spaces_collapsed

from .test_cue_gate_pages import PAGES, _classify


def _cue_keys() -> list[str]:
    return list(F._cue_lookup())


def _phrase_table_entries():
    """(table, phrase, folded phrase) for every entry of every gated table."""
    for name in C._phrase_table_bits():
        for ps in getattr(cues, name).values():
            for p in ps:
                yield name, p, F.fold_line(p)


@pytest.fixture
def ungated(monkeypatch):
    """Turn both gates off (every line 'may' hold every table's phrase)."""

    def off():
        monkeypatch.setattr(F, "_cue_gate", lambda: KeyAutomaton({"": 1}))
        monkeypatch.setattr(C, "_phrase_tables_in", lambda low: -1)
        F._shared_line_features.cache_clear()

    yield off
    F._shared_line_features.cache_clear()


# -- every table word is a key --------------------------------------------


def test_every_cue_of_every_language_is_a_key():
    """Each cue of CUES, in every language and category, folded, with either
    apostrophe, is a key of the cue automaton, and a line that is the cue
    alone passes the gate and is found."""
    gate = F._cue_gate()
    checked = 0
    for lang, cats in cues.CUES.items():
        for cat, phrases in cats.items():
            for p in phrases:
                for key in phrase_keys(F.normalize_cue(p)):
                    assert key, (lang, cat, p)
                    assert gate._full.exists(key), (lang, cat, p)
                    assert gate.any_in(key), (lang, cat, p)
                    assert (cat, lang) in {(h.category, h.lang) for h in F.find_cues(key)}, (
                        lang,
                        cat,
                        p,
                    )
                    checked += 1
    assert checked > 1000


def test_every_phrase_of_every_gated_table_is_a_key():
    """Each phrase of each table _phrase_in reads is a key carrying its
    table's bit, and the table's regex finding it in a line means the gate
    lets the line through."""
    gate = C._phrase_tables_gate()
    bits = C._phrase_table_bits()
    checked = 0
    for name, p, folded in _phrase_table_entries():
        assert folded.split(), (name, p)  # a phrase of no word would match every line
        for key in phrase_keys(folded):
            assert gate._full.exists(key), (name, p)
            assert gate._full.get(key) & bits[name], (name, p)
            for line in (key, "x " + key + " y", "(" + key + ")", "中" + key):
                if C._phrase_re(name).search(line):
                    assert C._phrase_tables_in(line) & bits[name], (name, line)
            checked += 1
    assert checked > 500


def test_every_table_the_rules_name_is_gated():
    """Every table the classifier hands to _phrase_in, _phrase_notice or
    _phrase_re by name has a bit of the gate (a table outside it would still
    be read, ungated, but no rule should rely on that)."""
    src = Path(C.__file__).read_text("utf-8")
    named = set(re.findall(r'_phrase_(?:re|notice|in)\(\s*(?:[\w.]+,\s*)?"([A-Z_]+)"', src))
    assert named, "no table names found"
    assert named <= set(C._phrase_table_bits()), named - set(C._phrase_table_bits())
    assert set(C._PHRASE_NOTICE_TABLES) <= set(C._phrase_table_bits())


# -- near misses at the gate ------------------------------------------------


def _cue_set(text: str) -> set[tuple[str, str]]:
    return {(h.category, h.cue) for h in F.find_cues(text)}


def test_cue_inside_a_longer_word_passes_the_gate_but_is_no_cue():
    # "rss" inside "address", "sitemap" inside nothing: the automaton finds
    # the letters, the regex's word edges still refuse them
    line = "Please send the form to the postal address printed below."
    assert F._cue_gate().any_in(F.fold_line(line))
    assert not any(cue == "rss" for _, cue in _cue_set(line))
    assert ("site_links", "rss") in _cue_set("RSS")


@pytest.mark.parametrize(
    "line,cue",
    [
        ("PRIVACY POLICY", "privacy policy"),
        ("Privacy  Policy", "privacy policy"),  # two spaces: \s+ spans them
        ("Privacy\tPolicy", "privacy policy"),  # a tab: the gate answers "maybe"
        ("Privacy\u00a0Policy", "privacy policy"),  # NBSP folds to a space
        ("Ｐｒｉｖａｃｙ Ｐｏｌｉｃｙ", "privacy policy"),  # full-width letters fold
        ("Bản quyền thuộc về tòa soạn", "bản quyền thuộc về"),
        ("BẢN QUYỀN THUỘC VỀ TÒA SOẠN", "bản quyền thuộc về"),
        ("สงวนลิขสิทธิ์ทั้งหมดโดยบริษัท", "สงวนลิขสิทธิ์"),  # Thai, no spaces
        ("İLGİLİ HABERLER", "ilgili haberler"),  # Turkish capitals fold
        ("版權所有 不得轉載", "版权所有"),  # Traditional letters fold to Simplified
    ],
)
def test_cue_found_through_folding_and_spacing(line, cue, ungated):
    got = _cue_set(line)
    assert cue in {c for _, c in got}, (line, got)
    ungated()
    assert _cue_set(line) == got


@pytest.mark.parametrize(
    "line",
    [
        "Ban quyen thuoc ve toa soan",  # no diacritics: not the Vietnamese cue
        "The shareholders met on Tuesday.",  # "share" inside a longer word
        "Unpublished drafts were homeward bound.",
        "Điều hành bởi một nhóm nhỏ các nhà báo độc lập trong nhiều năm.",
        "ผู้สื่อข่าวรายงานว่าฝนตกหนักทั้งคืน",
    ],
)
def test_near_misses_give_the_ungated_answer(line, ungated):
    got = F.find_cues(line)
    mask = C._phrase_tables_in(F.fold_line(line))
    tables = {n: C._phrase_in(line, n) for n in C._phrase_table_bits()}
    ungated()
    assert F.find_cues(line) == got
    assert {n: C._phrase_in(line, n) for n in C._phrase_table_bits()} == tables
    # a table whose bit the gate left out finds nothing ungated either
    for n, bit in C._phrase_table_bits().items():
        if not mask & bit:
            assert tables[n] is None


def test_long_line_only_its_windows_are_searched(ungated):
    """A paragraph over 400 characters is searched in its first 60 and last
    100 characters: a cue in the middle stays unfound, gated or not."""
    filler = "The committee discussed the budget at length before the vote. " * 8
    middle = filler + "Privacy policy " + filler
    end = filler + filler + "Privacy policy"
    assert "privacy policy" not in {c for _, c in _cue_set(middle)}
    assert "privacy policy" in {c for _, c in _cue_set(end)}
    got = (F.find_cues(middle), F.find_cues(end))
    ungated()
    assert (F.find_cues(middle), F.find_cues(end)) == got


def test_regular_spacing():
    assert regular_spacing("a b c")
    assert regular_spacing("中文 abc")
    assert regular_spacing("a\u200bb")  # a zero-width space is no white space
    assert regular_spacing("a\udc80 b")  # nor is a lone surrogate
    assert not regular_spacing("a  b")
    assert not regular_spacing("a\tb")
    assert not regular_spacing("a\u2028b")
    assert not regular_spacing("a\x85b")


def test_spaces_collapsed_keeps_positions():
    low = "\tprivacy \t policy  x"
    spaced, where = spaces_collapsed(low)
    assert spaced == " privacy policy x"
    assert len(where) == len(spaced)
    assert all(low[w] == c or (c == " " and low[w].isspace()) for c, w in zip(spaced, where))


def test_tabbed_phrase_lines_pass_the_gate():
    """A notice phrase whose words are apart by a tab or two spaces meets its
    regex (\\s+), and so the gate: its runs of space count as one."""
    bits = C._phrase_table_bits()
    for name, _, folded in list(_phrase_table_entries())[::7]:
        words = folded.split()
        if len(words) < 2:
            continue
        for sep in ("\t", "  ", " \u2028 "):
            line = sep.join(words)
            if C._phrase_re(name).search(line):
                assert C._phrase_tables_in(line) & bits[name], (name, line)


def test_gate_on_long_adversarial_lines():
    """100k characters of near-keys: the automaton answers in one pass."""
    gate = F._cue_gate()
    for text in (
        "rs" * 50_000,
        "a" * 100_000,
        "中" * 100_000,
        "ลิขสิทธ" * 14_000,
        "privacy polic" * 7_700,
        "x\t" * 50_000,
    ):
        low = F.fold_line(text)
        assert gate.any_in(low, 0, 60) in (True, False)
        assert isinstance(C._phrase_tables_gate().bits_in(low), int)
        assert C._holds_notice_phrase(low, 0.0) in (True, False)


# -- whole pages: gated == ungated, labels pinned ----------------------------


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages_give_the_ungated_answer(name, ungated):
    lines, _ = PAGES[name]
    got = _classify(lines)
    assert [t for t, _, _ in got] == lines
    ungated()
    assert _classify(lines) == got


# -- random lines made of the tables' own phrases ----------------------------


def _random_lines(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    phrases = [p for _, p, _ in _phrase_table_entries()]
    phrases += [p for cats in cues.CUES.values() for ps in cats.values() for p in ps]
    glue = ["", " ", "  ", "\t", "x", "中", "(", ": ", "-", "ๆ", "'", "’", "\u00a0"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 4)):
            p = rng.choice(phrases)
            if rng.random() < 0.3:
                p = p.upper()
            if rng.random() < 0.2 and len(p) > 3:
                cut = rng.randint(1, len(p) - 1)
                p = p[:cut] + rng.choice(glue) + p[cut:]
            parts.append(rng.choice(glue) + p)
        out.append("".join(parts) + rng.choice(["", ".", " 2026", "x"]))
    return out


def test_random_phrase_lines_give_the_ungated_answer(ungated):
    lines = _random_lines(600)
    names = list(C._phrase_table_bits())
    fast = [
        (
            F.find_cues(t),
            [C._phrase_in(t, n) for n in names],
            C._holds_notice_phrase(F.fold_line(t), 0.0),
        )
        for t in lines
    ]
    skipped = sum(1 for f in fast if not f[0])
    ungated()
    for t, (hits, found, holds) in zip(lines, fast, strict=True):
        assert F.find_cues(t) == hits, t
        assert [C._phrase_in(t, n) for n in names] == found, t
        if any(x for n, x in zip(names, found, strict=True) if n in C._PHRASE_NOTICE_TABLES):
            assert holds, t
    assert skipped < len(lines)


# -- find_cues by the automaton == find_cues by the two trie regexes ---------


def _by_regex(text: str) -> list:
    low = F.fold_line(text)
    windows = [(0, len(low))] if len(low) <= 400 else [(0, 60), (len(low) - 100, len(low))]
    return F._find_cues_by_regex(text, low, windows)


@pytest.mark.parametrize(
    "line",
    [
        # overlapping cues: the longest at a position wins, the leftmost first,
        # a hit's span is not searched again
        "Read more stories",
        "More stories: read more",
        "Related articles and related news",
        "Follow us on Facebook | Share on X",
        # a longer cue glued to a letter at its end: none there, a shorter one
        # starting later may still be
        "Privacy policyx and Terms of use",
        "sitemapped rss",
        "xrss rss",
        # cues of unspaced scripts touching each other and Latin letters
        "版权所有©2026网站地图RSS",
        "ข่าวที่เกี่ยวข้องอ่านต่อ",
        "関連記事おすすめ記事Sitemap",
        # apostrophes either way, capitals, dotted capital I
        "DON'T MISS — Don’t miss",
        "İLGİLİ HABERLER",
        "Ảnh: Minh Anh | Bản quyền thuộc về tòa soạn",
        "",
        "©",
        " © ",
        # tabs, doubled and other spaces: each run of them is one space
        "Privacy \t Policy\t\tTerms  of  use",
        "Follow  us  on\u2028Facebook",
        "\t\tRSS\t",
        "read  more  stories   read more",
        "版权所有\t©\t2026",
        "Privacy\u200b policy",  # a zero-width space is no white space
    ],
)
def test_automaton_scan_is_the_regex_scan(line):
    assert F.find_cues(line) == _by_regex(line)


def test_automaton_scan_on_random_cue_lines():
    rng = random.Random(11)
    phrases = [p for cats in cues.CUES.values() for ps in cats.values() for p in ps]
    glue = ["", " ", "x", "中", "(", ": ", "-", "ๆ", "'", "1", "_", "é", "\t", "  ", " \u2028 "]
    for _ in range(1500):
        parts = []
        for _ in range(rng.randint(1, 5)):
            p = rng.choice(phrases)
            if rng.random() < 0.3:
                p = p.upper()
            if rng.random() < 0.2:  # a phrase's space printed as a tab or two
                p = p.replace(" ", rng.choice(["\t", "  ", " \t "]))
            parts.append(rng.choice(glue) + p)
        line = "".join(parts) + rng.choice(glue)
        if rng.random() < 0.1:  # a paragraph: only its two windows
            line = line + " filler" * 80 + line
        assert F.find_cues(line) == _by_regex(line), line


def test_longer_cue_wins_in_a_line_with_doubled_spaces(ungated):
    # "أضف تعليقا" and "أضف تعليقاً" are both cues: with three spaces between
    # the words, the gated search compared the shorter cue's length in the
    # line with the longer one's in the collapsed copy, and kept the shorter
    line = "أضف   تعليقاً"
    gated = [(h.cue, h.start) for h in F.find_cues(line)]
    ungated()
    assert gated == [(h.cue, h.start) for h in F.find_cues(line)]
    assert gated == [("أضف تعليقاً", 0)]
