"""Korean and Japanese bylines put the name before the role and often the
writer's e-mail after it ('김민수 기자 minsu@…', '山田太郎記者'). The line was
taken for site chrome (it names a domain), the extractor's copy of it ('김민수
기자 Minsu Example') was kept whole as the author, and a Korean name (one word
of two to four syllables) was never accepted as a name. Pages written for
this test."""

from __future__ import annotations

import pytest

from newsline.clean.html import author_name
from tests.clean.helpers import BODY_KO as KO
from tests.clean.helpers import classify_lines


@pytest.mark.parametrize(
    "line",
    ["김민수 기자 minsu@hanbit.example", "이지은 특파원(jieun@daehan.example)"],
)
def test_a_name_then_role_then_e_mail_is_a_byline(line):
    got = classify_lines(["서울시, 공원 리모델링 내년 봄 완료", line, *KO])
    assert got[line][0] == "byline", got[line]


def test_a_line_about_an_e_mail_address_is_no_byline():
    line = "문의는 jieun@daehan.example 으로"
    got = classify_lines(["서울시, 공원 리모델링 내년 봄 완료", *KO, line])
    assert got[line][0] != "byline", got[line]


@pytest.mark.parametrize(
    ("raw", "lang", "name"),
    [
        ("김민수 기자 Minsu Example", "ko", "김민수"),
        ("김민수 기자 minsu@hanbit.example", "ko", "김민수"),
        ("山田太郎記者", "ja", "山田太郎"),
        # a role before a name of the same script: the name is not before it
        ("本报记者 王晓明", "zh", "本报记者 王晓明"),
        ("Staff Reporter John Smith", "en", "Staff Reporter John Smith"),
    ],
)
def test_the_author_is_the_name_before_the_role(raw, lang, name):
    assert author_name(raw, lang) == name


def test_a_plain_korean_page_names_its_writer(tmp_path):
    from tests.clean.helpers import classify_page

    p = tmp_path / "ko.txt"
    p.write_text(
        "\n".join(["서울시, 공원 리모델링 내년 봄 완료", "이지은 기자 jieun@daehan.example", *KO]),
        encoding="utf-8",
    )
    assert classify_page(p).author == "이지은"
