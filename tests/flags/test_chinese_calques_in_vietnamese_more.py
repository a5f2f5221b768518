"""Chinese news prose read syllable by syllable into Vietnamese, in turns
heldout12's z20 showed the table lacked: 启动应急预案 as "khởi động (dự án)
ứng cấp", 安全转移 as "chuyển di an toàn", 进一步调查 as "tiến thêm một bước
điều tra", 人员伤亡 as "nhân viên thương vong". Two make a page machine
translation. Texts written for this file about a fire; the same news in
natural Vietnamese stays clean."""

from __future__ import annotations

from tests.flags.helpers import flagged, kinds


def test_two_chinese_calques_make_a_machine_translation():
    text = (
        "Ngày 3 tháng 9, một nhà xưởng tại thành phố Đông Quan xảy ra hỏa hoạn, cơ quan chức năng lập tức khởi động ứng cấp.\n"
        "Hơn 300 công nhân đã được chuyển di an toàn, hiện trường không có nhân viên thương vong.\n"
        "Nguyên nhân vụ cháy đang tiến thêm một bước điều tra.\n"
    )
    doc = flagged(text)
    assert kinds(doc, "machine_translation"), [f.reason for f in doc.flags]


def test_the_same_news_in_natural_vietnamese_stays_clean():
    text = (
        "Ngày 3/9, một nhà xưởng tại thành phố Đông Quan (Trung Quốc) bốc cháy, lực lượng chức năng đã kích hoạt phương án ứng phó khẩn cấp.\n"
        "Hơn 300 công nhân được di dời an toàn, vụ cháy không gây thương vong về người.\n"
        "Nguyên nhân vụ cháy đang được tiếp tục điều tra.\n"
    )
    doc = flagged(text)
    assert not kinds(doc, "machine_translation"), [f.reason for f in doc.flags]
