"""A timeline box's line may put only a space between its day and its words
("11月16日 法国警方在马赛逮捕两名嫌犯\n12月3日 铜鼓回归河内"): with a line next to it
opening with a day too, it is a chronology's entry and needs fewer words, as
one with a colon does (held-out story19: the box's last, shortest line was
no event). A short line with a day and no such neighbour is still none.
Sentences written for these tests."""

from __future__ import annotations

from .records import extract_from_text


def dated(text, lang, pub):
    return [(e.date, text[e.start : e.end].strip()) for e in extract_from_text(text, lang, pub)]


def test_a_short_line_of_a_box_is_an_event():
    text = "大事记\n5月2日 运河管理局宣布封闭两座船闸并疏散附近居民\n5月6日 船闸重新开放通航\n\n相关新闻：巴拿马迎来雨季（5月1日）"
    got = dated(text, "zh", "2041-05-08")
    assert ("2041-05-06", "5月6日 船闸重新开放通航") in got


def test_a_short_line_alone_is_none():
    text = "巴拿马运河恢复通航\n\n5月6日 船闸重新开放通航"
    assert dated(text, "zh", "2041-05-08") == []


def test_a_space_before_a_digit_is_no_entry():
    # a day then a number ("5月6日 18时"): a stamp line, not a list's words
    text = "5月6日 18时\n5月7日 船闸重开"
    assert [d for d, _ in dated(text, "zh", "2041-05-08")] != ["2041-05-06", "2041-05-07"]
