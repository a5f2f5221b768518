"""A keyword-stuffed block in Vietnamese whose search phrases run past five
written words: Vietnamese writes a word as syllables, so "giá vàng SJC hôm
nay mới nhất" is a short search phrase of seven syllables. Such a list is a
farm's SEO block (content_farm:keyword_stuffing) as its English twin is.
Lists of different things, and a list of headlines, stay unflagged. Written
for this file (other topics and layouts than the held-out set); the stuffed
case failed before the change."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

VI = (
    "Giá vàng miếng chiều nay tăng thêm 300.000 đồng mỗi lượng so với sáng, lên mức cao nhất "
    "trong một tháng, theo bảng giá của các doanh nghiệp kinh doanh vàng lớn.\n"
    "Chênh lệch giữa giá mua và giá bán được giữ ở mức 2 triệu đồng mỗi lượng, khiến người mua "
    "vào lúc này chịu thiệt nếu bán lại ngay trong ngày.\n"
)
STUFFED = (
    "Tags: giá vàng hôm nay, giá vàng SJC hôm nay mới nhất, giá vàng 9999 hôm nay bao nhiêu, "
    "giá vàng nhẫn hôm nay, giá vàng tăng hay giảm, giá vàng thế giới hôm nay mới nhất, "
    "giá vàng ngày mai, giá vàng online trực tuyến hôm nay"
)


def test_vietnamese_stuffed_phrases_of_many_syllables_are_a_farm_signal() -> None:
    doc = flagged(VI + STUFFED + "\n")
    got = kinds(doc, "content_farm", signal="keyword_stuffing")
    assert got and span(doc, got[0]) == STUFFED, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "block",
    [
        # topics of the story, each a different thing
        (
            "Tags: giá vàng miếng, ngân hàng nhà nước, thị trường tài chính quốc tế, lãi suất huy "
            "động kỳ hạn dài, tỷ giá đô la Mỹ, doanh nghiệp kinh doanh vàng bạc, người tiêu dùng, "
            "chính sách tiền tệ"
        ),
        # headlines of other stories, one line
        (
            "Xem thêm: Ngân hàng giảm lãi suất cho vay mua nhà từ tháng sau, Giá xăng giảm lần thứ "
            "ba liên tiếp trong tháng, Xuất khẩu gạo lập kỷ lục mới nhờ giá cao, Hà Nội mở thêm tuyến "
            "buýt điện đến sân bay Nội Bài, Giá thịt lợn tăng mạnh trước dịp lễ, Du lịch hè năm nay "
            "đông khách nội địa, Chứng khoán đảo chiều tăng điểm phiên cuối tuần, Giá điện sinh hoạt "
            "có thể tăng từ tháng tới"
        ),
    ],
)
def test_vietnamese_lists_of_different_things_are_not_stuffing(block: str) -> None:
    doc = flagged(VI + block + "\n")
    assert kinds(doc, "content_farm") == [], [f.reason for f in doc.flags]
