"""Chinese news prose machine-translated into Vietnamese, read character by
character: 相关人员 as "nhân viên tương quan" ("tương quan" is correlation;
Vietnamese writes "liên quan"), 11时许 as "11 giờ hứa" (许 read as "to
promise"), 全面停产 as "toàn diện đình sản" ("đình sản" is sterilisation),
对…进行控制 as "tiến hành khống chế". Two different ones on a page make it a
translation. Pages written for this file about a factory fire and a
landslide (neither about a river). Near misses: one such turn alone; a
Vietnamese report using the words rightly ("mối tương quan", "hứa sẽ",
"đình chỉ sản xuất", "tiến hành kiểm tra")."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

PAGES = {
    "fire": (
        "Nhà máy dệt ở Phật Sơn cháy lớn, 2 người bị thương\n"
        "Sáng ngày 5, khoảng 3 giờ hứa, một nhà máy dệt tại thành phố Phật Sơn, tỉnh Quảng Đông "
        "phát sinh hỏa hoạn, lửa nhanh chóng lan sang kho hàng bên cạnh.\n"
        "Nhân viên tương quan cho biết, nhà máy đã toàn diện đình sản để phối hợp điều tra, "
        "2 công nhân bị thương nhẹ được đưa đi bệnh viện.\n"
    ),
    "landslide": (
        "Sạt lở đất ở Vân Nam, 12 hộ dân phải sơ tán\n"
        "Ngày 18, chính quyền huyện đã tiến hành khống chế đối với tuyến đường tỉnh lộ bị sạt lở, "
        "cấm mọi phương tiện qua lại.\n"
        "Bộ môn tương quan đang khẩn trương đánh giá nguy cơ sạt lở tiếp theo tại khu vực.\n"
    ),
}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_two_chinese_calques_flag_a_vietnamese_page(page):
    doc = flagged(PAGES[page], labels={0: "title"})
    found = kinds(doc, "machine_translation", signal="calque")
    assert found, [f.reason for f in doc.flags]
    assert found[0].data["source_language"] == "Chinese"


NEAR_MISSES = {
    "one turn": (
        "Nhà máy dệt ở Phật Sơn cháy lớn, 2 người bị thương\n"
        "Khoảng 3 giờ hứa sáng ngày 5, một nhà máy dệt tại thành phố Phật Sơn bốc cháy, "
        "lửa nhanh chóng lan sang kho hàng bên cạnh.\n"
        "Cơ quan chức năng cho biết 2 công nhân bị thương nhẹ đã được đưa đi bệnh viện.\n"
    ),
    "native": (
        "Doanh nghiệp dệt may tạm đình chỉ sản xuất sau sự cố cháy kho\n"
        "Công ty đã đình chỉ sản xuất tại phân xưởng số 2 và hứa sẽ bồi thường cho các hộ dân "
        "bị ảnh hưởng; lực lượng chức năng đang tiến hành kiểm tra hiện trường.\n"
        "Các chuyên gia chỉ ra mối tương quan giữa nắng nóng kéo dài và nguy cơ cháy nổ tại "
        "các kho chứa vải sợi.\n"
    ),
}


@pytest.mark.parametrize("page", sorted(NEAR_MISSES))
def test_near_misses_stay_unflagged(page):
    doc = flagged(NEAR_MISSES[page], labels={0: "title"})
    assert not kinds(doc, "machine_translation", signal="calque"), [f.reason for f in doc.flags]
