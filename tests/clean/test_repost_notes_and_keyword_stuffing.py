"""A repost's disclaimer and a stuffed keyword line are not article text.

Seen on the sample corpus's content-farm repost: "声明：本文来源于网络，仅供参考，
如有侵权请联系删除" (this text comes from the internet, for reference only,
contact us to remove it if it infringes) and a line of search phrases joined
by ASCII commas ("湄公河洪水预警,万象协定签署,老挝新闻最新消息,…,东南亚新闻今日
头条。") stayed body -- the second even became a dated event through its
"今日" (today). Every line here is written for this test, in other sites'
styles.
"""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


def page(lang: str, extra: str, where: str = "tail") -> list[str]:
    body = BODY[lang]
    title = {
        "zh": "中心公园改造工程下月动工",
        "vi": "Công viên trung tâm sẽ được cải tạo",
        "en": "Central park renovation to begin next month",
        "th": "เทศบาลเตรียมปรับปรุงสวนสาธารณะกลางเมือง",
        "es": "Las obras del parque central empezarán el próximo mes",
        "fr": "Les travaux du parc central débuteront le mois prochain",
    }[lang]
    if where == "mid":
        return [title, *body[:2], extra, *body[2:]]
    return [title, *body, extra]


REPOST_NOTES = [
    ("zh", "声明：本文来源于网络，仅供参考，如有侵权请联系删除。"),
    ("zh", "本文转载自网络，版权归原作者所有，如有侵权，请联系本站删除。"),
    ("vi", "Bài viết được tổng hợp từ Internet, chỉ mang tính chất tham khảo."),
    (
        "en",
        "This article was collected from the internet for reference only. If it infringes your rights, please contact us to delete it.",
    ),
    ("th", "บทความนี้รวบรวมจากอินเทอร์เน็ต เพื่อเป็นข้อมูลเท่านั้น หากละเมิดลิขสิทธิ์ กรุณาแจ้งลบ"),
    (
        "es",
        "Este contenido fue recopilado de internet solo como referencia; si infringe sus derechos, contáctenos para eliminarlo.",
    ),
    (
        "fr",
        "Cet article provient d'internet et n'est fourni qu'à titre indicatif ; en cas d'atteinte à vos droits, contactez-nous pour le supprimer.",
    ),
]


@pytest.mark.parametrize(("lang", "line"), REPOST_NOTES)
@pytest.mark.parametrize("where", ["mid", "tail"])
def test_a_repost_disclaimer_is_set_aside(lang, line, where):
    label, why = classify_lines(page(lang, line, where))[line]
    assert label == "footer", why
    assert any("repost" in r for r in why), why


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "The figures are for reference only, the ministry said, and final numbers will follow in June.",
        ),
        ("zh", "市政府表示，上述数据仅供参考，最终结果将在六月公布，届时将另行通知市民。"),
        (
            "vi",
            "Theo Sở Xây dựng, các số liệu trên chỉ mang tính chất tham khảo và sẽ được cập nhật vào tháng sau.",
        ),
    ],
)
def test_prose_that_says_for_reference_only_stays_body(lang, line):
    label, why = classify_lines(page(lang, line, "mid"))[line]
    assert label == "body", why


KEYWORD_LINES = [
    (
        "zh",
        "公园改造最新消息,中心公园施工,儿童游乐区扩建,城市绿化新闻,公园开放时间,本地新闻今日头条。",
    ),
    (
        "en",
        "park renovation news, central park works, playground expansion, city greening latest, park opening hours, local news today",
    ),
    (
        "vi",
        "cải tạo công viên, tin tức công viên, khu vui chơi trẻ em, cây xanh đô thị, giờ mở cửa công viên, tin mới nhất hôm nay",
    ),
    (
        "es",
        "obras parque central, noticias parque, zona de juegos infantiles, árboles ciudad, horario del parque, últimas noticias hoy",
    ),
]


@pytest.mark.parametrize(("lang", "line"), KEYWORD_LINES)
def test_a_stuffed_keyword_line_is_spam(lang, line):
    label, why = classify_lines(page(lang, line, "tail"))[line]
    assert label == "spam", why
    assert any("keyword" in r for r in why), why


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # an enumeration in prose joins its last item with a conjunction
        (
            "en",
            "Crews will repair the paths, the fountain, the benches, the lamps, the railings and the old bandstand by June.",
        ),
        (
            "zh",
            "工程包括步行道、喷泉、长椅、路灯、栏杆和音乐台的修缮，预计六月完工，届时公园将全面开放。",
        ),
        (
            "es",
            "Se renovarán los caminos, la fuente, los bancos, las farolas, las barandillas y el viejo quiosco de música.",
        ),
    ],
)
def test_an_enumeration_in_prose_stays_body(lang, line):
    label, why = classify_lines(page(lang, line, "mid"))[line]
    assert label == "body", why


def test_a_line_up_of_names_is_no_keyword_list():
    line = "Starting line-up: Okafor, Lindqvist, Brennan, Moreau, Takeda, Alvarez, Novak, Halloran"
    label, why = classify_lines(page("en", line, "mid"))[line]
    assert label != "spam", why


@pytest.mark.parametrize("heading", ["Tags", "Etiquetas:", "标签", "Từ khóa"])
def test_a_keyword_line_under_a_tags_heading_is_the_sites_tag_list(heading):
    line = "park renovation news, central park works, playground expansion, city greening, park opening hours, local news"
    labels = classify_lines(page("en", "", "tail")[:-1] + [heading, line])
    label, why = labels[line]
    assert label == "navigation", why
    assert any("tag list" in r for r in why), why
