"""A short line of numbers with a few letters of no word (a timestamp, a
version, an identifier, a file's name), a list of acronyms and numbers
("UTC+2") or a line of program text or markup is in no language: its block
gets none. The model read the letters as English, German or Spanish (and a
short block on a page then took the page's language). Lines written for
this test, on pages in four languages; prose, a date with a month's name
and a sentence with a formula keep a language."""

from __future__ import annotations

import pytest

from newsline.langid.stage import _code_line, _no_word_evidence, _numbers_and_codes

from .test_no_word_evidence import _langs

NUMBERS = [
    "2031-02-09T17:05:00Z",
    "v4.0.2",
    "No. 551203",
    "ID 88A12",
    "DSC_00421.JPG",
    "UTC+2",
    "H7N9",
    "MH-370 / 2014",
    # acronyms beside as many digits or more: a code, a ticker's quote
    "ISSN 0317-8471",
    "TSLA 251.40 ▼3.1",
    "ISO 14001",
    "COP29 2024",
    # readings with units in signs outside ASCII: no letter of any word
    "32°C / 80% / 15 km/h",
    "-5°C",
    "€12.5 / £10.8",
    "25 °C – 31 °C",
    # a pair's quote: two acronyms joined by a slash beside a number
    "USD/VND 25.450",
    "EUR/USD 1.0841 +0.2%",
    "BTC/USDT 97,250",
]
CODE = [
    "x = load(path)",
    "<span id='a'>Tiêu đề</span>",
    "UPDATE posts SET views = views + 1;",
    "if (n > 0) { total += n; }",
    "echo('done')",
    '{"title": "Bão số 3", "views": 1200}',
    "return a[key] && b[key];",
]


@pytest.mark.parametrize("lang", ["en", "vi", "fr", "th"])
@pytest.mark.parametrize("line", NUMBERS + CODE)
def test_numbers_and_code_have_no_language(lang, line):
    assert _langs(lang, [line])[line] is None


@pytest.mark.parametrize(
    "lang,line",
    [
        # a month's or a unit's word beside the numbers is a word
        ("en", "March 12, 2031"),
        ("en", "May 3, 2031"),
        ("en", "Jan 12, 2031 10:45"),
        ("fr", "Le 3 mars 2031"),
        ("en", "Windows 11"),
        ("vi", "Tập 12"),
        # a word in letters outside ASCII beside a reading with units
        ("vi", "32°C, độ ẩm 80%"),
        ("fr", "Été 2025 : 35 °C"),
        ("th", "32°C ร้อนมาก"),
        ("en", "Top 10"),
        # capitals beside a small number: a shouted phrase
        ("en", "TOP 10"),
        ("en", "CEO 2024 OpenAI"),
        ("en", "TOP 10 / HOT 5"),  # spaced slash: two shouted phrases
        # prose with one mark of code, or prose between two tags
        ("en", "The formula f(x) is explained below."),
        ("en", "Inflation (CPI) = 3.1% in May."),
        ("vi", "<p>Giá xăng tăng lần thứ ba liên tiếp trong tháng này, người dân lo lắng.</p>"),
        ("fr", "Il a dit : « Nous reviendrons » ; puis il est parti."),
    ],
)
def test_words_beside_numbers_or_one_mark_keep_a_language(lang, line):
    assert _langs(lang, [line])[line] is not None


def test_the_rules_themselves():
    assert all(_numbers_and_codes(x) for x in ["v4.0.2", "DSC_00421.JPG"])
    assert not _numbers_and_codes("Route 66")  # a word of five letters
    assert not _numbers_and_codes("12 tháng 5")  # not ASCII: a Vietnamese word
    assert not _numbers_and_codes("Ep 1 of 3")  # spaced, more letters than digits
    # one mark of code only: a query without an assignment keeps its words
    assert not _code_line("SELECT name FROM users;")
    assert _code_line("x = load(path)") and not _code_line("See f(x) in the appendix.")
    assert _no_word_evidence("UTC+2") and not _no_word_evidence("Euro 2024")
    # acronyms beside numbers: only with at least as many digits as letters
    assert _no_word_evidence("NYSE 1520") and not _no_word_evidence("WORLD CUP 26")
