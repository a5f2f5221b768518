"""A page whose markup stamp lies days or weeks from the day its own text
names to the day -- a day word glossed in brackets by its date ("ayer (9 de
marzo)", "hôm qua (4/6)") -- was published on the text's day: the stamp is
wrong (flagged) and "yesterday" counts from the text's day. The stamp was
kept, so the page sat weeks before the events it tells as past. Pages
written for this file; the positives failed before it."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.model import Block, Document


def _doc(lines: list[str], labels: list[str], lang: str, published: str) -> Document:
    text = "\n".join(lines)
    blocks, pos = [], 0
    for line, label in zip(lines, labels, strict=True):
        blocks.append(Block(pos, pos + len(line), label, lang))
        pos += len(line) + 1
    return Document(
        id="d",
        source="s",
        text=text,
        lang=lang,
        blocks=blocks,
        published=published,
        meta={"published_raw": published},
    )


@pytest.mark.parametrize(
    ("lang", "published", "line", "day"),
    [
        (
            "es",
            "2025-02-11T08:00:00-03:00",
            "Ayer (9 de marzo), el concejo aprobó el nuevo plan de movilidad de la ciudad.",
            "2025-03-10",
        ),
        (
            "vi",
            "2025-05-20T08:00:00+07:00",
            "Hôm qua (4/6), Sở Giao thông đã công bố phương án phân luồng mới.",
            "2025-06-05",
        ),
        (
            "en",
            "2024-10-01T09:00:00+00:00",
            "Yesterday (October 21) the council voted to close the old bridge to lorries.",
            "2024-10-22",
        ),
    ],
)
def test_a_stamp_weeks_off_the_glossed_day_gives_way(lang, published, line, day):
    doc = _doc(["Headline of the story", line], ["title", "body"], lang, published)
    ResolveDates()([doc], Counter())
    assert doc.published == day
    assert doc.meta["published_meta_rejected"] == published


@pytest.mark.parametrize(
    ("lang", "published", "line"),
    [
        # the stamp a day after: the story ran the morning after it was written
        (
            "en",
            "2024-10-23T06:00:00+00:00",
            "Yesterday (October 21) the council voted to close the old bridge to lorries.",
        ),
        # an unglossed date in the text is no day of writing
        ("en", "2024-10-01T09:00:00+00:00", "On October 21 the council voted to close the bridge."),
    ],
)
def test_a_stamp_near_the_glossed_day_or_no_gloss_stays(lang, published, line):
    doc = _doc(["Headline of the story", line], ["title", "body"], lang, published)
    ResolveDates()([doc], Counter())
    assert doc.published == published


def test_the_wrong_stamp_is_flagged_at_the_glossed_day_word():
    from newsline.flags import FlagDocuments

    line = "Hôm qua (4/6), Sở Giao thông đã công bố phương án phân luồng mới cho khu vực."
    doc = _doc(["Tiêu đề bài viết", line], ["title", "body"], "vi", "2025-05-20T08:00:00+07:00")
    ResolveDates()([doc], Counter())
    FlagDocuments()([doc], Counter())
    got = [f for f in doc.flags if f.kind == "suspect_date"]
    assert [f.data.get("signal") for f in got] == ["glossed_day"], [f.reason for f in got]
    assert doc.text[got[0].start : got[0].end].startswith("Hôm qua (4/6")
