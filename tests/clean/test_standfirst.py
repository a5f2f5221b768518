"""The standfirst under the headline of a plain-text page (invented pages in
several sites' styles).

"Storm leaves 40,000 homes without power across the valley" / "By Jane Doe
| June 14, 2026" / "Crews expect most customers to be reconnected by Sunday
evening" / first paragraph: the standfirst, the longer line, was taken for
the headline and the headline was set aside as navigation; or, with the
headline chosen, the standfirst (no full stop) was set aside as a
headline-like line before the article.
"""

from __future__ import annotations

import pytest

from .helpers import classify_page

PAGES = {
    "en": [
        "Storm leaves 40,000 homes without power across the valley",
        "By Jane Doe | June 14, 2026",
        "Crews expect most customers to be reconnected by Sunday evening",
        "Thousands of homes across the valley were still without electricity on Saturday after a storm brought down power lines and trees overnight.",
        "The utility said more than 200 crews were working to restore power, and that most customers should be reconnected by Sunday evening.",
        "Residents in the hardest-hit areas were urged to stay away from fallen lines and to report outages online.",
        "Schools in three districts will stay closed on Monday while crews clear the roads.",
    ],
    "fr": [
        "Tempête : 40 000 foyers privés d'électricité dans la vallée",
        "Par Julien Marchand - 14 juin 2026 à 18:05",
        "Les équipes espèrent rétablir le courant chez la plupart des abonnés d'ici dimanche soir",
        "Des milliers de foyers de la vallée étaient toujours privés d'électricité samedi après le passage d'une tempête qui a abattu lignes et arbres dans la nuit.",
        "Le gestionnaire du réseau a indiqué que plus de 200 équipes étaient mobilisées pour rétablir le courant d'ici dimanche soir.",
        "Les habitants des secteurs les plus touchés sont invités à ne pas s'approcher des lignes tombées au sol.",
        "Les écoles de trois communes resteront fermées lundi le temps de dégager les routes.",
    ],
    "es": [
        "Un temporal deja sin luz a 40.000 hogares en el valle",
        "Por Ana Ruiz - 14 de junio de 2026",
        "Las brigadas esperan devolver el suministro a la mayoría de los hogares el domingo por la tarde",
        "Miles de hogares del valle seguían sin electricidad el sábado después de que un temporal derribara líneas y árboles durante la noche.",
        "La compañía eléctrica indicó que más de 200 brigadas trabajan para devolver el suministro, y que la mayoría de los hogares lo recuperará el domingo por la tarde.",
        "Se pidió a los vecinos de las zonas más afectadas que no se acerquen a los cables caídos.",
        "Los colegios de tres municipios permanecerán cerrados el lunes mientras se despejan las carreteras.",
    ],
    "vi": [
        "Mưa lớn gây ngập sâu nhiều tuyến phố ở trung tâm thành phố",
        "Phóng viên Minh Anh | 14/06/2026 10:15 | 1.234 lượt xem",
        "Trận mưa lớn kéo dài hơn hai giờ chiều qua khiến nhiều tuyến phố trung tâm ngập sâu, giao thông ùn tắc",
        "Theo ghi nhận, từ khoảng 15 giờ chiều qua, mưa lớn bắt đầu trút xuống khiến nhiều tuyến phố ở trung tâm thành phố ngập sâu từ 30 đến 50 cm.",
        "Nhiều phương tiện chết máy giữa đường, người dân phải dắt bộ qua các điểm ngập, giao thông ùn tắc kéo dài đến tối muộn.",
        "Đại diện công ty thoát nước cho biết đã huy động hơn 200 công nhân túc trực tại các điểm ngập để khơi thông dòng chảy.",
        "Cơ quan khí tượng dự báo mưa lớn còn tiếp diễn trong vài ngày tới, người dân cần chủ động phòng tránh.",
    ],
    "zh": [
        "暴雨致城区多条道路积水 交通一度瘫痪",
        "2026-06-14 10:15 来源：河畔日报",
        "导语：昨日午后一场持续两个多小时的强降雨，导致城区多条主干道严重积水，晚高峰交通一度瘫痪",
        "昨日下午三时许，城区突降暴雨，多条主干道积水深达三十至五十厘米，不少车辆在积水中熄火。",
        "市排水公司表示，已组织两百多名工人在各积水点值守，全力疏通排水管道，确保积水尽快消退。",
        "气象部门预计，未来几天仍有强降雨天气，提醒市民减少不必要的外出，注意出行安全。",
        "据了解，市政府已启动防汛四级应急响应，各部门将加强值班，及时处置突发险情。",
    ],
}


def _labels(tmp_path, lines):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = classify_page(path)
    return {b.text_of(doc): (b.label, b.reasons) for b in doc.blocks}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_headline_is_the_title_and_the_standfirst_is_kept(tmp_path, lang):
    lines = PAGES[lang]
    out = _labels(tmp_path, lines)
    assert out[lines[0]][0] == "title", out[lines[0]]
    assert out[lines[2]][0] == "body", out[lines[2]]


def test_standfirst_right_under_the_headline_without_a_byline(tmp_path):
    en = PAGES["en"]
    out = _labels(tmp_path, [en[0], en[2], *en[3:]])
    assert out[en[0]][0] == "title", out[en[0]]
    assert out[en[2]][0] == "body", out[en[2]]
    assert "standfirst" in out[en[2]][1][0], out[en[2]]


def test_a_slogan_above_the_stamp_is_no_headline(tmp_path):
    en = PAGES["en"]
    slogan = "Riverside Gazette: news and views for the whole valley"
    out = _labels(tmp_path, [slogan, "June 14, 2026", en[0], en[2], *en[3:]])
    assert out[slogan][0] != "title", out[slogan]
    assert out[en[0]][0] == "title", out[en[0]]
    assert out[en[2]][0] == "body", out[en[2]]


def test_a_teaser_for_another_story_under_the_byline_is_no_standfirst(tmp_path):
    en = PAGES["en"]
    teaser = "Read our guide to the best summer festivals in Portugal"
    out = _labels(tmp_path, [en[0], en[1], teaser, *en[3:]])
    assert out[en[0]][0] == "title", out[en[0]]
    assert out[teaser][0] != "body", out[teaser]
