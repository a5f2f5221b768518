"""Session 30 (heldout9's misses), three classes:

* Romanian. It writes ă (a letter the Vietnamese check counts as
  Vietnamese's) beside ș ț î, which Vietnamese never writes; and CLD2 knows
  its s and t with a comma below hardly at all (it refused a line with four
  of them), reading the older cedilla forms (ş ţ) well. A line whose only
  Vietnamese-only letter is a plain ă, beside a letter Vietnamese never
  writes, is no Vietnamese line; CLD2 reads the line in the cedilla forms.
  Where lingua's cheap mode does not confirm CLD2's out-of-set language on a
  line of a sentence's length, its full mode decides.
* A standard Chinese sentence that quotes a Cantonese word ("唔該") is zh;
  a quote alone, or Cantonese prose around a quote, is still Cantonese.
* A market quote (an index's name, figures, up and down signs, a change in
  brackets) is in no language.

Every line was written for this file; each positive failed at 5ab44dc0."""

from __future__ import annotations

import pytest

from newsline.langid.cantonese import written_cantonese
from newsline.langid.detect import detect_language
from newsline.langid.stage import _name_and_figures
from newsline.langid.vietnamese import breve_a_of_another_language

ROMANIAN = [
    # comma-below forms, as Romanian's standard writes them
    "Primăria a anunțat că străzile din centru vor fi închise sâmbătă.",
    "Elevii își vor primi rezultatele la examen săptămâna viitoare.",
    "Ministrul a spus că prețurile la energie vor scădea în toamnă.",
    # the older cedilla forms, still common in scraped text
    "Primăria a anunţat că străzile din centru vor fi închise sâmbătă.",
]


@pytest.mark.parametrize("line", ROMANIAN)
def test_romanian_lines_are_romanian(line: str) -> None:
    assert detect_language(line) == "ro"


VIETNAMESE = [
    # a foreign name with letters Vietnamese never writes in a Vietnamese line
    "Müller và Gündoğan ghi bàn cho đội khách",
    "Thủ tướng tiếp Bộ trưởng Ngoại giao Ba Lan Radosław Sikorski tại Hà Nội",
    "Giá xăng tăng lần thứ ba trong tháng này",
]


@pytest.mark.parametrize("line", VIETNAMESE)
def test_vietnamese_lines_with_a_foreign_name_stay_vietnamese(line: str) -> None:
    assert detect_language(line) == "vi"


def test_breve_a_is_another_languages_beside_letters_vietnamese_never_writes() -> None:
    assert breve_a_of_another_language("străzile au fost închise în oraș".split())
    # a plain ă alone, no other foreign letter: left to the Vietnamese checks
    assert not breve_a_of_another_language("Guvernul a decis să reducă taxele".split())
    # tone letters beside a foreign name: Vietnamese
    assert not breve_a_of_another_language("Müller ghi bàn ở phút cuối trận đấu".split())
    assert not breve_a_of_another_language("Gündoğan ăn mừng bàn thắng".split())


CANTONESE_QUOTED_IN_STANDARD = [
    "他笑着说了句「冇问题」，然后就离开了会场。",
    "广东人常把“嘅”当作“的”来用。",
    "這位老師在課堂上解釋「咗」字的用法。",
]
CANTONESE = [
    "「唔該晒！」",  # a quote alone
    "佢話「我聽日唔返工」",  # Cantonese frame around a quote
    "佢哋今晚喺邊度食飯？",
]


@pytest.mark.parametrize("line", CANTONESE_QUOTED_IN_STANDARD)
def test_standard_chinese_quoting_cantonese_is_not_cantonese(line: str) -> None:
    assert not written_cantonese(line)


@pytest.mark.parametrize("line", CANTONESE)
def test_cantonese_with_or_without_quotes_stays_cantonese(line: str) -> None:
    assert written_cantonese(line)


QUOTES = [
    "Hang Seng 17.284,5 ▲ 210,3 (1,23%)",
    "Nikkei-225 39,102.50 ▼ 412.30 (-1.04%)",
    "Straits Times 3.402,18 ▲ 4,90 (+0,14%)",
]
NOT_QUOTES = [
    "Hang Seng tăng 1,2% sau phiên 3 ngày giảm",  # a sentence about the index
    "Windows 11 (2024)",
    "Euro 2024 Final 14 July 2024",
]


@pytest.mark.parametrize("line", QUOTES)
def test_a_market_quote_is_a_row_of_figures(line: str) -> None:
    assert _name_and_figures(line)


@pytest.mark.parametrize("line", NOT_QUOTES)
def test_lines_with_words_or_few_figures_are_no_quote(line: str) -> None:
    assert not _name_and_figures(line)
