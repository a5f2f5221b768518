"""A review's or a guide's practical-information box right under its last
paragraph ("Address: 12 Harbour Street", "Phone: …", "Opening hours: …") is
the article's: its address and phone were read as the publisher's imprint
printed a field a line (footer) and its hours as a related headline. Told by
position (right under the last paragraph) and content (one label at least
that names the place's hours, prices or booking, none naming a publisher).
Pages written for this test in an English city guide's, a Vietnamese food
blog's and a Spanish paper's styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

BOXES = {
    "en": [
        "Address: 12 Harbour Street, Bristol",
        "Phone: 0117 496 0000",
        "Opening hours: Tuesday to Sunday, noon to 10pm",
    ],
    "vi": [
        "Địa chỉ: 45 Đường Nguyễn Huệ, Quận 1",
        "Giờ mở cửa: 7h - 22h hằng ngày",
        "Giá: 50.000 - 120.000 đồng/món",
    ],
    "es": [
        "Dirección: Calle Mayor 12, Zaragoza",
        "Horario: de martes a domingo, de 13.00 a 23.00",
        "Precio medio: 35 euros",
    ],
}


@pytest.mark.parametrize("lang", sorted(BOXES))
def test_a_venue_box_under_the_review_is_the_articles(lang):
    lines = [*BODY[lang], *BOXES[lang], "Copyright © 2026"]
    got = classify_lines(lines)
    for line in BOXES[lang]:
        assert got[line][0] == "body", (line, got[line])
    assert got["Copyright © 2026"][0] == "footer"


def test_a_publishers_imprint_stays_footer():
    imprint = [
        "Publisher: Harbour Media Ltd",
        "Address: 1 Quay Road, Bristol",
        "Phone: 0117 496 0100",
    ]
    got = classify_lines([*BODY["en"], *imprint, "Copyright © 2026"])
    for line in imprint:
        assert got[line][0] == "footer", (line, got[line])


def test_contact_fields_alone_stay_footer():
    # address and phone alone name no place's hours or prices: the publisher's
    lines = ["Địa chỉ: 12 Đường Lê Lợi, Quận 1", "Điện thoại: 028 3822 1234"]
    got = classify_lines([*BODY["vi"], *lines, "Bản quyền thuộc về Báo Thành Phố"])
    for line in lines:
        assert got[line][0] == "footer", (line, got[line])
