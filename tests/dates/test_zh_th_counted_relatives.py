"""Counted relatives in the forms Chinese and Thai news also write: "三天之后",
"两天以后", "三年之前" (with 之 / 以 before 后 / 前), Thai "หลังจากนั้น 2 วัน"
(after that, two days: the count after the words). And a count is never the
tail of a longer number: "在2020年前" is "before 2020", not "020 years ago"
(2004). Publication date: Tuesday 10 September 2024."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-09-10"


def values(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("zh", "油轮3月14日搁浅。三天之后，救援人员抵达。", ("三天之后", "2024-03-17")),
        ("zh", "油轮3月14日搁浅。两天以后，救援人员抵达。", ("两天以后", "2024-03-16")),
        ("zh", "三年之前，他离开了家乡。", ("三年之前", "2021")),
        (
            "th",
            "เรือเกยตื้นเมื่อวันที่ 14 มี.ค. หลังจากนั้น 2 วัน เจ้าหน้าที่กู้ภัยเดินทางมาถึง",
            ("หลังจากนั้น 2 วัน", "2024-03-16"),
        ),
        (
            "th",
            "เรือเกยตื้นเมื่อวันที่ 14 มี.ค. หลังจากนั้นอีก 3 วัน เจ้าหน้าที่กู้ภัยเดินทางมาถึง",
            ("หลังจากนั้นอีก 3 วัน", "2024-03-17"),
        ),
    ],
)
def test_counted_relative(lang, text, expect):
    assert expect in values(text, lang)


@pytest.mark.parametrize(
    "text,expect",
    [
        ("在2020年前，该厂已关闭。", []),
        ("在2020年之前，该厂已关闭。", [("2020年", "2020")]),
    ],
)
def test_a_year_before_qian_is_no_count(text, expect):
    assert values(text, "zh") == expect
