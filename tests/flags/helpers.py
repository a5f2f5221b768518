"""Build a page of one block per line and flag it (tests only)."""

from __future__ import annotations

from collections import Counter

from newsline.flags import FlagDocuments
from newsline.langid import IdentifyLanguages
from newsline.model import DateMention, Document
from tests.langid.helpers import line_blocks


def flagged(
    text: str,
    published: str | None = None,
    labels: dict[int, str] | None = None,
    dates: list[DateMention] | None = None,
) -> Document:
    doc = Document(
        id="d",
        source="test",
        text=text,
        blocks=line_blocks(text),
        published=published,
        dates=dates or [],
    )
    for i, label in (labels or {}).items():
        doc.blocks[i].label = label
    stats: Counter[str] = Counter()
    IdentifyLanguages()([doc], stats)
    FlagDocuments()([doc], stats)
    return doc


def kinds(doc: Document, kind: str, **data) -> list:
    return [
        f for f in doc.flags if f.kind == kind and all(f.data.get(k) == v for k, v in data.items())
    ]


def span(doc: Document, flag) -> str:
    return doc.text[flag.start : flag.end]
