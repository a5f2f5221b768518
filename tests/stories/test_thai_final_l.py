"""Thai says a final ล as n, and royin writes n, where a foreign name has
its l ("โชลซ์", Scholz; "อัลบาเนซี", Albanese): a name is also read with
its final ล as l. Invented sentences; the names are common Thai renderings,
read without any table of names."""

from __future__ import annotations

import pytest

from newsline.stories.anchors import latin_names, thai_features
from newsline.wordseg import romanize_thai_name


@pytest.mark.parametrize(
    ("th", "latin"),
    [
        ("นายกรัฐมนตรีเยอรมนี โอลาฟ โชลซ์ กล่าวเมื่อวันอังคาร", "Chancellor Olaf Scholz said."),
        ("นายกรัฐมนตรีออสเตรเลีย แอนโทนี อัลบาเนซี กล่าวว่า", "Prime Minister Albanese said."),
        ("นายราฟาเอล กรอสซี ผู้อำนวยการ กล่าว", "Director Rafael Grossi said."),
    ],
)
def test_a_final_l_meets_the_latin_l(th, latin):
    thai = {f for f, _ in thai_features(th)[0]}
    en = {f for f, _ in latin_names(latin, "en") if f.startswith("k:")}
    assert thai & en - {"k:kls", "k:ntn"}  # a name with its l, not another word


@pytest.mark.parametrize("th", ["คลอง", "ปลา", "กล้า", "เปลี่ยน", "โลก"])
def test_an_l_opening_a_syllable_has_no_second_reading(th):
    assert len(romanize_thai_name(th)) == 1
