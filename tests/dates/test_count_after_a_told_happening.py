"""A count measured from a happening told by a verb -- "three months after
grounding its fleet" -- is no date (as "after the vote" already is): read
from the publication it named a day months ahead. Counting from a date
written before ("Three months after that") still counts. Sentences invented;
published 2024-10-02."""

from __future__ import annotations

from newsline.dates import resolve_dates


def found(text):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, "en", "2024-10-02")]


def test_count_after_a_gerund_is_no_date():
    text = "On Oct. 2, the airline filed for bankruptcy, three months after grounding its fleet."
    assert found(text) == [("Oct. 2", "2024-10-02")]
    text = "The mayor was arrested on Sept. 3 and resigned two weeks after being charged."
    assert found(text) == [("Sept. 3", "2024-09-03")]


def test_count_after_that_still_counts_from_the_date_before():
    text = "The fleet was grounded on July 1. Three months after that, the airline filed for bankruptcy."
    assert found(text) == [("July 1", "2024-07-01"), ("Three months after", "2024-10")]
