"""A wire dateline names the day the story was filed: a publish stamp weeks
before it is wrong, even when no sentence of the body reports a dated past
("made landfall on Friday" counts from the dateline itself, so it cannot
contradict anything). Pages invented for this file."""

from __future__ import annotations

from collections import Counter

from newsline.dates import ResolveDates
from newsline.flags import FlagDocuments
from newsline.langid import IdentifyLanguages
from newsline.model import Block, Document


def _flags(parts, lang, published, **fields):
    text = "\n".join(p for p, _ in parts)
    blocks, pos = [], 0
    for p, label in parts:
        blocks.append(Block(pos, pos + len(p), label=label, lang=lang))
        pos += len(p) + 1
    doc = Document(
        id="d", source="s", text=text, lang=lang, published=published, blocks=blocks, **fields
    )
    stats = Counter()
    IdentifyLanguages()([doc], stats)
    ResolveDates()([doc], stats)
    FlagDocuments()([doc], stats)
    return doc, [f for f in doc.flags if f.kind == "suspect_date"]


EN = [
    (
        (
            "DANANG, Oct 12 (Coastline Wire) - The river burst its banks on Friday, forcing "
            "thousands of families from their homes, officials said."
        ),
        "body",
    ),
    ("Rescue teams reached the last cut-off villages by boat on Saturday morning.", "body"),
]
ZH = [
    ("南海通讯社岘港10月12日电", "metadata"),
    ("洪水于11日凌晨漫过堤坝，当地政府随即转移了三千名居民。", "body"),
    ("救援人员当天下午乘船抵达最后几个被困村庄。", "body"),
]


def test_stamp_weeks_before_the_dateline_is_flagged():
    for parts, lang, shown in ((EN, "en", "Oct 12"), (ZH, "zh", "10月12日")):
        doc, flags = _flags(parts, lang, "2024-09-20")
        assert len(flags) == 1, (lang, [f.reason for f in doc.flags])
        assert flags[0].data["signal"] == "dateline"
        assert flags[0].data["event"] == "2024-10-12"
        assert doc.text[flags[0].start : flags[0].end] == shown


def test_stamp_on_or_just_before_the_dateline_is_not_flagged():
    for parts, lang in ((EN, "en"), (ZH, "zh")):
        for published in ("2024-10-12", "2024-10-11", "2024-10-13"):
            assert _flags(parts, lang, published)[1] == [], (lang, published)


def test_a_day_from_the_files_path_is_no_stamp_to_contradict():
    # the dates stage counts from the day a file's path names when the page
    # states none; that day is a guess about filing, not a stamp the page wrote
    doc, flags = _flags(EN, "en", None, meta={"date_from_path": "2024-09-20"})
    assert doc.meta["published_from_path"] == "2024-09-20"
    assert flags == []


def test_a_day_from_the_urls_path_is_no_stamp_to_contradict():
    # likewise the day a page's URL names (a site files it by day): a guess,
    # not a stamp the page wrote, here weeks before the wire's dateline
    parts = [
        (
            (
                "VALENCIA, 12 oct (Agencia Levante) - El río se desbordó el viernes y obligó a "
                "miles de familias a abandonar sus casas, según las autoridades."
            ),
            "body",
        ),
        ("Los equipos de rescate llegaron en barca a las últimas aldeas el sábado.", "body"),
    ]
    url = "https://levante-diario.example/2024/09/20/rio-desbordado"
    doc, flags = _flags(parts, "es", None, url=url)
    assert doc.meta["published_from_url"] == "2024-09-20"
    assert flags == []
