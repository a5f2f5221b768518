"""A span of years written with an em dash or a full-width hyphen, as Chinese
writes them ("2024—2025学年", "2019－2023年"), and English typesetting
("1939—1945"): both years, as with a hyphen. A longer run of numbers stays
none. Sentences written for these tests; published 2025-06-04."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-06-04"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span",
    [
        ("zh", "2024—2025学年共招收新生3200人。", "2024—2025"),
        ("zh", "该市2019－2023年累计投资80亿元。", "2019－2023"),
        ("en", "The archive covers the occupation years (1939—1945) in detail.", "1939—1945"),
    ],
)
def test_a_span_of_years_with_a_long_dash(lang, text, span):
    a, b = span.replace("—", "-").replace("－", "-").split("-")
    assert found(text, lang) == [(span, a, b)]


def test_a_run_of_numbers_is_no_span():
    assert found("Ref. 2019—2023—4471 on the invoice.", "en") == []
