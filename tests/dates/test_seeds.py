"""Dates and events on the real seed pages (skipped when ../shared is absent)."""

from __future__ import annotations

from collections import Counter

from newsline.dates import ResolveDates, resolve_dates
from newsline.events import ExtractEvents
from newsline.model import Block, Document


def read(seeds_dir, prefix):
    (path,) = list(seeds_dir.glob(prefix + "_*.txt"))
    return path.read_text(encoding="utf-8")


def test_vietnamese_yearless_date_gets_year_from_context(seeds_dir):
    text = read(seeds_dir, "000")
    ms = [m for m in resolve_dates(text, "vi") if text[m.start : m.end] == "ngày 31/1"]
    assert ms, "ngày 31/1 not found"
    m = ms[0]
    assert m.value[:4].isdigit() and m.value.endswith("-01-31")
    assert (m.anchor or "").startswith("context:")


def test_chinese_start_end_is_one_range(seeds_dir):
    text = read(seeds_dir, "004")
    ms = [m for m in resolve_dates(text, None) if "7月9日" in text[m.start : m.end]]
    assert len(ms) == 1
    m = ms[0]
    assert text[m.start : m.end].startswith("7月9日开始") and "11日结束" in text[m.start : m.end]
    assert m.value.endswith("-07-09") and m.end_value.endswith("-07-11")


def test_model_number_is_not_a_date(seeds_dir):
    text = read(seeds_dir, "000")
    at = text.index("T-12")
    assert not any(m.start <= at < m.end for m in resolve_dates(text, "vi"))


def test_impossible_buddhist_year_is_not_converted(seeds_dir):
    text = read(seeds_dir, "002")
    ms = [m for m in resolve_dates(text, "th") if "พ.ศ." in text[m.start : m.end]]
    assert ms and all(m.kind == "impossible" and not m.value[:1].isdigit() for m in ms)


def test_teaser_dates_are_not_events(seeds_dir):
    """Blocks from the related-articles list (as the cleaning stage labels them) give no events."""
    text = read(seeds_dir, "000")
    cut = text.index("Ukraine gọi xung đột là 'vết thương")
    doc = Document(
        id="000",
        source="seed",
        text=text,
        lang="vi",
        blocks=[Block(0, cut, "body", "vi"), Block(cut, len(text), "related", "vi")],
    )
    ResolveDates()([doc], Counter())
    ExtractEvents()([doc], Counter())
    teaser_dates = [m for m in doc.dates if m.start >= cut]
    assert teaser_dates  # "Ngày 13/4", "ngày 17/4", "ngày 8/12" ... are still date mentions
    assert doc.events and all(e.start < cut for e in doc.events)
    assert "2005-04" in [e.date for e in doc.events]
