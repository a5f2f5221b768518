"""A live page says it refreshes itself ("Tự động cập nhật sau 60 giây",
"This page will refresh automatically", "Actualización automática
activada"): page chrome, which stayed in the article as a subheading. A
phrase of the new table LIVE_REFRESH_NOTICES in a short line opening on it
or stating nothing is navigation; a sentence holding the words in passing
stays body. Lines written for this test in other sites' styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, label_between, label_closing


@pytest.mark.parametrize(
    "lang,line",
    [
        ("vi", "Tự động cập nhật sau 30 giây"),
        ("en", "This page will refresh automatically."),
        ("en", "Auto-refresh is on"),
        ("es", "Actualización automática activada"),
        ("th", "รีเฟรชอัตโนมัติทุก 1 นาที"),
        ("zh", "页面将自动刷新"),
    ],
)
def test_a_refresh_notice_is_navigation(lang, line):
    for label, reasons in (label_closing(BODY[lang], line), label_between(BODY[lang], line)):
        assert label == "navigation", reasons
        assert reasons[0].startswith("live page's refresh notice"), reasons


@pytest.mark.parametrize(
    "lang,line",
    [
        ("vi", "Hệ thống sẽ tự động cập nhật sau mỗi lần người nộp thuế hoàn tất giao dịch."),
        ("en", "The registry said the page updates automatically whenever a new permit is filed."),
        ("fr", "Les loyers feront l'objet d'une actualisation automatique chaque année en janvier."),
    ],
)
def test_a_sentence_about_updates_stays_body(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert label == "body", reasons


def test_a_long_line_of_the_words_is_no_notice():
    # 100k characters of the phrase's words: too long to be a notice, and
    # turned down before any pattern runs
    from newsline.clean.classify import _live_refresh_notice
    from newsline.clean.features import line_features
    from newsline.settings import CleanSettings

    g = line_features(0, "tự động cập nhật sau " * 5000)
    assert _live_refresh_notice(g, CleanSettings()) is None
