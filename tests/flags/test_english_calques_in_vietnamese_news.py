"""English news turns rendered word for word in Vietnamese by a machine:
"on Friday morning" as "trên sáng thứ Sáu" (Vietnamese says "vào"), "it is
important" as "nó là quan trọng", "take weeks" as "lấy nhiều tuần" (Vietnamese
"mất"), "make landfall" as "làm đổ bộ". Two different ones make a
machine_translation flag; idiomatic Vietnamese with "vào sáng thứ Sáu",
"điều quan trọng là", "mất nhiều tuần", or a rank "đứng trên thứ hạng", does
not. Pages written for this file (other stories than the held-out sets);
the translated page failed before the change."""

from __future__ import annotations

from tests.flags.helpers import flagged, kinds

MT = (
    "Cháy rừng lan rộng ở California, hàng chục nghìn người phải rời nhà\n"
    "Đám cháy bùng phát trên sáng thứ Sáu ở phía bắc Los Angeles và đã thiêu rụi hơn 8.000 mẫu "
    "Anh rừng, theo cơ quan phòng cháy của bang.\n"
    "Thống đốc nói rằng nó là quan trọng cho người dân để tuân theo lệnh sơ tán, và việc dập tắt "
    "hoàn toàn đám cháy có thể lấy nhiều tuần.\n"
)
NATIVE = (
    "Cháy rừng lan rộng ở California, hàng chục nghìn người phải rời nhà\n"
    "Đám cháy bùng phát vào sáng thứ Sáu ở phía bắc Los Angeles và đã thiêu rụi hơn 3.000 ha "
    "rừng, theo cơ quan phòng cháy của bang.\n"
    "Thống đốc cho biết điều quan trọng là người dân phải tuân theo lệnh sơ tán, và việc dập tắt "
    "hoàn toàn đám cháy có thể mất nhiều tuần. Bang này đứng trên thứ hạng của nhiều bang khác về "
    "số vụ cháy.\n"
)


def test_english_turns_in_vietnamese_are_machine_translation() -> None:
    doc = flagged(MT)
    got = kinds(doc, "machine_translation", signal="calque")
    assert got and got[0].data["source_language"] == "English", [f.reason for f in doc.flags]


def test_idiomatic_vietnamese_is_not() -> None:
    doc = flagged(NATIVE)
    assert not kinds(doc, "machine_translation"), [f.reason for f in doc.flags]
