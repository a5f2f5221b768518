"""Two kinds of advert injected into news bodies: forged driving licences
for sale in Vietnamese ("Nhận làm bằng lái xe ... không cần thi", beside a
phone or Zalo number), as forged diplomas were, and an investment with a
profit "guaranteed, no loss" in Thai ("การันตีไม่ขาดทุน", beside a LINE
handle). Pages written for this file (a heatwave, a boat race). Near misses,
no way to write to a seller: a police report on a ring forging licences, an
analyst warning that no investment is guaranteed against loss."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

ADVERTS = {
    "vi": (
        (
            "Nắng nóng gay gắt tại Nghệ An, nhiệt độ vượt 40 độ C\n"
            "Trung tâm khí tượng thủy văn tỉnh cho biết đợt nắng nóng sẽ kéo dài đến hết tuần, "
            "người dân cần hạn chế ra đường vào buổi trưa.\n"
            "Nhận làm bằng lái xe máy A1, ô tô B2 không cần thi, bao đậu 100% - gọi 0987 654 321\n"
            "Các bệnh viện trên địa bàn đã chuẩn bị thêm giường bệnh cho người bị say nắng.\n"
        ),
        "Nhận làm bằng lái",
    ),
    "th": (
        (
            "แข่งเรือยาวประเพณีจังหวัดน่านคึกคัก นักท่องเที่ยวแน่นสองฝั่งน้ำ\n"
            "การแข่งขันเรือยาวประจำปีจัดขึ้นที่แม่น้ำน่าน มีเรือเข้าร่วมกว่า 40 ลำจากหลายอำเภอ\n"
            "ลงทุนหุ้นต่างประเทศ กำไรเดือนละ 20% การันตีไม่ขาดทุน แอดไลน์ @money_now88\n"
            "ผู้ว่าราชการจังหวัดกล่าวว่า งานปีนี้มีผู้ชมมากที่สุดในรอบห้าปี\n"
        ),
        "ลงทุนหุ้นต่างประเทศ",
    ),
}


@pytest.mark.parametrize("lang", sorted(ADVERTS))
def test_the_advert_is_spam(lang):
    text, anchor = ADVERTS[lang]
    doc = flagged(text, labels={0: "title"})
    found = kinds(doc, "spam")
    assert found, [f.reason for f in doc.flags]
    assert any(text.find(anchor) >= f.start and text.find(anchor) < f.end for f in found)


NEAR_MISSES = {
    "vi": (
        "Triệt phá đường dây làm bằng lái xe giả, bắt giữ 5 đối tượng\n"
        "Công an tỉnh cho biết các đối tượng đã làm bằng lái xe giả cho hơn 300 người "
        "với giá từ 5 đến 12 triệu đồng mỗi bằng.\n"
        "Vụ án đang được mở rộng điều tra.\n"
    ),
    "th": (
        "นักวิเคราะห์เตือนนักลงทุนระวังแชร์ลูกโซ่ช่วงปลายปี\n"
        "นักวิเคราะห์กล่าวว่า ไม่มีการลงทุนใดที่การันตีไม่ขาดทุน ผู้ที่อ้างเช่นนั้นมักเป็นมิจฉาชีพ\n"
        "ตลาดหลักทรัพย์แนะนำให้ตรวจสอบรายชื่อบริษัทที่ได้รับอนุญาตก่อนลงทุนทุกครั้ง\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(NEAR_MISSES))
def test_news_about_such_schemes_is_not_spam(lang):
    doc = flagged(NEAR_MISSES[lang], labels={0: "title"})
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
