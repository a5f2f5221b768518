"""A Turkish name's case ending after an apostrophe is no part of the name.

Seen on a signing told in Turkish and English (sentences written for these
tests): Turkish writes a proper noun's case ending after an apostrophe
("Ankara'da", in Ankara; "Santoso'yla", with Santoso), and those words were
the names: "ankara'da" never met "Ankara" of another page once names of
Latin-script pages are compared as spellings, and "Haziran'da" (in June)
was a name rather than a month.
"""

from __future__ import annotations

from newsline.events.anchors import sentence_anchors
from newsline.events.merge import merge_records

from .records import event_record


def test_the_name_is_what_comes_before_the_apostrophe():
    a = sentence_anchors(
        "Ahmet Yılmaz, 11 Haziran'da Ankara'da Budi Santoso'yla anlaşmayı imzaladı.", "tr"
    )
    assert {"name:ankara", "name:santoso", "name:ahmet"} <= set(a)
    assert not [x for x in a if "'" in x or "haziran" in x]


def test_an_apostrophe_inside_a_name_stays():
    # a capital after the apostrophe is the name's own ("O'Brien"); other
    # languages keep their words as written
    assert "name:o'brien" in sentence_anchors("Bakan, O'Brien ile Ankara'da görüştü.", "tr")
    assert "name:o'brien" in sentence_anchors("The minister met O'Brien in Ankara.", "en")


def test_a_turkish_and_an_english_sentence_meet_on_the_names():
    day = "2025-06-11"
    recs = [
        event_record(
            "tr",
            "Bakan dün Ankara'da Santoso'yla anlaşmayı imzaladı.",
            day,
            "tr",
            surface="dün",
            published=day,
        ),
        event_record(
            "en",
            "The minister signed the agreement with Santoso in Ankara on Wednesday.",
            day,
            "en",
            surface="Wednesday",
            published=day,
        ),
        event_record(
            "en",
            "On Wednesday, the central bank in Istanbul held its interest rate.",
            day,
            "en",
            start=200,
            surface="Wednesday",
            published=day,
        ),
    ]
    got = [{(s["doc_id"], s["start"]) for s in e["sources"]} for e in merge_records(recs)]
    assert {("tr", 0), ("en", 0)} in got
    assert {("en", 200)} in got
