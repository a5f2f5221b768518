"""Two year-less ranges that took the wrong year.

A span announced as ahead may have begun already: "将于6月28日至7月14日
举行" published on 3 July is this year's span (it is ahead while its end
is), not next year's. A span from December into January is one range that
runs into the next year ("Dec. 28 to Jan. 5"). Sentences invented."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang, published):
    return [(m.value, m.end_value) for m in resolve_dates(text, lang, published)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("zh", "赛事将于6月28日至7月14日在四个城市举行。"),
        ("en", "The festival will run from June 28 to July 14 in four cities."),
    ],
)
def test_a_span_ahead_that_has_begun_is_this_years(lang, text):
    assert found(text, lang, "2024-07-03") == [("2024-06-28", "2024-07-14")]
    # once it is over, a span told as ahead is next year's
    assert found(text, lang, "2024-07-20") == [("2025-06-28", "2025-07-14")]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The museum is closed from Dec. 28 to Jan. 5 for repairs."),
        ("zh", "博物馆12月28日至1月5日闭馆维修。"),
        ("vi", "Bảo tàng đóng cửa từ ngày 28/12 đến 5/1 để sửa chữa."),
        ("fr", "Le musée est fermé du 28 décembre au 5 janvier pour travaux."),
    ],
)
def test_a_span_from_december_into_january_is_one_range(lang, text):
    assert found(text, lang, "2024-12-30") == [("2024-12-28", "2025-01-05")]
