"""Japanese and Korean sentences state something as surely as Chinese ones:
kana (particles, verb endings: "で", "された") and Hangul syllables count
towards a sentence's words, about two per word, as Han characters do. Only
Han and Thai letters counted, so an ordinary Japanese court sentence or a
Korean weather report ("서울중앙지법은 지난 11일 재판을 재개했다") was too
"short" to be an event. A bare "3日に開催。" still is no statement.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .records import extract_from_text

PUB = "2025-03-14"


@pytest.mark.parametrize(
    "text,lang,date",
    [
        ("3日には検察側が新たな証拠を提出した。", "ja", "2025-03-03"),
        ("2025年3月11日に東京地裁で公判が再開された。", "ja", "2025-03-11"),
        ("2025년 3월 11일 법원은 재판을 재개했다.", "ko", "2025-03-11"),
        ("서울중앙지법은 2025년 3월 11일 재판을 재개했다.", "ko", "2025-03-11"),
    ],
)
def test_japanese_and_korean_sentences_are_events(text, lang, date):
    assert [e.date for e in extract_from_text(text, lang, PUB)] == [date]


def test_a_bare_date_with_a_word_is_no_event():
    assert extract_from_text("2025年3月3日に開催。", "ja", PUB) == []
