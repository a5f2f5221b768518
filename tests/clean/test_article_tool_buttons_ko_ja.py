"""Korean and Japanese portals' buttons under the article – recommending it
('기사 추천', '이 기사를 추천합니다') or reporting a problem with it
('記事に関する報告') – are the page's tools (navigation): they were set aside
as related headlines after the article. A related heading of recommended
stories ('추천 기사') stays related. Pages written for this test in a Korean
and a Japanese portal's styles."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines


@pytest.mark.parametrize(
    "lang,line", [("ko", "기사 추천"), ("ko", "이 기사를 추천합니다"), ("ja", "記事に関する報告")]
)
def test_a_tool_button_under_the_article_is_navigation(lang, line):
    got = classify_lines([*BODY[lang], line, "Copyright ⓒ 2026"])
    assert got[line][0] == "navigation", got[line]


def test_recommended_stories_heading_stays_related():
    line = "추천 기사"
    got = classify_lines(
        [*BODY["ko"], line, "서울 지하철 9호선 연장 구간 개통", "Copyright ⓒ 2026"]
    )
    assert got[line][0] == "related", got[line]
