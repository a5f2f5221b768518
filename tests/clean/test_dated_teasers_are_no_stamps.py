"""Items of a list of other stories that close on their date ("相关新闻",
then "我市启动…工程2025-03-20") are teasers, not the page's publish stamp: a
headline stands before the date, and the item stands beside another such
item or under the list's heading. The page's own stamp (a date with a name
or a label at most, alone) stays metadata. Pages written for this test, in
other sites' styles and languages."""

from __future__ import annotations

import pytest

from .helpers import BODY_EN, BODY_ES, BODY_JA, BODY_VI, BODY_ZH, classify_lines

ZH_ITEMS = [
    "市图书馆新馆将于五月正式对外开放2025-03-18",
    "社区食堂试点工作取得阶段性成效2025-02-27",
    "城西新建三座口袋公园方便居民休闲2025-01-15",
]
JA_ITEMS = [
    "市立図書館の新館、5月に開館へ 2025/03/18",
    "地域食堂の試行、利用者が倍増 2025/02/27",
]
VI_ITEMS = [
    "Thư viện thành phố mở cửa khu đọc sách mới cho thiếu nhi 18/03/2025",
    "Quận Ba khánh thành ba công viên nhỏ phục vụ người dân 27/02/2025",
]
ES_ITEMS = [
    "La biblioteca municipal abrirá su nueva sala infantil en mayo 18/03/2025",
    "El barrio norte estrena tres pequeños parques para los vecinos 27/02/2025",
]
EN_ITEMS = [
    "City library to open a new reading room for children in May 2025-03-18",
    "North district opens three small parks for residents 2025-02-27",
]


@pytest.mark.parametrize(
    ("head", "body", "heading", "items"),
    [
        (
            ["市政府推进公园改造工程", "2025-04-08 09:42 来源：城市日报"],
            BODY_ZH,
            "相关新闻",
            ZH_ITEMS,
        ),
        (["公園改修工事、来月着工へ", "2025年4月8日 9時42分"], BODY_JA, "関連記事", JA_ITEMS),
        (
            ["Thành phố cải tạo công viên trung tâm", "08/04/2025 09:42"],
            BODY_VI,
            "Tin liên quan",
            VI_ITEMS,
        ),
        (
            ["El ayuntamiento renovará el parque central", "08/04/2025 09:42"],
            BODY_ES,
            "Noticias relacionadas",
            ES_ITEMS,
        ),
        (
            ["City to renovate its central park", "08/04/2025 09:42"],
            BODY_EN,
            "Related stories",
            EN_ITEMS,
        ),
    ],
)
def test_dated_list_items_are_related_not_stamps(head, body, heading, items):
    lines = [*head, *body, heading, *items, "© 2025 Example Media. All rights reserved."]
    got = classify_lines(lines)
    for item in items:
        assert got[item][0] == "related", (item, got[item])
    # the page's own stamp under the headline stays one
    assert got[head[1]][0] == "metadata", got[head[1]]


def test_one_dated_item_under_its_heading_is_related():
    lines = ["市政府推进公园改造工程", *BODY_ZH, "延伸阅读", ZH_ITEMS[0], "关于我们 | 联系我们"]
    got = classify_lines(lines)
    assert got[ZH_ITEMS[0]][0] == "related", got[ZH_ITEMS[0]]


@pytest.mark.parametrize(
    "stamp",
    [
        "城市日报 2025-04-08",
        "2025年4月8日 星期二",
        "本报记者 王小明 2025-04-08",
        "2025/04/08 09:42 配信",
    ],
)
def test_a_lone_stamp_stays_metadata(stamp):
    # a date with a name or a label at most, alone under the headline
    lines = ["市政府推进公园改造工程", stamp, *BODY_ZH]
    got = classify_lines(lines)
    assert got[stamp][0] in ("metadata", "byline"), (stamp, got[stamp])


@pytest.mark.parametrize(
    "address", ["Số 12/3 phố Hàng Bài, quận Hoàn Kiếm, Hà Nội", "12/3 Nguyễn Huệ, Quận 1"]
)
def test_an_address_beside_the_footer_stays_footer(address):
    # a house number written "12/3" is no closing date of a headline
    lines = [
        "Thành phố cải tạo công viên trung tâm",
        *BODY_VI,
        "© 2025 Báo Mẫu. Bảo lưu mọi quyền.",
        address,
    ]
    got = classify_lines(lines)
    assert got[address][0] == "footer", got[address]
