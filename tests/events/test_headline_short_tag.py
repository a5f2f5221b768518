"""An event's headline leaves out a short source or place tag that opens its
quote before a spaced dash: an acronym in capitals ("TTO - ", "ANTĐ - ",
"AP - ") or a Thai place ("กรุงเทพฯ - "). Near misses keep their words: a
pair of parties joined by the dash ("NATO - Nhật Bản", "US - China talks",
"ไทย - จีน"), a capitalised place that is no tag ("Hanoi - Beijing talks"),
a quotation with a dash, an acronym before a lower-case word. Sentences
written for this test (invented tags, an invented minister)."""

from __future__ import annotations

import pytest

from newsline.events.headline import without_lead_in
from newsline.events.merge import merge_records

from .records import event_record


@pytest.mark.parametrize(
    ("quote", "lang", "headline"),
    [
        (
            "KTO - Sáng 4/3, Bộ trưởng Amina Odhiambo đã từ chức.",
            "vi",
            "Sáng 4/3, Bộ trưởng Amina Odhiambo đã từ chức.",
        ),
        (
            "BĐTĐ - Chiều 4/3, cháy lớn tại chợ Bến Thành.",
            "vi",
            "Chiều 4/3, cháy lớn tại chợ Bến Thành.",
        ),
        (
            "เชียงใหม่ - นายกรัฐมนตรีเดินทางถึงเมื่อวันที่ 4 มีนาคม",
            "th",
            "นายกรัฐมนตรีเดินทางถึงเมื่อวันที่ 4 มีนาคม",
        ),
        (
            "RTN – Police said the minister resigned on Tuesday.",
            "en",
            "Police said the minister resigned on Tuesday.",
        ),
        (
            "GZP - La ministra Amina Odhiambo dimitió el martes.",
            "es",
            "La ministra Amina Odhiambo dimitió el martes.",
        ),
    ],
)
def test_a_short_tag_is_left_out_of_the_headline(quote, lang, headline):
    (event,) = merge_records([event_record("d1", quote, "2025-03-04", lang)])
    assert event["text"] == headline
    assert event["sources"][0]["quote"] == quote  # the quote stays whole


@pytest.mark.parametrize(
    ("quote", "lang"),
    [
        ("NATO - Nhật Bản ký thỏa thuận hôm 4/3.", "vi"),
        ("ASEAN - Hàn Quốc họp thượng đỉnh hôm 4/3.", "vi"),
        ("US - China talks resumed on 4 March.", "en"),
        ("ไทย - จีน ลงนามข้อตกลงเมื่อวันที่ 4 มีนาคม", "th"),
        ("Hanoi - Beijing talks resumed on 4 March.", "en"),
        ('"Yes - we did it," she said on 4 March.', "en"),
        ("OK - we will meet on 4 March, he said.", "en"),
        ("G20 - Leaders met on 4 March.", "en"),
    ],
)
def test_a_sentence_that_opens_like_a_tag_keeps_its_words(quote, lang):
    (event,) = merge_records([event_record("d1", quote, "2025-03-04", lang)])
    assert event["text"] == quote


def test_short_tag_scan_is_linear_on_long_input():
    long_inputs = ("AB - " * 30_000, "A" * 100_000 + " - x", "ก" * 100_000 + " - ข")
    for text in (*long_inputs, "TTO - " + "x" * 100_000):
        without_lead_in(text)  # bounded, anchored patterns: returns at once
