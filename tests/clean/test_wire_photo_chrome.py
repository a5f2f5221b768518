"""Photo and gallery furniture, wire sign-offs and opinion disclaimers on
invented pages in several languages (each line written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import classify_lines, page

# --- 1. a caption that closes on its photo credit ---------------------------

CAPTIONS_WITH_CREDIT = [
    ("es", "Los bomberos, ayer en el monte. © AFP / Raymond Roig"),
    ("es", "Un hidroavión descarga agua sobre la ladera. EFE/Lucía Montero"),
    ("fr", "Un canadair survole la zone. EFE/David Borrat"),
    ("fr", "Des pompiers sur place, mardi soir. © Reuters"),
    ("en", "Police at the scene on Tuesday. © AP / Mark Allen"),
    ("vi", "Lực lượng cứu hỏa tại hiện trường. © TTXVN / Trần Minh Đức"),
    ("zh", "图为现场。新华社记者 王明 摄"),
    ("zh", "工人们正在检修线路。（本报记者 李华 摄）"),
]


@pytest.mark.parametrize(("lang", "line"), CAPTIONS_WITH_CREDIT)
@pytest.mark.parametrize("where", ["mid", "tail"])
def test_caption_closing_on_a_credit_is_a_caption(lang, line, where):
    label, why = classify_lines(page(lang, **{where: [line]}))[line]
    assert label == "caption", why
    assert "credit" in why[0], why


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "© 2024 Diario del Norte. Todos los derechos reservados"),
        ("es", "Aviso legal. Contacto. © Diario del Norte"),
        ("fr", "© 2024 Le Courrier du Sud. Tous droits réservés."),
        ("en", "Read the full story. © The Daily Post 2024"),
    ],
)
def test_a_copyright_notice_stays_a_footer(lang, line):
    label, why = classify_lines(page(lang, tail=[line]))[line]
    assert label == "footer", why


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "Los precios subieron. Madrid/Bilbao"),
        ("zh", "电影在上海拍摄"),
    ],
)
def test_a_place_pair_or_a_verb_is_no_credit(lang, line):
    label, why = classify_lines(page(lang, mid=[line]))[line]
    assert label != "caption", why


# --- 2. a photo gallery's chrome ---------------------------------------------


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "Foto 1 de 4"),
        ("es", "Imagen 3 de 12"),
        ("en", "Photo 2/12"),
        ("en", "Photo 5 of 9"),
        ("fr", "Photo 3 sur 10"),
        ("vi", "Ảnh 3/10"),
    ],
)
@pytest.mark.parametrize("where", ["mid", "tail"])
def test_gallery_counter_is_navigation(lang, line, where):
    label, why = classify_lines(page(lang, **{where: [line]}))[line]
    assert label == "navigation", why
    assert "gallery" in why[0], why


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "Más galerías: Incendios del verano en el Pirineo"),
        ("es", "Fotogalerías"),
        ("fr", "Voir aussi nos diaporamas"),
        ("fr", "Voir aussi : la crue de la Garonne en images"),
        ("en", "More galleries: Storm damage along the coast"),
        ("vi", "Thư viện ảnh"),
    ],
)
@pytest.mark.parametrize("where", ["mid", "tail"])
def test_links_to_more_galleries_are_related(lang, line, where):
    label, why = classify_lines(page(lang, **{where: [line]}))[line]
    assert label == "related", why


@pytest.mark.parametrize(
    ("lang", "line"),
    [("es", "Capítulo 3 de 10"), ("fr", "Photo du jour"), ("en", "Photos")],
)
def test_a_numbered_heading_is_no_gallery_counter(lang, line):
    _label, why = classify_lines(page(lang, mid=[line]))[line]
    assert not (why and "gallery" in why[0]), why


# --- 3. a wire agency's sign-off after the last paragraph ---------------------

SIGN_OFFS = [
    ("es", "EFE"),
    ("es", "Agencias"),
    ("fr", "(AFP)"),
    ("fr", "bur-jmb/abx/fm"),
    ("en", "— Reuters"),
    ("en", "AP"),
    ("vi", "(TTXVN)"),
    ("zh", "（新华社）"),
    ("th", "สำนักข่าวไทย"),
]


@pytest.mark.parametrize(("lang", "line"), SIGN_OFFS)
def test_agency_sign_off_closing_the_article_is_attribution(lang, line):
    label, why = classify_lines(page(lang, tail=[line]))[line]
    assert label == "attribution", why
    assert "wire" in why[0], why


@pytest.mark.parametrize(("lang", "line"), SIGN_OFFS)
def test_agency_sign_off_before_the_footer_is_attribution(lang, line):
    footer = "© 2024 Diario del Norte. Todos los derechos reservados"
    label, why = classify_lines(page(lang, tail=[line, footer]))[line]
    assert label == "attribution", why


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "Nunca."),
        ("es", "Jamás"),
        ("fr", "Fin."),
        ("en", "Thanks."),
        ("en", "(VIDEO)"),
        ("en", "and/or"),
        ("zh", "完"),
        ("vi", "Hết"),
    ],
)
def test_a_one_word_closing_line_is_no_sign_off(lang, line):
    label, why = classify_lines(page(lang, tail=[line]))[line]
    assert label != "attribution", why


def test_agency_sign_off_in_an_html_wire_story():
    pytest.importorskip("trafilatura")
    from pathlib import Path

    from .helpers import classify_page

    doc = classify_page(Path(__file__).parent / "pages" / "es_wire_efe_style.html")
    (sign,) = [b for b in doc.blocks if doc.text[b.start : b.end].strip() == "EFE"]
    assert sign.label == "attribution", sign.reasons


# --- 4. an opinion piece's disclaimer ------------------------------------------

DISCLAIMERS = [
    ("es", "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor."),
    ("es", "Este texto es responsabilidad exclusiva de su autor y no refleja la línea del diario."),
    ("fr", "Les propos tenus n'engagent que leur auteur."),
    ("fr", "Cette tribune n’engage que son auteur."),
    (
        "en",
        "The views expressed are the author's own and do not necessarily reflect those of the paper.",
    ),
    ("vi", "Bài viết thể hiện quan điểm riêng của tác giả."),
    ("zh", "本文仅代表作者个人观点，不代表本网立场。"),
]


@pytest.mark.parametrize(("lang", "line"), DISCLAIMERS)
@pytest.mark.parametrize("where", ["head", "mid", "tail"])
def test_opinion_disclaimer_is_set_aside(lang, line, where):
    label, why = classify_lines(page(lang, **{where: [line]}))[line]
    assert label == "footer", why
    assert "disclaimer" in why[0], why


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("fr", "Les propos tenus par le ministre ont choqué les élus de la majorité."),
        ("es", "Las opiniones expresadas por los vecinos fueron muy diversas durante la reunión."),
        ("en", "The views expressed by residents at the meeting ranged from support to anger."),
        (
            "es",
            (
                "El portavoz recordó que el informe, elaborado por expertos independientes "
                "durante más de dos años de trabajo y cuyas conclusiones no reflejan "
                "necesariamente la opinión del Gobierno, debe tomarse en serio, porque describe "
                "con detalle el estado de los acuíferos, los embalses y los ríos de toda la "
                "cuenca y propone medidas concretas para cada una de las administraciones."
            ),
        ),
    ],
)
def test_prose_about_views_is_no_disclaimer(lang, line):
    label, why = classify_lines(page(lang, mid=[line]))[line]
    assert label == "body", why
