"""The site's legal line right under a list of other stories ("Giấy phép số
…/GP-BTTTT", "등록번호 … 발행인 …") was read as one more teaser of the
list (heldout13's e08, f14, f18): a copyright cue with a number or the ©
sign ends the list and is the page's footer. A teaser whose headline only
mentions copyright stays in the list. Pages written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY_KO, BODY_VI, classify_lines


@pytest.mark.parametrize(
    ("body", "heading", "teasers", "legal"),
    [
        (
            BODY_VI,
            "Tin cùng chuyên mục",
            ["Hà Nội mở thêm ba tuyến buýt điện", "Giá xăng giảm lần thứ ba liên tiếp"],
            "Tạp chí Phố Núi - Giấy phép số 112/GP-BTTTT. Tổng biên tập: Trần Văn Hùng.",
        ),
        (
            BODY_KO,
            "관련기사",
            ["대구 지하철 3호선 연장 확정", "제주 감귤 수확 시작…작년보다 늦어"],
            "동해신문 | 강원도 강릉시 경강로 00 | 등록번호 강원 아00012 | 발행인 이수진 | 편집인 최민호",
        ),
    ],
)
def test_the_legal_line_under_a_related_list_is_footer(body, heading, teasers, legal):
    got = classify_lines(["A headline about the city park", *body, heading, *teasers, legal])
    assert got[legal][0] == "footer", got[legal]
    assert all(got[t][0] == "related" for t in teasers), [got[t] for t in teasers]
    assert all(got[p][0] == "body" for p in body)


def test_a_teaser_about_copyright_stays_in_the_list():
    teasers = [
        "Ca sĩ trẻ bị tố vi phạm bản quyền bài hát",
        "Hà Nội mở thêm ba tuyến buýt điện",
        "Giá xăng giảm lần thứ ba liên tiếp",
    ]
    got = classify_lines(["Tiêu đề bài báo về công viên", *BODY_VI, "Tin liên quan", *teasers])
    assert all(got[t][0] == "related" for t in teasers), [got[t] for t in teasers]
