"""Keyword-stuffed SEO blocks in the forms farms use beyond commas: behind a
list label ("Từ khóa:"), separated by spaced dashes, or, in Thai, by bare
spaces with the head keyword opening every phrase. Lists of different things
stay unflagged. Written for this file; each positive case failed before."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

VI = (
    "Giá xăng trong nước chiều nay giảm 450 đồng mỗi lít, xuống còn 20.960 đồng, theo thông "
    "báo của liên bộ sau kỳ điều hành giá định kỳ.\n"
    "Các doanh nghiệp đầu mối cho biết nguồn cung vẫn ổn định và giá có thể tiếp tục giảm "
    "trong kỳ điều chỉnh tới nếu giá dầu thế giới đi xuống.\n"
)
TH = (
    "กระทรวงพลังงานประกาศลดราคาน้ำมันดีเซลลง 50 สตางค์ต่อลิตร มีผลตั้งแต่เช้าวันพรุ่งนี้ "
    "ตามราคาน้ำมันในตลาดโลกที่ปรับตัวลดลงต่อเนื่อง\n"
    "ผู้ค้าน้ำมันรายใหญ่ระบุว่าปริมาณสำรองยังเพียงพอ และอาจปรับลดราคาลงอีกหากราคาตลาดโลกยังลดลง\n"
)


@pytest.mark.parametrize(
    "page, block",
    [
        (
            VI,
            (
                "Từ khóa: giá xăng hôm nay, giá xăng ron 95, giá xăng e5, giá xăng mới nhất, "
                "giá xăng dầu, giá xăng tăng, giá xăng giảm, giá xăng ngày mai"
            ),
        ),
        (
            VI,
            (
                "giá xăng hôm nay - giá xăng ron 95 - giá xăng e5 - giá xăng mới nhất - giá xăng dầu "
                "- giá xăng tăng - giá xăng giảm - giá xăng ngày mai"
            ),
        ),
        (
            TH,
            (
                "ราคาน้ำมันวันนี้ ราคาน้ำมันดีเซล ราคาน้ำมันล่าสุด ราคาน้ำมันพรุ่งนี้ ราคาน้ำมันย้อนหลัง "
                "ราคาน้ำมันโลก ราคาน้ำมันเบนซิน ราคาน้ำมันถูก"
            ),
        ),
    ],
)
def test_stuffed_keyword_lists_in_other_layouts_are_a_farm_signal(page, block):
    doc = flagged(page + block + "\n")
    got = kinds(doc, "content_farm", signal="keyword_stuffing")
    assert got and span(doc, got[0]) == block, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "page, block",
    [
        (
            VI,
            (
                "Từ khóa: giá xăng, năng lượng, kinh tế, thị trường, dầu thô, lạm phát, doanh nghiệp, "
                "tiêu dùng"
            ),
        ),
        (
            VI,
            "Hà Nội - Hải Phòng - Quảng Ninh - Nam Định - Thái Bình - Ninh Bình - Hà Nam - Hưng Yên",
        ),
        (TH, "แท็ก: น้ำมัน พลังงาน เศรษฐกิจ ตลาดโลก ดีเซล เงินเฟ้อ ผู้บริโภค ราคาสินค้า"),
    ],
)
def test_tag_lists_of_different_things_are_not_stuffing(page, block):
    doc = flagged(page + block + "\n")
    assert kinds(doc, "content_farm") == [], [f.reason for f in doc.flags]
