"""A month of a two-digit year in Chinese ("新规将于25年3月起实施", "自24年9月份
以来", "24年10月底"): a preposition of time before it or a month's word after
it makes it a date -- the mainland's short year in simplified script, an ROC
year in traditional ("於99年3月起"). Without either it may be a term ("判处有期
徒刑10年6月", "服刑10年6月后获释") and stays no date. Sentences written for these
tests; published 2024-12-01."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-12-01"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "zh", PUB)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("新规将于25年3月起实施。", ("25年3月", "2025-03")),
        ("自24年9月份以来，房价持续下跌。", ("24年9月份", "2024-09")),
        ("该厂24年10月底投产。", ("24年10月", "2024-10")),
        ("新規於99年3月起實施。", ("99年3月", "2010-03")),
    ],
)
def test_two_digit_year_month(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", ["他被判处有期徒刑10年6月。", "他服刑10年6月后获释。"])
def test_a_term_is_no_date(text):
    assert found(text) == []
