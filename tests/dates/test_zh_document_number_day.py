"""A Chinese document's number after its bracketed year ("国办发〔2023〕15号",
"京政发[2024]8号") is no day of the month: "15号" read as the 15th. A bare
day after other brackets ("（记者 张三）15日，") is still the day. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2024-06-12"


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "zh", PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "国务院办公厅印发《关于加快发展的意见》（国办发〔2023〕15号）。",
        "市政府印发京政发[2024]8号文件。",
        "根据财税［2022］12号规定执行。",
    ],
)
def test_a_documents_number_is_no_day(text):
    assert found(text) == []


def test_a_day_after_a_byline_is_still_a_day():
    assert found("（记者 张三）10日，市政府召开会议。") == [("10日", "2024-06-10")]
