"""A photo gallery's counter whose caption word carries an ordinal ("ภาพที่
1/5", picture No. 1 of 5; "Ảnh số 2/4"): a counter, not a date stamp ("1/5"
reads as the 1st of May). The Thai word ends on a combining mark, which the
counter's pattern did not let a word end on, and the ordinal joined to the
cue ("ภาพ" + "ที่") put the cue's end before the word's (heldout11's b19).
The captions between such counters are then the gallery's captions.

Pages written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY_TH, BODY_VI, classify_lines


@pytest.mark.parametrize(
    ("body", "counters", "captions"),
    [
        (
            BODY_TH,
            ["ภาพที่ 1/3", "ภาพที่ 2/3", "ภาพที่ 3/3"],
            [
                "ชาวบ้านช่วยกันขนกระสอบทรายขึ้นรถบรรทุกที่ลานวัด",
                "เจ้าหน้าที่ตรวจระดับน้ำที่สะพานข้ามแม่น้ำช่วงเช้า",
                "เด็กนักเรียนเดินลุยน้ำกลับบ้านหลังเลิกเรียน",
            ],
        ),
        (
            BODY_VI,
            ["Ảnh số 1/3", "Ảnh số 2/3", "Ảnh số 3/3"],
            [
                "Người dân khuân bao cát lên xe tải ở sân đình",
                "Cán bộ đo mực nước ở chân cầu sáng sớm",
                "Học sinh lội nước về nhà sau giờ tan trường",
            ],
        ),
    ],
)
def test_counters_with_an_ordinal_frame_the_gallery_captions(body, counters, captions):
    lines = [body[0], body[1]]
    for counter, caption in zip(counters, captions):
        lines += [counter, caption]
    lines += [body[2], body[3]]
    got = classify_lines(lines)
    assert [got[c][0] for c in counters] == ["navigation"] * 3, [got[c] for c in counters]
    assert [got[c][0] for c in captions] == ["caption"] * 3, [got[c] for c in captions]
    assert all(got[p][0] == "body" for p in body)


def test_a_date_after_a_long_word_is_no_counter():
    # "ảnh hưởng" (influence) opens with the caption cue but is another word
    line = "Ảnh hưởng 1/5"
    got = classify_lines([BODY_VI[0], BODY_VI[1], line, BODY_VI[2], BODY_VI[3]])
    assert "gallery counter" not in " ".join(got[line][1])
