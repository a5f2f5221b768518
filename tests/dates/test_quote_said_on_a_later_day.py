"""A day word inside a quotation told before who said it and on which day
("“We fly out tomorrow,” the coach told reporters on Monday", "«Hoy no hay
acuerdo», afirmó ayer el portavoz", "“明天恢复供水。”自来水公司周一表示")
counts from the day the words were said, as a quotation whose day is told
before it does (test_quote_given_on_a_day.py; heldout15's choice). Only with
a speech verb beside that day, no clause between, and a day before
publication. Sentences invented; published Wednesday 2025-10-15."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-10-15"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        (
            "en",
            "\u201cWe fly out tomorrow,\u201d the coach told reporters on Monday.",
            [("tomorrow", "2025-10-14"), ("Monday", "2025-10-13")],
        ),
        (
            "es",
            "\u00abHoy no hay acuerdo\u00bb, afirmó ayer el portavoz sindical.",
            [("Hoy", "2025-10-14"), ("ayer", "2025-10-14")],
        ),
        (
            "fr",
            "« Le texte sera voté après-demain », a assuré la ministre mardi.",
            [("après-demain", "2025-10-16"), ("mardi", "2025-10-14")],
        ),
        (
            "vi",
            "\u201cNgày mai cầu sẽ thông xe\u201d, Giám đốc Sở Giao thông cho biết hôm thứ Hai.",
            [("Ngày mai", "2025-10-14"), ("thứ Hai", "2025-10-13")],
        ),
        (
            "th",
            "\u201cพรุ่งนี้จะเปิดให้บริการตามปกติ\u201d โฆษกกรุงเทพมหานครระบุเมื่อวันจันทร์",
            [("พรุ่งนี้", "2025-10-14"), ("วันจันทร์", "2025-10-13")],
        ),
        (
            "zh",
            "\u201c明天恢复供水。\u201d自来水公司周一表示。",
            [("明天", "2025-10-14"), ("周一", "2025-10-13")],
        ),
    ],
)
def test_day_word_counts_from_the_day_said_after_the_quote(lang, text, expected):
    got = found(text, lang)
    for pair in expected:
        assert pair in got, (pair, got)


@pytest.mark.parametrize(
    "lang,text,word,value",
    [
        # the day after a comma tells another happening, not the saying
        (
            "en",
            '"We fly out tomorrow," the coach said, adding that Monday\'s session went well.',
            "tomorrow",
            "2025-10-16",
        ),
        # no speech verb: a banner read on Monday
        ("en", "\u201cTomorrow we vote,\u201d read the banner carried on Monday.", "Tomorrow", "2025-10-16"),
        # said today: the stamp's day, so tomorrow is the stamp's
        ("fr", "« Le pont rouvre demain », a déclaré le maire aujourd'hui.", "demain", "2025-10-16"),
        # the Monday is the residents', far from the verb
        ("zh", "\u201c明天恢复供水。\u201d周一停水的小区居民说。", "明天", "2025-10-16"),
        # a sentence between the quote and the day
        ("es", "\u00abMañana hablaremos\u00bb. El lunes dijo otra cosa.", "Mañana", "2025-10-16"),
    ],
)
def test_day_word_counts_from_the_stamp_without_a_said_day(lang, text, word, value):
    got = found(text, lang)
    assert (word, value) in got, got
