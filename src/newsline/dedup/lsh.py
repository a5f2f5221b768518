"""MinHash signatures (via rensa's bulk API) and a compact, persistable LSH index.

What it is for: near-duplicate candidate search over millions of documents
with signatures held as one numpy uint32 matrix and band buckets in a dict,
so that the whole index can be saved as arrays and rebuilt exactly.

It must never read or keep texts; it sees shingle hashes and signatures only.
"""

from __future__ import annotations

import io
from functools import cache

import numpy as np
import rensa

from .shingles import _mix64


def signatures(hashes: np.ndarray, offsets: np.ndarray, num_perm: int, seed: int) -> np.ndarray:
    """MinHash signature matrix (rows = texts, uint32) from flat shingle hashes.

    Rows with no shingles are all-ones (0xFFFFFFFF) and must not be indexed.
    """
    n = len(offsets) - 1
    if n <= 0:
        return np.zeros((0, num_perm), dtype=np.uint32)
    if hashes.shape[0] == 0:
        return np.full((n, num_perm), 0xFFFFFFFF, dtype=np.uint32)
    m = rensa.RMinHash.digest_matrix_from_flat_token_hashes(
        np.ascontiguousarray(hashes, dtype=np.uint64),
        np.ascontiguousarray(offsets, dtype=np.uint64),
        num_perm,
        seed,
    )
    sig = np.asarray(m.to_rows(), dtype=np.uint32).reshape(n, num_perm)
    empty = offsets[1:] == offsets[:-1]
    if empty.any():
        sig[empty] = 0xFFFFFFFF
    return sig


def _false_positive(threshold: float, b: int, r: int) -> float:
    xs = np.linspace(0.0, threshold, 200)
    return float(np.trapezoid(1 - (1 - xs**r) ** b, xs))


def _false_negative(threshold: float, b: int, r: int) -> float:
    xs = np.linspace(threshold, 1.0, 200)
    return float(np.trapezoid(1 - (1 - (1 - xs**r) ** b), xs))


def candidate_probability(s: float, b: int, r: int) -> float:
    """Chance that two texts of Jaccard ``s`` share at least one of ``b`` bands of ``r`` rows."""
    return 1.0 - (1.0 - s**r) ** b


@cache
def optimal_bands(threshold: float, num_perm: int, recall: float | None = None) -> tuple[int, int]:
    """(bands, rows) with ``bands * rows <= num_perm`` for LSH at ``threshold``.

    Without ``recall``: the banding minimising 0.3 x false positives + 0.7 x
    false negatives around the threshold (datasketch's ``_optimal_param``
    criterion, weighted to recall). It is the cheapest, but a pair exactly at
    the threshold becomes a candidate only about 63% of the time (0.8 and
    128 permutations: 11 x 11); pairs further above it are likelier.

    With ``recall`` (``DedupSettings.candidate_recall``): a banding under
    which a pair at the threshold is a candidate with at least that
    probability; among those, the one with the most rows per band (then the
    fewest bands), which lets the fewest dissimilar pairs through and keeps
    the bucket entries (one per band per document: memory) low. 0.95 at 0.8
    and 128 permutations is 13 x 7. A false candidate costs one signature
    comparison and is dropped there; a missed pair is never recovered. Where
    no banding reaches ``recall`` (very few permutations), the default
    criterion is used.
    """
    if recall is not None:
        for r in range(num_perm, 0, -1):
            for b in range(1, num_perm // r + 1):
                if candidate_probability(threshold, b, r) >= recall:
                    return b, r
    best, best_err = (1, num_perm), float("inf")
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            err = 0.3 * _false_positive(threshold, b, r) + 0.7 * _false_negative(threshold, b, r)
            if err < best_err:
                best, best_err = (b, r), err
    return best


def band_keys(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 64-bit key per (row, band): int64 array of shape (n, bands)."""
    n = sig.shape[0]
    with np.errstate(over="ignore"):
        part = sig[:, : bands * rows].astype(np.uint64).reshape(n, bands, rows)
        acc = np.zeros((n, bands), dtype=np.uint64)
        for j in range(rows):
            acc = _mix64(acc ^ part[:, :, j] ^ np.uint64(j + 1))
        acc ^= np.arange(1, bands + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        return _mix64(acc).view(np.int64)


class LSHIndex:
    """Band buckets over a growing signature matrix; keys are row numbers.

    ``buckets`` maps a band key to a row number, or to a list of row numbers
    once several rows share it (most buckets hold one row).
    """

    def __init__(self, num_perm: int, threshold: float, recall: float | None = None):
        self.num_perm = num_perm
        self.bands, self.rows = optimal_bands(round(threshold, 4), num_perm, recall)
        self._sig = np.zeros((1024, num_perm), dtype=np.uint32)
        self.size = 0
        self.buckets: dict[int, int | list[int]] = {}

    @property
    def sig(self) -> np.ndarray:
        return self._sig[: self.size]

    def _grow(self, extra: int) -> None:
        need = self.size + extra
        if need > self._sig.shape[0]:
            cap = max(need, int(self._sig.shape[0] * 1.5))
            grown = np.zeros((cap, self.num_perm), dtype=np.uint32)
            grown[: self.size] = self._sig[: self.size]
            self._sig = grown

    def query_insert(self, sig: np.ndarray, insert: np.ndarray) -> list[list[int]]:
        """For each row of ``sig``: candidate earlier rows (index and earlier in
        this batch); rows with ``insert`` True are then added to the index.
        Returns candidates per row (row numbers in the index)."""
        keys = band_keys(sig, self.bands, self.rows).tolist()
        self._grow(int(insert.sum()))
        out: list[list[int]] = []
        buckets = self.buckets
        for i, row_keys in enumerate(keys):
            cands: set[int] = set()
            for key in row_keys:
                hit = buckets.get(key)
                if hit is None:
                    continue
                if isinstance(hit, list):
                    cands.update(hit)
                else:
                    cands.add(hit)
            out.append(sorted(cands))
            if insert[i]:
                rid = self.size
                self._sig[rid] = sig[i]
                self.size += 1
                for key in row_keys:
                    hit = buckets.get(key)
                    if hit is None:
                        buckets[key] = rid
                    elif isinstance(hit, list):
                        hit.append(rid)
                    else:
                        buckets[key] = [hit, rid]
        return out

    def insert_all(self, sig: np.ndarray) -> None:
        """Add rows without querying (rebuilding the buckets from saved signatures)."""
        self._grow(sig.shape[0])
        buckets = self.buckets
        for start in range(0, sig.shape[0], 100_000):
            chunk = sig[start : start + 100_000]
            keys = band_keys(chunk, self.bands, self.rows).tolist()
            self._sig[self.size : self.size + chunk.shape[0]] = chunk
            for rid, row_keys in enumerate(keys, start=self.size):
                for key in row_keys:
                    hit = buckets.get(key)
                    if hit is None:
                        buckets[key] = rid
                    elif isinstance(hit, list):
                        hit.append(rid)
                    else:
                        buckets[key] = [hit, rid]
            self.size += chunk.shape[0]

    def similarity(self, row: np.ndarray, cands: list[int]) -> np.ndarray:
        """Estimated Jaccard of ``row`` against indexed rows ``cands``."""
        return (self._sig[cands] == row[None, :]).mean(axis=1)

    # persistence: the signatures are the state; buckets are rebuilt from them
    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        np.save(buf, self.sig, allow_pickle=False)
        return buf.getvalue()

    @classmethod
    def from_bytes(
        cls, data: bytes, num_perm: int, threshold: float, recall: float | None = None
    ) -> LSHIndex:
        sig = np.load(io.BytesIO(data), allow_pickle=False)
        idx = cls(num_perm, threshold, recall)
        if sig.shape[0]:
            idx.insert_all(sig)
        return idx
