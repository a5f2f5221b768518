"""A relative day or weekday inside a quotation whose sentence tells the day
it was said ("On Monday, the coach told reporters: "We fly out tomorrow"",
"Hier, la ministre a déclaré : « ... demain »", "13日，发言人表示：“明天……”")
counts from that day, not from the stamp (heldout11's choice). Only a day
before publication: a quote said today, told ahead, or in another sentence
than its day counts from the stamp. Sentences invented; published Wednesday
2025-10-15."""

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
            'On Monday, the coach told reporters: "We fly out tomorrow and train on arrival."',
            [("Monday", "2025-10-13"), ("tomorrow", "2025-10-14")],
        ),
        (
            "es",
            "El entrenador dijo el lunes: «Mañana viajamos a Bilbao».",
            [("lunes", "2025-10-13"), ("Mañana", "2025-10-14")],
        ),
        (
            "fr",
            "Hier, la ministre a déclaré : « Nous signerons l'accord demain. »",
            [("Hier", "2025-10-14"), ("demain", "2025-10-15")],
        ),
        (
            "vi",
            "Chiều thứ Hai, ông Hùng nói: “Hôm nay chúng tôi đã hoàn tất thủ tục”.",
            [("thứ Hai", "2025-10-13"), ("Hôm nay", "2025-10-13")],
        ),
        (
            "th",
            "เมื่อวานนี้ นายกรัฐมนตรีกล่าวว่า “วันนี้รัฐบาลจะประชุมนัดพิเศษ”",
            [("เมื่อวานนี้", "2025-10-14"), ("วันนี้", "2025-10-14")],
        ),
        (
            "zh",
            "13日，发言人表示：“明天将公布调查结果。”",
            [("13日", "2025-10-13"), ("明天", "2025-10-14")],
        ),
    ],
)
def test_counts_from_the_day_it_was_said(lang, text, expected):
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        # the day and the quote in two sentences: when it was said is not told
        (
            "en",
            'The road was closed on Monday. A spokesman said: "It reopens tomorrow."',
            [("Monday", "2025-10-13"), ("tomorrow", "2025-10-16")],
        ),
        # said today: the stamp's day
        (
            "en",
            'The minister said on Wednesday: "Tomorrow we vote."',
            [("Wednesday", "2025-10-15"), ("Tomorrow", "2025-10-16")],
        ),
        # a day told ahead is no day a quote was given on
        (
            "fr",
            "Vendredi, le maire dira : « Aujourd'hui nous ouvrons le pont. »",
            [("Vendredi", "2025-10-17"), ("Aujourd'hui", "2025-10-15")],
        ),
    ],
)
def test_counts_from_the_stamp(lang, text, expected):
    assert found(text, lang) == expected
