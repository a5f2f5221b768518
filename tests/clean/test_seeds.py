"""The real seed pages end to end (skipped when ../shared is absent).

Expectations are about structure, not strings: doubled teasers are related,
all-caps injected lines are spam, prose paragraphs are kept, footers with
copyright marks are footers.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.model import KEPT_LABELS, Document


def _classify(path):
    text = path.read_text(encoding="utf-8")
    doc = Document(id=path.stem, source=str(path), text=text)
    SegmentBlocks()([doc], Counter())
    ClassifyBlocks()([doc], Counter())
    return doc


@pytest.fixture
def seeds(seeds_dir):
    return {p.name[:3]: _classify(p) for p in sorted(seeds_dir.glob("*.txt"))}


def _blocks(doc):
    return [(doc.text[b.start : b.end], b) for b in doc.blocks]


def test_offsets_slice_exactly(seeds):
    for doc in seeds.values():
        for text, b in _blocks(doc):
            assert text == text.strip() and text
            assert b.reasons


def test_doubled_teasers_are_related_and_article_is_kept(seeds):
    doc = seeds["000"]
    texts = [t for t, _ in _blocks(doc)]
    doubled = {t for i, t in enumerate(texts[:-1]) if texts[i + 1] == t}
    assert len(doubled) >= 10
    for t, b in _blocks(doc):
        if t in doubled:
            assert b.label == "related", t
    # every long sentence-ending paragraph before the first doubled teaser is kept
    first_teaser = next(i for i, t in enumerate(texts) if t in doubled)
    for t, b in _blocks(doc)[:first_teaser]:
        if len(t) > 200 and t.endswith("."):
            assert b.label == "body", t
    labels = Counter(b.label for b in doc.blocks)
    assert doc.title == texts[0]  # the title block names the page
    assert labels["title"] == 1 and labels["byline"] >= 1 and labels["caption"] >= 1


def test_injected_allcaps_lines_are_spam_and_footer_is_set_aside(seeds):
    doc = seeds["004"]
    spam = [t for t, b in _blocks(doc) if b.label == "spam"]
    assert spam and all(t.isupper() and len(t.split()) <= 3 for t in spam)
    blocks = _blocks(doc)
    assert blocks[-1][1].label == "footer" and "©" in blocks[-1][0]
    assert any(b.label == "metadata" for _, b in blocks)
    assert any(b.label == "dateline" for _, b in blocks)
    # the Chinese paragraphs are prose: kept here (language flags are another stage's job)
    zh = [b for t, b in blocks if sum("\u4e00" <= c <= "\u9fff" for c in t) > 100]
    assert zh and all(b.label == "body" for b in zh)


def test_plain_articles_are_all_body(seeds):
    for key in ("001", "003"):
        assert {b.label for b in seeds[key].blocks} == {"body"}


def test_thai_caption_and_closing_byline(seeds):
    doc = seeds["002"]
    labels = [b.label for b in doc.blocks]
    assert "caption" in labels
    assert labels[-1] == "byline"
    assert sum(1 for x in labels if x in KEPT_LABELS) >= 8
