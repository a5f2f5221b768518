"""Languages and flags on the real seed pages (skipped when ../shared is absent).

The seeds are checked by what they contain (a Chinese paragraph, a
Buddhist-era year, an all-capitals line...), found by script or pattern here,
never by constants inside the package.
"""

from __future__ import annotations

import re
from collections import Counter

from newsline.flags import FlagDocuments
from newsline.langid import IdentifyLanguages
from newsline.model import Document
from tests.flags.helpers import line_blocks


def load(seeds_dir, prefix: str) -> Document:
    path = next(seeds_dir.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    doc = Document(id=path.stem, source=str(path), text=text, blocks=line_blocks(text))
    stats: Counter[str] = Counter()
    IdentifyLanguages()([doc], stats)
    FlagDocuments()([doc], stats)
    assert stats.get("flags.errors", 0) == 0 and stats.get("langid.errors", 0) == 0
    return doc


def of(doc, kind, **data):
    return [
        f for f in doc.flags if f.kind == kind and all(f.data.get(k) == v for k, v in data.items())
    ]


HAN = re.compile(r"[\u4e00-\u9fff]")


def test_chinese_paragraphs_in_the_vietnamese_page_are_zh_blocks_flagged_foreign(seeds_dir):
    doc = load(seeds_dir, "004")
    assert doc.lang == "vi"
    zh_blocks = [b for b in doc.blocks if len(HAN.findall(b.text_of(doc))) > 50]
    assert len(zh_blocks) == 2 and all(b.lang == "zh" for b in zh_blocks)
    foreign = of(doc, "foreign_block")
    assert [(f.start, f.end) for f in foreign] == [(b.start, b.end) for b in zh_blocks]
    # One is about the page's subject, the other is not: the off-topic flag
    # says so on its own, with no content_farm twin on its span.
    assert sorted(f.data["on_topic"] for f in foreign) == [False, True]
    off = next(f for f in foreign if not f.data["on_topic"])
    assert not any(c.start == off.start for c in of(doc, "content_farm"))


def test_injected_all_caps_lines_are_spam_and_the_farm_footer_is_flagged(seeds_dir):
    doc = load(seeds_dir, "004")
    spam = of(doc, "spam")
    assert len(spam) == 2
    for f in spam:
        line = doc.text[f.start : f.end]
        assert line == line.upper() and len(line.split()) <= 3
    cue = of(doc, "content_farm", signal="farm_cue")
    assert cue and HAN.search(doc.text[cue[0].start : cue[0].end])
    # the footer makes the page a farm; the spam lines carry spam only
    assert not any(
        c.start == f.start for c in of(doc, "content_farm") for f in spam
    )


def test_vietnamese_page_mt_signs_and_suspect_stamp(seeds_dir):
    doc = load(seeds_dir, "004")
    names = of(doc, "machine_translation", signal="name_variants")
    assert len(names) == 1 and len(names[0].data["variants"]) == 2
    assert of(doc, "machine_translation", signal="punctuation")
    dates = of(doc, "suspect_date")
    assert dates and all(f.data["published"] < f.data["event"] for f in dates)


def test_thai_page_buddhist_era_year_one_and_two_spellings(seeds_dir):
    doc = load(seeds_dir, "002")
    assert doc.lang == "th" and {b.lang for b in doc.blocks} == {"th"}
    years = of(doc, "machine_translation", signal="impossible_year")
    assert len(years) == 1 and years[0].data["year"] == 1 and years[0].data["ce_year"] < 0
    assert of(doc, "machine_translation", signal="name_variants")
    assert not of(doc, "foreign_block") and not of(doc, "spam")


def test_clean_vietnamese_pages_raise_no_spam_or_foreign_flags(seeds_dir):
    for prefix in ("000", "001", "003"):
        doc = load(seeds_dir, prefix)
        assert doc.lang == "vi"
        for kind in ("spam", "foreign_block", "content_farm", "suspect_date"):
            assert not of(doc, kind), (prefix, kind, [f.reason for f in of(doc, kind)])


def test_full_chain_with_the_cleaner_and_the_dates_stage(seeds_dir):
    """Same expectations when the real segmenter, classifier and dates stage run."""
    import pytest

    clean = pytest.importorskip("newsline.clean")
    dates = pytest.importorskip("newsline.dates")
    from newsline.pipeline import run_stages
    from newsline.settings import Settings

    s = Settings()
    stages = [
        clean.SegmentBlocks(s),
        IdentifyLanguages(s.lang),
        clean.ClassifyBlocks(s),
        dates.ResolveDates(s.dates),
        FlagDocuments(s.flags),
    ]
    path = next(seeds_dir.glob("004_*.txt"))
    doc = Document(id="x", source=str(path), text=path.read_text(encoding="utf-8"))
    run_stages(stages, [doc])
    assert doc.lang == "vi"
    assert sorted(f.data["on_topic"] for f in of(doc, "foreign_block")) == [False, True]
    assert len(of(doc, "spam")) == 2
    assert of(doc, "content_farm", signal="farm_cue")
    assert of(doc, "suspect_date")
    assert not [f for f in doc.flags if f.kind == "internal_error"]
