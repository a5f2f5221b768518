"""A Vietnamese weekday written with capitals ("Thứ Năm", "Chủ Nhật", a
dateline's "Thứ Hai, 17/11/2025") is two capitalised syllables, and was read
as a Vietnamese name (w:thunam): every page dated a Thursday shared it. A
weekday's two words are no name nor part of one. Invented sentences and
people."""

from __future__ import annotations

import pytest

from newsline.stories.anchors import latin_names, vietnamese_names


def feats(pairs) -> set[str]:
    return {f for f, _ in pairs}


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("Thứ Năm, 20/11/2025\nMưa lớn gây ngập nhiều nơi.", "w:thunam"),
        ("Cập nhật Chủ Nhật, 16/11/2025 08:30", "w:chunhat"),
        ("Hôm Thứ Hai tuần trước, đoàn khảo sát đã đến nơi.", "w:thuhai"),
        ("Hôm Thứ Hai tuần trước, đoàn khảo sát đã đến nơi.", "w:homthuhai"),
    ],
)
def test_a_weekday_is_no_name(text, weekday):
    assert weekday not in feats(vietnamese_names(text))
    assert weekday not in feats(latin_names(text, "vi"))


def test_two_stories_of_one_weekday_share_no_name():
    flood = "Thứ Năm, 20/11/2025\nLũ lớn ở Quảng Ngãi, nhiều nhà bị ngập."
    match = "Thứ Năm, 20/11/2025\nĐội tuyển thắng 2-1 trên sân Mỹ Đình."
    assert not feats(latin_names(flood, "vi")) & feats(latin_names(match, "vi"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hôm qua ông Nguyễn Văn Năm cho biết nước rút chậm.", "w:nguyenvannam"),
        ("Người dân gọi ông là Hai Lúa từ nhiều năm nay.", "w:hailua"),
        ("Vào Thứ Năm, ông Lê Thị Hồng nói.", "w:lethihong"),
    ],
)
def test_names_with_number_syllables_stay(text, name):
    assert name in feats(vietnamese_names(text))
