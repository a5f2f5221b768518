"""Hindi sets a day in apposition to a day word with no comma or bracket,
closed off by a postposition ("आज 15 अगस्त को …", today, on 15 August): the
date glosses the word, so a stamp a week after the day the text calls today
is flagged (benchmarks/flags_heldout.py --set heldout16, d02). A stamp on
that day is not; a number of people after the word is no date. Pages
written for this file."""

from __future__ import annotations

from tests.flags.helpers import dated_suspects as _suspect

TITLE = "स्वतंत्रता दिवस पर शहर में तिरंगा यात्रा"
BODY = (
    "आज 15 अगस्त को स्वतंत्रता दिवस के अवसर पर शहर में तिरंगा यात्रा निकाली गई। "
    "यात्रा में स्कूलों के हजारों बच्चों ने हिस्सा लिया।"
)


def test_a_stamp_a_week_after_today_is_flagged():
    doc, flags = _suspect(TITLE, BODY, "hi", "2026-08-22T09:00:00+05:30")
    assert [f for f in flags if f.data.get("signal") == "glossed_relative"], [
        f.reason for f in doc.flags
    ]


def test_a_stamp_on_that_day_is_not_flagged():
    assert _suspect(TITLE, BODY, "hi", "2026-08-15T09:00:00+05:30")[1] == []


def test_a_count_after_the_day_word_glosses_nothing():
    doc, flags = _suspect(
        "बाढ़ राहत शिविरों में भीड़",
        "आज 15 लोगों को राहत शिविर में भर्ती कराया गया, प्रशासन ने बताया।",
        "hi",
        "2026-08-22T09:00:00+05:30",
    )
    assert [f for f in flags if f.data.get("signal") == "glossed_relative"] == [], [
        f.reason for f in doc.flags
    ]
