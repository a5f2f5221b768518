"""doc_segments keeps each text's segments for the events stage: what it
gives back is lang_segments' answer for the block as it is now, whether
computed or kept, and a block changed since is segmented anew."""

from newsline.dates import stage
from newsline.dates.engine import lang_segments
from newsline.model import Block, Document

TEXT = "Hôm nay trời mưa to ở Hà Nội.\n今天北京下雨了很多。\nThe rain stopped on Monday."


def _expected(doc, limit):
    text = doc.text[:limit]
    return [
        (b.start + a, b.start + e, g)
        for b in doc.blocks
        for a, e, g in lang_segments(text[b.start : min(b.end, limit)], b.lang or doc.lang)
    ]


def test_kept_segments_are_lang_segments_answer():
    doc = Document(id="x", source="x", text=TEXT, lang="vi", blocks=[Block(0, len(TEXT))])
    first = stage.doc_segments(doc, 10_000)
    assert first == _expected(doc, 10_000)
    assert stage.doc_segments(doc, 10_000) == first  # kept: the same answer
    first.append((0, 0, "xx"))  # a caller's list is its own
    assert stage.doc_segments(doc, 10_000) == _expected(doc, 10_000)


def test_a_changed_block_is_segmented_anew():
    doc = Document(id="x", source="x", text=TEXT, lang="vi", blocks=[Block(0, len(TEXT))])
    stage.doc_segments(doc, 10_000)
    doc.blocks = [Block(0, 30, lang="vi"), Block(30, len(TEXT), lang=None)]
    assert stage.doc_segments(doc, 10_000) == _expected(doc, 10_000)
    doc.blocks[1].lang = "en"
    assert stage.doc_segments(doc, 10_000) == _expected(doc, 10_000)
    no_blocks = Document(id="y", source="y", text=TEXT, lang=None)
    assert stage.doc_segments(no_blocks, 40) == list(lang_segments(TEXT[:40], None))


def test_the_store_is_bounded(monkeypatch):
    monkeypatch.setattr(stage, "_SEGMENTS_MAX_CHARS", 50)
    monkeypatch.setattr(stage, "_SEGMENTS", {})
    monkeypatch.setattr(stage, "_segments_held", 0)
    for n in range(20):
        text = f"line {n} of some text here"
        assert stage._lang_segments(text, "en") == tuple(lang_segments(text, "en"))
    assert sum(len(t) for t, _ in stage._SEGMENTS) <= 50
