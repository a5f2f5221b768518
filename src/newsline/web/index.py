"""Search helper indexes that the store's schema does not have (yet).

* ``search_short_grams`` -- an FTS5 index (contentless, ``detail=none``) of
  the one- and two-character grams of every run of an unspaced script (Thai,
  Chinese, Japanese ...) in each document's title and clean text. The
  trigram index cannot answer queries shorter than three characters, and
  two-character Chinese words (北约, 日本) are common queries; scanning the
  text instead costs seconds on 100k documents. Grams are stored as ASCII
  tokens (``g`` + five hex digits per code point), so no tokenizer can
  split or fold them.
* ``search_accents`` -- an FTS5 index (contentless, ``unicode61
  remove_diacritics 0``) of each document's title and clean text with their
  accents, casefolded as search reads words (:func:`accent_words`). A query
  word typed with accents ("hà") means those accents or none; ``docs_fts``
  folds them away, and checking its matches against the text read every
  matching page (p50 15 -> 334 ms on 20k documents). This index answers
  "hà or ha, exactly" itself.
* ``search_documents_date`` -- an expression index on the date the search
  filters by (published, else fetched), so date filters do not read every
  row.
* ``search_index_state`` -- how far (document rowid) each index got.
  Documents are never updated in place, only added, so indexing the rows
  above the mark keeps it complete; search scans the few rows above the mark
  directly, so results are right even while the index lags.

:func:`sync` creates all of this idempotently and indexes new documents in
short transactions (a concurrent run is never blocked for long). It must
never modify the store's own tables or rows.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
import unicodedata

from ..settings import WebSettings
from ..textnorm import UNSPACED_RUN as _RUN
from ..textnorm import UNSPACED_SCRIPT_RANGES, split_unspaced_runs

GRAM_TABLE = "search_short_grams"
ACCENT_TABLE = "search_accents"
STATE_TABLE = "search_index_state"
STATE_KEY = "short_grams_rowid"
ACCENT_STATE_KEY = "accents_rowid"

SCHEMA = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {GRAM_TABLE} USING fts5(
    grams, content='', detail='none', tokenize='ascii'
);
CREATE VIRTUAL TABLE IF NOT EXISTS {ACCENT_TABLE} USING fts5(
    title, clean_text, content='', tokenize='unicode61 remove_diacritics 0'
);
CREATE TABLE IF NOT EXISTS {STATE_TABLE} (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS search_documents_date
    ON documents(substr(coalesce(published, fetched), 1, 10));
"""

# sorted (first, last + 1) pairs: a code point is inside a range when the
# number of bounds at or below it is odd
_RANGE_BOUNDS = tuple(b for lo, hi in UNSPACED_SCRIPT_RANGES for b in (lo, hi + 1))


class _TokenCache(dict):
    """gram -> token; the grams of a corpus repeat, so each is spelled once."""

    def __missing__(self, gram: str) -> str:
        token = self[gram] = "g" + "".join(f"{ord(c):05x}" for c in gram)
        return token


_TOKENS = _TokenCache()


def gram_token(gram: str) -> str:
    return _TOKENS[gram]


def indexable(term: str) -> bool:
    """A 1-2 character query term the gram index can answer."""
    return 1 <= len(term) <= 2 and all(_RUN.fullmatch(c) for c in term)


def grams_of(text: str) -> set[str]:
    grams: set[str] = set()
    for m in _RUN.finditer(text):
        run = m.group()
        grams.update(run)
        grams.update(map(str.__add__, run, run[1:]))
    return grams


def gram_payload(title: str | None, text: str | None) -> str:
    """The tokens of every gram of ``title`` and ``text`` (``grams_of`` of
    each), each once, space-separated: what the gram index stores per row.

    Their order is no matter (the index keeps, per token, the rows that hold
    it). Read with numpy over the code points, not gram by gram: a Thai or
    Chinese page has thousands of two-character grams, each of which was a
    new string hashed into a set, then looked up for its token.
    """
    joined = (title or "") + "\n" + (text or "")  # no gram spans the line break
    if _RUN.search(joined) is None:
        return ""
    try:
        raw = joined.encode("utf-32-le")
    except UnicodeEncodeError:  # a lone surrogate (never in a stored row)
        grams = grams_of(title or "") | grams_of(text or "")
        return " ".join(map(_TOKENS.__getitem__, grams))
    import numpy as np

    cp = np.frombuffer(raw, dtype=np.uint32)
    bounds = np.array(_RANGE_BOUNDS, dtype=np.uint32)
    inside = (np.searchsorted(bounds, cp, side="right") & 1).astype(bool)
    chars = np.unique(cp[inside])
    both = inside[:-1] & inside[1:]  # two unspaced letters side by side: one run
    pairs = np.unique((cp[:-1][both].astype(np.uint64) << 21) | cp[1:][both])
    hexdigits = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)
    shifts = np.array([16, 12, 8, 4, 0], dtype=np.uint32)

    def hex5(cps: np.ndarray) -> np.ndarray:  # five hex digits per code point
        return hexdigits[(cps[:, None] >> shifts) & 0xF]

    ones = np.empty((len(chars), 7), dtype=np.uint8)
    ones[:, 0], ones[:, 1:6], ones[:, 6] = ord("g"), hex5(chars), ord(" ")
    twos = np.empty((len(pairs), 12), dtype=np.uint8)
    twos[:, 0], twos[:, 11] = ord("g"), ord(" ")
    twos[:, 1:6] = hex5((pairs >> 21).astype(np.uint32))
    twos[:, 6:11] = hex5((pairs & 0x1FFFFF).astype(np.uint32))
    return (ones.tobytes() + twos.tobytes()).decode("ascii").rstrip(" ")


# Private-use letters are word letters to unicode61 but not to Python's \w
# (which the accents-as-typed check reads words by): read as spaces. "_" is
# the reverse, and becomes one private-use letter, in a query word too.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
UNDERSCORE_LETTER = "\ue000"


def accent_words(text: str | None) -> str:
    """What the accent index reads of a title or text: NFC, casefolded, an
    unspaced script's runs set apart -- the words, with their accents, that
    ``search._accents_as_typed`` reads -- with ``_`` and private-use letters
    changed so that unicode61 splits words where ``\\w`` does."""
    if not text:
        return ""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = split_unspaced_runs(text.casefold())
    if not text.isascii():
        text = _PRIVATE_USE.sub(" ", text)
    return text.replace("_", UNDERSCORE_LETTER)


def indexed_up_to(conn: sqlite3.Connection, key: str = STATE_KEY) -> int:
    """Highest document rowid covered by an index (the gram index unless
    ``key`` names another; 0: no index)."""
    try:
        row = conn.execute(f"SELECT value FROM {STATE_TABLE} WHERE name=?", (key,)).fetchone()
    except sqlite3.OperationalError:
        return 0
    return int(row[0]) if row else 0


def sync(
    conn: sqlite3.Connection,
    *,
    max_seconds: float | None = None,
    batch: int = WebSettings().gram_sync_batch,
) -> int:
    """Create the helper indexes and index documents added since last time.

    ``conn`` must be writable. Returns the number of documents indexed.
    Stops early (the rest is scanned at query time) after ``max_seconds``.
    """
    t0 = time.monotonic()
    conn.executescript(SCHEMA)
    done = 0
    for key, fill in ((STATE_KEY, _fill_grams), (ACCENT_STATE_KEY, _fill_accents)):
        last, n = indexed_up_to(conn, key), 0
        while True:
            rows = conn.execute(
                "SELECT rowid, title, clean_text FROM documents WHERE rowid > ? "
                "ORDER BY rowid LIMIT ?",
                (last, batch),
            ).fetchall()
            if not rows:
                break
            last = rows[-1][0]
            with conn:
                fill(conn, rows)
                conn.execute(
                    f"INSERT INTO {STATE_TABLE}(name, value) VALUES (?, ?) "
                    "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                    (key, last),
                )
            n += len(rows)
            if max_seconds is not None and time.monotonic() - t0 > max_seconds:
                break
        done = max(done, n)
        if max_seconds is not None and time.monotonic() - t0 > max_seconds:
            break
    return done


def _fill_grams(conn: sqlite3.Connection, rows: list) -> None:
    payload = []
    for rowid, title, clean in rows:
        tokens = gram_payload(title, clean)
        if tokens:
            payload.append((rowid, tokens))
    conn.executemany(f"INSERT INTO {GRAM_TABLE}(rowid, grams) VALUES (?, ?)", payload)


def _fill_accents(conn: sqlite3.Connection, rows: list) -> None:
    conn.executemany(
        f"INSERT INTO {ACCENT_TABLE}(rowid, title, clean_text) VALUES (?, ?, ?)",
        [(rowid, accent_words(title), accent_words(clean)) for rowid, title, clean in rows],
    )


def sync_path(db_path: str) -> int:
    """:func:`sync` on a database file; 0 (and nothing written) when it is read-only."""
    try:
        conn = sqlite3.connect(os.fsencode(db_path), timeout=30)
    except sqlite3.Error:
        return 0
    try:
        conn.execute("PRAGMA busy_timeout=30000")
        return sync(conn)
    except sqlite3.OperationalError as e:
        if "readonly" in str(e) or "read-only" in str(e):
            return 0
        raise
    finally:
        conn.close()
