"""``DedupSettings.candidate_recall`` (``newsline run --near-recall``): pairs
just above the near-duplicate threshold are linked when the user asks for it.

LSH only compares pairs that share a band; the default banding, balanced for
speed, leaves about a third of the pairs exactly at the threshold uncompared
(never linked, silently). With ``candidate_recall=0.95`` at least 95% are.
The pairs are built at controlled shingle Jaccard from invented text in
several languages' spellings, so no real site, word or article is named.
"""

from __future__ import annotations

import random
from collections import Counter

import numpy as np
import pytest

from newsline.dedup import Deduplicate, normalise, shingle_hashes
from newsline.dedup.lsh import LSHIndex, optimal_bands, signatures
from newsline.model import Document
from newsline.settings import DedupSettings

# Syllables in the spelling habits of several languages; words are invented.
SYLLABLES = {
    "es": ["ca", "mi", "ño", "rre", "la", "ción", "te", "gua", "bo", "que", "sal", "dor"],
    "vi": ["nguy", "ễn", "thư", "ờng", "khă", "ng", "đô", "việ", "tr", "ạm", "hu", "ế"],
    "de": ["sch", "wei", "ß", "ung", "ber", "gen", "stra", "ühl", "kei", "ten", "zu", "pf"],
    "sw": ["wa", "ki", "ji", "mba", "ngo", "zi", "shu", "ra", "nda", "ku", "mwe", "tu"],
    "tr": ["ğı", "şe", "lü", "çok", "ır", "ka", "dı", "yor", "öz", "ler", "ba", "sın"],
}


def _word(rng: random.Random, lang: str) -> str:
    return "".join(rng.choice(SYLLABLES[lang]) for _ in range(rng.randint(2, 4)))


def _text(rng: random.Random, lang: str, n: int) -> list[str]:
    return [_word(rng, lang) for _ in range(n)]


def _jaccard(a: str, b: str, k: int) -> float:
    # the text the stage shingles by default: normalised (fold_marks off)
    h, off = shingle_hashes([normalise(a), normalise(b)], k)
    sa, sb = set(h[off[0] : off[1]].tolist()), set(h[off[1] : off[2]].tolist())
    return len(sa & sb) / len(sa | sb)


def _pairs(seed: int, n_pairs: int, lo: float, hi: float, k: int) -> list[tuple[str, str]]:
    """``n_pairs`` (original, edited copy) with exact shingle Jaccard in [lo, hi)."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    while len(out) < n_pairs:
        lang = rng.choice(sorted(SYLLABLES))
        words = _text(rng, lang, rng.randint(80, 160))
        edited = list(words)
        share = rng.uniform(0.0, 0.22)  # words replaced: an update, a new headline
        for i in rng.sample(range(len(words)), int(len(words) * share)):
            edited[i] = _word(rng, lang)
        a, b = " ".join(words), " ".join(edited)
        if lo <= _jaccard(a, b, k) < hi:
            out.append((a, b))
    return out


def _estimate(a: str, b: str, s: DedupSettings) -> float:
    h, off = shingle_hashes([normalise(a), normalise(b)], s.shingle_size)
    sig = signatures(h, off, s.num_perm, s.seed)
    return float((sig[0] == sig[1]).mean())


def _linked_share(
    stage: Deduplicate, pairs: list[tuple[str, str]], s: DedupSettings, fed_originals: bool
) -> tuple[float, int]:
    """Share of the pairs whose signature estimate reaches the threshold (the
    stage's own check) that the stage linked; and how many such pairs."""
    stats: Counter = Counter()
    if not fed_originals:
        stage([Document(id=f"a{i}", source="x", text=a) for i, (a, _) in enumerate(pairs)], stats)
    copies = [Document(id=f"b{i}", source="x", text=b) for i, (_, b) in enumerate(pairs)]
    stage(copies, stats)
    due = linked = 0
    for i, (a, b) in enumerate(pairs):
        if _estimate(a, b, s) < s.threshold:
            continue  # the signature check rejects it whatever the banding
        due += 1
        ids = {d["id"] for d in copies[i].meta.get("near_duplicates", [])}
        linked += f"a{i}" in ids
    return linked / max(due, 1), due


@pytest.mark.parametrize(
    ("threshold", "num_perm", "seed"),
    [(0.8, 128, 11), (0.7, 128, 12), (0.9, 64, 13)],
)
def test_pairs_just_above_threshold_are_linked(threshold, num_perm, seed):
    s = DedupSettings(threshold=threshold, num_perm=num_perm, blocks=False, candidate_recall=0.95)
    pairs = _pairs(seed, 240, threshold, threshold + 0.06, s.shingle_size)
    share, due = _linked_share(Deduplicate(s), pairs, s, fed_originals=False)
    assert due >= 100
    assert share >= 0.95, f"only {share:.2f} of {due} pairs at {threshold} linked"


def _found_share(index: LSHIndex, threshold: float, num_perm: int, pairs: int = 300) -> float:
    """Share of signature pairs, agreeing at each position with probability
    ``threshold``, whose second row the real index returns as a candidate of
    the first (an index that banded wrongly, or read other positions, misses)."""
    rng = np.random.default_rng(int(threshold * 1000) + num_perm)
    first = rng.integers(0, 2**32, size=(pairs, num_perm), dtype=np.uint32)
    second = np.where(
        rng.random((pairs, num_perm)) < threshold,
        first,
        rng.integers(0, 2**32, size=(pairs, num_perm), dtype=np.uint32),
    )
    index.query_insert(first, np.ones(pairs, dtype=bool))
    got = index.query_insert(second, np.zeros(pairs, dtype=bool))
    return sum(i in c for i, c in enumerate(got)) / pairs


def test_banding_reaches_recall_at_threshold_within_permutations():
    # the banding the index is built with (settings -> index), checked by the
    # formula written out here, not by the choosing code's own helper
    for threshold in (0.5, 0.7, 0.8, 0.85, 0.9, 0.95):
        for num_perm in (32, 64, 128, 256):
            index = LSHIndex(num_perm, threshold, 0.95)
            b, r = index.bands, index.rows
            assert (b, r) == optimal_bands(threshold, num_perm, 0.95)
            assert b * r <= num_perm
            # the index itself, fed signature pairs that agree at each position
            # with probability ``threshold``, finds ~95% of them as candidates
            assert _found_share(index, threshold, num_perm) >= 0.92, (threshold, num_perm, b, r)
            # the promised choice: no banding with more rows reaches it, and
            # none with these rows and fewer bands
            assert all(
                1 - (1 - threshold**r2) ** (num_perm // r2) < 0.95
                for r2 in range(r + 1, num_perm + 1)
            ), (threshold, num_perm, b, r)
            assert b == 1 or 1 - (1 - threshold**r) ** (b - 1) < 0.95, (threshold, num_perm, b, r)


@pytest.mark.parametrize(("threshold", "num_perm"), [(0.8, 128), (0.7, 64), (0.9, 256)])
def test_chosen_banding_compares_pairs_at_the_threshold_in_simulation(threshold, num_perm):
    """Independent of the formula: signature pairs agreeing at each position
    with probability ``threshold`` share a band in >= ~95% of trials."""
    b, r = optimal_bands(threshold, num_perm, 0.95)
    rng = np.random.default_rng(7)
    trials = 4000
    agree = rng.random((trials, b * r)) < threshold
    shared = agree.reshape(trials, b, r).all(axis=2).any(axis=1)
    assert shared.mean() >= 0.93, (threshold, num_perm, b, r, shared.mean())
    # the default banding does not: the setting is what buys it
    b0, r0 = optimal_bands(threshold, num_perm)
    agree0 = rng.random((trials, b0 * r0)) < threshold
    assert agree0.reshape(trials, b0, r0).all(axis=2).any(axis=1).mean() < 0.9


def test_default_banding_stays_balanced_for_speed():
    """Near miss: without the setting nothing changes (11 x 11 at 0.8 / 128)."""
    assert DedupSettings().candidate_recall is None
    assert optimal_bands(0.8, 128) == (11, 11)
    assert (Deduplicate(DedupSettings()).index.bands, Deduplicate(DedupSettings()).index.rows) == (
        11,
        11,
    )
    assert optimal_bands(0.8, 128, 0.95) == (13, 7)


def test_degenerate_thresholds_and_tiny_signatures_still_band():
    rng = np.random.default_rng(3)
    for threshold in (0.0, 1.0, 0.999):
        for num_perm in (1, 2, 8):
            for recall in (None, 0.95):
                index = LSHIndex(num_perm, threshold, recall)
                b, r = index.bands, index.rows
                # the index works with it: a copy of a signature is its
                # candidate, and the first row has none
                sig = rng.integers(0, 2**32, size=(1, num_perm), dtype=np.uint32)
                got = index.query_insert(np.vstack([sig, sig]), np.array([True, True]))
                assert got == [[], [0]], (threshold, num_perm, recall, b, r)
                # and its bands read the signature's own positions: one that
                # differs at every position is nobody's candidate
                other = sig ^ np.uint32(1)
                assert index.query_insert(other, np.array([False])) == [[]], (b, r)
    # identical texts always share a band: the most rows, one band
    assert optimal_bands(1.0, 8, 0.95) == (1, 8)
    # no banding compares pairs of similarity 0: the default criterion is used
    assert optimal_bands(0.0, 8, 0.95) == optimal_bands(0.0, 8)


def test_state_saved_under_the_default_banding_is_rebanded_on_load():
    """A database written under the default banding (11 x 11) keeps only
    signatures; continued with ``candidate_recall`` the buckets are rebuilt
    under the new banding, so its old documents are found by new
    near-duplicates at the new recall."""
    old_s = DedupSettings(threshold=0.8, num_perm=128, blocks=False)
    pairs = _pairs(21, 240, 0.8, 0.86, old_s.shingle_size)
    old = Deduplicate(old_s)
    assert (old.index.bands, old.index.rows) == (11, 11)
    old([Document(id=f"a{i}", source="x", text=a) for i, (a, _) in enumerate(pairs)], Counter())
    saved = old.state_dict()
    s = DedupSettings(threshold=0.8, num_perm=128, blocks=False, candidate_recall=0.95)
    new = Deduplicate(s)
    new.load_state(saved)
    assert (new.index.bands, new.index.rows) == (13, 7)
    assert new.index.size == len(pairs)
    share, due = _linked_share(new, pairs, s, fed_originals=True)
    assert due >= 100
    assert share >= 0.95


def test_pairs_well_below_threshold_stay_unlinked():
    """Near miss: more candidates must not mean more links; copies edited
    down to Jaccard 0.55-0.70 are compared and rejected by the signatures."""
    s = DedupSettings(threshold=0.8, num_perm=128, blocks=False, candidate_recall=0.95)
    rng = random.Random(5)
    pairs: list[tuple[str, str]] = []
    while len(pairs) < 60:
        lang = rng.choice(sorted(SYLLABLES))
        words = _text(rng, lang, 120)
        edited = list(words)
        for i in rng.sample(range(len(words)), int(len(words) * rng.uniform(0.25, 0.4))):
            edited[i] = _word(rng, lang)
        a, b = " ".join(words), " ".join(edited)
        if 0.55 <= _jaccard(a, b, s.shingle_size) < 0.70:
            pairs.append((a, b))
    stage = Deduplicate(s)
    docs = [
        Document(id=f"{p}{i}", source="x", text=t)
        for i, ab in enumerate(pairs)
        for p, t in zip("ab", ab)
    ]
    stats: Counter = Counter()
    stage(docs, stats)
    assert stats["dedup_near"] == 0
    assert all(x >= 0.8 for x in stage.pair_sim)
    assert np.all(stage.index.sig[:, 0] != 0xFFFFFFFF)
