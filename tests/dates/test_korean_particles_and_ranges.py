"""Korean writes its particles onto the date ("3월 5일에" on March 5, "3월
3일부터" from March 3): the CLDR reader refused a date with a letter after
it, so only the bare "5일" was read, as a day of the publication's month.
And days of one month joined by "부터 ... 까지" (from ... until), "에서" or a
tilde ("3월 3일부터 5일까지", "3월 3일~5일") are one range, as '3月3日から5日まで'
is in Japanese: two days were read. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2024-04-10"


def found(text, lang="ko", published=PUB):
    return [
        (text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, published)
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("정부는 3월 5일에 대책을 발표했다.", [("3월 5일", "2024-03-05", None)]),
        ("새 규정은 2024년 3월 3일부터 시행됐다.", [("2024년 3월 3일", "2024-03-03", None)]),
        (
            "축제는 3월 3일부터 5일까지 열렸다.",
            [("3월 3일부터 5일까지", "2024-03-03", "2024-03-05")],
        ),
        (
            "축제는 3월 3일부터 3월 5일까지 열렸다.",
            [("3월 3일부터 3월 5일까지", "2024-03-03", "2024-03-05")],
        ),
        ("축제는 3월 3일~5일 열렸다.", [("3월 3일~5일", "2024-03-03", "2024-03-05")]),
        (
            "회의는 2024년 3월 3일부터 5일까지 열렸다.",
            [("2024년 3월 3일부터 5일까지", "2024-03-03", "2024-03-05")],
        ),
    ],
)
def test_korean_dates_with_particles(text, expected):
    assert found(text) == expected


def test_a_letter_that_is_no_particle_still_ends_no_date():
    # "5일간" is a count of days (for five days): no March 5th
    assert found("행사는 3월 5일간 열린다.") == []


def test_a_later_day_of_another_month_is_one_range_and_two_dates_without_range_words():
    # joined by the range words, days of two months are one range too (see
    # test_korean_cross_month_ranges); without them they are two dates
    assert found("정부는 3월 30일부터 4월 2일까지 점검했다.") == [
        ("3월 30일부터 4월 2일까지", "2024-03-30", "2024-04-02"),
    ]
    assert found("정부는 3월 30일 점검했고 4월 2일 발표했다.") == [
        ("3월 30일", "2024-03-30", None),
        ("4월 2일", "2024-04-02", None),
    ]
