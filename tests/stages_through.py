"""One input file read and run through the default stages up to a named one,
for the tests that check what a stage sees after the stages before it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from newsline.model import Document
from newsline.readers import read_path
from newsline.settings import Settings
from newsline.stages import default_stages


def read_through(path: str | Path, stage_name: str, settings: Settings | None = None) -> Document:
    """The one document ``path`` holds, after the default stages up to and
    including ``stage_name`` ("classify", "dates" ...)."""
    settings = settings or Settings()
    (doc,) = [d for d in read_path(str(path), settings) if isinstance(d, Document)]
    docs, stats = [doc], Counter()
    for stage in default_stages(settings):
        docs = stage(docs, stats)
        if stage.name == stage_name:
            break
    (doc,) = docs
    return doc


def read_html_record(tmp_path: Path, html: str, stage_name: str, **fields) -> Document:
    """An HTML page as one JSON Lines record (with ``fields`` beside it, such
    as ``scraped_at``), after the default stages up to ``stage_name``."""
    import json

    p = tmp_path / "pages.jsonl"
    p.write_text(json.dumps({"html": html, **fields}, ensure_ascii=False) + "\n", encoding="utf-8")
    return read_through(p, stage_name)
