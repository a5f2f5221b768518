"""A Vietnamese paper's legal footer names its governing body and licence
("Cơ quan chủ quản: ...", "Giấy phép số ..."); ending on "© Paper" does not
make it a photo caption with a credit."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize(
    "line",
    [
        "Cơ quan chủ quản: Hội Y học. Tổng biên tập: Nguyễn Văn An. © Báo Sức Khỏe Cộng Đồng",
        "Giấy phép số 123/GP-BTTTT cấp ngày 5/3/2020. © Báo Thành Phố",
    ],
)
def test_legal_footer_closing_on_a_copyright_is_a_footer(line):
    out = classify_lines([*BODY["vi"], line])
    assert out[line][0] == "footer", out[line]


def test_caption_closing_on_a_credit_stays_a_caption():
    line = "Nhân viên y tế phun thuốc diệt muỗi tại khu dân cư. © Thanh Tùng"
    out = classify_lines([*BODY["vi"][:2], line, *BODY["vi"][2:]])
    assert out[line][0] == "caption", out[line]
