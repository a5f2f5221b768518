"""A short line after the article's last paragraph is no subheading when what
follows it is reached only across a related-list heading ("Más información
sobre:", "À lire aussi", "Related", "Tin liên quan") or the items set aside
under one: the prose behind the list (a comment-section notice, a site's
note) is not that line's section. A blog's name or a sign-off kept as body
on such pages was the regression. A real subheading followed by its
paragraph, or by an inline "read also" link and then its paragraph, stays
body. Invented pages."""

from __future__ import annotations

import pytest

from .helpers import BODY_EN, BODY_ES, BODY_FR, BODY_VI, classify_lines

# (headline, body, short line, list heading, list items, prose after the list)
CASES = {
    "es": (
        "Las obras del parque central empiezan el mes próximo",
        BODY_ES,
        "Cuaderno de viaje – El blog de Marta Ruiz",
        "Más información sobre:",
        ["Obras públicas"],
        [
            "Solo se publicarán las opiniones ya aprobadas, pero no se podrán escribir otras nuevas en esta página.",
            "Consulta las normas de participación de nuestra comunidad de lectores antes de dejar tu opinión aquí.",
        ],
    ),
    "fr": (
        "Les travaux du parc central débutent le mois prochain",
        BODY_FR,
        "Carnets de route – le blog de Paul Mercier",
        "À lire aussi",
        ["Urbanisme"],
        [
            "Seuls les messages déjà validés resteront visibles, mais il n'est plus possible d'en publier de nouveaux ici.",
            "Consultez la charte de notre communauté de lecteurs avant de publier votre avis sur nos pages.",
        ],
    ),
    "en": (
        "Work on the central park starts next month",
        BODY_EN,
        "Open Road – the travel blog of Sam Porter",
        "Related articles",
        ["City parks"],
        [
            "Only the messages approved so far will stay visible, and no new ones can be posted on this page.",
            "Read the rules of our community of readers before you post your view on any of our pages.",
        ],
    ),
    "vi": (
        "Công viên trung tâm sẽ được cải tạo từ tháng tới",
        BODY_VI,
        "Nhật ký hành trình – blog của Lê Minh",
        "Tin liên quan",
        ["Công viên thành phố"],
        [
            "Chỉ những ý kiến đã được duyệt mới được hiển thị, và bạn không thể gửi thêm ý kiến mới cho bài viết này.",
            "Vui lòng đọc quy định của cộng đồng bạn đọc trước khi gửi ý kiến của bạn trên các trang của chúng tôi.",
        ],
    ),
}

SUBHEADINGS = {
    "es": "Las obras en detalle",
    "fr": "Le chantier en détail",
    "en": "The work in detail",
    "vi": "Chi tiết dự án",
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_short_line_before_a_related_list_is_no_subheading(lang):
    title, body, line, heading, items, after = CASES[lang]
    got = classify_lines([title, *body, line, heading, *items, *after])
    label, reasons = got[line]
    assert label != "body", reasons


@pytest.mark.parametrize("lang", sorted(CASES))
def test_real_subheading_followed_by_its_paragraph_stays_body(lang):
    title, body, _line, heading, items, after = CASES[lang]
    sub = SUBHEADINGS[lang]
    got = classify_lines([title, *body[:2], sub, *body[2:], heading, *items, *after])
    label, reasons = got[sub]
    assert label == "body", reasons


INLINE_TEASERS = {
    "es": "Lee también: El ayuntamiento abre un nuevo carril bici junto al río",
    "fr": "Lire aussi : La mairie ouvre une nouvelle piste cyclable le long du fleuve",
    "en": "Read more: The city opens a new cycle lane along the river",
    "vi": "Xem thêm: Thành phố mở làn đường xe đạp mới dọc bờ sông",
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_subheading_then_an_inline_teaser_then_its_paragraph_stays_body(lang):
    title, body, _line, _heading, _items, _after = CASES[lang]
    sub, teaser = SUBHEADINGS[lang], INLINE_TEASERS[lang]
    got = classify_lines([title, *body[:2], sub, teaser, *body[2:]])
    assert got[teaser][0] != "body", got[teaser]
    label, reasons = got[sub]
    assert label == "body", reasons
