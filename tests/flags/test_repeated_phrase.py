"""A content-farm repost stuffs one search phrase through its prose ("el
incendio Pirineos hoy ... incendio Pirineos hoy ..."): the same phrase of
three or more words, not a name alone, repeated in most paragraphs. Articles
that often repeat a name (a team, an institution) are not flagged. Pages
invented for this test, run through segmenting, language ID, cleaning and
flags."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.flags import FlagDocuments
from newsline.langid import IdentifyLanguages
from newsline.readers import read_path
from newsline.settings import Settings


def _page(title: str, paras: list[str], lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def _flags(tmp_path, html: str):
    p = tmp_path / "page.html"
    p.write_text(html, "utf-8")
    s = Settings()
    (doc,) = list(read_path(str(p), s))
    stats: Counter[str] = Counter()
    for stage in (
        SegmentBlocks(s),
        IdentifyLanguages(s.lang),
        ClassifyBlocks(s),
        FlagDocuments(s.flags),
    ):
        stage([doc], stats)
    return doc, [f for f in doc.flags if f.data.get("signal") == "repeated_phrase"]


FARM_ES = _page(
    "Incendio Sierra Alta hoy última hora: todo lo que sabemos",
    [
        (
            "Incendio Sierra Alta hoy última hora: el incendio Sierra Alta hoy sigue activo y los "
            "vecinos buscan información sobre el incendio Sierra Alta hoy en toda la comarca."
        ),
        (
            "Si buscas noticias del incendio Sierra Alta hoy, aquí tienes la última hora. Los "
            "bomberos trabajan desde la mañana en el incendio Sierra Alta hoy con varios medios aéreos."
        ),
        (
            "Las carreteras cercanas al incendio Sierra Alta hoy están cortadas, según fuentes "
            "oficiales consultadas por nuestra redacción durante la jornada."
        ),
        (
            "¿Dónde está el incendio Sierra Alta hoy? El fuego avanza hacia el norte y el incendio "
            "Sierra Alta hoy ha obligado a desalojar dos pueblos de la zona."
        ),
        (
            "Seguiremos informando del incendio Sierra Alta hoy con la última hora y todas las "
            "novedades del incendio Sierra Alta hoy en esta misma página."
        ),
        "Palabras clave: incendio Sierra Alta hoy, incendio hoy, última hora incendio.",
    ],
    "es",
)

FARM_EN = _page(
    "Best cheap flights today: book cheap flights today and save",
    [
        (
            "Looking for cheap flights today? Our guide to cheap flights today shows how travellers "
            "find the lowest fares without spending hours comparing websites."
        ),
        (
            "Many airlines release cheap flights today and tomorrow, so checking early in the morning "
            "is the simplest way to catch cheap flights today before prices rise again."
        ),
        (
            "Travellers who want cheap flights today should stay flexible about airports and be "
            "ready to fly at unusual hours, experts say."
        ),
        (
            "Remember that cheap flights today often sell out within minutes, and cheap flights "
            "today rarely include checked luggage or seat selection."
        ),
        (
            "Bookmark this page to see cheap flights today every morning, and share our cheap "
            "flights today tips with your friends and family."
        ),
    ],
    "en",
)

FARM_VI = _page(
    "Giá vàng hôm nay mới nhất: cập nhật giá vàng hôm nay",
    [
        (
            "Giá vàng hôm nay tiếp tục biến động mạnh. Theo khảo sát, giá vàng hôm nay tại các cửa "
            "hàng trong nước tăng nhẹ so với phiên giao dịch hôm qua."
        ),
        (
            "Nhiều người quan tâm giá vàng hôm nay bao nhiêu một chỉ. Dưới đây là bảng giá vàng hôm "
            "nay được cập nhật liên tục trong ngày để bạn đọc tham khảo."
        ),
        (
            "Các chuyên gia cho rằng giá vàng hôm nay chịu ảnh hưởng từ thị trường thế giới và tâm lý "
            "của nhà đầu tư trong bối cảnh lãi suất còn cao."
        ),
        (
            "Bạn đọc theo dõi giá vàng hôm nay trên trang của chúng tôi để không bỏ lỡ thông tin, và "
            "giá vàng hôm nay sẽ được cập nhật vào buổi chiều."
        ),
        "Xem thêm giá vàng hôm nay, giá vàng mới nhất và tỷ giá ngoại tệ trong chuyên mục kinh tế.",
    ],
    "vi",
)

SPORTS_EN = _page(
    "Northfield United beat Harbour City in cup thriller",
    [
        (
            "Northfield United came from behind to beat Harbour City 3-2 on Saturday, with the winning "
            "goal arriving four minutes into stoppage time at a packed Riverside Park."
        ),
        (
            "Harbour City had led twice, but Northfield United never stopped pressing and their "
            "substitutes changed the game in the final twenty minutes."
        ),
        (
            'Northfield United manager Carla Reyes praised her players after the match. "We showed '
            'character today," she said, adding that Northfield United had worked hard all week.'
        ),
        (
            "The defeat leaves Harbour City third in the table, while Northfield United move up to "
            "fifth, two points behind the places for next season's continental competition."
        ),
        (
            "Northfield United travel to Eastport next weekend, and Harbour City host the league "
            "leaders in what their coach called the biggest game of the season."
        ),
        "Tickets for the next Northfield United home game go on sale on Monday, the club said.",
    ],
    "en",
)

OFFICIAL_VI = _page(
    "Tỉnh triển khai kế hoạch phòng chống bão lũ năm nay",
    [
        (
            "Ủy ban nhân dân tỉnh vừa ban hành kế hoạch phòng chống thiên tai năm nay, trong đó yêu cầu "
            "các huyện chủ động rà soát khu dân cư ở vùng trũng thấp và ven sông."
        ),
        (
            "Theo kế hoạch, Ủy ban nhân dân tỉnh giao Sở Nông nghiệp chủ trì phối hợp với các đơn vị "
            "liên quan kiểm tra hệ thống đê điều, hồ chứa trước mùa mưa bão."
        ),
        (
            "Các địa phương phải báo cáo kết quả triển khai về Ủy ban nhân dân tỉnh trước cuối tháng, "
            "đồng thời chuẩn bị lực lượng, phương tiện và nhu yếu phẩm tại chỗ."
        ),
        (
            "Đại diện Ủy ban nhân dân tỉnh cho biết năm ngoái mưa lớn đã làm hư hỏng nhiều tuyến "
            "đường giao thông nông thôn, gây thiệt hại hàng chục tỷ đồng."
        ),
        (
            "Người dân được khuyến cáo theo dõi thông tin thời tiết và thực hiện hướng dẫn của chính "
            "quyền địa phương khi có bão hoặc áp thấp nhiệt đới."
        ),
        (
            "Ủy ban nhân dân tỉnh cũng yêu cầu các trường học xây dựng phương án bảo đảm an toàn cho "
            "học sinh, giáo viên trong những ngày mưa lũ."
        ),
        (
            "Ngoài ra, Ủy ban nhân dân tỉnh đề nghị các doanh nghiệp vận tải sẵn sàng hỗ trợ sơ tán "
            "người dân khi cần thiết."
        ),
    ],
    "vi",
)


@pytest.mark.parametrize(
    "html, phrase",
    [
        (FARM_ES, "incendio sierra alta hoy"),
        (FARM_EN, "cheap flights today"),
        (FARM_VI, "giá vàng hôm nay"),
    ],
)
def test_a_search_phrase_stuffed_through_the_prose_is_a_content_farm(tmp_path, html, phrase):
    doc, flags = _flags(tmp_path, html)
    assert len(flags) == 1, [(f.kind, f.reason) for f in doc.flags]
    f = flags[0]
    assert f.kind == "content_farm"
    assert f.data["phrase"].lower() == phrase
    assert f.data["count"] >= 6
    assert doc.text[f.start : f.end].lower() == phrase  # the span is the first repeat


@pytest.mark.parametrize("html", [SPORTS_EN, OFFICIAL_VI])
def test_articles_that_repeat_a_name_or_an_institution_are_not_flagged(tmp_path, html):
    doc, flags = _flags(tmp_path, html)
    assert not flags, [f.reason for f in flags]
    assert not [f for f in doc.flags if f.kind == "content_farm"], [f.reason for f in doc.flags]
