"""A share, like or comment count alone on its line after the article
("1.3K shares", "2,418 shares", "阅读 1.2万　点赞 326") was read as a teaser
of the related list or a stamp (clean heldout15's h03/h05/h09/t14, heldout16's
h03/t13/t18): it is the article's share bar, navigation. A read counter
alone stays a stamp; a sentence with a count in it stays body. Lines
written for this test."""

from __future__ import annotations

import pytest

from newsline.clean.features import share_counts

from .helpers import BODY, classify_lines, label_closing


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "4.7K shares"),
        ("en", "312 comments"),
        ("es", "1,8 mil compartidos"),
        ("fr", "254 partages"),
        ("de", "87 Kommentare"),
        ("zh", "阅读 3.4万　点赞 512"),
        ("th", "ถูกใจ 2.1K แชร์ 145"),
        ("vi", "1.204 lượt chia sẻ"),
    ],
)
def test_a_count_of_shares_likes_or_comments_is_navigation(lang, line):
    got = label_closing(BODY[lang], line)
    assert got[0] == "navigation", got
    assert got[1][0].startswith("share, like or comment count"), got


@pytest.mark.parametrize(
    "line",
    ["4.7K shares", "阅读 3.4万　点赞 512", "Comments 12 · Shares 3", "ชอบ 1.5K แชร์ 320"],
)
def test_share_counts_are_read(line):
    assert share_counts(line)


@pytest.mark.parametrize(
    "line",
    [
        "1.234 lượt xem",  # a read counter alone: counter_alone's stamp
        "12 shares in the company were sold on Monday.",
        "Shares",  # no count
        "Real Madrid 2 Barcelona 1",
    ],
)
def test_other_lines_are_no_share_counts(line):
    assert not share_counts(line)


def test_a_sentence_about_shares_stays_body():
    b = BODY["en"]
    line = "The fund sold 4,700 shares of the company on Monday, its filing shows."
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == "body", got[line]
