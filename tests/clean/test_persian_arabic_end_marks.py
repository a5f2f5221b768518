"""Persian and Arabic agencies close every story with its end mark, after a
slash or between slashes or brackets ("انتهای پیام/", "/انتهای خبر/",
"(انتهى)"): the article's end mark, as "（完）" or "-Hết-" – it was set aside
as a short line after the article (or kept as a subheading between
paragraphs). A sentence naming the end of a message stays body, and a bare
word is no mark."""

from __future__ import annotations

import pytest

from .helpers import BODY, label_between, label_closing


def _end(lang, line):
    return label_closing(BODY[lang], line)


def _mid(lang, line):
    return label_between(BODY[lang], line)


@pytest.mark.parametrize(
    "lang,line",
    [
        ("fa", "انتهای پیام/"),
        ("fa", "انتهای پیام /"),
        ("fa", "/انتهای خبر/"),
        ("fa", "(انتهای پیام)"),
        ("fa", "-انتها-"),
        ("ar", "(انتهى)"),
        ("ar", "/انتهى/"),
        ("ar", "-انتهى-"),
    ],
)
def test_persian_and_arabic_end_marks(lang, line):
    for label, reasons in (_end(lang, line), _mid(lang, line)):
        assert label == "navigation", reasons
        assert reasons[0].startswith("end-of-article mark"), reasons


@pytest.mark.parametrize(
    "lang,line",
    [
        ("fa", "وزیر در انتهای پیام خود از همه شهروندان برای همکاری در اجرای طرح تشکر کرد."),
        ("ar", "وقال المتحدث إن الاجتماع انتهى دون التوصل إلى اتفاق بشأن موعد بدء الأعمال."),
    ],
)
def test_a_sentence_with_the_words_stays_body(lang, line):
    label, reasons = _mid(lang, line)
    assert label == "body", reasons


@pytest.mark.parametrize("lang,line", [("fa", "پایان"), ("ar", "النهاية"), ("en", "end/ of")])
def test_a_bare_word_is_no_end_mark(lang, line):
    assert not _mid(lang, line)[1][0].startswith("end-of-article mark")
