"""'A week later' counts from a happening written before it, never from the publication."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2024-05-20"


def values(text, lang, published=PUB, spans=None):
    return [
        (text[m.start : m.end], m.value)
        for m in resolve_dates(text, lang, published, context_spans=spans)
    ]


@pytest.mark.parametrize(
    "lang,text,span",
    [
        ("en", "A week later, the bridge reopened to traffic.", "A week later"),
        ("es", "Tres días después, el puente volvió a abrir.", "Tres días después"),
        ("fr", "Deux jours plus tard, le pont a rouvert.", "Deux jours plus tard"),
        ("vi", "Ba ngày sau, cây cầu được thông xe trở lại.", "Ba ngày sau"),
    ],
)
def test_no_earlier_date_no_resolution(lang, text, span):
    assert span not in [s for s, _ in values(text, lang)]


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        (
            "en",
            "The bridge closed on 3 March 2024. A week later, it reopened.",
            "A week later",
            "2024-03-10",
        ),
        (
            "es",
            "El puente cerró el 3 de marzo de 2024. Tres días después, volvió a abrir.",
            "Tres días después",
            "2024-03-06",
        ),
        (
            "vi",
            "Cầu đóng cửa ngày 3/3/2024. Ba ngày sau, cầu được thông xe.",
            "Ba ngày sau",
            "2024-03-06",
        ),
    ],
)
def test_earlier_date_is_the_antecedent(lang, text, span, value):
    assert (span, value) in values(text, lang)


def test_chinese_n_days_after_is_also_in_n_days():
    assert ("三天后", "2024-05-23") in values("三天后，代表团将抵达上海。", "zh")
    assert ("三天后", "2024-03-06") in values("2024年3月3日大桥关闭，三天后重新开放。", "zh")


def test_a_set_aside_stamp_is_no_antecedent():
    """The page's timestamp (a block cleaning set aside) is not what 'a month
    after' in the article counts from."""
    stamp = "Updated March 12, 2025"
    # ("a month after the warning" would count from the warning, a happening
    # whose date the text does not give: no date either way, see
    # test_relative_to_named_event.py; "a month later" counts from the last date)
    body = "The collapse came a month later."
    text = stamp + "\n" + body
    kept = [(len(stamp) + 1, len(text))]
    got = values(text, "en", "2025-03-12", spans=kept)
    assert "a month later" not in [s for s, _ in got]
    # with the stamp counted as article text it would be the antecedent
    assert ("a month later", "2025-04") in values(text, "en", "2025-03-12")
