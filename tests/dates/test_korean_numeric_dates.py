"""Korean news stamps and datelines write numeric dates ("입력 2025.03.13
14:05", "기사입력 2025-03-13", "수정 2025.3.13."). Korean writes its month
names as numbers ("3월"), and for such languages the CLDR reader kept only
the long format ("2025년 3월 13일"): the numeric dates of every Korean page
were missed, its publish stamp with them. A version number is no date.
Lines written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "ko", "2025-03-20")]


@pytest.mark.parametrize(
    "text,span",
    [
        ("입력 2025.03.13 14:05", "2025.03.13"),
        ("기사입력 2025-03-13 14:05", "2025-03-13"),
        ("수정 2025.3.13. 오후 2:05", "2025.3.13"),
    ],
)
def test_numeric_korean_dates(text, span):
    assert (span, "2025-03-13") in found(text)


def test_a_version_number_and_the_long_format():
    assert found("앱 버전 1.2.3 업데이트가 배포됐다.") == []
    assert found("2025년 3월 13일 오후 2시") == [("2025년 3월 13일", "2025-03-13")]
