"""Multilingual full-text search over the store, with safe highlighted snippets.

One pure function, :func:`search`, turns a user's query into SQLite FTS5
queries and returns ranked documents with snippets:

* Words in space-separated scripts (Vietnamese, English, ...) go to
  ``docs_fts`` (``unicode61 remove_diacritics 2``), so "ha noi" finds
  "Hà Nội". ``đ`` is a letter of its own to that tokenizer, so a plain
  ``d`` in the query is also tried as ``đ`` ("da nang" finds "Đà Nẵng").
  A word typed *with* accents means those accents: "hà nội" finds "Hà Nội"
  and "Ha Noi" written with no accents at all (English pages, unaccented
  Vietnamese), but not "hạ ... nói", other words (``docs_fts`` answers
  without accents; the accent index of :mod:`.index` keeps the pages holding
  the words as typed or with none, and a page it does not cover yet, or a
  phrase also holding a word typed plainly, is checked by reading its text);
  a word typed without accents still matches any.
* Terms in unspaced scripts (Thai, Chinese, Japanese, Lao, Khmer, Myanmar)
  are substrings: ``docs_fts_trigram`` answers those of 3 characters or
  more; shorter ones (two-character Chinese words such as 北约 are common)
  fall back to a scan of the stored text, which stops once a page is full.
* ``-word`` (or ``-"a phrase"``, ``-北约``) leaves out the documents that
  match it, as web search engines do; a query of exclusions alone lists
  every document but those.
* Filters: document language, date range (published, else fetched), story,
  flag kind.

Snippets are built here, not by FTS5: the text is HTML-escaped first and
only then are ``<mark>`` tags put around the matched spans, so nothing from
a document can ever reach a page as markup.

This module must never write to the database, build SQL from user text
(every value is a bound parameter; FTS5 query strings are assembled from
quoted tokens only), or touch the filesystem.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from itertools import product
from typing import Any

from markupsafe import Markup, escape

from ..days import parse_day
from ..model import filter_codes, page_names
from ..settings import WebSettings
from ..textnorm import GLUED_RUN, UNSPACED_CLASS, glued, is_unspaced, split_unspaced_runs
from ..wordseg import chinese_spellings
from . import index as gram_index
from .names import find_across_scripts, query_names

# Letters the unicode61 tokenizer keeps distinct but people type plainly.
# Each query letter on the left is also tried as each letter on the right.
PLAIN_LETTER_VARIANTS: dict[str, tuple[str, ...]] = {"d": ("đ",)}
# The trigram tokenizer cannot answer substrings shorter than this (a
# property of the tokenizer, not a threshold).
TRIGRAM_MIN_CHARS = 3
# Thresholds (query length, ranking, counting, snippets): settings.WebSettings.
DEFAULTS = WebSettings()


@dataclass
class Term:
    """One part of a query: words (``docs_fts``) or a substring (trigram / scan)."""

    kind: str  # "words" or "substring"
    text: str
    tokens: list[str] = field(default_factory=list)  # kind == "words"
    phrase: bool = False
    scanned: bool = False  # answered by reading the text (no index could)
    # kind == "substring": the text and its other Chinese spellings (预警 and
    # 預警), any of which matches; just the text in other scripts
    spellings: tuple[str, ...] = ()
    exclude: bool = False  # "-term": documents matching it are left out

    @property
    def accented(self) -> bool:
        """A word term with a token typed with accents (Latin, Greek, Cyrillic
        letters), which then must match as typed or with no accents at all."""
        return self.kind == "words" and any(_has_accents(t) for t in self.tokens)

    @property
    def forms(self) -> tuple[str, ...]:
        return self.spellings or (self.text,)

    @property
    def how(self) -> str:
        if self.kind == "words":
            joined = " ".join(self.tokens)
            shape = f'phrase "{joined}"' if self.phrase and len(self.tokens) > 1 else joined
            if self.accented:
                return f"{self._without}words: {shape} (accents as typed)"
            return f"{self._without}words: {shape} (accents ignored)"
        text = " or ".join(self.forms)
        if len(self.text) >= TRIGRAM_MIN_CHARS:
            return f"{self._without}substring: {text} (trigram index)"
        if self.scanned:
            return f"{self._without}substring: {text} (text scan: no index for this short term)"
        return f"{self._without}substring: {text} (short-gram index)"

    @property
    def _without(self) -> str:
        return "without " if self.exclude else ""


@dataclass
class SearchHit:
    id: str
    title: str | None
    lang: str | None
    source: str
    url: str | None
    sitename: str | None
    published: str | None
    title_html: str
    snippet_html: str
    story_id: str | None = None
    # the story's title, so that a hit names its story rather than an id
    story_title: str | None = None
    flags: list[str] = field(default_factory=list)
    # "yue" for a page langid noted as written Cantonese (lang stays "zh")
    lang_variety: str | None = None
    # One hit per page: the same URL (or source) read again, and exact copies
    # of one text, would otherwise crowd other pages off the first page.
    earlier_versions: list[str] = field(default_factory=list)  # ids, oldest first
    # stored after the one shown, which did not match the query or filters
    later_versions: list[str] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)  # exact copies folded into this hit
    # Near-duplicates differ in text (a correction, a rewrite): they stay hits
    # of their own, and each names the others.
    near_duplicates: list[str] = field(default_factory=list)
    # a hit of the cross-script search (``across_scripts``): why it matched,
    # per query word found: the word, the name as the page writes it, its
    # romanisation and their consonant skeleton (see :mod:`.names`)
    matched_names: list[dict[str, str]] = field(default_factory=list)


@dataclass
class SearchResults:
    query: str
    hits: list[SearchHit]
    total: int
    total_is_capped: bool
    limit: int
    offset: int
    how: list[str]
    filters: dict[str, Any]
    # a further page has hits (``total`` counts documents, and versions and
    # copies of one page are one hit, so offset + hits < total does not say)
    more: bool = False
    # how many hits the listing has, when this request read to its end (a page
    # at or past the last one); None when more pages follow. A page number past
    # the end is sent back to the last page by this count, not by ``total``.
    hits_total: int | None = None
    # with ``across_scripts``: the pages that write a query word as a name in
    # another script and match no direct hit, after the direct hits' last page
    across_scripts: list[SearchHit] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- query parsing ----------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
# a quoted phrase (its leading "-" excludes it), or a run of non-spaces
_QUOTED = re.compile(r'(-?)"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+")
_UNSPACED_LETTER = f"[{UNSPACED_CLASS}]"
# spaces between two letters of an unspaced script: no word boundary there
_UNSPACED_GAP = re.compile(f"(?<={_UNSPACED_LETTER})\\s+(?={_UNSPACED_LETTER})")
_SPACE_RUN = re.compile(r"\s+")


def _substring_term(sub: str, exclude: bool) -> Term:
    """A substring term; a quoted one with spaces between Thai or Chinese
    letters ("น้ำท่วม เชียงใหม่", "成都 重庆") also matches them written
    without the space, as pages of those scripts often are. Routed by the
    form without spaces (the shortest)."""
    typed = _SPACE_RUN.sub(" ", sub)
    joined = _UNSPACED_GAP.sub("", typed)
    forms = chinese_spellings(typed)
    if joined != typed:
        forms = tuple(dict.fromkeys(forms + chinese_spellings(joined)))
    return Term("substring", joined, spellings=forms, exclude=exclude)


# Surrounding punctuation is not part of what people look for.
_STRIPPED = " \t\"'“”‘’.,;:!?()[]{}「」『』《》（），。；：！？、"


def _split_mixed(piece: str) -> list[Term]:
    """The terms of a bare piece mixing an unspaced script with Latin letters
    or digits: a substring per run of the script, words for the rest."""
    terms: list[Term] = []
    for part in split_unspaced_runs(piece).split():
        if is_unspaced(part[0]):
            if sub := part.strip(_STRIPPED):
                terms.append(_substring_term(sub, False))
        else:
            terms += [Term("words", t.casefold(), [t.casefold()]) for t in _WORD.findall(part)]
    return terms


def parse_query(query: str, cfg: WebSettings = DEFAULTS) -> list[Term]:
    """Split a query into word terms and substring terms.

    ``"double quotes"`` keep words together as a phrase; a term containing a
    character of an unspaced script is a substring term as a whole; a
    leading ``-`` makes a term an exclusion (``Term.exclude``).
    """
    # Control characters and lone surrogates are never part of a word (and a
    # NUL would end the FTS5 query string early).
    q = _CONTROL.sub(" ", unicodedata.normalize("NFC", query or ""))
    q = q.strip()[: cfg.max_query_chars]
    terms: list[Term] = []
    for m in _QUOTED.finditer(q):
        dash, quoted, bare = m.group(1), m.group(2), m.group(3)
        exclude = bool(dash)
        if bare is not None and len(bare) > 1 and bare[0] == "-" and bare[1] != "-":
            # "-word" as in web search engines ("ha-noi" keeps its hyphen: a word)
            exclude, bare = True, bare[1:]
        piece = (quoted if quoted is not None else bare).strip()
        if not piece:
            continue
        if any(is_unspaced(c) for c in piece):
            if quoted is None and not exclude and GLUED_RUN.search(piece):
                # "北约NATO峰会", "仅8.9mm" typed bare: each run of the
                # unspaced script is a substring, the rest words (the index
                # reads them apart too), so pages spacing them also match
                terms += _split_mixed(piece)
                continue
            sub = piece.strip(_STRIPPED)
            if sub:
                terms.append(_substring_term(sub, exclude))
            continue
        tokens = [t.casefold() for t in _WORD.findall(piece)]
        if not tokens:
            continue
        if quoted is not None:
            terms.append(Term("words", piece, tokens, phrase=True, exclude=exclude))
        elif exclude:
            # "-ha-noi": the words together, as a phrase, are left out
            terms.append(Term("words", piece, tokens, phrase=True, exclude=True))
        else:
            terms.extend(Term("words", t, [t]) for t in tokens)
    return terms[: cfg.max_terms]


def _fts_quote(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def _substring_match(term: Term) -> str:
    """FTS5 expression for one substring term: any of its spellings that the
    trigram index can answer (a conversion may shorten one below three)."""
    alts = [_fts_quote(f) for f in term.forms if len(f) >= TRIGRAM_MIN_CHARS] or [
        _fts_quote(term.text)
    ]
    return alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")"


def _token_variants(token: str, max_letters: int) -> list[str]:
    slots = [(c, *PLAIN_LETTER_VARIANTS[c]) if c in PLAIN_LETTER_VARIANTS else (c,) for c in token]
    if sum(len(s) > 1 for s in slots) > max_letters:
        return [token]
    return ["".join(p) for p in product(*slots)]


def _words_match(term: Term, max_letters: int) -> str:
    """FTS5 expression for one word term, with plain-letter variants OR-ed in."""
    if term.phrase and len(term.tokens) > 1:
        per_token = [_token_variants(t, max_letters) for t in term.tokens]
        n = 1
        for v in per_token:
            n *= len(v)
        if n > 2**max_letters:
            per_token = [[t] for t in term.tokens]
        alts = [_fts_quote(" ".join(p)) for p in product(*per_token)]
    else:
        alts = [_fts_quote(v) for v in _token_variants(term.tokens[0], max_letters)]
    return alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")"


def _has_accents(token: str) -> bool:
    """Whether a (casefolded) query word carries accents that folding strips."""
    return fold(token)[0] != token


# the SQL function that checks an index match against the words as typed
ACCENTS_AS_TYPED_SQL = "newsline_accents_as_typed"


@lru_cache(maxsize=256)
def _accents_matcher(spec: str) -> tuple[re.Pattern[str], tuple[str | None, ...]]:
    """The pattern of a word term's words in a row and, per word, the plain
    form a match must fold to (None: typed with accents, whose forms, as
    typed and with none, are literal in the pattern). A pattern that starts
    with a literal has no look-behind, so that the regex engine finds the
    literal in C: the caller checks the word boundary before it."""
    tokens = spec.split(" ")
    plain = tuple(None if _has_accents(t) else t for t in tokens)
    body = r"\W+".join(
        "(" + (r"\w+" if p is not None else "|".join(map(re.escape, {t, fold(t)[0]}))) + ")"
        for t, p in zip(tokens, plain, strict=True)
    )
    before = r"(?<!\w)" if plain[0] is not None else ""
    return re.compile(rf"{before}(?:{body})(?!\w)"), plain


def _accents_as_typed(title: str | None, text: str | None, spec: str) -> bool:
    """Whether the title or text holds the words of ``spec`` (space-joined,
    casefolded NFC) in a row, those typed with accents as typed (or with none),
    the others in any accents."""
    pattern, plain = _accents_matcher(spec)
    for part in (title, text):
        if not part:
            continue
        if not unicodedata.is_normalized("NFC", part):
            part = unicodedata.normalize("NFC", part)
        # a run of an unspaced script is a word apart, as the index reads it
        part = split_unspaced_runs(part.casefold())
        m = pattern.search(part)
        while m is not None:
            i = m.start()
            # inside a word: look again from the next letter (a match starting
            # there may overlap this one: "xa a a" holds "a a")
            if not (i and (part[i - 1].isalnum() or part[i - 1] == "_")) and all(
                p is None or fold(g)[0] == p for g, p in zip(m.groups(), plain, strict=True)
            ):
                return True
            m = pattern.search(part, i + 1)
    return False


def _accents_sql(conn: sqlite3.Connection, table: str) -> str:
    """SQL condition (one argument: the term's spec) on rows of ``table``
    (``docs_fts``) that keeps those with the accents as typed. The text is
    the stored row's: the word index holds none (store schema 4)."""
    conn.create_function(ACCENTS_AS_TYPED_SQL, 3, _accents_as_typed, deterministic=True)
    return (
        f"(SELECT {ACCENTS_AS_TYPED_SQL}(d.title, d.clean_text, ?) "
        f"FROM documents d WHERE d.rowid = {table}.rowid)"
    )


def _accents_spec(term: Term) -> str:
    return " ".join(term.tokens) if term.phrase else term.tokens[0]


# A phrase of accented words is looked up in the accent index as each of its
# spellings (every word as typed or with no accents): at most this many.
ACCENT_INDEX_MAX_SPELLINGS = 64


def _accent_index_match(term: Term) -> str | None:
    """The accent index's FTS5 expression for an accented word term -- each
    word as typed or with no accents at all, exactly -- or None when the
    index cannot say (a phrase holding a word typed plainly, which means any
    accents, or too many spellings): its matches are then read."""
    if not all(_has_accents(t) for t in term.tokens):
        return None
    per_token = [
        dict.fromkeys(x.replace("_", gram_index.UNDERSCORE_LETTER) for x in (t, fold(t)[0]))
        for t in term.tokens
    ]
    if 2 ** len(per_token) > ACCENT_INDEX_MAX_SPELLINGS:
        return None
    return " OR ".join(_fts_quote(" ".join(p)) for p in product(*per_token))


def _accents_cond(
    conn: sqlite3.Connection, term: Term, table: str, indexed: int
) -> tuple[str, list[Any]]:
    """SQL condition on rows of ``table`` (``docs_fts``) keeping those holding
    ``term``'s words with the accents as typed, and its arguments: the
    accent index up to rowid ``indexed`` and, above it (or where the index
    cannot say), the check of each row's text."""
    check = _accents_sql(conn, table)
    match = _accent_index_match(term) if indexed else None
    if match is None:
        return check, [_accents_spec(term)]
    index = gram_index.ACCENT_TABLE
    return (
        f"(+{table}.rowid IN (SELECT rowid FROM {index} WHERE {index} MATCH ?) "
        f"OR (+{table}.rowid > ? AND {check}))",
        [match, indexed, _accents_spec(term)],
    )


# -- the search -------------------------------------------------------------------


def unstored_filter_notes(
    conn: sqlite3.Connection, lang: str | None, flag: str | None
) -> list[str]:
    """A note for a language or flag kind no stored document has (``vn`` for
    ``vi``, ``spamm``), naming those stored: such a filter is likely a typo,
    and answers no hits without a word (``notes`` in the API's and
    ``newsline search --format json``'s answer)."""
    notes = []
    for what, value, table, column in (
        *(("language", code, "documents", "lang") for code in sorted(filter_codes(lang))),
        ("flag kind", flag, "flags", "kind"),
    ):
        # both columns are indexed: one probe, the full list only for a miss
        if (
            not value
            or conn.execute(f"SELECT 1 FROM {table} WHERE {column}=? LIMIT 1", (value,)).fetchone()
        ):
            continue
        known = [
            r[0]
            for r in conn.execute(
                f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL "
                f"ORDER BY {column}"
            )
        ]
        notes.append(
            f"no document has the {what} {value!r}; those stored are: "
            + (", ".join(known) or "none")
        )
    return notes


def search(
    conn: sqlite3.Connection,
    query: str,
    lang: str | None = None,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    story: str | None = None,
    flag: str | None = None,
    limit: int = 20,
    offset: int = 0,
    *,
    settings: WebSettings | None = None,
    across_scripts: bool = False,
) -> SearchResults:
    """Documents matching ``query`` and the filters, best first, with snippets.

    An empty query lists the documents that pass the filters, newest first.
    ``date_from``/``date_to`` are dates or ``YYYY-MM-DD`` text (as
    ``events_between`` takes them); other text raises ``ValueError``
    (``newsline.days.BadDayRange``) naming it.
    With ``across_scripts``, the last page of hits is followed by
    ``SearchResults.across_scripts``: the other pages that write a query word
    as a name in another script (:mod:`.names`), each saying why.
    """
    # a day given as text was an AttributeError ('str' has no isoformat)
    if isinstance(date_from, str):
        date_from = parse_day(date_from, "date_from")
    if isinstance(date_to, str):
        date_to = parse_day(date_to, "date_to")
    limit = max(1, min(int(limit), 200))
    offset = max(0, int(offset))
    cfg = settings or DEFAULTS
    terms = parse_query(query, cfg)
    if query.strip() and not terms:
        return SearchResults(
            query=query,
            hits=[],
            total=0,
            total_is_capped=False,
            limit=limit,
            offset=offset,
            how=["nothing searchable in the query (only punctuation?)"],
            filters={},
        )
    wanted = [t for t in terms if not t.exclude]
    words = [t for t in wanted if t.kind == "words"]
    subs = [t for t in wanted if t.kind == "substring"]
    trigram = [t for t in subs if len(t.text) >= TRIGRAM_MIN_CHARS]
    short = [t for t in subs if len(t.text) < TRIGRAM_MIN_CHARS]

    # Every condition is a set of document rowids, answered from an index
    # where one exists; rows are read only for the page that is shown.
    sets: list[str] = []
    args: list[Any] = []
    if words and trigram:
        sets.append("SELECT rowid FROM docs_fts_trigram WHERE docs_fts_trigram MATCH ?")
        args.append(" AND ".join(_substring_match(t) for t in trigram))
    short_any = any(t.kind == "substring" and len(t.text) < TRIGRAM_MIN_CHARS for t in terms)
    mark = gram_index.indexed_up_to(conn) if short_any else 0
    for t in short:
        sql, more_args = _short_substring_set(t, mark)
        sets.append(sql)
        args += more_args
    # one language or several, "vi,th" (as export and stories take them)
    if langs := sorted(filter_codes(lang)):
        sets.append(f"SELECT rowid FROM documents WHERE lang IN ({','.join('?' * len(langs))})")
        args += langs
    if date_from or date_to:
        sets.append(
            "SELECT rowid FROM documents WHERE "
            "substr(coalesce(published, fetched), 1, 10) BETWEEN ? AND ?"
        )
        args += [
            date_from.isoformat() if date_from else "0000",
            date_to.isoformat() if date_to else "9999",
        ]
    if story:
        sets.append(
            "SELECT d.rowid FROM story_documents s JOIN documents d ON d.id = s.doc_id "
            "WHERE s.story_id = ?"
        )
        args.append(story)
    if flag:
        sets.append(
            "SELECT d.rowid FROM flags f JOIN documents d ON d.id = f.doc_id WHERE f.kind = ?"
        )
        args.append(flag)
    # "-term": the documents matching it, left out
    unwanted: list[str] = []
    accents_indexed = (
        gram_index.indexed_up_to(conn, gram_index.ACCENT_STATE_KEY)
        if any(t.accented for t in terms)
        else 0
    )
    for t in terms:
        if not t.exclude:
            continue
        if t.kind == "words":
            accents, accents_args = (
                _accents_cond(conn, t, "docs_fts", accents_indexed) if t.accented else ("", [])
            )
            unwanted.append(
                f"SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?"
                + (f" AND {accents}" if accents else "")
            )
            args.append(_words_match(t, cfg.max_variant_letters))
            args += accents_args
        elif len(t.text) >= TRIGRAM_MIN_CHARS:
            unwanted.append("SELECT rowid FROM docs_fts_trigram WHERE docs_fts_trigram MATCH ?")
            args.append(_substring_match(t))
        else:
            sql, more_args = _short_substring_set(t, mark)
            unwanted.append(sql)
            args += more_args

    filter_args = list(args)  # the filters' values, before the match is put first
    if words or trigram:
        main = "docs_fts" if words else "docs_fts_trigram"
        match = (
            " AND ".join(_words_match(t, cfg.max_variant_letters) for t in words)
            if words
            else " AND ".join(_substring_match(t) for t in trigram)
        )
        # words typed with accents: the index's matches, checked as typed
        accented = [_accents_cond(conn, t, main, accents_indexed) for t in words if t.accented]
        # "+rowid": a plain rowid IN (...) is handed to FTS5 as one lookup per
        # listed rowid (the MATCH re-run each time); as a filter it is one pass.
        cond = " AND ".join(
            [
                f"{main} MATCH ?",
                *(sql for sql, _ in accented),
                *(f"+rowid IN ({x})" for x in sets),
                *(f"+rowid NOT IN ({x})" for x in unwanted),
            ]
        )
        args = [match, *(a for _, more in accented for a in more), *args]
        core = f"SELECT rowid FROM {main} WHERE {cond}"
        # BM25 over the newest rank_candidates matches (all of them unless the
        # terms are very common); title matches weigh more than body matches.
        ranked = (
            f"SELECT rowid FROM (SELECT rowid, bm25({main}, ?, 1.0) AS score FROM {main} "
            f"WHERE {cond} ORDER BY rowid DESC LIMIT ?) ORDER BY score, rowid DESC LIMIT ? OFFSET ?"
        )
        page_args = [cfg.title_weight, *args, cfg.rank_candidates, limit, offset]
    else:
        cond = (
            " AND ".join(
                [*(f"rowid IN ({x})" for x in sets), *(f"rowid NOT IN ({x})" for x in unwanted)]
            )
            or "1"
        )
        core = f"SELECT rowid FROM documents WHERE {cond}"
        ranked = f"{core} ORDER BY rowid DESC LIMIT ? OFFSET ?"  # newest ingested first
        page_args = [*args, limit, offset]
    # Rank documents, then fold versions and exact copies of one page into
    # one hit, placed where its best-ranked member ranks.
    page_keys, known = _ranked_page_keys(conn, ranked, page_args[:-2], offset + limit + 1)
    hits_total = len(page_keys) if len(page_keys) <= offset + limit else None
    page_keys = page_keys[offset:]
    more = len(page_keys) > limit  # fewer hits than documents: ``total`` cannot say
    shown = _shown_per_page(conn, core, args, page_keys[:limit], known)
    page = [p.rowid for p in shown]
    total = conn.execute(
        f"SELECT count(*) FROM ({core} LIMIT ?)", [*args, cfg.count_cap + 1]
    ).fetchone()[0]
    rows = _hit_rows(conn, page)
    shown = [p for p in shown if p.rowid in rows]
    hits = [_hit(rows[p.rowid], _needles(wanted), cfg) for p in shown]
    for h, p in zip(hits, shown, strict=True):
        h.earlier_versions, h.later_versions, h.copies = (
            p.earlier_versions,
            p.later_versions,
            p.copies,
        )
    how = [t.how for t in terms] or ["no query: every document passing the filters"]
    others: list[SearchHit] = []
    if across_scripts and wanted and not more:
        others, said = _across_scripts(
            conn, wanted, sets, unwanted, filter_args, core, args, limit, cfg
        )
        how.append(said)
    _attach_story_and_flags(conn, hits + others)
    return SearchResults(
        query=query,
        hits=hits,
        total=min(total, cfg.count_cap),
        total_is_capped=total > cfg.count_cap,
        limit=limit,
        offset=offset,
        how=how,
        more=more,
        hits_total=hits_total,
        across_scripts=others,
        filters={
            "lang": lang,
            "date_from": date_from.isoformat() if date_from else None,
            "date_to": date_to.isoformat() if date_to else None,
            "story": story,
            "flag": flag,
        },
    )


def _hit_rows(conn: sqlite3.Connection, rowids: list[int]) -> dict[int, tuple]:
    """The shown fields of the documents at ``rowids``, by rowid."""
    rows: dict[int, tuple] = {}
    if rowids:
        marks = ",".join("?" * len(rowids))
        for r in conn.execute(
            "SELECT rowid, id, title, lang, source, url, sitename, published, clean_text, "
            "json_extract(meta, '$.lang_variety') "
            f"FROM documents WHERE rowid IN ({marks})",
            rowids,
        ):
            rows[r[0]] = tuple(r)[1:]
    return rows


def _hit(row: tuple, needles: list[Needle], cfg: WebSettings) -> SearchHit:
    doc_id, title, dlang, source, url, sitename, published, clean, variety = row
    body = body_without_title((clean or "")[: cfg.snippet_scan_chars], title)
    return SearchHit(
        id=doc_id,
        title=title,
        lang=dlang,
        source=source,
        url=url,
        sitename=sitename,
        published=published,
        title_html=str(highlight(title or "", needles, whole=True, cfg=cfg)),
        snippet_html=str(highlight(body, needles, cfg=cfg)),
        lang_variety=variety,
    )


def _across_scripts(
    conn: sqlite3.Connection,
    wanted: list[Term],
    sets: list[str],
    unwanted: list[str],
    filter_args: list[Any],
    core: str,
    core_args: list[Any],
    limit: int,
    cfg: WebSettings,
) -> tuple[list[SearchHit], str]:
    """The cross-script hits (see :func:`search`) and how they were found."""
    words = [w for t in wanted for w in (_WORD.findall(t.text) if t.kind == "words" else [t.text])]
    names = query_names(words)
    if not names:
        return [], "across scripts: no query word long enough to read as a name"
    # the filters as for the direct hits, less those hits and exact copies
    # (their original is found in its own right)
    where = " AND ".join(
        [
            *(f"rowid IN ({x})" for x in sets),
            *(f"rowid NOT IN ({x})" for x in unwanted),
            f"rowid NOT IN ({core})",
            "id NOT IN (SELECT doc_id FROM duplicates WHERE kind = 'exact')",
        ]
    )
    found = find_across_scripts(conn, names, where, [*filter_args, *core_args])[:limit]
    rows = _hit_rows(conn, [rowid for rowid, _, _ in found])
    hits = []
    for rowid, _, matches in found:
        if rowid not in rows:
            continue
        needles = [Needle(fold(m.name)[0], False, i) for i, m in enumerate(matches)]
        h = _hit(rows[rowid], [n for n in needles if n.text], cfg)
        h.matched_names = [m.to_dict() for m in matches]
        hits.append(h)
    skeletons = ", ".join(f"{q.word} {'/'.join(sorted(q.classes))}" for q in names)
    return hits, f"across scripts: names with the consonant skeleton of {skeletons}"


def _short_substring_set(t: Term, mark: int) -> tuple[str, list[Any]]:
    """SQL for the rowids of the documents holding a substring too short for
    the trigram index (any of its spellings), and its arguments: the
    short-gram index up to ``mark`` and a scan of the rows above it, or a
    scan of every row when the index cannot answer."""
    scan = (
        "SELECT rowid FROM documents WHERE rowid > ? AND "
        "(instr(clean_text, ?) > 0 OR instr(coalesce(title, ''), ?) > 0)"
    )
    either, args = [], []  # one set per spelling, any of which matches
    for form in t.forms:
        if mark and gram_index.indexable(form):
            either.append(
                f"SELECT rowid FROM {gram_index.GRAM_TABLE} WHERE "
                f"{gram_index.GRAM_TABLE} MATCH ? UNION ALL {scan}"
            )
            args += [gram_index.gram_token(form), mark, form, form]
        else:
            t.scanned = True
            either.append(scan)
            args += [0, form, form]
    return " UNION ALL ".join(either), args


# -- one hit per page ------------------------------------------------------------


def _page_name(url: str | None, source: str, doc_id: str) -> str:
    """What names a page across readings: its URL, else its source (a path,
    ``archive#offset``); text piped in on stdin names nothing shared."""
    names = page_names(url, source)
    return names[0] if names else "id:" + doc_id


_Row = tuple[str, str, str | None, str]  # (page key, id, url, source)


def _page_keys(conn: sqlite3.Connection, rowids: list[int]) -> dict[int, _Row]:
    """rowid -> (the page it is a reading of, id, url, source); an exact copy
    belongs to its original's page."""
    if not rowids:
        return {}
    marks = ",".join("?" * len(rowids))
    rows = conn.execute(
        "SELECT d.rowid, d.id, d.url, d.source, o.id, o.url, o.source FROM documents d "
        "LEFT JOIN duplicates x ON x.doc_id = d.id AND x.kind = 'exact' "
        "LEFT JOIN documents o ON o.id = x.duplicate_of "
        f"WHERE d.rowid IN ({marks})",
        rowids,
    ).fetchall()
    keys: dict[int, _Row] = {}
    for rowid, doc_id, url, source, o_id, o_url, o_source in rows:
        key = (
            _page_name(o_url, o_source, o_id)
            if o_id is not None
            else _page_name(url, source, doc_id)
        )
        keys.setdefault(rowid, (key, doc_id, url, source))
    return keys


def _ranked_page_keys(
    conn: sqlite3.Connection, ranked: str, args: list[Any], want: int
) -> tuple[list[str], dict[int, _Row]]:
    """The first ``want`` distinct pages among the ranked documents, best
    first, and the rows read to find them.

    Reads ranked rowids in growing batches: most pages are read once, so the
    first batch (a little over ``want``) nearly always suffices.
    """
    n = want + 8
    while True:
        rowids = [r[0] for r in conn.execute(ranked, [*args, n, 0])]
        known = _page_keys(conn, rowids)
        pages = list(dict.fromkeys(known[r][0] for r in rowids if r in known))
        if len(pages) >= want or len(rowids) < n:
            return pages[:want], known
        n *= 4


@dataclass
class _ShownPage:
    rowid: int
    earlier_versions: list[str]
    later_versions: list[str]
    copies: list[str]


def _shown_per_page(
    conn: sqlite3.Connection, core: str, args: list[Any], keys: list[str], known: dict[int, _Row]
) -> list[_ShownPage]:
    """For each page, the reading to show -- its latest stored version that
    matches, an original over its exact copies -- with the others named."""
    if not keys:
        return []
    names = [k for k in keys if not k.startswith("id:")]
    ids = [k[3:] for k in keys if k.startswith("id:")]
    members: dict[str, list[tuple[int, str]]] = {k: [] for k in keys}  # key -> (rowid, id)
    # Readings of each page: rowids from the url and source indexes alone
    # (covering), rows read only for readings the ranking did not bring.
    rowids: set[int] = set()
    if names:
        marks = ",".join("?" * len(names))
        rowids.update(
            r[0]
            for r in conn.execute(
                f"SELECT rowid FROM documents WHERE url IN ({marks}) "
                f"UNION ALL SELECT rowid FROM documents WHERE source IN ({marks})",
                [*names, *names],
            )
        )
    known_ids = {row[1] for row in known.values()}
    ids = [i for i in ids if i not in known_ids]
    found = [(r, row[1], row[2], row[3]) for r, row in known.items() if r in rowids]
    found += [(r, row[1], row[2], row[3]) for r, row in known.items() if row[0].startswith("id:")]
    unknown = [r for r in rowids if r not in known]
    if unknown or ids:
        found += conn.execute(
            f"SELECT rowid, id, url, source FROM documents WHERE rowid IN "
            f"({','.join('?' * len(unknown))}) OR id IN ({','.join('?' * len(ids))})",
            [*unknown, *ids],
        ).fetchall()
    seen: set[int] = set()
    for rowid, doc_id, url, source in found:
        name = _page_name(url, source, doc_id)
        if name in members and rowid not in seen:
            seen.add(rowid)
            members[name].append((rowid, doc_id))
    # exact copies (whatever their own name) join their original's page
    by_id = {doc_id: k for k, ms in members.items() for _, doc_id in ms}
    copy_of: dict[int, str] = {}
    if by_id:
        marks = ",".join("?" * len(by_id))
        for rowid, doc_id, original in conn.execute(
            "SELECT d.rowid, d.id, x.duplicate_of FROM duplicates x "
            "JOIN documents d ON d.id = x.doc_id "
            f"WHERE x.kind = 'exact' AND x.duplicate_of IN ({marks})",
            list(by_id),
        ):
            copy_of[rowid] = original
            if rowid not in seen:
                seen.add(rowid)
                members[by_id[original]].append((rowid, doc_id))
    # Only a page read more than once needs to know which readings match.
    several = [r for ms in members.values() if len(ms) > 1 for r, _ in ms]
    matching: set[int] = set()
    if several:
        marks = ",".join("?" * len(several))
        matching = {
            r[0] for r in conn.execute(f"{core} AND +rowid IN ({marks})", [*args, *several])
        }
    out = []
    for k in keys:
        ms = sorted(members[k])
        if not ms:
            continue
        cands = [m for m in ms if len(ms) == 1 or m[0] in matching] or ms
        # an original before its copies, then the latest stored reading
        rowid, doc_id = max(cands, key=lambda m: (m[0] not in copy_of, m[0]))
        out.append(
            _ShownPage(
                rowid,
                earlier_versions=[i for r, i in ms if r < rowid and r not in copy_of],
                later_versions=[i for r, i in ms if r > rowid and r not in copy_of],
                copies=[i for r, i in ms if copy_of.get(r) == doc_id],
            )
        )
    return out


def _attach_story_and_flags(conn: sqlite3.Connection, hits: list[SearchHit]) -> None:
    if not hits:
        return
    ids = [h.id for h in hits]
    marks = ",".join("?" * len(ids))
    story: dict[str, str] = {}
    title: dict[str, str | None] = {}
    for doc_id, story_id, story_title in conn.execute(
        f"SELECT d.doc_id, min(d.story_id), s.title FROM story_documents d "
        f"LEFT JOIN stories s ON s.id = d.story_id WHERE d.doc_id IN ({marks}) "
        "GROUP BY d.doc_id",
        ids,
    ):
        story[doc_id], title[doc_id] = story_id, story_title
    flags: dict[str, list[str]] = {}
    for doc_id, kind in conn.execute(
        f"SELECT DISTINCT doc_id, kind FROM flags WHERE doc_id IN ({marks}) ORDER BY kind", ids
    ):
        flags.setdefault(doc_id, []).append(kind)
    near: dict[str, list[str]] = {}
    for a, b in conn.execute(
        f"SELECT doc_id, duplicate_of FROM duplicates WHERE kind = 'near' AND doc_id IN ({marks}) "
        f"UNION SELECT duplicate_of, doc_id FROM duplicates WHERE kind = 'near' "
        f"AND duplicate_of IN ({marks})",
        [*ids, *ids],
    ):
        near.setdefault(a, []).append(b)
    for h in hits:
        h.story_id = story.get(h.id)
        h.story_title = title.get(h.id)
        h.flags = flags.get(h.id, [])
        h.near_duplicates = sorted(set(near.get(h.id, [])))


# -- highlighting -----------------------------------------------------------------

# A line counts as the title shown above the snippet when one holds the other
# and the shorter is at least this share of the longer: the page's headline
# block is often the metadata title less a " | Site" suffix (or the reverse).
TITLE_LINE_MIN_SHARE = 0.6
_SPACES = re.compile(r"\s+")


def _line_key(text: str) -> str:
    return _SPACES.sub(" ", fold(text)[0]).strip(" \t-–—|:·•")


def body_without_title(clean: str, title: str | None) -> str:
    """The stored text less its lines that repeat the title.

    The cleaned text keeps the page's headline block, and a hit shows the
    title above its snippet: a snippet cut from that block would say the
    title twice (and a match in the title would never show the body).
    """
    key = _line_key(title or "")
    if not key or not clean:
        return clean
    kept = []
    n = len(title or "")
    for line in clean.split("\n"):
        if len(line) > 2 * n + 10 or 2 * len(line) + 10 < n:
            kept.append(line)  # far longer or shorter than the title: never it (no folding)
            continue
        k = _line_key(line)
        if k:
            short, long_ = sorted((k, key), key=len)
            if short in long_ and len(short) >= TITLE_LINE_MIN_SHARE * len(long_):
                continue
        kept.append(line)
    return "\n".join(kept).strip()


@dataclass(frozen=True)
class Needle:
    text: str  # folded
    whole_word: bool
    # the query word it stands for: the spellings of one Chinese term (预警,
    # 預警) are one word when a snippet's sentence counts the words it holds
    word: int = 0
    # a word typed with accents: the match must read so (casefolded NFC) or
    # have no accents at all (``text``)
    typed: str = ""


def _needles(terms: list[Term]) -> list[Needle]:
    out: list[Needle] = []
    for t in terms:
        if t.kind == "words":
            if t.phrase and len(t.tokens) > 1:
                # Highlight each word: the phrase may be split by punctuation.
                out += [
                    Needle(fold(tok)[0], True, len(out) + i, tok if _has_accents(tok) else "")
                    for i, tok in enumerate(t.tokens)
                ]
            else:
                tok = t.tokens[0]
                out.append(Needle(fold(tok)[0], True, len(out), tok if _has_accents(tok) else ""))
        else:
            word = len(out)
            out += [Needle(fold(f)[0], False, word) for f in t.forms]
    return [n for n in out if n.text]


# Combining-mark blocks that carry accents of Latin (and Greek, Cyrillic)
# letters in decomposed text. Thai, Lao, Khmer ... marks live in their own
# blocks and are letters of the word, so they are kept.
ACCENT_MARK_RANGES: tuple[tuple[int, int], ...] = (
    (0x0300, 0x036F),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
)
# Letters with no decomposition that people type as a plain letter.
PLAIN_LETTERS = {"đ": "d", "Đ": "d", "ð": "d", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o"}


class _FoldTable(dict):
    """code point -> folded text, filled on first use (for str.translate)."""

    def __missing__(self, cp: int) -> str:
        ch = chr(cp)
        if any(lo <= cp <= hi for lo, hi in ACCENT_MARK_RANGES):
            out = ""
        elif ch in PLAIN_LETTERS:
            out = PLAIN_LETTERS[ch]
        elif 0x80 <= cp < 0x0250 or 0x1E00 <= cp <= 0x1EFF or 0x0370 <= cp < 0x0530:
            base = unicodedata.normalize("NFD", ch)
            out = "".join(c for c in base if unicodedata.category(c) != "Mn").casefold()
        else:
            out = ch.casefold()
        self[cp] = out
        return out


_FOLD = _FoldTable()


def fold(text: str) -> tuple[str, list[int] | None]:
    """Casefold and strip accents of Latin letters; returns the folded text
    and, when lengths differ, the index of the original character each
    folded character came from (None: the same index).

    Thai vowels and tone marks are combining characters too, and are part of
    the word: only the accent-mark blocks are stripped.
    """
    folded = text.translate(_FOLD)
    if len(folded) == len(text):
        return folded, None
    where: list[int] = []
    for i, ch in enumerate(text):
        where.extend([i] * len(_FOLD[ord(ch)]))
    return folded, where


def _needle_spans(text: str, needles: list[Needle]) -> list[tuple[int, int, int]]:
    """(start, end, query word) of every match in ``text``, unmerged."""
    folded, where = fold(text)
    spans: list[tuple[int, int, int]] = []
    for n in needles:
        start = 0
        while True:
            i = folded.find(n.text, start)
            if i < 0:
                break
            j = i + len(n.text)
            start = i + 1
            if n.whole_word and (
                (i > 0 and glued(folded[i - 1], folded[i]))
                or (j < len(folded) and glued(folded[j - 1], folded[j]))
            ):
                continue
            a, b = (where[i], where[j - 1] + 1) if where is not None else (i, j)
            # Take in accents that followed the last letter in decomposed text.
            while b < len(text) and unicodedata.category(text[b]) == "Mn":
                b += 1
            if n.typed and unicodedata.normalize("NFC", text[a:b]).casefold() not in (
                n.typed,
                n.text,
            ):
                continue  # the same letters with other accents: another word
            spans.append((a, b, n.word))
    spans.sort()
    return spans


def _merge(spans: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b, _ in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


# Where a sentence ends: a full stop, question or exclamation mark before a
# space, an ideographic full stop (no space follows in Chinese or Japanese),
# or a line break. One character class each: linear on any input.
_SENTENCE_END = re.compile(r"[.!?…](?=\s)|[。！？\n]")


def _best_sentence(text: str, spans: list[tuple[int, int, int]]) -> tuple[int, int]:
    """(start of the sentence, first match in it) for the sentence holding
    the most different query words -- all of them when one does -- the
    earliest on a tie. A snippet centred on the first match alone showed
    "people" from one sentence when another said "nine people"."""
    best = (0, -1, 0)  # (distinct needles, -sentence start, first match)
    every = len({k for _, _, k in spans})
    ends = _SENTENCE_END.finditer(text)
    sent_start, sent_end = 0, len(text)
    i = 0
    while i < len(spans):
        # the sentence holding spans[i] (ends are read lazily, in order)
        while sent_end == len(text) or spans[i][0] >= sent_end:
            m = next(ends, None)
            if m is None:
                sent_end = len(text)
                break
            if m.end() > spans[i][0]:
                sent_end = m.end()
                break
            sent_start = m.end()
        kinds, first, j = set(), spans[i][0], i
        while j < len(spans) and spans[j][0] < sent_end:
            kinds.add(spans[j][2])
            j += 1
        if (len(kinds), -sent_start) > best[:2]:
            best = (len(kinds), -sent_start, first)
            if len(kinds) == every:
                break  # the earliest sentence with every word: none can beat it
        i = j
        sent_start = sent_end
    return -best[1], best[2]


def highlight(
    text: str, needles: list[Needle], *, whole: bool = False, cfg: WebSettings = DEFAULTS
) -> Markup:
    """Escaped text (a window around the first match unless ``whole``) with
    ``<mark>`` around matches. Only the mark tags are markup."""
    text = text[: cfg.snippet_scan_chars]
    found = _needle_spans(text, needles) if needles else []
    spans = _merge(found)
    if whole:
        lo, hi = 0, len(text)
    elif spans:
        sentence, first = _best_sentence(text, found) if len(needles) > 1 else (0, spans[0][0])
        first_end = next(b for a, b in spans if b > first)
        lo = max(0, first - cfg.snippet_before)
        hi = min(len(text), first + cfg.snippet_after)
        # Start where the chosen sentence starts when it is near (the one
        # before may hold only some of the words), else on a space, not mid-word.
        if lo <= sentence <= first:
            lo = sentence
            while lo < first and text[lo].isspace():
                lo += 1
        elif lo > 0:
            sp = text.find(" ", lo, first)
            if sp >= 0 and sp - lo < 20:
                lo = sp + 1
        if hi < len(text):
            sp = text.find(" ", hi - 20, hi)
            if sp > first_end:
                hi = sp
    else:
        lo, hi = 0, min(len(text), cfg.snippet_before + cfg.snippet_after)
    parts: list[str] = ["…" if lo > 0 else ""]
    pos = lo
    for a, b in spans:
        if b <= lo or a >= hi:
            continue
        a, b = max(a, lo), min(b, hi)
        parts.append(str(escape(text[pos:a])))
        parts.append("<mark>" + str(escape(text[a:b])) + "</mark>")
        pos = b
    parts.append(str(escape(text[pos:hi])))
    if hi < len(text):
        parts.append("…")
    # Newlines become spaces: a snippet is one line.
    return Markup(re.sub(r"\s*\n\s*", " ", "".join(parts)))
