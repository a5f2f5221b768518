"""A span from a part of one month to a part of another ("from late April to
early May", "de mi-avril à fin mai", "từ giữa tháng 4 đến cuối tháng 5",
"ตั้งแต่กลางเดือนเมษายนถึงปลายเดือนพฤษภาคม"): the two months, one range, as
Chinese "4月中旬至5月下旬" already was and as a part of a month alone is its
month. A relative year after the second month is the span's ("from late
April to early May last year"). Sentences written for these tests (a
harvest, a school calendar, a monsoon); published Friday 2025-01-10."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-01-10"


def spans(text, lang):
    return [(m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("en", "The cherry harvest runs from late April to early May.", ("2025-04", "2025-05")),
        ("en", "Registration is open from mid-April until late May.", ("2025-04", "2025-05")),
        (
            "fr",
            "La cueillette se déroulera de mi-avril à fin mai dans la vallée.",
            ("2025-04", "2025-05"),
        ),
        (
            "vi",
            "Từ giữa tháng 4 đến cuối tháng 5, nông dân thu hoạch vải thiều.",
            ("2025-04", "2025-05"),
        ),
        ("th", "ตั้งแต่กลางเดือนเมษายนถึงปลายเดือนพฤษภาคม เกษตรกรเก็บเกี่ยวลำไย", ("2025-04", "2025-05")),
        ("zh", "4月中旬至5月下旬，果农采摘荔枝。", ("2025-04", "2025-05")),
    ],
)
def test_parts_of_two_months_are_one_span(lang, text, expect):
    assert spans(text, lang) == [expect]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The monsoon lasted from late June to early August last year."),
        ("vi", "Từ cuối tháng 6 đến đầu tháng 8 năm ngoái, mưa lớn kéo dài."),
    ],
)
def test_a_relative_year_after_the_second_month_is_the_spans(lang, text):
    assert spans(text, lang) == [("2024-06", "2024-08")]
