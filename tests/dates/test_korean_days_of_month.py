"""Korean news names a day of the current month by its number alone:
"지난 11일" (behind), "오는 20일" (ahead), or a bare "11일" whose sentence
tells when ("재판을 재개했다": past; "열릴 예정이다": planned, ahead). Korean
is read through CLDR, which knows only full dates ("2025년 3월 3일"): these
days were all missed. A count of days ("3일간", "3일 동안", "5일째", "3일
만에") and a day of every month ("매월 1일") are no date. Sentences written
for these tests (court, sports and weather reporting)."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-14"


def found(text, published=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "ko", published)]


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("서울중앙지법은 지난 11일 재판을 재개했다.", "지난 11일", "2025-03-11"),
        ("선고 공판은 오는 20일 열린다.", "오는 20일", "2025-03-20"),
        # ahead of a day already past this month: the next month's
        ("대표팀은 오는 5일 일본과 맞붙는다.", "오는 5일", "2025-04-05"),
        ("기상청은 12일 오전 강풍 특보를 발령했다.", "12일", "2025-03-12"),
        ("통계청은 28일 2월 고용동향을 발표할 예정이다.", "28일", "2025-03-28"),
    ],
)
def test_days_of_the_current_month(text, span, value):
    assert (span, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "축제는 3일간 이어졌다.",
        "노조원들은 3일 동안 농성했다.",
        "파업은 5일째 이어지고 있다.",
        "실종자는 사고 발생 3일 만에 구조됐다.",
        "관리비는 매월 1일 청구된다.",
    ],
)
def test_counts_of_days_and_every_month_are_no_date(text):
    assert found(text) == []


def test_a_full_date_stays_one_date():
    assert found("2025년 3월 3일 검찰은 피고인을 기소했다.") == [("2025년 3월 3일", "2025-03-03")]


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("법원은 지난달 5일 원심을 확정했다.", "지난달 5일", "2025-02-05"),
        ("재판부는 이달 20일 선고한다.", "이달 20일", "2025-03-20"),
        ("리그는 다음 달 5일 개막한다.", "다음 달 5일", "2025-04-05"),
    ],
)
def test_a_day_of_last_this_or_next_month(text, span, value):
    assert found(text) == [(span, value)]


def test_no_such_day_in_last_month_gives_no_date():
    assert found("지난달 31일 발표했다.") == []  # February 2025 has no 31st
