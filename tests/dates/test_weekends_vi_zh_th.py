"""The weekend of last or this week in Vietnamese, Chinese (and Japanese)
and Thai ("cuối tuần qua", "cuối tuần này", "上周末", "本周末", "先週末",
"สุดสัปดาห์ที่ผ่านมา", "สุดสัปดาห์นี้") is its Saturday and Sunday, as en "last
weekend", "el fin de semana pasado" and "le week-end dernier" were: sports
results dated by the weekend were given the whole week. "tuần qua" and
"上周" stay the week. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-03-14"  # a Friday


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,lang,span,days",
    [
        (
            "Cuối tuần qua, đội tuyển đã thắng 2-0.",
            "vi",
            "Cuối tuần qua",
            ("2025-03-08", "2025-03-09"),
        ),
        (
            "Cuối tuần này, giải đấu sẽ khởi tranh.",
            "vi",
            "Cuối tuần này",
            ("2025-03-15", "2025-03-16"),
        ),
        ("上周末，球队在主场以2比0获胜。", "zh", "上周末", ("2025-03-08", "2025-03-09")),
        ("本周末将举行联赛第三轮比赛。", "zh", "本周末", ("2025-03-15", "2025-03-16")),
        ("先週末の試合でチームが勝利した。", "ja", "先週末", ("2025-03-08", "2025-03-09")),
        ("สุดสัปดาห์ที่ผ่านมา ทีมชาติไทยชนะ 2-0", "th", "สุดสัปดาห์ที่ผ่านมา", ("2025-03-08", "2025-03-09")),
        ("สุดสัปดาห์นี้ จะมีการแข่งขันนัดสำคัญ", "th", "สุดสัปดาห์นี้", ("2025-03-15", "2025-03-16")),
    ],
)
def test_weekends(text, lang, span, days):
    assert (span, *days) in found(text, lang)


def test_last_week_stays_the_week():
    assert found("Tuần qua giá xăng tăng mạnh.", "vi") == [("Tuần qua", "2025-03-03", "2025-03-09")]
    assert found("上周，球队获胜。", "zh") == [("上周", "2025-03-03", "2025-03-09")]
