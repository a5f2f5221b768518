"""A Thai sentence opening with "ส่วน" before a place word ("ส่วนในตัวเมือง...",
"ส่วนบนทางด่วน...", "as for, in the town / on the expressway ...") turns to
another topic: on its page's day it tells another happening, as "Separately,"
does (held-out story17: a port's reopening and, "ส่วนบนทางหลวง ... ในเมือง
เดอร์บัน", a minibus crash the same day in the same city were merged as one
happening). "ส่วนใหญ่" (most) and "ส่วนหนึ่ง" (a part) open no such turn.
Sentences written for these tests, on other happenings."""

from __future__ import annotations

import pytest

from newsline.events.merge import _told_as_another_happening, merge_records

from .records import event_record

DAY = "2031-08-04"


@pytest.mark.parametrize(
    "quote",
    [
        "ส่วนในตัวเมืองเชียงราย เกิดเหตุไฟไหม้ตลาดสดเมื่อวันจันทร์",
        "ส่วนบนทางด่วนสายบูรพาวิถี รถบรรทุกชนกับรถตู้เมื่อวันจันทร์ มีผู้บาดเจ็บ 6 ราย",
        "ส่วนทางด้านกรุงเวียงจันทน์ ทางการลาวประกาศปิดด่านเมื่อวันจันทร์",
        "ส่วนกรณีรถไฟตกราง การรถไฟฯ ตั้งคณะกรรมการสอบสวนแล้ว",
    ],
)
def test_as_for_before_a_place_word_tells_another_happening(quote):
    assert _told_as_another_happening(event_record("t", quote, DAY, "th"))


@pytest.mark.parametrize(
    "quote",
    [
        "ส่วนใหญ่ของผู้ประสบภัยได้รับการอพยพเมื่อวันจันทร์",
        "ส่วนหนึ่งของสะพานพังลงเมื่อวันจันทร์",
    ],
)
def test_most_and_a_part_are_no_turn(quote):
    assert not _told_as_another_happening(event_record("t", quote, DAY, "th"))


def test_a_pages_turn_to_another_happening_stays_apart_from_its_day():
    # a dam's gates opened in Chiang Rai and, as for the town, a market fire
    # the same day; an English page on the fire shares only Chiang Rai
    t1 = event_record(
        "th", "เขื่อนในจังหวัดเชียงรายเปิดประตูระบายน้ำเมื่อวันจันทร์ที่ 4 ส.ค.", DAY, "th",
        published=DAY,
    )
    t2 = event_record(
        "th", "ส่วนในตัวเมืองเชียงราย เกิดเหตุไฟไหม้ตลาดสดเมื่อวันจันทร์", DAY, "th",
        start=80, published=DAY,
    )
    events = merge_records([t1, t2])
    ids = {s["start"]: k for k, e in enumerate(events) for s in e["sources"]}
    assert ids[0] != ids[80]


@pytest.mark.parametrize(
    "quote",
    [
        # "the upper part of the roof", "the front part of the building", "the
        # inner part of the tunnel": a part of a thing, no turn of topic
        "ส่วนบนของหลังคาพังถล่มลงมาเมื่อวันจันทร์",
        "ส่วนด้านหน้าของอาคารได้รับความเสียหายเมื่อวันจันทร์",
        "ส่วนในของอุโมงค์ถูกน้ำท่วมเมื่อวันจันทร์",
        "ส่วนบนสุดของเสาไฟฟ้าหักโค่นเมื่อวันจันทร์",
    ],
)
def test_a_part_of_a_thing_is_no_turn(quote):
    assert not _told_as_another_happening(event_record("t", quote, DAY, "th"))
