"""A Vietnamese country name that is a syllable of a person's or place's name
is no place.

"Đức" (Germany) and "Nga" (Russia) are among the commonest Vietnamese given
and middle names ("Nguyễn Đức Hải", "Nguyễn Thị Nga") and open place names
("Đức Phổ"). Vietnamese capitalises every syllable of a name, so a
capitalised syllable next to the country word marks a name; found on
benchmarks/data/stories/heldout1, where a provincial council page got t:DE
from the name of the official it replaced. Invented sentences.
"""

from __future__ import annotations

from newsline.stories.anchors import territories


def codes(text: str) -> list[str]:
    return [c for c, _, _ in territories(text, "vi")]


def test_a_country_syllable_inside_a_name_is_no_place():
    assert codes("Ông Nguyễn Đức Hải được bổ nhiệm làm Giám đốc Sở Y tế.") == []
    assert codes("Theo bà Trần Thị Nga, giá rau đã tăng gấp đôi.") == []
    assert codes("Lũ quét tại thị xã Đức Phổ khiến hai người mất tích.") == []
    assert codes("Kỷ niệm ngày sinh Chủ tịch Tôn Đức Thắng.") == []


def test_near_miss_the_country_itself_stays():
    assert codes("Nga tuyên bố rút quân khỏi khu vực.") == ["RU"]
    assert codes("Tổng thống Nga Vladimir Putin đến Bắc Kinh.") == ["RU"]
    assert codes("Tại Đức, lạm phát tháng 5 giảm.") == ["DE"]
    assert codes("Việt Nam và Đức ký thỏa thuận về lao động.") == ["VN", "DE"]
    assert codes("Quan hệ giữa Việt Nam và CHLB Đức ngày càng sâu rộng.") == ["VN", "DE"]
    assert codes("Đức và Pháp phản đối đề xuất này.") == ["DE", "FR"]
