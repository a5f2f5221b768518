"""A byline printed with the link to the writer's other articles after it
("한지민 기자 다른기사 보기", "山田太郎 記者 記事一覧", "Jane Doe, Reporter ·
More from this author") was read as a headline after the article (a
teaser) or kept in the extractor's main text; without the link it is a
byline, and so it is with it. The link alone names no one and is no
byline. Pages written for this test."""

from __future__ import annotations

import pytest

from .helpers import BODY, labels_of


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ko", "박서연 기자 다른기사 보기"),
        ("ko", "박서연 기자 | 기사 더보기"),
        ("ja", "佐藤花子 記者 記事一覧"),
        ("en", "Maria Lopez, Reporter · More from this author"),
    ],
)
def test_byline_with_a_link_to_the_writers_articles(lang, line):
    lines = ["Park renovation", *BODY[lang], line, "Copyright © Example Daily"]
    assert labels_of(lines)[5] == "byline"


def test_the_link_alone_is_no_byline():
    lines = ["Park renovation", *BODY["ko"], "다른기사 보기", "Copyright © Example Daily"]
    assert labels_of(lines)[5] != "byline"
