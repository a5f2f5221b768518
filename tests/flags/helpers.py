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


def flagged_html(html: str) -> Document:
    """An HTML page read as the HTML reader reads it (its hidden markup in
    ``meta``), one block per line, language-identified and flagged."""
    from newsline.readers.html import parse_html

    page = parse_html(html)
    doc = Document(
        id="d",
        source="t.html",
        text=page.text,
        html=html,
        blocks=line_blocks(page.text),
        meta=dict(page.meta),
    )
    stats: Counter[str] = Counter()
    IdentifyLanguages()([doc], stats)
    FlagDocuments()([doc], stats)
    return doc


def dated_suspects(title: str, body: str, lang: str, published: str) -> tuple[Document, list]:
    """A headline and a body paragraph with a publish stamp, dated by the
    dates stage and flagged: the document and its suspect_date flags."""
    from newsline.dates import ResolveDates
    from newsline.model import Block

    text = title + "\n" + body
    blocks = [
        Block(0, len(title), "title", lang),
        Block(len(title) + 1, len(text), "body", lang),
    ]
    doc = Document(id="d", source="s", text=text, lang=lang, published=published, blocks=blocks)
    stats: Counter[str] = Counter()
    IdentifyLanguages()([doc], stats)
    ResolveDates()([doc], stats)
    FlagDocuments()([doc], stats)
    return doc, [f for f in doc.flags if f.kind == "suspect_date"]
