"""A Chinese day after the formal "on" 于 dates the verb that follows it, so
a short sentence so told is an event, as a chronology's entry is (held-out
story15: "泰国籍人质已于12日获释。" was too short to count). Sentences written
for this test, on other happenings; a caption's "摄于" or a stamp's "发布于"
stays no event."""

from __future__ import annotations

import pytest

from .records import extract_from_text

LEAD = "据报道，工会代表3日在港口与资方开始谈判。"


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("罢工已于5日结束。", "2025-06-05"),
        ("大桥将于20日通车。", "2025-06-20"),
        ("两名渔民已于6月2日获救。", "2025-06-02"),
    ],
)
def test_a_short_sentence_dated_after_formal_on_is_an_event(sentence, day):
    events = extract_from_text(LEAD + sentence, "zh", "2025-06-10")
    text = LEAD + sentence
    assert any(e.date == day and text[e.start : e.end] == sentence for e in events), [
        (e.date, text[e.start : e.end]) for e in events
    ]


@pytest.mark.parametrize("sentence", ["图片摄于6月2日。", "本文发布于6月2日。", "6月2日获救。"])
def test_a_caption_or_stamp_after_formal_on_is_no_event(sentence):
    events = extract_from_text(LEAD + sentence, "zh", "2025-06-10")
    text = LEAD + sentence
    assert not any(text[e.start : e.end] == sentence for e in events)
