"""SQLite implementation of the store.

Layout (one row per thing, JSON only for small free-form parts):

* ``documents`` -- one row per document; ``text`` is the original text, the
  HTML markup is kept zlib-compressed; ``clean_text`` is the kept body.
* ``blocks``, ``flags``, ``dates``, ``doc_events`` -- annotations with
  character offsets into ``documents.text``.
* ``runs``, ``errors``, ``run_errors`` -- what each run read, rejected and
  why: ``errors`` holds each problem once (by source and reason, the last
  run that met it), ``run_errors`` links every run to each problem it
  counted (how many times, with that run's detail), so a run's list is
  exactly what its report counted even after a later run met the same
  problems again.
* ``inputs`` -- input files fully committed (resume skips them unread).
* ``stage_state`` -- persisted state of sequential stages.
* ``duplicates``, ``stories``, ``story_documents``, ``events``,
  ``event_sources`` -- corpus-level tables written by stage ``finalize``.
* ``docs_fts`` (unicode61, diacritics removed) and ``docs_fts_trigram``
  (Thai/Chinese substrings) -- full-text indexes over title and clean text.
  ``docs_fts`` is contentless: it reads the text with every run of an
  unspaced script set apart (textnorm.split_unspaced_runs), not the column.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self
from urllib.parse import quote

from ..model import (
    STDIN_NAME,
    Block,
    DateMention,
    Document,
    EventMention,
    Flag,
    ReadError,
    printable_path,
)
from ..textnorm import split_unspaced_runs

# The page's markup is kept for provenance and compressed in the writing
# process, which every worker's documents pass through: level 3 takes half
# the CPU of level 6 (1.65 vs 3.40 ms per real 174 kB news page, the 181
# pages of ../shared/eval/article-extraction) for 12% more bytes (0.221 vs
# 0.197 of the markup). zlib.decompress reads any level.
HTML_ZLIB_LEVEL = 3
def _stored_name(key: str) -> str:
    """A page's name as the store holds it: a path that is not UTF-8 printably,
    and "-" (how the page was given: ``newsline run -``) as the name standard
    input is stored under."""
    return STDIN_NAME if key == "-" else printable_path(key)


# how stories are listed, by `newsline stories`, the web app and the report
# alike: newest first (SQLite puts an undated story last), then by id
STORY_ORDER = "start DESC, id"

# 1: errors only (a later run meeting a problem took it over from the earlier
#    run, whose list then missed it); 2: run_errors links each run to its own.
# 3: dates keep their tense (a resumed run's event merging reads it).
# 4: the word index reads a run of an unspaced script as a word of its own
#    beside Latin letters and digits ("北约NATO峰会": 北约 | nato | 峰会); it
#    holds no text (contentless), as what it reads is not the stored column.
SCHEMA_VERSION = 4

# The SQL function giving the word index (docs_fts) its text: the stored
# column, an unspaced script's runs set apart (textnorm.split_unspaced_runs).
INDEX_WORDS_SQL = "newsline_index_words"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL, finished TEXT, status TEXT NOT NULL,
    engine TEXT, inputs TEXT, report TEXT, pid INTEGER
);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL, url TEXT, record_id TEXT, offset INTEGER,
    encoding TEXT, content_hash TEXT NOT NULL,
    fetched TEXT, published TEXT, title TEXT, author TEXT, sitename TEXT, lang TEXT,
    text TEXT NOT NULL, html BLOB, clean_text TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}',
    run_id INTEGER, ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source);
CREATE INDEX IF NOT EXISTS documents_url ON documents(url);
CREATE INDEX IF NOT EXISTS documents_lang ON documents(lang);
CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash);
CREATE TABLE IF NOT EXISTS blocks (
    doc_id TEXT NOT NULL, idx INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    label TEXT NOT NULL, lang TEXT, reasons TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS blocks_label ON blocks(label);
CREATE TABLE IF NOT EXISTS flags (
    doc_id TEXT NOT NULL, idx INTEGER NOT NULL,
    kind TEXT NOT NULL, reason TEXT NOT NULL,
    start INTEGER, "end" INTEGER, data TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS flags_kind ON flags(kind);
CREATE TABLE IF NOT EXISTS dates (
    doc_id TEXT NOT NULL, idx INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    value TEXT NOT NULL, end_value TEXT, granularity TEXT, kind TEXT, anchor TEXT,
    tense TEXT,
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc_events (
    doc_id TEXT NOT NULL, idx INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    date TEXT NOT NULL, end_date TEXT, granularity TEXT, lang TEXT,
    anchors TEXT NOT NULL DEFAULT '[]', date_start INTEGER, date_end INTEGER,
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS errors (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id INTEGER, source TEXT NOT NULL, reason TEXT NOT NULL, detail TEXT,
    at TEXT NOT NULL,
    UNIQUE (source, reason)
);
CREATE TABLE IF NOT EXISTS run_errors (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id INTEGER NOT NULL, error_id INTEGER NOT NULL,
    n INTEGER NOT NULL DEFAULT 1, detail TEXT, at TEXT NOT NULL,
    UNIQUE (run_id, error_id)
);
CREATE TABLE IF NOT EXISTS inputs (
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER,
    run_id INTEGER, done_at TEXT
);
CREATE TABLE IF NOT EXISTS stage_state (
    name TEXT PRIMARY KEY, state BLOB, run_id INTEGER, updated TEXT
);
CREATE TABLE IF NOT EXISTS duplicates (
    doc_id TEXT NOT NULL, duplicate_of TEXT NOT NULL,
    kind TEXT NOT NULL, similarity REAL,
    PRIMARY KEY (doc_id, duplicate_of, kind)
) WITHOUT ROWID;
-- "what are the copies of X": the document page and search fold copies into X
CREATE INDEX IF NOT EXISTS duplicates_of ON duplicates(duplicate_of, kind);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY, title TEXT, languages TEXT, start TEXT, "end" TEXT,
    data TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS story_documents (
    story_id TEXT NOT NULL, doc_id TEXT NOT NULL,
    PRIMARY KEY (story_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_documents_doc ON story_documents(doc_id);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY, date TEXT NOT NULL, "end" TEXT, granularity TEXT,
    text TEXT, story_id TEXT, data TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS events_story ON events(story_id, date);
CREATE TABLE IF NOT EXISTS event_sources (
    event_id TEXT NOT NULL, idx INTEGER NOT NULL,
    doc_id TEXT, source TEXT, quote TEXT, lang TEXT, start INTEGER, "end" INTEGER,
    PRIMARY KEY (event_id, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS artifacts (
    name TEXT NOT NULL, idx INTEGER NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (name, idx)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(
    title, clean_text, content='', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts_trigram USING fts5(
    title, clean_text, content='documents', content_rowid='rowid', tokenize='trigram'
);
"""


def _index_words(text: str | None) -> str | None:
    """What the word index reads of a stored title or text (INDEX_WORDS_SQL)."""
    return split_unspaced_runs(text) if text else text


class DatabaseError(RuntimeError):
    """The database cannot be opened or written."""


class DatabaseBusy(DatabaseError):
    """Another process holds the write lock of this database."""


# Writer-lock descriptors this process holds. A forked child (a pool worker)
# inherits them, and an flock lives as long as any descriptor of it is open:
# workers orphaned by a SIGKILLed run would keep the database locked, so every
# later run was refused as "another newsline run is writing". Children close
# their copies at once; the parent's lock is untouched.
_HELD_LOCK_FDS: set[int] = set()


def _close_inherited_locks() -> None:
    for fd in list(_HELD_LOCK_FDS):
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD_LOCK_FDS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_inherited_locks)


def _process_gone(pid: int | None) -> bool:
    """True when no process ``pid`` runs on this machine (False when unsure)."""
    if not pid or pid < 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # another user's process: alive
        return False
    try:  # a zombie is gone too (its parent has not reaped it yet)
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[-1].split()[0] == b"Z"
    except (OSError, IndexError):
        return False


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# One encoder for every value written: json.dumps with these options builds
# a new JSONEncoder per call, and a document writes some fifteen values (each
# block's reasons, each flag's data, each event's anchors).
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _dumps(x: Any) -> str:
    return _ENCODE(x)


def db_files(path: str | os.PathLike[str]) -> frozenset[str]:
    """Real paths of the files the database at ``path`` lives in (itself,
    SQLite's journal files, the writer lock)."""
    base = os.path.realpath(path)
    return frozenset(base + sfx for sfx in ("", "-wal", "-shm", "-journal", ".lock"))


class Store:
    """One SQLite database file. Cheap to open; one writer at a time."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        readonly: bool = False,
        defer_text_index: bool = False,
    ):
        """``defer_text_index``: documents written are added to the full-text
        indexes by :meth:`index_new_documents`, not batch by batch. A run
        calls it at its end (and at its checkpoints): one bulk pass instead
        of a flush of both indexes per batch, each merged again into the
        ones before it."""
        self.path = str(path)
        self.readonly = readonly
        self.defer_text_index = defer_text_index
        if os.path.isdir(self.path):
            # SQLite said "unable to open database file" (run) or "disk I/O
            # error" (runs, export, serve): a folder given as --db
            raise DatabaseError(
                f"{printable_path(self.path)}: is a directory, not a database file; "
                "give a file name (e.g. news.db)"
            )
        try:
            if readonly:
                if not Path(self.path).exists():
                    raise DatabaseError(f"{printable_path(self.path)}: no such database")
                # '#', '?' and '%' in a file name mean something in a URI
                # ('news #2.db' opened 'news '): the path is percent-encoded.
                where = quote(os.fsencode(Path(self.path).resolve()))
                uri = f"file:{where}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
            else:
                parent = Path(self.path).resolve().parent
                parent.mkdir(parents=True, exist_ok=True)
                # bytes: a name that is not UTF-8 cannot be passed as str
                self.conn = sqlite3.connect(
                    os.fsencode(self.path), timeout=30, check_same_thread=False
                )
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout=30000")
            if readonly and not self._schema_complete():
                self.conn.close()
                raise DatabaseError(
                    f"{printable_path(self.path)}: not a newsline database (or not yet created)"
                )
            if not readonly and not self._schema_complete():
                other = self._other_tables()
                if other:
                    # another program's database (a mistyped --db): newsline's
                    # tables were added to it, and its journal mode changed
                    self.conn.close()
                    raise DatabaseError(
                        f"{printable_path(self.path)}: not a newsline database (it holds "
                        f"other tables: {', '.join(other[:5])}{', …' if len(other) > 5 else ''}"
                        "); choose another database file"
                    )
            if not readonly:
                self.conn.create_function(
                    INDEX_WORDS_SQL, 1, _index_words, deterministic=True
                )
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
                # One transaction: a reader opening the file meanwhile sees no
                # schema or all of it (executescript alone commits each statement).
                self.conn.executescript(
                    "BEGIN;\n"
                    + SCHEMA
                    + "\nINSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '"
                    + str(int(SCHEMA_VERSION))
                    + "');\nCOMMIT;"
                )
                self._migrate()
        except (sqlite3.Error, OSError) as e:
            raise DatabaseError(f"{printable_path(self.path)}: cannot open database: {e}") from e
        self._lock_fd: int | None = None

    def _schema_version(self) -> int:
        row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        try:
            return int(row[0]) if row else 0
        except (TypeError, ValueError):
            return 0

    def _migrate(self) -> None:
        """Bring a database an earlier version wrote up to SCHEMA_VERSION.

        The tables a version added are made by SCHEMA (CREATE ... IF NOT
        EXISTS); this fills them from what the old tables hold, once, in
        one transaction (a crash in between leaves version 1, and the fill
        is done again without doubling rows)."""
        if self._schema_version() >= SCHEMA_VERSION:
            return
        with self.transaction() as c:
            version = self._schema_version()
            if version < 2:
                # Version 1 kept one row per problem, under the last run that
                # met it: each such run gets its link back; what an earlier
                # run lost to a later one was overwritten and cannot be.
                c.execute(
                    "INSERT OR IGNORE INTO run_errors(run_id, error_id, n, detail, at) "
                    "SELECT run_id, id, 1, detail, at FROM errors WHERE run_id IS NOT NULL "
                    "ORDER BY id"
                )
            if version < 3 and not self._dates_have_tense():
                # Version 2 kept no tense: event merging reads "told in the
                # future" from it, and a resumed run replays stored pages
                c.execute("ALTER TABLE dates ADD COLUMN tense TEXT")
                self._tense_column = True
            if version < 4:
                self._rebuild_word_index(c)
            c.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(SCHEMA_VERSION),))

    @staticmethod
    def _rebuild_word_index(c: sqlite3.Connection) -> None:
        """Build the word index again as version 4 reads the text. Version 3's
        was an external-content index of the stored columns, which FTS5
        checks the index against ('integrity-check'), so it cannot hold
        other text: it is dropped and every row it held indexed anew."""
        sql = c.execute("SELECT sql FROM sqlite_master WHERE name='docs_fts'").fetchone()[0]
        if "content=''" in sql:
            return  # already so
        last = c.execute("SELECT coalesce(max(id), 0) FROM docs_fts_docsize").fetchone()[0]
        c.execute("DROP TABLE docs_fts")
        c.execute(re.search(r"CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING[^;]*", SCHEMA)[0])
        c.execute(
            f"INSERT INTO docs_fts(rowid, title, clean_text) "
            f"SELECT rowid, {INDEX_WORDS_SQL}(title), {INDEX_WORDS_SQL}(clean_text) "
            "FROM documents WHERE rowid <= ? ORDER BY rowid",
            (last,),
        )

    def _dates_have_tense(self) -> bool:
        """Does the dates table hold a tense column (a version 2 file opened
        read-only has none)?"""
        got = getattr(self, "_tense_column", None)
        if got is None:
            cols = {r[1] for r in self.conn.execute("PRAGMA table_info(dates)")}
            got = self._tense_column = "tense" in cols
        return got

    def _has_table(self, name: str) -> bool:
        return bool(
            self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)
            ).fetchone()
        )

    def _other_tables(self) -> list[str]:
        """Tables in the file that are not newsline's (a new file has none)."""
        rows = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        ).fetchall()
        ours = set(re.findall(r"CREATE (?:VIRTUAL )?TABLE IF NOT EXISTS (\w+)", SCHEMA))
        return [r[0] for r in rows if r[0] not in ours]

    def _schema_complete(self) -> bool:
        """The schema's last write (the version row) is there."""
        try:
            return bool(
                self.conn.execute("SELECT 1 FROM meta WHERE key='schema_version'").fetchone()
            )
        except sqlite3.OperationalError:  # no meta table: not (yet) a newsline database
            return False

    # -- locking ---------------------------------------------------------------
    def own_files(self) -> frozenset[str]:
        """Real paths of the files this database lives in (itself, SQLite's
        journal files, the writer lock): never inputs of a run into it."""
        return db_files(self.path)

    def acquire_writer_lock(self) -> None:
        """Refuse a second concurrent writer with a clear message.

        SQLite would serialise two writers itself, but two runs interleaving
        batches on one database make resume bookkeeping ambiguous, so a run
        takes an exclusive advisory lock for its whole duration.
        """
        import fcntl

        lock_path = self.path + ".lock"
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise DatabaseError(f"{printable_path(self.path)}: cannot create lock file: {e}") from e
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            try:
                holder = os.read(fd, 64).decode(errors="replace").strip() or "?"
            finally:
                os.close(fd)
            raise DatabaseBusy(
                f"{printable_path(self.path)}: another newsline run (pid {holder}) is writing to this "
                "database; wait for it to finish or use another --db"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._lock_fd = fd
        _HELD_LOCK_FDS.add(fd)

    def release_writer_lock(self) -> None:
        if self._lock_fd is not None:
            import fcntl

            _HELD_LOCK_FDS.discard(self._lock_fd)
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            os.close(self._lock_fd)
            self._lock_fd = None

    def close(self) -> None:
        self.release_writer_lock()
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    # -- runs ------------------------------------------------------------------
    def start_run(self, inputs: list[str], engine: str = "local") -> int:
        with self.transaction() as c:
            # A run that never finished was interrupted; say so rather than
            # leave it looking alive forever.
            c.execute("UPDATE runs SET status='interrupted' WHERE status='running'")
            cur = c.execute(
                "INSERT INTO runs(started, status, engine, inputs, pid) VALUES (?,?,?,?,?)",
                (_now(), "running", engine, _dumps(inputs), os.getpid()),
            )
            return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, report: dict[str, Any], status: str = "finished") -> None:
        with self.transaction() as c:
            c.execute(
                "UPDATE runs SET finished=?, status=?, report=? WHERE id=?",
                (_now(), status, _dumps(report), run_id),
            )

    def runs(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT * FROM runs ORDER BY id DESC").fetchall()
        if self._has_table("run_errors"):
            errors_query = (
                "SELECT e.source, e.reason, coalesce(l.detail, e.detail) AS detail, l.at, "
                "l.n AS count FROM run_errors l JOIN errors e ON e.id = l.error_id "
                "WHERE l.run_id=? ORDER BY l.id"
            )
        else:  # a version-1 database opened read-only (not migrated)
            errors_query = (
                "SELECT source, reason, detail, at, 1 AS count FROM errors WHERE run_id=? "
                "ORDER BY id"
            )
        out = []
        for r in rows:
            d = dict(r)
            if d["status"] == "running" and _process_gone(d.get("pid")):
                # killed (SIGKILL, OOM, power loss): the next run will record it as
                # interrupted; say so now instead of showing a dead run as alive
                d["status"] = "interrupted"
            d["inputs"] = json.loads(d["inputs"] or "[]")
            d["report"] = json.loads(d["report"] or "null")
            d["errors"] = [dict(e) for e in self.conn.execute(errors_query, (r["id"],))]
            out.append(d)
        return out

    # -- resume bookkeeping ------------------------------------------------------
    def input_done(self, path: str, size: int, mtime_ns: int) -> bool:
        row = self.conn.execute(
            "SELECT size, mtime_ns FROM inputs WHERE path=? AND done_at IS NOT NULL", (path,)
        ).fetchone()
        return bool(row) and row["size"] == size and row["mtime_ns"] == mtime_ns

    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            q = f"SELECT id FROM documents WHERE id IN ({','.join('?' * len(chunk))})"
            found.update(r[0] for r in self.conn.execute(q, chunk))
        return found

    def texts_stored_under(self, names: Iterable[str]) -> dict[str, set[str]]:
        """For those of ``names`` that are the source path or URL of stored
        documents: the content hashes of their texts."""
        names = list(names)
        found: dict[str, set[str]] = {}
        for i in range(0, len(names), 400):
            chunk = names[i : i + 400]
            marks = ",".join("?" * len(chunk))
            q = (
                f"SELECT source, content_hash FROM documents WHERE source IN ({marks}) "
                f"UNION SELECT url, content_hash FROM documents WHERE url IN ({marks})"
            )
            for name, text_hash in self.conn.execute(q, chunk + chunk):
                found.setdefault(name, set()).add(text_hash)
        return found

    def load_stage_state(self, name: str) -> bytes | None:
        row = self.conn.execute("SELECT state FROM stage_state WHERE name=?", (name,)).fetchone()
        return bytes(row[0]) if row and row[0] is not None else None

    # -- writing -----------------------------------------------------------------
    def write_batch(
        self,
        run_id: int,
        docs: list[Document],
        errors: list[ReadError] = (),  # type: ignore[assignment]
        done_inputs: list[tuple[str, int, int]] = (),  # type: ignore[assignment]
        stage_states: dict[str, bytes | None] | None = None,
    ) -> int:
        """Write one batch atomically; returns the number of new documents.

        The full-text indexes take the batch too (and any documents stored
        before without them), unless the store was opened with
        ``defer_text_index``: then :meth:`index_new_documents` adds them."""
        new = 0
        try:
            with self.transaction() as c:
                for d in docs:
                    if self._insert_document(c, d, run_id):
                        new += 1
                if not self.defer_text_index:
                    self._index_new_text(c)
                for e in errors:
                    self._insert_error(c, run_id, e)
                for path, size, mtime_ns in done_inputs:
                    c.execute(
                        "INSERT OR REPLACE INTO inputs(path, size, mtime_ns, run_id, done_at) "
                        "VALUES (?,?,?,?,?)",
                        (path, size, mtime_ns, run_id, _now()),
                    )
                for name, state in (stage_states or {}).items():
                    if state is not None:
                        c.execute(
                            "INSERT OR REPLACE INTO stage_state(name, state, run_id, updated) "
                            "VALUES (?,?,?,?)",
                            (name, state, run_id, _now()),
                        )
        except sqlite3.Error as e:
            raise DatabaseError(f"{printable_path(self.path)}: cannot write: {e}") from e
        return new

    def index_new_documents(self) -> int:
        """Add the documents stored without full-text indexing (by runs, or
        by a run interrupted before its end) to both full-text indexes;
        returns how many were added to the word index."""
        try:
            with self.transaction() as c:
                return self._index_new_text(c)
        except sqlite3.Error as e:
            raise DatabaseError(f"{printable_path(self.path)}: cannot write: {e}") from e

    @staticmethod
    def _index_new_text(c: sqlite3.Connection) -> int:
        """Index the documents above the last one each full-text index holds.

        Documents are only ever appended (rowids grow) and always indexed in
        rowid order, so what an index lacks is exactly the rows above the
        highest rowid in its ``_docsize`` table (FTS5's one row per indexed
        document): no mark to keep in step, and a database an earlier
        version indexed row by row reads as complete. External content: the
        indexed values are the row's own columns, as the search reads them.
        """
        added = 0
        for table, words in (("docs_fts", INDEX_WORDS_SQL), ("docs_fts_trigram", "")):
            last = c.execute(f"SELECT coalesce(max(id), 0) FROM {table}_docsize").fetchone()[0]
            cur = c.execute(
                f"INSERT INTO {table}(rowid, title, clean_text) "
                f"SELECT rowid, {words}(title), {words}(clean_text) FROM documents "
                "WHERE rowid > ? ORDER BY rowid",
                (last,),
            )
            if table == "docs_fts":
                added = cur.rowcount
        return added

    def record_errors(self, run_id: int, errors: list[ReadError]) -> None:
        with self.transaction() as c:
            for e in errors:
                self._insert_error(c, run_id, e)

    @staticmethod
    def _insert_error(c: sqlite3.Connection, run_id: int, e: ReadError) -> None:
        detail, at = _sql_text(e.detail or ""), _now()
        error_id = c.execute(
            "INSERT INTO errors(run_id, source, reason, detail, at) VALUES (?,?,?,?,?) "
            "ON CONFLICT(source, reason) DO UPDATE SET run_id=excluded.run_id, "
            "detail=excluded.detail, at=excluded.at RETURNING id",
            (run_id, _sql_text(e.source), _sql_text(e.reason), detail, at),
        ).fetchone()[0]
        # the run's own link: a later run meeting the same problem adds its
        # link and leaves this one, so each run lists what it counted
        c.execute(
            "INSERT INTO run_errors(run_id, error_id, n, detail, at) VALUES (?,?,1,?,?) "
            "ON CONFLICT(run_id, error_id) DO UPDATE SET n=n+1, detail=excluded.detail",
            (run_id, error_id, detail, at),
        )

    def _insert_document(self, c: sqlite3.Connection, d: Document, run_id: int) -> bool:
        clean = d.clean_text()
        html = (
            zlib.compress(d.html.encode("utf-8", "surrogatepass"), HTML_ZLIB_LEVEL)
            if d.html
            else None
        )
        cur = c.execute(
            "INSERT OR IGNORE INTO documents(id, source, url, record_id, offset, encoding, "
            "content_hash, fetched, published, title, author, sitename, lang, text, html, "
            "clean_text, meta, run_id, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                d.id,
                _sql_opt(d.source),
                _sql_opt(d.url),
                d.record_id,
                d.offset,
                d.encoding,
                d.content_hash,
                d.fetched,
                d.published,
                _sql_opt(d.title),
                _sql_opt(d.author),
                _sql_opt(d.sitename),
                d.lang,
                _sql_text(d.text),
                html,
                _sql_text(clean),
                _dumps(d.meta),
                run_id,
                _now(),
            ),
        )
        if cur.rowcount == 0:
            return False  # already stored: re-ingesting the same page is a no-op
        c.executemany(
            'INSERT INTO blocks(doc_id, idx, start, "end", label, lang, reasons) '
            "VALUES (?,?,?,?,?,?,?)",
            [
                (d.id, i, b.start, b.end, b.label, b.lang, _dumps(b.reasons))
                for i, b in enumerate(d.blocks)
            ],
        )
        c.executemany(
            'INSERT INTO flags(doc_id, idx, kind, reason, start, "end", data) '
            "VALUES (?,?,?,?,?,?,?)",
            [
                (d.id, i, f.kind, f.reason, f.start, f.end, _dumps(f.data))
                for i, f in enumerate(d.flags)
            ],
        )
        c.executemany(
            'INSERT INTO dates(doc_id, idx, start, "end", value, end_value, granularity, '
            "kind, anchor, tense) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    *(d.id, i, m.start, m.end, m.value, m.end_value, m.granularity, m.kind),
                    *(m.anchor, m.tense),
                )
                for i, m in enumerate(d.dates)
            ],
        )
        c.executemany(
            'INSERT INTO doc_events(doc_id, idx, start, "end", date, end_date, granularity, '
            "lang, anchors, date_start, date_end) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    d.id,
                    i,
                    ev.start,
                    ev.end,
                    ev.date,
                    ev.end_date,
                    ev.granularity,
                    ev.lang,
                    _dumps(ev.anchors),
                    ev.date_start,
                    ev.date_end,
                )
                for i, ev in enumerate(d.events)
            ],
        )
        return True  # full-text indexed by _index_new_text, from the stored row

    def write_corpus_tables(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        """Replace corpus-level tables produced by sequential stages' finalize()."""
        with self.transaction() as c:
            for name, rows in tables.items():
                if name == "duplicates":
                    c.execute("DELETE FROM duplicates")
                    c.executemany(
                        "INSERT OR REPLACE INTO duplicates(doc_id, duplicate_of, kind, similarity)"
                        " VALUES (?,?,?,?)",
                        [
                            (
                                r["doc_id"],
                                r["duplicate_of"],
                                r.get("kind", "near"),
                                r.get("similarity"),
                            )
                            for r in rows
                        ],
                    )
                elif name == "stories":
                    c.execute("DELETE FROM stories")
                    c.execute("DELETE FROM story_documents")
                    for r in rows:
                        extra = {
                            k: v
                            for k, v in r.items()
                            if k not in ("id", "title", "languages", "start", "end", "documents")
                        }
                        c.execute(
                            'INSERT INTO stories(id, title, languages, start, "end", data) '
                            "VALUES (?,?,?,?,?,?)",
                            (
                                r["id"],
                                r.get("title"),
                                _dumps(r.get("languages") or []),
                                r.get("start"),
                                r.get("end"),
                                _dumps(extra),
                            ),
                        )
                        c.executemany(
                            "INSERT OR IGNORE INTO story_documents(story_id, doc_id) VALUES (?,?)",
                            [(r["id"], doc_id) for doc_id in r.get("documents") or []],
                        )
                elif name == "events":
                    c.execute("DELETE FROM events")
                    c.execute("DELETE FROM event_sources")
                    for r in rows:
                        extra = {
                            k: v
                            for k, v in r.items()
                            if k
                            not in (
                                "id",
                                "date",
                                "end",
                                "granularity",
                                "text",
                                "story_id",
                                "sources",
                            )
                        }
                        c.execute(
                            'INSERT INTO events(id, date, "end", granularity, text, story_id, '
                            "data) VALUES (?,?,?,?,?,?,?)",
                            (
                                r["id"],
                                r["date"],
                                r.get("end"),
                                r.get("granularity"),
                                r.get("text"),
                                r.get("story_id"),
                                _dumps(extra),
                            ),
                        )
                        c.executemany(
                            "INSERT INTO event_sources(event_id, idx, doc_id, source, quote, "
                            'lang, start, "end") VALUES (?,?,?,?,?,?,?,?)',
                            [
                                (
                                    r["id"],
                                    i,
                                    s.get("doc_id"),
                                    s.get("source"),
                                    s.get("quote"),
                                    s.get("lang"),
                                    s.get("start"),
                                    s.get("end"),
                                )
                                for i, s in enumerate(r.get("sources") or [])
                            ],
                        )
                else:
                    c.execute("DELETE FROM artifacts WHERE name=?", (name,))
                    c.executemany(
                        "INSERT INTO artifacts(name, idx, data) VALUES (?,?,?)",
                        [(name, i, _dumps(r)) for i, r in enumerate(rows)],
                    )

    # -- reading -------------------------------------------------------------------
    def count_documents(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY rowid")]

    def find_document_id(self, key: str) -> str | None:
        """A document id from an id, an id prefix, a source path or URL."""
        key = _stored_name(key)
        row = self.conn.execute(
            "SELECT id FROM documents WHERE id=? OR source=? OR url=? LIMIT 1", (key, key, key)
        ).fetchone()
        if row:
            return str(row[0])
        if len(key) >= 4:
            ids = self.ids_with_prefix(key, 2)
            if len(ids) == 1:
                return ids[0]
        # A path given differently (relative vs absolute) still finds its document.
        try:
            absolute = Path(key).resolve()
        except (OSError, ValueError):
            return None
        for row in self.conn.execute(
            "SELECT id, source FROM documents WHERE source LIKE ? LIMIT 50",
            ("%" + absolute.name,),
        ):
            try:
                if Path(row["source"]).resolve() == absolute:
                    return str(row["id"])
            except (OSError, ValueError):
                continue
        return None

    def documents_named(self, key: str) -> list[dict[str, Any]]:
        """Every document whose source path or URL is exactly ``key``, oldest
        stored first: {id, source, url, run_id}. A page read again after it
        changed (a re-crawl, a file overwritten) is a new document under the
        same name, so one name can hold several versions."""
        key = _stored_name(key)
        return [
            dict(r)
            for r in self.conn.execute(
                "SELECT id, source, url, run_id FROM documents WHERE source=? OR url=? "
                "ORDER BY rowid",
                (key, key),
            )
        ]

    def ids_with_prefix(self, prefix: str, limit: int = 10) -> list[str]:
        """Document ids that start with ``prefix``, character for character, sorted.

        LIKE read "_" and "%" in the prefix as wildcards: ``show ____`` opened
        whichever document came first, as if the user had named it."""
        if not prefix:
            return []
        for key in dict.fromkeys((prefix, prefix.lower())):  # ids are lower-case hex
            rows = self.conn.execute(
                "SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
                (key, key + "\U0010ffff", limit),
            ).fetchall()
            if rows:
                return [str(r[0]) for r in rows]
        return []

    def get_document(self, doc_id: str) -> Document | None:
        row = self.conn.execute("SELECT * FROM documents WHERE id=?", (doc_id,)).fetchone()
        if row is None:
            return None
        return self._row_to_document(row)

    def iter_documents(
        self, *, batch: int = 500, where: str = "", args: tuple[Any, ...] = ()
    ) -> Iterator[Document]:
        """Every stored document in the order stored; ``where`` (a condition on
        ``documents`` columns with ``?`` placeholders for ``args``) keeps some."""
        cond = f" AND ({where})" if where else ""
        last = 0
        while True:
            rows = self.conn.execute(
                f"SELECT rowid AS _rowid, * FROM documents WHERE rowid > ?{cond}"
                " ORDER BY rowid LIMIT ?",
                (last, *args, batch),
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._row_to_document(row)
            last = rows[-1]["_rowid"]

    def _row_to_document(self, row: sqlite3.Row) -> Document:
        doc_id = row["id"]
        c = self.conn
        html = (
            zlib.decompress(row["html"]).decode("utf-8", "surrogatepass") if row["html"] else None
        )
        doc = Document(
            id=doc_id,
            source=row["source"],
            text=row["text"],
            encoding=row["encoding"],
            html=html,
            record_id=row["record_id"],
            offset=row["offset"],
            url=row["url"],
            fetched=row["fetched"],
            published=row["published"],
            title=row["title"],
            author=row["author"],
            sitename=row["sitename"],
            lang=row["lang"],
            meta=json.loads(row["meta"] or "{}"),
        )
        doc.blocks = [
            Block(r["start"], r["end"], r["label"], r["lang"], json.loads(r["reasons"]))
            for r in c.execute(
                'SELECT start, "end", label, lang, reasons FROM blocks WHERE doc_id=? ORDER BY idx',
                (doc_id,),
            )
        ]
        doc.flags = [
            Flag(r["kind"], r["reason"], r["start"], r["end"], json.loads(r["data"]))
            for r in c.execute(
                'SELECT kind, reason, start, "end", data FROM flags WHERE doc_id=? ORDER BY idx',
                (doc_id,),
            )
        ]
        doc.dates = [
            DateMention(
                r["start"],
                r["end"],
                r["value"],
                r["end_value"],
                r["granularity"],
                r["kind"],
                r["anchor"],
                r["tense"],
            )
            for r in c.execute(
                'SELECT start, "end", value, end_value, granularity, kind, anchor, '
                + ("tense" if self._dates_have_tense() else "NULL AS tense")
                + " FROM dates WHERE doc_id=? ORDER BY idx",
                (doc_id,),
            )
        ]
        doc.events = [
            EventMention(
                r["start"],
                r["end"],
                r["date"],
                r["end_date"],
                r["granularity"],
                r["lang"],
                json.loads(r["anchors"]),
                r["date_start"],
                r["date_end"],
            )
            for r in c.execute(
                'SELECT start, "end", date, end_date, granularity, lang, anchors, date_start, '
                "date_end FROM doc_events WHERE doc_id=? ORDER BY idx",
                (doc_id,),
            )
        ]
        return doc

    def duplicates_of(self, doc_id: str) -> dict[str, Any]:
        """Duplicate links of one document, seen from both sides."""
        exact_of = self.conn.execute(
            "SELECT duplicate_of FROM duplicates WHERE doc_id=? AND kind='exact' LIMIT 1",
            (doc_id,),
        ).fetchone()
        near = self.conn.execute(
            "SELECT duplicate_of AS other, similarity FROM duplicates WHERE doc_id=? AND kind='near'"
            " UNION SELECT doc_id AS other, similarity FROM duplicates "
            "WHERE duplicate_of=? AND kind='near'",
            (doc_id, doc_id),
        ).fetchall()
        return {
            "duplicate_of": exact_of[0] if exact_of else None,
            "near_duplicates": [{"id": r["other"], "similarity": r["similarity"]} for r in near],
        }

    def story_of(self, doc_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT story_id FROM story_documents WHERE doc_id=? LIMIT 1", (doc_id,)
        ).fetchone()
        return row[0] if row else None

    @staticmethod
    def _stories_where(min_languages: int, langs: Iterable[str]) -> tuple[str, list[Any]]:
        """The SQL condition for stories told in at least ``min_languages``
        languages and in each of ``langs`` (a story with no languages yet
        passes when nothing is asked)."""
        where, args = "1", []
        if min_languages > 1:
            where += " AND json_array_length(coalesce(languages, '[]')) >= ?"
            args.append(min_languages)
        for lg in sorted(set(langs)):
            where += (
                " AND EXISTS (SELECT 1 FROM json_each(coalesce(languages, '[]')) WHERE value = ?)"
            )
            args.append(lg)
        return where, args

    def count_stories(self, min_languages: int = 1, langs: Iterable[str] = ()) -> int:
        """How many stories pass the filters of :meth:`stories`, counted by SQL."""
        where, args = self._stories_where(min_languages, langs)
        return self.conn.execute(f"SELECT count(*) FROM stories WHERE {where}", args).fetchone()[0]

    @staticmethod
    def _topic_of(table: str) -> str:
        """SQL for the topic of a row of ``stories`` named ``table`` (stories
        grouped by the places and names they share): the story itself when
        the stories stage named none."""
        return f"coalesce(nullif(json_extract({table}.data, '$.topic'), ''), {table}.id)"

    def _topics_where(self, min_languages: int, langs: Iterable[str]) -> tuple[str, str, list[Any]]:
        """(the topics as SQL rows ``topic, n, k, langs``: its documents
        counted as its stories' stored documents' distinct sources, its
        stories' languages together, counted and as a JSON array; the
        condition on them for topics told in at least ``min_languages``
        languages and in each of ``langs``; its parameters). Each part is
        grouped once over all stories (a subquery per topic was quadratic)."""
        topics = f"SELECT s.id, s.languages, {self._topic_of('s')} AS topic FROM stories s"
        rows = (
            "SELECT x.topic, x.n, coalesce(y.k, 0) AS k, coalesce(y.langs, '[]') AS langs FROM "
            "(SELECT t.topic, count(DISTINCT d.source) AS n "
            f"FROM ({topics}) t "
            "LEFT JOIN story_documents sd ON sd.story_id = t.id "
            "LEFT JOIN documents d ON d.id = sd.doc_id GROUP BY t.topic) x "
            "LEFT JOIN (SELECT t.topic, count(DISTINCT j.value) AS k, "
            "json_group_array(DISTINCT j.value) AS langs "
            f"FROM ({topics}) t, json_each(coalesce(t.languages, '[]')) j GROUP BY t.topic) y "
            "ON y.topic = x.topic"
        )
        where, args = "1", []
        if min_languages > 1:
            where += " AND x.k >= ?"
            args.append(min_languages)
        for lg in sorted(set(langs)):
            where += " AND EXISTS (SELECT 1 FROM json_each(x.langs) WHERE value = ?)"
            args.append(lg)
        return rows, where, args

    def count_topics(self, min_languages: int = 1, langs: Iterable[str] = ()) -> int:
        """How many topics pass the filters of :meth:`topic_ids`, counted by SQL."""
        rows, where, args = self._topics_where(min_languages, langs)
        row = self.conn.execute(f"SELECT count(*) FROM ({rows}) x WHERE {where}", args).fetchone()
        return int(row[0])

    def topic_ids(
        self,
        limit: int | None = None,
        offset: int = 0,
        min_languages: int = 1,
        langs: Iterable[str] = (),
    ) -> list[str]:
        """The topics told in at least ``min_languages`` languages and in each
        of ``langs``, most documents first, then by id; with ``limit`` and
        ``offset``, one page of them. Chosen by SQL: no story is read into
        memory (``stories(topics=...)`` reads the page's)."""
        rows, where, args = self._topics_where(min_languages, langs)
        return [
            r[0]
            for r in self.conn.execute(
                f"SELECT x.topic FROM ({rows}) x WHERE {where} ORDER BY x.n DESC, x.topic "
                "LIMIT ? OFFSET ?",
                [*args, -1 if limit is None else limit, offset],
            )
        ]

    def stories(
        self,
        limit: int | None = None,
        offset: int = 0,
        min_languages: int = 1,
        langs: Iterable[str] = (),
        topics: Iterable[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Each story with its documents' sources and ids, and its members
        (doc id, language, source) for a listing: all read in one query, not
        two or three for each story. Newest first (by start, undated last),
        then by id, as the web app lists them; with
        ``limit``/``offset``, ``min_languages``, ``langs`` (a language each
        story must have) or ``topics`` (the stories of these topics) only
        those stories' rows and members are read."""
        where, args = self._stories_where(min_languages, langs)
        if topics is not None:
            # one parameter however many topics (SQLite limits their number)
            where += f" AND {self._topic_of('stories')} IN (SELECT value FROM json_each(?))"
            args = [*args, json.dumps(sorted(set(topics)))]
        page = f"SELECT id FROM stories WHERE {where} ORDER BY {STORY_ORDER} LIMIT ? OFFSET ?"
        page_args = [*args, -1 if limit is None else limit, offset]
        whole = where == "1" and limit is None and not offset
        members: dict[str, list[tuple[str, str | None, str | None]]] = {}
        for story_id, doc_id, lang, source in self.conn.execute(
            "SELECT s.story_id, s.doc_id, d.lang, d.source FROM story_documents s "
            "LEFT JOIN documents d ON d.id = s.doc_id"
            + ("" if whole else f" WHERE s.story_id IN ({page})"),
            [] if whole else page_args,
        ):
            members.setdefault(story_id, []).append((doc_id, lang, source))
        out = []
        for r in self.conn.execute(
            f"SELECT * FROM stories WHERE {where} ORDER BY {STORY_ORDER} LIMIT ? OFFSET ?",
            page_args,
        ):
            d = dict(r)
            d["languages"] = json.loads(d["languages"] or "[]")
            d.update(json.loads(d.pop("data") or "{}"))
            # a member whose document is gone has an id but no source: it
            # comes last. Sources and ids in one order (by source, code-point
            # order as SQLite's for UTF-8 text, then id), so that the i-th id is
            # the i-th source's document: a reader zips the two lists
            ordered = sorted(
                members.get(r["id"], []), key=lambda m: (m[2] is None, m[2] or "", m[0])
            )
            stored = [m for m in ordered if m[2] is not None]
            d["documents"] = [m[2] for m in stored]
            d["document_ids"] = [m[0] for m in ordered]
            d["members"] = stored
            out.append(d)
        return out

    def events(self, story_id: str | None = None) -> list[dict[str, Any]]:
        q = "SELECT * FROM events"
        args: tuple[Any, ...] = ()
        if story_id:
            q += " WHERE story_id=?"
            args = (story_id,)
        q += " ORDER BY date, id"
        out = []
        for r in self.conn.execute(q, args):
            d = dict(r)
            d.update(json.loads(d.pop("data") or "{}"))
            d["sources"] = [
                dict(s)
                for s in self.conn.execute(
                    'SELECT doc_id, source, quote, lang, start, "end" FROM event_sources '
                    "WHERE event_id=? ORDER BY idx",
                    (r["id"],),
                )
            ]
            out.append(d)
        return out

    def date_mentions(self, story_id: str | None = None) -> list[dict[str, Any]]:
        """Each document's publication day, language, text and resolved date
        mentions (offsets into that text) -- of one story, or of every
        document -- ordered by publication, then id: what key-date selection
        reads."""
        if story_id:
            rows = self.conn.execute(
                "SELECT d.id, d.published, d.lang, d.text FROM story_documents s "
                "JOIN documents d ON d.id = s.doc_id WHERE s.story_id=? "
                "ORDER BY d.published IS NULL, d.published, d.id",
                (story_id,),
            ).fetchall()
        else:
            rows = self.conn.execute(
                "SELECT id, published, lang, text FROM documents "
                "ORDER BY published IS NULL, published, id"
            ).fetchall()
        out = []
        for r in rows:
            d = dict(r)
            d["dates"] = [
                dict(m)
                for m in self.conn.execute(
                    'SELECT start, "end", value, end_value, granularity, kind FROM dates '
                    "WHERE doc_id=? ORDER BY idx",
                    (r["id"],),
                )
            ]
            out.append(d)
        return out

    def errors_of(self, source: str) -> list[dict[str, Any]]:
        """The problems met reading ``source`` (as stored: printable), newest first."""
        return [
            dict(r)
            for r in self.conn.execute(
                "SELECT * FROM errors WHERE source=? ORDER BY at DESC, id DESC", (source,)
            )
        ]

    def errors(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM errors ORDER BY id")]

    def fingerprint(self) -> dict[str, Any]:
        """A deterministic summary of content tables, to compare two databases."""
        out: dict[str, Any] = {}
        for table, order in [
            ("documents", "id"),
            ("blocks", "doc_id, idx"),
            ("flags", "doc_id, idx"),
            ("dates", "doc_id, idx"),
            ("doc_events", "doc_id, idx"),
            ("duplicates", "doc_id, duplicate_of, kind"),
            ("stories", "id"),
            ("story_documents", "story_id, doc_id"),
            ("events", "id"),
            ("event_sources", "event_id, idx"),
        ]:
            cols = "*"
            if table == "documents":
                cols = (
                    "id, source, url, record_id, offset, encoding, content_hash, fetched, "
                    "published, title, lang, clean_text, meta"
                )
            rows = self.conn.execute(f"SELECT {cols} FROM {table} ORDER BY {order}").fetchall()
            out[table] = [tuple(r) for r in rows]
        return out


def _sql_text(s: str) -> str:
    # SQLite's UTF-8 encoder rejects lone surrogates; keep them visible as U+FFFD.
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return s.encode("utf-8", "replace").decode("utf-8")


def _sql_opt(s: str | None) -> str | None:
    return None if s is None else _sql_text(s)
