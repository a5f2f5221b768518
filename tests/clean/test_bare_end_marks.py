"""An agency's end mark written bare, without the slash, brackets or dashes
("انتهای پیام", "انتهى", "END", "完"), alone after the last paragraph with
no prose under it, was a mere short line after the article (or, followed
by the agency's list, a line of that list): it is the article's end mark
(navigation, "end-of-article mark"). Position decides: the same word
between paragraphs, or over prose, may be a subheading and is no mark.
Pages written for this test in the styles of a Persian and an Arabic news
agency, an English wire and a Chinese wire."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines, label_between, label_closing

RELATED_FA = ["اخبار مرتبط", "افزایش قیمت بلیت مترو از فروردین", "بازگشایی پل جدید در شمال شهر"]


@pytest.mark.parametrize(
    "lang,line", [("fa", "انتهای پیام"), ("ar", "انتهى"), ("en", "END"), ("zh", "完")]
)
def test_a_bare_end_mark_alone_after_the_last_paragraph(lang, line):
    label, reasons = label_closing(BODY[lang], line)
    assert label == "navigation", reasons
    assert reasons[0].startswith("end-of-article mark"), reasons


def test_a_bare_end_mark_over_the_agencys_list():
    line = "انتهای پیام"
    got = classify_lines([*BODY["fa"], line, *RELATED_FA])
    assert got[line][0] == "navigation", got[line]
    assert got[line][1][0].startswith("end-of-article mark"), got[line]
    for p in BODY["fa"]:
        assert got[p][0] == "body", got[p]


@pytest.mark.parametrize("lang,line", [("fa", "انتهای پیام"), ("pt", "Fim"), ("en", "END")])
def test_between_paragraphs_it_is_no_mark(lang, line):
    assert not label_between(BODY[lang], line)[1][0].startswith("end-of-article mark")


def test_over_more_prose_it_is_no_mark():
    fa = BODY["fa"]
    line = "پایان"
    more = "خبرگزاری ما یک خبرگزاری مستقل است که از سال ۱۳۸۵ اخبار سیاسی، اقتصادی و فرهنگی را به زبان فارسی منتشر می‌کند."
    got = classify_lines([*fa, line, more])
    assert not got[line][1][0].startswith("end-of-article mark"), got[line]


def test_a_closing_sentence_with_the_word_stays_body():
    line = "Officials said the noisiest work would end before the summer holidays begin in July."
    label, reasons = label_closing(BODY["en"], line)
    assert label == "body", reasons
