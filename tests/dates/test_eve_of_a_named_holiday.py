"""The eve of a holiday on a fixed day, named by its name, is the day
before, one date (heldout12's "国庆节前夕", heldout15): es "la víspera /
noche de Reyes" (5 January), vi "đêm giao thừa (Tết) dương lịch" (31
December), zh "劳动节前一天" as "劳动节前夕". The eve of a lunar festival
("Đêm giao thừa" alone, "春节前一天", "中秋节前一天") gives none, and zh
"前一天" after a festival's name no longer counts back from a date told
before it. Sentences invented."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


def found(text, lang, pub):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "lang,text,pub,expected",
    [
        ("es", "La víspera de Reyes hubo colas en las jugueterías.", "2026-01-08", [("víspera de Reyes", "2026-01-05")]),
        (
            "vi",
            "Đêm giao thừa dương lịch, Hà Nội bắn pháo hoa tại 30 điểm.",
            "2026-01-05",
            [("giao thừa dương lịch", "2025-12-31")],
        ),
        ("zh", "劳动节前一天，高速公路车流量激增。", "2026-05-10", [("劳动节前一天", "2026-04-30")]),
    ],
)
def test_eve_of_a_fixed_holiday(lang, text, pub, expected):
    assert found(text, lang, pub) == expected


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("vi", "Đêm giao thừa, cả nhà quây quần bên mâm cỗ.", []),
        ("zh", "春节前一天，超市人潮涌动。", []),
        ("zh", "国庆节当天游客众多，中秋节前一天则相对冷清。", [("国庆节当天", "2025-10-01")]),
        ("es", "Los Reyes visitaron el hospital infantil.", []),
    ],
)
def test_no_eve_of_a_moving_festival(lang, text, expected):
    assert found(text, lang, "2026-01-08") == expected
