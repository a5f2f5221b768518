"""A "Most read" box of long headlines just under the page's headline, before
the article ("Most read", "Đọc nhiều nhất", "最多阅读", "Lo más leído" and
three other stories' headlines of thirteen words or more) is related: a list
heading opened a list only after prose, so its items, long enough for prose,
were kept as the article's first paragraphs (or one taken for the title), and
after the article items longer than a short line closed the list. Pages
written for this test in English, Vietnamese, Chinese and Spanish styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

BOXES = {
    "en": (
        "Park renovation to start next month",
        "Most read",
        [
            "Council approves forty kilometres of new cycle lanes along the river after a long debate",
            "Harbour ferry timetable changes from Monday as the operator cuts two evening crossings",
            "Police appeal for witnesses after a lorry overturned on the ring road on Friday night",
        ],
    ),
    "vi": (
        "Công viên trung tâm sẽ được cải tạo từ tháng tới",
        "Đọc nhiều nhất",
        [
            "Hội đồng thành phố phê duyệt bốn mươi km làn xe đạp mới dọc bờ sông sau nhiều tháng tranh luận",
            "Lịch tàu phà thay đổi từ thứ Hai khi nhà khai thác cắt giảm hai chuyến buổi tối",
            "Cảnh sát tìm nhân chứng vụ xe tải lật trên đường vành đai vào tối thứ Sáu",
        ],
    ),
    "zh": (
        "中心公园改造工程下月初动工",
        "最多阅读",
        [
            "市议会批准沿江新建四十公里自行车道，争论持续数月后终于落地",
            "轮渡时刻表下周一起调整，运营方削减两班晚间航次以节省成本",
            "警方寻找周五晚环城路货车侧翻事故的目击者，事故造成交通中断",
        ],
    ),
    "es": (
        "Las obras del parque central empezarán el mes que viene",
        "Lo más leído",
        [
            "El pleno aprueba cuarenta kilómetros de nuevos carriles bici junto al río tras meses de debate",
            "Cambian los horarios del ferri desde el lunes y se suprimen dos travesías por la tarde en invierno",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(BOXES))
def test_a_box_of_long_headlines_under_the_headline_is_related(lang):
    head, heading, items = BOXES[lang]
    got = classify_lines([head, heading, *items, *BODY[lang]])
    assert got[head][0] == "title", got[head]
    assert all(got[t][0] == "related" for t in [heading, *items]), [got[t] for t in items]
    assert all(got[p][0] == "body" for p in BODY[lang]), [got[p] for p in BODY[lang]]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_same_box_after_the_article_is_related(lang):
    head, heading, items = BOXES[lang]
    # items longer than a short line closed the list after the article
    long_items = [
        t + " y otras noticias del día" if lang == "es" else t + " and other news" for t in items
    ]
    got = classify_lines([head, *BODY[lang], heading, *long_items])
    assert all(got[t][0] == "related" for t in long_items), [got[t] for t in long_items]


def test_paragraphs_under_a_list_heading_stay_body():
    # sentences under the heading: the article's paragraphs, not a list
    head, heading, _ = BOXES["en"]
    body = BODY["en"]
    got = classify_lines([head, body[0], body[1], heading, body[2], body[3]])
    assert got[body[2]][0] == "body" and got[body[3]][0] == "body", [got[body[2]], got[body[3]]]
