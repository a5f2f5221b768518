"""Spanish "un par de" (a couple of) counts two, as English "a couple of"
does ("hace un par de días"); Chinese "9月下旬至10月上旬" (late September to
early October) is the two months, as "9月至10月" is -- the parts of the
months stood between them and split the range. Sentences written for this
test."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang, pub):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Hace un par de días, un incendio arrasó 50 hectáreas.",
            [("Hace un par de días", "2024-05-08", None)],
        ),
        (
            "Dentro de un par de semanas se conocerá el fallo.",
            [("Dentro de un par de semanas", "2024-05-24", None)],
        ),
    ],
)
def test_un_par_de_counts_two(text, expected):
    assert found(text, "es", "2024-05-10") == expected


def test_un_par_de_without_a_unit_is_no_date():
    assert found("Compró un par de zapatos en el mercado.", "es", "2024-05-10") == []


@pytest.mark.parametrize(
    "text,pub,expected",
    [
        (
            "8月下旬至9月上旬，长江流域将进入主汛期。",
            "2024-08-10",
            [("8月下旬至9月", "2024-08", "2024-09")],
        ),
        (
            "3月底到4月初，北方将出现沙尘天气。",
            "2024-03-10",
            [("3月底到4月", "2024-03", "2024-04")],
        ),
    ],
)
def test_parts_of_two_months_joined_are_the_months(text, pub, expected):
    assert found(text, "zh", pub) == expected


def test_a_part_of_a_month_alone_stays_the_month():
    assert found("5月下旬，北方地区将迎来高温。", "zh", "2024-03-10") == [("5月", "2024-05", None)]
