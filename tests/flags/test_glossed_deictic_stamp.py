"""A day word glossed with its date -- "yesterday (Sept. 5)", "昨天（9月5日）",
"hôm qua (5/9)" -- dates the text's own day. A publish stamp weeks away
from it (a stale page re-stamped, a wrong <meta>) is flagged; a stamp on
the day it implies is not. Pages invented for this file."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.flags import FlagDocuments
from newsline.langid import IdentifyLanguages
from newsline.model import Block, Document

PAGES = {
    "en": (
        "Levee breaks in river town",
        "The river levee broke yesterday (Sept. 5), flooding about 300 homes in the lower town.",
        "yesterday (Sept. 5)",
    ),
    "zh": (
        "河堤决口",
        "河堤昨天（9月5日）决口，下游约300户民宅被淹，当地已转移居民。",
        "昨天（9月5日）",
    ),
    "vi": (
        "Vỡ đê ở thị trấn ven sông",
        "Hôm qua (5/9), đê sông bị vỡ khiến khoảng 300 ngôi nhà ở khu phố thấp bị ngập.",
        "Hôm qua (5/9)",
    ),
}


def _suspect(lang, published):
    title, body, _ = PAGES[lang]
    text = title + "\n" + body
    blocks = [
        Block(0, len(title), "title", lang),
        Block(len(title) + 1, len(text), "body", lang),
    ]
    doc = Document(id="d", source="s", text=text, lang=lang, published=published, blocks=blocks)
    stats = Counter()
    IdentifyLanguages()([doc], stats)
    ResolveDates()([doc], stats)
    FlagDocuments()([doc], stats)
    return doc, [f for f in doc.flags if f.kind == "suspect_date"]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_stamp_weeks_after_a_glossed_yesterday_is_flagged(lang):
    doc, flags = _suspect(lang, "2025-12-01")
    assert len(flags) == 1, [f.reason for f in doc.flags]
    assert flags[0].data["signal"] == "glossed_relative"
    assert flags[0].data["written"] == "2025-09-06"
    assert doc.text[flags[0].start : flags[0].end] == PAGES[lang][2]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_stamp_on_the_implied_day_is_not_flagged(lang):
    assert _suspect(lang, "2025-09-06")[1] == []



# The word glossed between commas by a date with no year ("ayer, 5 de
# septiembre,"): the year-less reading keeps the word's own count too.
COMMA_PAGES = {
    "en": ("Levee breaks", "The river levee broke yesterday, Sept. 5, flooding about 300 homes."),
    "es": ("Rompe el dique", "El dique del río se rompió ayer, 5 de septiembre, e inundó 300 viviendas."),
}


def _comma_suspect(lang, published):
    title, body = COMMA_PAGES[lang]
    text = title + "\n" + body
    blocks = [Block(0, len(title), "title", lang), Block(len(title) + 1, len(text), "body", lang)]
    doc = Document(id="d", source="s", text=text, lang=lang, published=published, blocks=blocks)
    stats = Counter()
    IdentifyLanguages()([doc], stats)
    ResolveDates()([doc], stats)
    FlagDocuments()([doc], stats)
    return [f for f in doc.flags if f.kind == "suspect_date"]


@pytest.mark.parametrize("lang", sorted(COMMA_PAGES))
def test_stamp_weeks_after_a_yesterday_glossed_by_a_yearless_date_is_flagged(lang):
    flags = _comma_suspect(lang, "2025-12-01")
    assert [f.data["signal"] for f in flags] == ["glossed_relative"]
    assert flags[0].data["written"] == "2025-09-06"


@pytest.mark.parametrize("lang", sorted(COMMA_PAGES))
def test_a_yearless_gloss_on_the_stamps_day_is_not_flagged(lang):
    assert not _comma_suspect(lang, "2025-09-06")
