"""Sentences split only where a caller reads them (``split_sentences(need=...)``).

The events read the sentence of each date and no other; a Thai line's
sentences are found by tagging every word of it, left to right. With
``need`` a line without a wanted offset is not split and a Thai line is
walked no further than the sentence of its last wanted offset -- and the
sentence holding each wanted offset must be exactly the one the whole walk
gives. Texts are invented (a provincial flood report, a football transfer,
a court verdict, mixed Thai and Latin script, one long line with no space).
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.events import ExtractEvents, split_sentences
from newsline.model import Document

FLOOD = (
    "เมื่อวันที่ 4 สิงหาคม 2568 นายประเสริฐ วงศ์ทอง ผู้ว่าราชการจังหวัดแพร่ "
    "สั่งอพยพชาวบ้านริมแม่น้ำยมกว่าสามร้อยครัวเรือน "
    "กรมอุตุนิยมวิทยาเตือนว่าฝนจะตกหนักต่อเนื่องไปอีกสามวัน "
    "ขณะที่โรงเรียนในอำเภอเมืองปิดการเรียนการสอนตั้งแต่วันที่ 5 ส.ค. 68 "
    "ชาวบ้านหลายรายขนย้ายทรัพย์สินขึ้นที่สูงตั้งแต่เช้ามืด "
    "เจ้าหน้าที่กู้ภัยตั้งจุดรับบริจาคอาหารและน้ำดื่มที่ศาลากลางจังหวัด"
)
TRANSFER = (
    "สโมสรฟุตบอลบุรีรัมย์ ยูไนเต็ด ประกาศเซ็นสัญญากับกองหน้าชาวบราซิล Lucas Ferreira "
    "เป็นเวลาสามปีเมื่อ 12 ม.ค. 2569 "
    "ผู้จัดการทีมกล่าวว่านักเตะรายนี้จะลงเล่นนัดแรกในเดือนหน้า "
    "แฟนบอลจำนวนมากแสดงความยินดีผ่านสื่อสังคมออนไลน์"
)
VERDICT = (
    "ศาลอาญาพิพากษาจำคุกอดีตผู้บริหารบริษัทพลังงานเป็นเวลาห้าปีในคดีฉ้อโกงประชาชน\n"
    "ทนายความของจำเลยแถลงว่าจะยื่นอุทธรณ์ภายในสามสิบวัน "
    "คดีนี้เริ่มพิจารณาครั้งแรกเมื่อวันที่ 20 ก.ย. 2566 "
    "ผู้เสียหายกว่าสองพันรายเดินทางมาฟังคำพิพากษาที่หน้าศาล\n"
    "สำนักงานอัยการสูงสุดยังไม่ได้ให้ความเห็นเพิ่มเติม"
)
# one line of Thai with no space at all: one sentence, whatever is wanted
UNSPACED = "คณะกรรมการการเลือกตั้งประกาศผลการนับคะแนนอย่างเป็นทางการ" * 20


def _holding(spans, p):
    return next(((s, e) for s, e in spans if s <= p < e), None)


@pytest.mark.parametrize(
    "text", [FLOOD, TRANSFER, VERDICT, UNSPACED], ids=["flood", "transfer", "verdict", "unspaced"]
)
def test_the_sentence_of_a_wanted_offset_is_the_whole_walks(text):
    full = split_sentences(text, 0, len(text), "th")
    for p in range(0, len(text), 7):
        got = split_sentences(text, 0, len(text), "th", need=[p])
        assert _holding(got, p) == _holding(full, p), p
        assert set(got) <= set(full)


def test_the_walk_stops_after_the_last_wanted_sentence():
    full = split_sentences(FLOOD, 0, len(FLOOD), "th")
    assert len(full) >= 3, [FLOOD[s:e] for s, e in full]
    p = FLOOD.index("2568")
    got = split_sentences(FLOOD, 0, len(FLOOD), "th", need=[p])
    # the date's sentence is the first: the rest of the line is never tagged
    assert got == full[: full.index(_holding(full, p)) + 1]


def test_lines_without_a_wanted_offset_are_not_split():
    p = VERDICT.index("20 ก.ย.")
    got = split_sentences(VERDICT, 0, len(VERDICT), "th", need=[p])
    first_nl, last_nl = VERDICT.index("\n"), VERDICT.rindex("\n")
    assert got and all(first_nl < s < last_nl for s, _ in got)
    assert _holding(got, p) == _holding(split_sentences(VERDICT, 0, len(VERDICT), "th"), p)


def test_several_wanted_offsets_keep_their_sentences():
    full = split_sentences(FLOOD, 0, len(FLOOD), "th")
    need = [FLOOD.index("2568"), FLOOD.index("5 ส.ค.")]
    got = split_sentences(FLOOD, 0, len(FLOOD), "th", need=need)
    for p in need:
        assert _holding(got, p) == _holding(full, p)


def test_other_scripts_are_split_whole_on_a_wanted_line():
    vi = "Ngày 3/2/2025, ông Nguyễn Văn An đến Hà Nội. Ông gặp bộ trưởng. Sau đó ông về."
    zh = "2025年3月2日，王明华抵达北京。他会见了部长。随后他返回上海。"
    for text, lang in ((vi, "vi"), (zh, "zh")):
        full = split_sentences(text, 0, len(text), lang)
        assert split_sentences(text, 0, len(text), lang, need=[0]) == full


def _events(text, lang):
    doc = Document(id="d", source="s", text=text, lang=lang, published="2026-01-15")
    stats = Counter()
    ResolveDates()([doc], stats)
    ExtractEvents()([doc], stats)
    return [(text[e.start : e.end], e.date) for e in doc.events]


def test_thai_events_keep_their_sentences():
    # pinned on the code before the change (it gives the same): each date's
    # sentence, a second date read in it ("เดือนหน้า", next month) included
    transfer = TRANSFER.rsplit(" ", 1)[0]
    assert _events(TRANSFER, "th") == [(transfer, "2026-01-12"), (transfer, "2026-02")]
    assert _events(VERDICT, "th") == [("คดีนี้เริ่มพิจารณาครั้งแรกเมื่อวันที่ 20 ก.ย. 2566", "2023-09-20")]
    assert _events(FLOOD, "th") == [
        (
            (
                "เมื่อวันที่ 4 สิงหาคม 2568 นายประเสริฐ วงศ์ทอง ผู้ว่าราชการจังหวัดแพร่ "
                "สั่งอพยพชาวบ้านริมแม่น้ำยมกว่าสามร้อยครัวเรือน"
            ),
            "2025-08-04",
        ),
        (
            (
                "กรมอุตุนิยมวิทยาเตือนว่าฝนจะตกหนักต่อเนื่องไปอีกสามวัน "
                "ขณะที่โรงเรียนในอำเภอเมืองปิดการเรียนการสอนตั้งแต่วันที่ 5 ส.ค. 68"
            ),
            "2025-08-05",
        ),
    ]


def test_a_long_line_is_walked_only_to_the_wanted_sentence():
    # 100k characters of Thai on one line, the date in its first sentence:
    # the span is the short page's, and only that sentence is walked (the
    # whole line's tagging would take seconds)
    long_line = FLOOD + (" " + FLOOD) * (100_000 // len(FLOOD))
    assert len(long_line) > 100_000
    p = FLOOD.index("2568")
    want = _holding(split_sentences(FLOOD, 0, len(FLOOD), "th"), p)
    got = split_sentences(long_line, 0, len(long_line), "th", need=[p])
    assert got == [want]
