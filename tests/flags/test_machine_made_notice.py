"""A page that says of itself it was generated or aggregated automatically is
a content-farm page; a syndication credit or an article about such tools is
not. Pages written for this file; each positive case failed before the rule."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

EN = (
    "Storm brings down power lines across the north\n"
    "About 40,000 homes lost power on Sunday night as gusts of up to 110 km/h brought down "
    "trees and power lines across the northern districts, the grid operator said.\n"
    "Crews expected to restore supply to most homes by Tuesday evening.\n"
)
VI = (
    "Giá xăng giảm lần thứ ba liên tiếp\n"
    "Từ 15 giờ chiều nay, giá xăng RON 95 giảm 450 đồng mỗi lít, xuống còn 20.960 đồng, theo "
    "thông báo của liên bộ Công Thương - Tài chính sau kỳ điều hành giá.\n"
)
TH = (
    "ฝนตกหนักทำน้ำท่วมถนนหลายสายในตัวเมือง\n"
    "ฝนที่ตกหนักต่อเนื่องกว่า 3 ชั่วโมงเมื่อคืนที่ผ่านมาทำให้น้ำท่วมขังถนนหลายสายในตัวเมือง "
    "เจ้าหน้าที่เทศบาลเร่งสูบน้ำออกตลอดทั้งคืน\n"
)
ZH = (
    "全市新增公共充电桩两千个\n"
    "市发展改革委今天表示，今年以来全市新增公共充电桩两千余个，覆盖所有街道和主要高速公路服务区。\n"
)
ES = (
    "El metro amplía su horario los fines de semana\n"
    "El metro de la ciudad abrirá hasta las dos de la madrugada los viernes y sábados a partir "
    "del próximo mes, anunció este lunes el ayuntamiento.\n"
)
FR = (
    "La ville ouvre trois nouvelles pistes cyclables\n"
    "La mairie a inauguré samedi trois nouvelles pistes cyclables reliant la gare au centre "
    "historique, soit 12 kilomètres supplémentaires.\n"
)


@pytest.mark.parametrize(
    "page, notice",
    [
        (EN, "This article was automatically generated from several news sources."),
        (EN, "Note: this post is auto-generated and may contain errors."),
        (VI, "Bài viết được tổng hợp tự động từ các nguồn tin trên mạng."),
        (TH, "บทความนี้สร้างขึ้นโดยอัตโนมัติจากแหล่งข่าวหลายแห่ง"),
        (ZH, "本文由系统自动采集，仅供参考。"),
        (ES, "Esta noticia ha sido generada automáticamente por nuestro sistema."),
        (FR, "Cet article a été généré automatiquement à partir de dépêches."),
    ],
)
def test_a_page_saying_it_was_made_automatically_is_a_farm_page(page, notice):
    doc = flagged(page + notice + "\n")
    got = kinds(doc, "content_farm", signal="machine_made_notice")
    assert got and span(doc, got[0]) in notice, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "page, line",
    [
        (
            EN,
            (
                "This story was originally published by the Northern Herald and is republished "
                "with permission."
            ),
        ),
        (
            EN,
            (
                "Newsrooms increasingly use tools whose summaries are automatically generated, and "
                "this article looks at how editors check them."
            ),
        ),
        (VI, "Theo bài viết trên tạp chí, nhiều công cụ có thể tự động tổng hợp tin tức."),
        (ZH, "本文转载自市政府网站，版权归原作者所有。"),
        (
            ES,
            (
                "Este artículo se publicó originalmente en el diario regional y se reproduce con "
                "permiso."
            ),
        ),
    ],
)
def test_credits_and_articles_about_tools_are_not_farm_notices(page, line):
    doc = flagged(page + line + "\n")
    assert kinds(doc, "content_farm") == [], [f.reason for f in doc.flags]
