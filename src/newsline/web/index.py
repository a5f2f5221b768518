"""Search helper indexes that the store's schema does not have (yet).

* ``search_short_grams`` -- an FTS5 index (contentless, ``detail=none``) of
  the one- and two-character grams of every run of an unspaced script (Thai,
  Chinese, Japanese ...) in each document's title and clean text. The
  trigram index cannot answer queries shorter than three characters, and
  two-character Chinese words (北约, 日本) are common queries; scanning the
  text instead costs seconds on 100k documents. Grams are stored as ASCII
  tokens (``g`` + five hex digits per code point), so no tokenizer can
  split or fold them.
* ``search_documents_date`` -- an expression index on the date the search
  filters by (published, else fetched), so date filters do not read every
  row.
* ``search_index_state`` -- how far (document rowid) the gram index got.
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

from ..settings import WebSettings

# Scripts written without spaces between words: searched as substrings.
# (first code point, last code point) -- data, not code branches.
UNSPACED_SCRIPT_RANGES: tuple[tuple[int, int], ...] = (
    (0x0E00, 0x0E7F),  # Thai
    (0x0E80, 0x0EFF),  # Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x3134F),  # CJK extensions B-G
)

GRAM_TABLE = "search_short_grams"
STATE_TABLE = "search_index_state"
STATE_KEY = "short_grams_rowid"

SCHEMA = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {GRAM_TABLE} USING fts5(
    grams, content='', detail='none', tokenize='ascii'
);
CREATE TABLE IF NOT EXISTS {STATE_TABLE} (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS search_documents_date
    ON documents(substr(coalesce(published, fetched), 1, 10));
"""

_RUN = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in UNSPACED_SCRIPT_RANGES) + "]+")


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


def indexed_up_to(conn: sqlite3.Connection) -> int:
    """Highest document rowid covered by the gram index (0: no index)."""
    try:
        row = conn.execute(f"SELECT value FROM {STATE_TABLE} WHERE name=?", (STATE_KEY,)).fetchone()
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
    last = indexed_up_to(conn)
    while True:
        rows = conn.execute(
            "SELECT rowid, title, clean_text FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (last, batch),
        ).fetchall()
        if not rows:
            break
        payload = []
        for rowid, title, clean in rows:
            grams = grams_of(title or "") | grams_of(clean or "")
            if grams:
                payload.append((rowid, " ".join(map(_TOKENS.__getitem__, grams))))
        last = rows[-1][0]
        with conn:
            conn.executemany(f"INSERT INTO {GRAM_TABLE}(rowid, grams) VALUES (?, ?)", payload)
            conn.execute(
                f"INSERT INTO {STATE_TABLE}(name, value) VALUES (?, ?) "
                "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                (STATE_KEY, last),
            )
        done += len(rows)
        if max_seconds is not None and time.monotonic() - t0 > max_seconds:
            break
    return done


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
