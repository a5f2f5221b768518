"""Export stored documents as JSONL or Parquet, one record per document.

Record fields: ``id``, ``source``, ``url``, ``lang``, ``lang_variety`` (the
variety langid noted beside ``lang``: "yue" for written Cantonese, whose
``lang`` stays "zh"; null otherwise), ``title``,
``author``, ``sitename`` (as the page states them), ``published``, ``fetched``, ``encoding``, ``text`` (the cleaned body),
``original_text`` (the whole text as read, which every offset below points
into: ``original_text[start:end]`` is the block's, date's or event's text;
only with ``original_text=True`` / ``newsline export --original-text``, null
otherwise, since it about doubles the size),
``blocks`` (``{start, end, text, label, lang, variety, reasons, kept}``, offsets into the
original text, set-aside blocks included: ``kept`` says whether the block is in
``text``), ``flags`` (``{kind, reason,
start, end, ...data}``), ``duplicate_of``, ``near_duplicates``
(``{id, similarity}``), ``duplicate_blocks`` (blocks also found on other
pages: ``{block, start, end, group, count, first}``), ``story_id``, ``dates``
(``{start, end, text, value, end_value, kind}``) and ``events`` (``{start, end,
quote, date, end_date, lang}``).
Parquet has the same columns in one fixed schema (nested lists of structs;
offsets and counts int64, dates and times ISO-8601 strings as in JSONL), except
that a flag's free-form fields, spread into the flag in JSONL, are one JSON
string in its ``data`` field.
Streams: memory does not grow with the corpus.

A corpus builder's subsets (:class:`ExportFilter`): some languages only, no
exact copies (each text once, as its first stored reading), no documents
carrying given flag kinds.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .model import KEPT_LABELS, Document, filter_codes
from .store import Store


@dataclass(frozen=True)
class ExportFilter:
    """Which documents an export keeps; the default keeps every one.

    ``langs``: only documents whose language is one of these (empty: any).
    ``no_duplicates``: leave out exact copies of a text stored before (the
    first reading stays; near-duplicates differ in text and stay).
    ``exclude_flags``: leave out documents carrying any of these flag kinds."""

    langs: frozenset[str] = frozenset()
    no_duplicates: bool = False
    exclude_flags: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        langs: Iterable[str] | None = None,
        no_duplicates: bool = False,
        exclude_flags: Iterable[str] | None = None,
    ) -> ExportFilter:
        # "--lang vi,th" and "--lang vi --lang th" both read as two; "VI" is "vi"
        return cls(filter_codes(langs), no_duplicates, filter_codes(exclude_flags))

    def sql(self) -> tuple[str, tuple[str, ...]]:
        """The filter as a condition on the store's ``documents`` rows, with
        its parameters: documents left out are never built (their pages
        unpacked, blocks and events read) only to be dropped."""
        where: list[str] = []
        args: list[str] = []
        if self.langs:
            where.append(f"lang IN ({','.join('?' * len(self.langs))})")
            args += sorted(self.langs)
        if self.no_duplicates:
            where.append(
                "NOT EXISTS (SELECT 1 FROM duplicates x WHERE x.doc_id = documents.id"
                " AND x.kind = 'exact')"
            )
        if self.exclude_flags:
            where.append(
                "NOT EXISTS (SELECT 1 FROM flags f WHERE f.doc_id = documents.id AND f.kind IN "
                f"({','.join('?' * len(self.exclude_flags))}))"
            )
            args += sorted(self.exclude_flags)
        return " AND ".join(where), tuple(args)


EVERY_DOCUMENT = ExportFilter()


def document_record(
    store: Store,
    doc: Document,
    original_text: bool = False,
    dups: dict[str, Any] | None = None,
) -> dict[str, Any]:
    dups = dups if dups is not None else store.duplicates_of(doc.id)
    return {
        "id": doc.id,
        "source": doc.source,
        "url": doc.url,
        "lang": doc.lang,
        "lang_variety": doc.lang_variety,
        "title": doc.title,
        "author": doc.author,
        "sitename": doc.sitename,
        "published": doc.published,
        "fetched": doc.fetched,
        "encoding": doc.encoding,
        "text": doc.clean_text(),
        "original_text": doc.text if original_text else None,
        "blocks": [
            {
                "start": b.start,
                "end": b.end,
                "text": doc.text[b.start : b.end],
                "label": b.label,
                "lang": b.lang,
                "variety": doc.block_variety(b),
                "reasons": list(b.reasons),
                "kept": b.label in KEPT_LABELS,
            }
            for b in doc.blocks
        ],
        "flags": [
            {**f.data, "kind": f.kind, "reason": f.reason, "start": f.start, "end": f.end}
            for f in doc.flags
        ],
        "duplicate_of": dups["duplicate_of"],
        "near_duplicates": dups["near_duplicates"],
        "duplicate_blocks": list(doc.meta.get("duplicate_blocks") or []),
        "story_id": store.story_of(doc.id),
        "dates": [
            {
                "start": m.start,
                "end": m.end,
                "text": doc.text[m.start : m.end],
                "value": m.value,
                "end_value": m.end_value,
                "kind": m.kind,
            }
            for m in doc.dates
        ],
        "events": [
            {
                "start": e.start,
                "end": e.end,
                "quote": doc.text[e.start : e.end],
                "date": e.date,
                "end_date": e.end_date,
                "lang": e.lang,
            }
            for e in doc.events
        ],
    }


def iter_records(
    store: Store, original_text: bool = False, only: ExportFilter = EVERY_DOCUMENT
) -> Iterator[dict[str, Any]]:
    where, args = only.sql()
    for doc in store.iter_documents(where=where, args=args):
        yield document_record(store, doc, original_text, store.duplicates_of(doc.id))


def export_jsonl(
    store: Store,
    out: IO[str] | str | Path,
    original_text: bool = False,
    only: ExportFilter = EVERY_DOCUMENT,
) -> int:
    """Write one JSON record per document to ``out`` (an open text file, or a
    path, written as UTF-8, as ``export_parquet`` takes one); returns how many."""
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8") as f:
            return export_jsonl(store, f, original_text, only)
    n = 0
    for rec in iter_records(store, original_text, only):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _parquet_schema():  # pyarrow is imported lazily: JSONL export needs none of it
    import pyarrow as pa

    block = pa.struct(
        [
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("label", pa.string()),
            ("lang", pa.string()),
            ("variety", pa.string()),
            ("reasons", pa.list_(pa.string())),
            ("kept", pa.bool_()),
        ]
    )
    flag = pa.struct(
        [
            ("kind", pa.string()),
            ("reason", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("data", pa.string()),
        ]
    )
    near = pa.struct([("id", pa.string()), ("similarity", pa.float64())])
    dup_block = pa.struct(
        [
            ("block", pa.int64()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("group", pa.string()),
            ("count", pa.int64()),
            ("first", pa.string()),
        ]
    )
    date = pa.struct(
        [
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("value", pa.string()),
            ("end_value", pa.string()),
            ("kind", pa.string()),
        ]
    )
    event = pa.struct(
        [
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("quote", pa.string()),
            ("date", pa.string()),
            ("end_date", pa.string()),
            ("lang", pa.string()),
        ]
    )
    return pa.schema(
        [
            ("id", pa.string()),
            ("source", pa.string()),
            ("url", pa.string()),
            ("lang", pa.string()),
            ("lang_variety", pa.string()),
            ("title", pa.string()),
            ("author", pa.string()),
            ("sitename", pa.string()),
            ("published", pa.string()),
            ("fetched", pa.string()),
            ("encoding", pa.string()),
            ("text", pa.string()),
            ("original_text", pa.string()),
            ("blocks", pa.list_(block)),
            ("flags", pa.list_(flag)),
            ("duplicate_of", pa.string()),
            ("near_duplicates", pa.list_(near)),
            ("duplicate_blocks", pa.list_(dup_block)),
            ("story_id", pa.string()),
            ("dates", pa.list_(date)),
            ("events", pa.list_(event)),
        ]
    )


def _parquet_row(rec: dict[str, Any]) -> dict[str, Any]:
    row = dict(rec)
    # Flags carry free-form data; Parquet needs one shape, so data travels as JSON.
    row["flags"] = [
        {
            "kind": f["kind"],
            "reason": f["reason"],
            "start": f.get("start"),
            "end": f.get("end"),
            "data": json.dumps(
                {k: v for k, v in f.items() if k not in ("kind", "reason", "start", "end")},
                ensure_ascii=False,
            ),
        }
        for f in rec["flags"]
    ]
    return row


def export_parquet(
    store: Store,
    path: str | Path,
    row_group: int = 1000,
    original_text: bool = False,
    only: ExportFilter = EVERY_DOCUMENT,
) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        rows: list[dict[str, Any]] = []
        for rec in iter_records(store, original_text, only):
            rows.append(_parquet_row(rec))
            if len(rows) >= row_group:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
                rows = []
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
    return n
