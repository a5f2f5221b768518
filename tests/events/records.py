"""One merge record, as ExtractEvents hands them to merge_records, for the
merge tests (each test file keeps its own short signature on top of it)."""

from __future__ import annotations

from newsline.events.anchors import sentence_anchors


def event_record(
    doc_id: str,
    quote: str,
    date: str,
    lang: str = "en",
    *,
    story: str | None = "s1",
    start: int = 0,
    surface: str | None = None,
    end_date: str | None = None,
    granularity: str = "day",
    published: str | None = None,
) -> dict:
    """``surface``: the date expression inside ``quote`` (None: not given)."""
    at = quote.index(surface) if surface else None
    return {
        "doc_id": doc_id,
        "source": f"https://news.example/{doc_id}",
        "lang": lang,
        "quote": quote,
        "start": start,
        "end": start + len(quote),
        "date": date,
        "end_date": end_date,
        "granularity": granularity,
        "anchors": sentence_anchors(quote, lang),
        "story_id": story,
        "date_start": None if at is None else start + at,
        "date_end": None if at is None else start + at + len(surface),
        "published": published,
    }


def extract_from_text(text: str, lang: str, published: str | None = "2024-09-10"):
    """A one-page document run through date resolution and event extraction
    (the stages only, no cleaning); returns its event mentions."""
    from collections import Counter

    from newsline.dates import ResolveDates
    from newsline.events import ExtractEvents
    from newsline.model import Document

    doc = Document(id="d", source="https://d.example/a", text=text, lang=lang, published=published)
    stats: Counter[str] = Counter()
    ResolveDates()([doc], stats)
    ExtractEvents()([doc], stats)
    return doc.events


def merge_documents(docs):
    """Documents run through date resolution, event extraction and the
    merge (the stages only, no cleaning); returns the MergeEvents stage,
    whose ``finalize()["events"]`` are the merged events."""
    from collections import Counter

    from newsline.dates import ResolveDates
    from newsline.events import ExtractEvents, MergeEvents

    stats: Counter[str] = Counter()
    ResolveDates()(docs, stats)
    ExtractEvents()(docs, stats)
    merger = MergeEvents()
    merger(docs, stats)
    return merger


def documents_of(pages: dict[str, str], name: str, published: str, story: str | None = None):
    """One Document per language of ``pages`` (language -> text), with ids
    "<name>-<language>", one publication day and, if given, one story."""
    from newsline.model import Document

    return [
        Document(
            id=f"{name}-{lang}",
            source=f"https://{lang}.news.example/{name}",
            text=text,
            lang=lang,
            published=published,
            meta={"story_id": story} if story else {},
        )
        for lang, text in pages.items()
    ]
