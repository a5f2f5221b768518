"""A site's short lines recur on its pages (menus, credits, footers); their
features are computed once and shared, each caller getting its own object
with its own index. Lines written for this test, in several languages."""

from __future__ import annotations

from dataclasses import replace

from newsline.clean.features import _line_features, line_features

LINES = [
    ("Inicio | Noticias | Deportes | Contacto", "es"),
    ("Por María José Fernández, corresponsal en Lima", "es"),
    ("Foto: Reuters/Jean Dupont", "fr"),
    ("Đăng lúc 14:05 ngày 12/03/2025 – theo VnExpress", "vi"),
    ("記者 王小明／台北報導", "zh"),
    ("ข่าวล่าสุด อ่านเพิ่มเติม www.example.co.th", "th"),
    ("Читайте также: новости за 5 марта 2025 года", "ru"),
    ("Follow us @newsdesk · https://example.org/feed", None),
    ("A body paragraph that goes on. " * 12, "en"),  # longer than what is kept
    ("", None),
]


def test_a_repeated_line_has_the_features_of_a_fresh_computation():
    for text, lang in LINES:
        for index in (0, 7, 3):
            got = line_features(index, text, lang)
            assert got == _line_features(index, text, lang), text
            assert got.index == index


def test_each_caller_gets_its_own_object():
    text, lang = LINES[7]
    a = line_features(1, text, lang)
    b = line_features(2, text, lang)
    assert a is not b and a.cues is not b.cues
    assert replace(a, index=2) == b
    a.cues.clear()  # a caller changing its copy changes no other
    assert line_features(3, text, lang).cues == b.cues


def test_the_same_text_in_another_language_is_not_shared():
    text = "Die Welt | Politik | Wirtschaft"
    assert line_features(0, text, "de") == _line_features(0, text, "de")
    assert line_features(0, text, None) == _line_features(0, text, None)
    assert line_features(0, text, "de").lang == "de"
