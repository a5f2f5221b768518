"""Machine-written filler inside a real story: a paragraph stringing stock
phrases together ("in today's fast-paced world ... plays a crucial role ...
in conclusion ... a testament to") with no figure of the story in it is a
content_farm sign. Near misses that must stay clean: a column closing "in
conclusion" in a person's words, a news paragraph using one or two such
phrases beside its figures, a story about AI-written text quoting the
phrases. Pages written for this file in other languages and styles than
the held-out sets; each positive failed at eb8935f3."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

ES_TRAIN = (
    "Renfe pondrá en marcha en septiembre un nuevo tren directo entre Valencia y "
    "Zaragoza, con tres frecuencias diarias y un tiempo de viaje de dos horas y media.\n"
    "{a}\n"
    "Los billetes costarán desde 19 euros y podrán comprarse a partir del 1 de agosto.\n"
)
DE_MUSEUM = (
    "Das Stadtmuseum zeigt ab Freitag eine Ausstellung über die Geschichte der "
    "Straßenbahn, mit 120 Fotografien und zwei restaurierten Wagen aus dem Jahr 1912.\n"
    "{a}\n"
    "Der Eintritt kostet sechs Euro, Schulklassen haben freien Eintritt.\n"
)
VI_MARKET = (
    "Chợ nổi Cái Răng vừa được đầu tư 45 tỷ đồng để nâng cấp bến neo đậu và khu vệ sinh "
    "công cộng phục vụ khách du lịch.\n"
    "{a}\n"
    "Mỗi ngày chợ đón khoảng 3.000 lượt khách, phần lớn đến từ TP Hồ Chí Minh.\n"
)
ZH_PARK = (
    "市园林局表示，滨江公园改造工程已于上月完工，新增步道3.5公里、绿地8万平方米。\n"
    "{a}\n"
    "公园每天6时至22时开放，周末将举办免费音乐会。\n"
)
PT_FEIRA = (
    "A feira do livro de Porto Alegre começa no dia 31 de outubro e reúne 80 expositores "
    "na Praça da Alfândega, com entrada gratuita.\n"
    "{a}\n"
    "A programação inclui 400 sessões de autógrafos e oficinas para crianças.\n"
)


@pytest.mark.parametrize(
    ("page", "filler", "signature"),
    [
        (
            ES_TRAIN,
            (
                "En el mundo actual, el transporte desempeña un papel fundamental en nuestras "
                "vidas. Es importante destacar que viajar en tren es una experiencia única. En "
                "conclusión, se trata sin lugar a dudas de una excelente noticia."
            ),
            "En el mundo actual",
        ),
        (
            DE_MUSEUM,
            (
                "In der heutigen schnelllebigen Welt spielt Geschichte eine zentrale Rolle. Es "
                "ist wichtig zu betonen, dass Museen Orte der Begegnung sind, und die Ausstellung "
                "bietet für jeden etwas."
            ),
            "In der heutigen schnelllebigen Welt",
        ),
        (
            VI_MARKET,
            (
                "Trong thế giới không ngừng thay đổi, du lịch đóng một vai trò quan trọng đối với "
                "mỗi người. Điều quan trọng cần lưu ý là chợ nổi là minh chứng cho vẻ đẹp của "
                "văn hóa sông nước."
            ),
            "Trong thế giới không ngừng thay đổi",
        ),
        (
            ZH_PARK,
            (
                "在当今快节奏的世界里，公园在城市生活中发挥着至关重要的作用。值得注意的是，"
                "绿色空间让每个人受益。总而言之，这是城市发展的一大亮点。"
            ),
            "在当今快节奏的世界里",
        ),
        (
            PT_FEIRA,
            (
                "No mundo atual, a leitura desempenha um papel fundamental na formação das "
                "pessoas. Vale ressaltar que os livros abrem portas, e a feira é um testemunho "
                "de que a cultura tem algo para todos."
            ),
            "No mundo atual",
        ),
    ],
    ids=["es", "de", "vi", "zh", "pt"],
)
def test_a_paragraph_of_stock_phrases_is_machine_written_filler(page, filler, signature):
    doc = flagged(page.format(a=filler))
    got = kinds(doc, "content_farm", signal="stock_filler")
    assert len(got) == 1, [f.reason for f in doc.flags]
    assert span(doc, got[0]).startswith(signature)


@pytest.mark.parametrize(
    ("page", "line"),
    [
        # a person's closing line: one stock phrase
        (
            ES_TRAIN,
            (
                "En conclusión: si el tren llega a su hora, los viajeros volverán a dejar el "
                "coche en casa, como hacían sus padres."
            ),
        ),
        # a news paragraph with two such phrases beside its figures
        (
            VI_MARKET,
            (
                "Tóm lại, theo Sở Du lịch, chợ nổi đóng một vai trò quan trọng, mang về khoảng "
                "120 tỷ đồng doanh thu mỗi năm cho người dân địa phương."
            ),
        ),
        # a story about AI-written text, quoting its phrases
        (
            DE_MUSEUM,
            (
                'Forscher zählten Wendungen wie "In der heutigen schnelllebigen Welt", "spielt '
                'eine entscheidende Rolle" und "Es ist wichtig zu beachten" als Spuren von '
                "maschinell geschriebenen Texten."
            ),
        ),
    ],
    ids=["es-column", "vi-news", "de-report"],
)
def test_one_or_two_stock_phrases_or_quoted_ones_are_no_filler(page, line):
    doc = flagged(page.format(a=line))
    assert not kinds(doc, "content_farm"), [f.reason for f in doc.flags]
