""" "The following Monday" counts from the day written before it even when a
year or a month was told in between ("on 3 March, in its 2025 budget, ...
the following Monday", "el 3 de marzo, en los presupuestos de 2025, ... el
lunes siguiente"): a year names no day to count from. With no day written
before it, it still names none. Sentences written for these tests (a budget,
a strike, a trial); published Wednesday 2025-03-19."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-19"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,span",
    [
        (
            "es",
            (
                "El Gobierno aprobó el 5 de marzo los presupuestos de 2025, y el Congreso "
                "los debatió el martes siguiente."
            ),
            "martes siguiente",
        ),
        (
            "fr",
            (
                "Le syndicat a déposé un préavis le 5 mars pour l'année 2025, et la grève "
                "a commencé le mardi suivant."
            ),
            "mardi suivant",
        ),
        (
            "vi",
            (
                "Tòa thụ lý vụ án ngày 5/3, theo kế hoạch năm 2025, và mở phiên sơ thẩm "
                "vào thứ Ba tuần sau đó."
            ),
            "thứ Ba tuần sau đó",
        ),
        (
            "th",
            "ศาลรับฟ้องเมื่อ 5 มี.ค. ตามแผนงานปี 2568 และเริ่มไต่สวนในวันอังคารถัดมา",
            "วันอังคารถัดมา",
        ),
    ],
)
def test_the_following_weekday_counts_from_the_day_not_the_year(lang, text, span):
    got = dict(found(text, lang))
    assert any(span in s or s in span for s in got), got
    value = next(v for s, v in got.items() if span in s or s in span)
    assert value == "2025-03-11"


@pytest.mark.parametrize(
    "lang,text",
    [
        ("es", "En 2025 el Congreso debatió los presupuestos el martes siguiente."),
        ("fr", "En 2025, la grève a commencé le mardi suivant."),
    ],
)
def test_with_no_day_before_it_names_none(lang, text):
    assert all(v != "2025-03-11" for _, v in found(text, lang))
