"""An event's headline leaves out the report's lead-in its quote opens with:
a dateline without an agency ("Quito, 12 jun. – "), a Chinese dispatch line
("新华社北京3月5日电 ", "本报讯 "), a source tag in brackets or a web address
("(Tin Mới) - ", "TINMOI.VN - "). The quoted sentence stays whole. Near
misses keep their words: a sentence that starts with a place and a comma, a
number that is no date, a Chinese "电" that starts a word (电视台), a pair of
names joined by a dash. Sentences written for this test (an invented
minister, invented papers)."""

from __future__ import annotations

import pytest

from newsline.events.merge import merge_records

from .records import event_record


@pytest.mark.parametrize(
    ("quote", "lang", "headline"),
    [
        (
            "Quito, 12 jun. – La ministra Amina Odhiambo dimitió el martes.",
            "es",
            "La ministra Amina Odhiambo dimitió el martes.",
        ),
        (
            "LYON, 3 mars — La ministre Amina Odhiambo a démissionné mardi.",
            "fr",
            "La ministre Amina Odhiambo a démissionné mardi.",
        ),
        (
            "ĐÀ NẴNG, 5/2 - Bộ trưởng Amina Odhiambo đã từ chức hôm thứ Ba.",
            "vi",
            "Bộ trưởng Amina Odhiambo đã từ chức hôm thứ Ba.",
        ),
        (
            "Kisumu, June 12 - Finance minister Amina Odhiambo resigned on Tuesday.",
            "en",
            "Finance minister Amina Odhiambo resigned on Tuesday.",
        ),
        (
            "光明社广州3月5日电（记者 陈立）财政部长奥迪安博周二辞职。",
            "zh",
            "财政部长奥迪安博周二辞职。",
        ),
        ("本报讯 财政部长奥迪安博3月5日辞职。", "zh", "财政部长奥迪安博3月5日辞职。"),
        (
            "(Tin Mới) - Hôm thứ Ba, Bộ trưởng Amina Odhiambo đã từ chức.",
            "vi",
            "Hôm thứ Ba, Bộ trưởng Amina Odhiambo đã từ chức.",
        ),
        (
            "TINMOI.VN - Hôm thứ Ba, Bộ trưởng Amina Odhiambo đã từ chức.",
            "vi",
            "Hôm thứ Ba, Bộ trưởng Amina Odhiambo đã từ chức.",
        ),
    ],
)
def test_the_lead_in_is_left_out_of_the_headline(quote, lang, headline):
    (event,) = merge_records([event_record("d1", quote, "2025-03-04", lang)])
    assert event["text"] == headline
    assert event["sources"][0]["quote"] == quote


@pytest.mark.parametrize(
    ("quote", "lang"),
    [
        ("Paris, la ville lumière, a accueilli le sommet le 4 mars – un record.", "fr"),
        ("Ayer, 5 personas – entre ellas dos niños – murieron en Quito.", "es"),
        ("Le 4 mars, Lyon - la capitale des Gaules - a voté.", "fr"),
        ("广州3月4日电视台播出了财政部长辞职的消息。", "zh"),
        ("NATO - Nhật Bản ký thỏa thuận hôm 4/3.", "vi"),
        ("Kisumu, June 12 - ", "en"),
    ],
)
def test_a_sentence_that_opens_like_a_lead_in_keeps_its_words(quote, lang):
    (event,) = merge_records([event_record("d1", quote, "2025-03-04", lang)])
    assert event["text"] == quote.strip()
