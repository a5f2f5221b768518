"""`newsline.web.search.search` takes its days as dates or as ``YYYY-MM-DD``
text, as ``events_between`` does: a Python caller writing
``search(conn, "", date_from="2024-07-13")`` got AttributeError ('str' object
has no attribute 'isoformat'). Text that is no day is a ValueError naming it."""

from __future__ import annotations

from datetime import date

import pytest

from newsline.days import BadDayRange
from newsline.web.search import search


def test_days_as_text_filter_as_dates_do(search_conn):
    as_dates = search(search_conn, "", date_from=date(2024, 7, 13), date_to=date(2024, 7, 14))
    as_text = search(search_conn, "", date_from="2024-07-13", date_to="2024-07-14")
    assert as_dates.hits, "the test database has pages of those days"
    assert [h.id for h in as_text.hits] == [h.id for h in as_dates.hits]
    assert as_text.total == as_dates.total
    assert as_text.filters["date_from"] == "2024-07-13"
    assert as_text.filters["date_to"] == "2024-07-14"
    everything = search(search_conn, "", date_from="2000-01-01")
    assert everything.total > as_text.total


def test_an_empty_day_is_no_bound(search_conn):
    assert search(search_conn, "", date_from="").total == search(search_conn, "").total


@pytest.mark.parametrize("bad", ["2024-13-01", "13/07/2024", "yesterday"])
def test_text_that_is_no_day_is_a_value_error_naming_it(search_conn, bad):
    with pytest.raises(ValueError, match="is not a day") as caught:
        search(search_conn, "nato", date_to=bad)
    assert isinstance(caught.value, BadDayRange) and caught.value.bound == "date_to"
