"""The note a ranking box prints above or under its list after the article,
saying when or how the stories were counted ("오후 3시까지 집계한 결과입니다.",
"Ranked by page views in the last 24 hours."), is the list's: it was set
aside as text closing the page (footer). Pages written for this test in a
Korean portal's and an English tabloid's styles; a closing sentence of the
article with the same word stays body."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines

LISTS = {
    "ko": [
        "1 서울시 공원 리모델링 내년 봄 완공",
        "2 지하철 요금 인상 확정",
        "3 한강 자전거길 새단장",
    ],
    "en": [
        "1 Bus fares to rise in April across the county",
        "2 New bike lanes open on Main Street this week",
        "3 Station car park to close for three months",
    ],
}
NOTES = {
    "ko": "오후 3시까지 집계한 결과입니다.",
    "en": "Ranked by page views in the last 24 hours.",
}
HEADINGS = {"ko": "랭킹 뉴스", "en": "Trending now"}


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_a_note_under_the_ranking_is_related(lang):
    lines = [*BODY[lang], HEADINGS[lang], *LISTS[lang], NOTES[lang]]
    got = classify_lines(lines)
    assert got[NOTES[lang]][0] == "related", got[NOTES[lang]]


def test_a_note_over_the_ranking_is_related():
    # (an English sentence of function words right under the last paragraph
    # is left to the article: it may close the report)
    lang = "ko"
    lines = [*BODY[lang], NOTES[lang], *LISTS[lang]]
    got = classify_lines(lines)
    assert got[NOTES[lang]][0] == "related", got[NOTES[lang]]


def test_the_articles_closing_sentence_with_the_word_stays_body():
    line = "경찰 집계에 따르면 이날 집회에는 약 3천 명이 참가했다."
    got = classify_lines([*BODY["ko"], line, *LISTS["ko"]])
    assert got[line][0] == "body", got[line]
