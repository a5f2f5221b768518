"""Segmentation: offsets always slice exactly; limits split and flag."""

from __future__ import annotations

from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsline.clean import SegmentBlocks, segment_text
from newsline.model import Document
from newsline.settings import LimitSettings, Settings

_TEXT = st.text(
    alphabet=st.sampled_from(list("ab .。\n\r\t\u00a0\u200b\u3000ขก中文ĐƯ!?\u2028")),
    max_size=300,
)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(min_value=5, max_value=60), st.integers(min_value=1, max_value=30))
def test_blocks_slice_exactly_and_cover_every_nonblank_char(text, max_line, max_blocks):
    blocks, _ = segment_text(text, LimitSettings(max_line_chars=max_line, max_blocks=max_blocks))
    covered = set()
    prev_end = 0
    for b in blocks:
        piece = text[b.start : b.end]
        assert piece, "no empty blocks"
        assert not piece[0].isspace() and not piece[-1].isspace()
        assert b.start >= prev_end, "blocks are ordered and disjoint"
        prev_end = b.end
        covered.update(range(b.start, b.end))
    for i, ch in enumerate(text):
        if not ch.isspace() and ch not in "\u200b":
            assert i in covered, f"non-blank character {ch!r} at {i} lost"
    assert len(blocks) <= max_blocks


def test_one_block_per_line_vi_and_th():
    text = "Tiêu đề bài báo\n\n  Đoạn một.  \nย่อหน้าที่สอง\r\n"
    blocks, flags = segment_text(text)
    assert [text[b.start : b.end] for b in blocks] == ["Tiêu đề bài báo", "Đoạn một.", "ย่อหน้าที่สอง"]
    assert flags == []


def test_long_line_split_at_sentence_end_and_flagged():
    text = "Câu thứ nhất khá dài. " * 20
    blocks, flags = segment_text(text, LimitSettings(max_line_chars=100))
    assert len(blocks) > 1
    assert all(b.end - b.start <= 100 for b in blocks)
    assert all(text[b.start : b.end].endswith(".") for b in blocks)
    assert flags and flags[0].kind == "limit_exceeded"


def test_too_many_blocks_keeps_rest_as_one_block():
    text = "\n".join(f"line {i}" for i in range(10))
    blocks, flags = segment_text(text, LimitSettings(max_blocks=4))
    assert len(blocks) == 4
    assert text[blocks[-1].start : blocks[-1].end].startswith("line 3")
    assert text[blocks[-1].start : blocks[-1].end].endswith("line 9")
    assert any(f.kind == "limit_exceeded" and f.start == blocks[-1].start for f in flags)


def test_stage_fills_blocks_and_counts():
    docs = [Document(id="a", source="a", text="Một\n\nHai"), Document(id="b", source="b", text="")]
    stats: Counter = Counter()
    out = SegmentBlocks(Settings())(docs, stats)
    assert len(out[0].blocks) == 2 and out[1].blocks == []
    assert stats["blocks"] == 2


_HOSTILE = st.lists(
    st.one_of(
        st.text(max_size=30),
        st.sampled_from(
            [
                "\x00",
                "\ud800",
                "\udfff",
                "\u202e",
                "\ufeff",
                "©",
                "@x",
                "http://a.b",
                "|",
                "—",
                "\n",
                "ĐÁ GÀ",
                "Copyright 2024",
                "ภาพ: x",
                "图片来源：y",
            ]
        ),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(_HOSTILE)
@example(
    text="²",  # superscript digits are digits to isdigit() but not to int()
).via("discovered failure")
def test_classify_never_raises_and_labels_every_block(text):
    from newsline.clean import ClassifyBlocks
    from newsline.model import BLOCK_LABELS

    doc = Document(id="h", source="hostile", text=text)
    SegmentBlocks()([doc], Counter())
    ClassifyBlocks()([doc], Counter())
    assert not [f for f in doc.flags if f.kind == "internal_error"]
    for b in doc.blocks:
        assert b.label in BLOCK_LABELS and b.reasons
        assert doc.text[b.start : b.end] == text[b.start : b.end]
