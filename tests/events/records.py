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
