"""A wire dateline on a line of its own is labelled a publish stamp by
cleaning ("新华社河内9月6日电" above the first paragraph), yet it is still the
day the story was filed: the body's "5日", "昨天", "Friday" count from it,
not from a publication date that says otherwise. A dateline in other set-aside
text (a related-story teaser) still anchors nothing.

Agencies, places and the story are invented. The dateline day 2024-10-12 is
a Saturday; the page claims to be published on 2024-09-20."""

from __future__ import annotations

from collections import Counter

from newsline.dates.stage import ResolveDates
from newsline.model import Block, Document

PUB = "2024-09-20"


def _dates(parts, lang, published=PUB):
    text = "\n".join(p for p, _ in parts)
    blocks, pos = [], 0
    for p, label in parts:
        blocks.append(Block(pos, pos + len(p), label=label, lang=lang))
        pos += len(p) + 1
    doc = Document(id="d", source="s", text=text, lang=lang, published=published, blocks=blocks)
    ResolveDates()([doc], Counter())
    return {text[m.start : m.end]: m.value for m in doc.dates}


def test_zh_dateline_line_labelled_a_stamp_anchors_the_body():
    got = _dates(
        [
            ("南海通讯社岘港10月12日电", "metadata"),
            ("洪水于11日凌晨漫过堤坝，当地政府昨天转移了三千名居民。", "body"),
        ],
        "zh",
    )
    assert got["11日"] == "2024-10-11"
    assert got["昨天"] == "2024-10-11"


def test_en_dateline_line_labelled_a_stamp_anchors_the_body():
    got = _dates(
        [
            ("DANANG, Oct 12 (Coastline Wire) -", "dateline"),
            ("The river burst its banks on Friday, officials said yesterday.", "body"),
        ],
        "en",
    )
    assert got["Friday"] == "2024-10-11"
    assert got["yesterday"] == "2024-10-11"


def test_a_dateline_in_a_teaser_still_anchors_nothing():
    got = _dates(
        [
            ("南海通讯社岘港10月12日电 堤坝加固工程启动", "related"),
            ("当地政府昨天转移了三千名居民。", "body"),
        ],
        "zh",
    )
    assert got["昨天"] == "2024-09-19"
