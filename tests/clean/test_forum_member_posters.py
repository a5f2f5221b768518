"""A forum's poster who signs with a member number instead of a name
("สมาชิกหมายเลข 4567890", "Thành viên số 12345", "Member #4567"), the label
and the number alone on a line under the thread's title, is the post's
writer: it was set aside as a line before the article and the page named
no author. Pages written for this test in a Thai web board's, a Vietnamese
forum's and an English message board's styles."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import BODY, classify_lines, classify_page

POSTERS = [
    ("th", "สวนสาธารณะกลางเมืองเตรียมปรับปรุงเดือนหน้า", "สมาชิกหมายเลข 4567890"),
    ("vi", "Công viên trung tâm sắp được cải tạo", "Thành viên số 12345"),
    ("en", "Park renovation to start next month", "Member #4567"),
]


@pytest.mark.parametrize(("lang", "head", "poster"), POSTERS)
def test_a_member_number_is_the_posts_byline(lang, head, poster):
    got = classify_lines([head, poster, *BODY[lang]])
    assert got[poster][0] == "byline", got[poster]


@pytest.mark.parametrize(("lang", "head", "poster"), POSTERS)
def test_a_member_number_names_the_author(tmp_path: Path, lang, head, poster):
    path = tmp_path / "post.txt"
    path.write_text("\n".join([head, poster, *BODY[lang]]), encoding="utf-8")
    assert classify_page(path).author == poster


@pytest.mark.parametrize(
    "line", ["Member states agreed on 27 new rules", "สมาชิกหมายเลข 12 คนเข้าร่วมประชุมในวันนี้"]
)
def test_a_line_going_on_after_the_number_is_no_poster(line):
    got = classify_lines([BODY["en"][0], BODY["en"][1], line, BODY["en"][2], BODY["en"][3]])
    assert got[line][0] != "byline", got[line]
