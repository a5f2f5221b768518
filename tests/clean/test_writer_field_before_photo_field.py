"""A credit line naming the writer, then the photographer after a full stop
or a dash ("Text: Jana Vogel. Foto: Paul Krämer", "Bài: Nguyễn Văn An -
Ảnh: Trần Bình", "Texte : Léa Martin. Photo : Hugo Bernard"): the writer is
the author. The extractor reads such a line whole as one author ("Texto
Marta Solís Foto Iván Pardo"); the byline the page shows names the writer
alone. Pages written for this test."""

from __future__ import annotations

import pytest

from newsline.clean.html import author_name

from .helpers import classify_page

PAGES = {
    "de": (
        "Text: Jana Vogel. Foto: Paul Krämer",
        "Neue Fähre verbindet Kaub und Lorch",
        (
            "Die neue Fähre zwischen Kaub und Lorch hat am Montag den Betrieb aufgenommen und bringt "
            "bis zu zwölf Autos über den Rhein."
        ),
        (
            "Der Landkreis hat 2,4 Millionen Euro in das Schiff investiert, das mit Strom aus Batterien "
            "fährt und deutlich leiser ist."
        ),
        "Jana Vogel",
    ),
    "en": (
        "Story: Dana Whitfield. Photo: Omar Reyes",
        "Ferry link reopens after repairs",
        (
            "The ferry between the two islands resumed its crossings on Monday after four weeks in dry "
            "dock for hull repairs."
        ),
        (
            "The operator said the vessel would run every hour from 6 a.m. and carry up to 40 cars on "
            "each crossing."
        ),
        "Dana Whitfield",
    ),
    "vi": (
        "Bài: Nguyễn Văn An. Ảnh: Trần Bình",
        "Phà Cát Lái hoạt động trở lại",
        (
            "Phà Cát Lái đã hoạt động trở lại từ sáng thứ Hai sau bốn tuần sửa chữa thân tàu tại xưởng "
            "đóng tàu."
        ),
        (
            "Đơn vị vận hành cho biết phà sẽ chạy mỗi giờ một chuyến từ 5 giờ sáng và chở tối đa 40 xe "
            "ô tô mỗi lượt."
        ),
        "Nguyễn Văn An",
    ),
    "es": (
        "Texto: Marta Solís. Foto: Iván Pardo",
        "Vuelve el ferri entre las dos orillas",
        (
            "El ferri entre las dos orillas de la ría volvió a funcionar el lunes tras cuatro semanas "
            "de reparaciones en el casco."
        ),
        (
            "La naviera indicó que el barco saldrá cada hora desde las seis de la mañana y llevará "
            "hasta cuarenta coches por viaje."
        ),
        "Marta Solís",
    ),
    "fr": (
        "Texte : Léa Martin. Photo : Hugo Bernard",
        "Le bac de Loire reprend du service",
        (
            "Le bac qui relie les deux rives de la Loire a repris ses traversées lundi après quatre "
            "semaines de réparations de sa coque."
        ),
        (
            "La compagnie a indiqué que le bateau partira toutes les heures à partir de six heures et "
            "transportera jusqu'à quarante voitures."
        ),
        "Léa Martin",
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_writer_of_a_credit_line_the_extractor_read_whole(tmp_path, lang):
    credit, h1, p1, p2, writer = PAGES[lang]
    html = (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{h1}</title></head><body>'
        f'<article><h1>{h1}</h1><p class="author">{credit}</p><p>{p1}</p><p>{p2}</p>'
        "</article></body></html>"
    )
    page = tmp_path / "page.html"
    page.write_text(html, "utf-8")
    assert classify_page(page).author == writer


@pytest.mark.parametrize(
    ("lang", "line", "writer"),
    [
        ("vi", "Tin: Lê Thu Hà - Ảnh: Phạm Tuấn - Biên tập: Hoàng Minh", "Lê Thu Hà"),
        ("ru", "Автор: Иван Петров. Фото: Мария Лосева", "Иван Петров"),
        ("en", "Text: Jo Lee – Photo: Kim Park", "Jo Lee"),
        # an initial's dot is part of the name
        ("es", "Texto: Ana M. / Fotos: Juan Gil", "Ana M."),
    ],
)
def test_a_dash_or_full_stop_ends_the_writer_field(lang, line, writer):
    assert author_name(line, lang) == writer
