"""Thai ends no sentence with a full stop: a dot after Thai letters closes an
abbreviation ('พ.ศ.', 'ก.พ.', 'พล.อ.', 'ครม.'). A long Thai headline ending on
one ('… ให้ที่ประชุม ครม.') was read as a paragraph ending a sentence, so the
title search stopped at it and the page had no title. Pages written for this
test."""

from __future__ import annotations

import pytest

from newsline.clean.features import line_features

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    "headline",
    [
        "กระทรวงคมนาคมเตรียมเสนอโครงการรถไฟฟ้าสายสีเขียวส่วนต่อขยายใหม่ให้ที่ประชุม ครม.",
        "ผู้ว่าราชการกรุงเทพมหานครเปิดสวนสาธารณะแห่งใหม่ย่านบางนาอย่างเป็นทางการ 14 มี.ค.",
    ],
)
def test_a_headline_ending_on_an_abbreviation_is_the_title(headline):
    got = classify_lines(["ข่าวการเมือง", headline, "วันที่ 14 มี.ค. 2569 เวลา 09.30 น.", *BODY["th"]])
    assert got[headline][0] == "title", got[headline]
    assert all(got[p][0] == "body" for p in BODY["th"])


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("งบประมาณของกรุงเทพมหานครในปี พ.ศ.", False),
        ("ด้าน พล.อ.", False),
        ("The budget was approved in Feb.", True),  # a Latin dot still ends it
        ("ประชาชนถามว่าจะเปิดเมื่อไร?", True),
    ],
)
def test_a_thai_abbreviations_dot_ends_no_sentence(line, ends):
    assert line_features(0, line).ends_sentence is ends
