"""A title-case site link at the end of a page ("Cookie Settings", "Aviso
de Privacidad") is the page's chrome, not a name-only byline; a real name
alone on the last line stays a byline."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

_TITLE = {
    "en": "Park works to start next month",
    "es": "Obras en el parque",
    "fr": "Travaux au parc",
    "vi": "Cải tạo công viên",
}


def _last_line(lang: str, line: str, *after: str) -> tuple[str, list[str]]:
    return classify_lines([_TITLE[lang], *BODY[lang], line, *after])[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "Accessibility Statement"),
        ("en", "Cookie Settings"),
        ("en", "Cookie Preferences"),
        ("en", "Terms and Conditions"),
        ("en", "Privacy Notice"),
        ("en", "Legal Notice"),
        ("es", "Configuración de Cookies"),
        ("es", "Aviso de Privacidad"),
        ("es", "Términos de Uso"),
        ("es", "Nota Legal"),
        ("fr", "Données Personnelles"),
        ("fr", "Paramètres des Cookies"),
        ("fr", "Charte de Confidentialité"),
        ("vi", "Chính Sách Cookie"),
        ("vi", "Quy Định Sử Dụng"),
    ],
)
def test_site_link_phrase_at_the_end_is_footer_not_byline(lang, line):
    label, reasons = _last_line(lang, line)
    assert label == "footer", (label, reasons)
    assert "site links cue" in reasons[0]


@pytest.mark.parametrize(
    "lang,name",
    [("en", "Jane Doe"), ("es", "María López"), ("fr", "Jean Dupont"), ("vi", "Nguyễn Văn An")],
)
def test_real_name_at_the_end_stays_byline(lang, name):
    label, reasons = _last_line(lang, name)
    assert label == "byline", (label, reasons)
    # and after a site link that closes the page
    label, _ = classify_lines([_TITLE[lang], *BODY[lang], name, "Cookie Settings"])[name]
    assert label == "byline"


def test_site_link_phrase_inside_a_sentence_does_not_make_it_footer():
    line = (
        "Readers can change their cookie settings at any time, the city said, "
        "and the park's own website will list every closure."
    )
    label, _ = classify_lines([_TITLE["en"], *BODY["en"][:2], line, *BODY["en"][2:]])[line]
    assert label == "body"


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "Help Center"),
        ("en", "Customer Care"),
        ("en", "Newsletter Archive"),
        ("es", "Centro de Ayuda"),
        ("fr", "Aide Abonnés"),
        ("vi", "Giới Thiệu"),
        ("vi", "Quảng Cáo"),
        ("vi", "Trợ Giúp"),
    ],
)
def test_line_with_a_site_link_word_is_not_a_name(lang, line):
    # no site_links phrase covers these; a word of the site's own links does
    label, reasons = _last_line(lang, line)
    assert label != "byline", (label, reasons)
    assert label in ("navigation", "footer"), (label, reasons)


@pytest.mark.parametrize(
    "lang,name",
    [
        ("en", "Jane Helps"),  # "help" only as a whole word
        ("en", "Dan Policastro"),
        ("vi", "Nguyễn Văn Thiệu"),  # "thiệu" without "giới" is a name
        ("vi", "Trần Thị Liên"),
    ],
)
def test_name_sharing_letters_with_a_site_link_word_stays_byline(lang, name):
    label, reasons = _last_line(lang, name)
    assert label == "byline", (label, reasons)
