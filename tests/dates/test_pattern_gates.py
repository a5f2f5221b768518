"""The cheap gates in front of the date patterns never hide a match.

A gate lists texts every match of a pattern must contain; a segment without
them is not scanned. Here every pattern of every language is run on texts
where it matches (and on hostile case variants) and the gate must let each
such text through.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsline.dates import engine as E
from newsline.dates import tables as T
from newsline.wordseg import ascii_digits

LANGS = [lg for lg in ("en", "vi", "th", "zh", "es", "fr") if lg in T.LANGS]

SAMPLES = [
    "on Tuesday, March 4, 2025 the council met",
    "ON TUESDAY, MARCH 4, 2025",
    "ſeptember 3, 2024 and ſept 5",  # long s: re's ignore-case takes it for 's'
    "İn 2019, from 3 to 5 Apr",  # dotted capital I
    "ngày 12/3/2024, tháng 5 năm 2023, từ 3 đến 5/6",
    "วันที่ 5 มีนาคม 2567 และ พ.ศ. 2566 วันจันทร์",
    "2024年3月5日，星期二，十二月三日，3号",
    "el 5 de marzo de 2024, le 3 mars 2023",
    "2024-03-05 and 2024/3/5 and 5/3",
    # relative expressions (their patterns are gated too)
    "Three days ago, last week, LAST SUMMER, two months later, the day before, yesterday",
    "hôm qua, tuần trước, một tháng sau, 3 ngày trước, mùa hè năm ngoái, cách đây hai năm",
    "เมื่อวานนี้ สัปดาห์ที่แล้ว ฤดูร้อนที่แล้ว 3 วันก่อน หนึ่งเดือนต่อมา",
    "昨天，上周，去年夏天，三天前，一个月后，前天",
    "ayer, la semana pasada, hace tres días, dos meses después, el verano pasado",
    "hier, la semaine dernière, il y a deux jours, un mois plus tard, l'été dernier",
]


def _gated_patterns():
    for lg in LANGS:
        for (rx, _), gate in zip(E._compiled(lg), E._gates(lg)):
            yield lg, rx, gate
        for (rx, _, _), gate in zip(E._relative_compiled(lg), E._relative_gates(lg)):
            yield lg, rx, gate


def test_relative_samples_meet_relative_patterns():
    # the relative samples above exercise patterns of every language
    for lg in LANGS:
        hits = sum(
            1
            for rx, _, _ in E._relative_compiled(lg)
            for text in SAMPLES
            if rx.search(ascii_digits(text))
        )
        assert hits >= 3, lg


@pytest.mark.parametrize("text", SAMPLES)
def test_gate_passes_every_text_with_a_match(text):
    norm = ascii_digits(text)
    low = E.gate_text(norm)
    for _lg, rx, gate in _gated_patterns():
        if rx.search(norm):
            assert E.passes(gate, low), (rx.pattern[:80], text)


def test_most_patterns_have_a_gate_and_plain_prose_skips_them():
    prose = E.gate_text("The committee discussed the proposal at length without a decision.")
    gates = [g for _, _, g in _gated_patterns()]
    assert sum(1 for g in gates if g) >= 0.8 * len(gates)
    assert sum(1 for g in gates if g and E.passes(g, prose)) <= 0.2 * len(gates)


_ALPHABET = "0123456789/-–.,年月日号 ThMaSeptſİıKkngàyáthng5พศ.มีนาคมวันที่" + "".join(SAMPLES)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=sorted(set(_ALPHABET)), max_size=40))
def test_gate_never_hides_a_match_on_random_text(text):
    low = E.gate_text(text)
    for _lg, rx, gate in _gated_patterns():
        if rx.search(text):
            assert E.passes(gate, low), (rx.pattern[:80], text)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(SAMPLES),
    st.integers(0, 60),
    st.integers(0, 60),
    st.sampled_from([str, str.upper, str.lower, str.swapcase, str.title]),
)
def test_gate_never_hides_a_match_on_sample_pieces(text, a, b, case):
    piece = ascii_digits(case(text[min(a, b) : max(a, b) + 5]))
    low = E.gate_text(piece)
    for _lg, rx, gate in _gated_patterns():
        if rx.search(piece):
            assert E.passes(gate, low), (rx.pattern[:80], piece)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(SAMPLES),
    st.integers(0, 60),
    st.integers(0, 60),
    st.sampled_from([str, str.upper, str.lower, str.swapcase, str.title]),
)
def test_gate_masks_answer_as_passes(text, a, b, case):
    # the engine tests a segment's requirements once, as bits: each pattern
    # must pass or fail exactly as passes() says
    low = E.gate_text(ascii_digits(case(text[min(a, b) : max(a, b) + 5])))
    for lg in LANGS:
        tests, masks, relative_masks = E._gate_plan(lg)
        have = E._gate_bits(tests, low)
        gates = E._gates(lg) + E._relative_gates(lg)
        for gate, need in zip(gates, masks + relative_masks, strict=True):
            assert (not need & ~have) == (not gate or E.passes(gate, low)), (lg, gate, low)


def test_a_lookahead_gates_on_what_it_sees():
    # "Julio del año próximo" (a month read only before a relative year): a
    # segment without the year words is not scanned for it, and one with
    # them still is
    rx = re.compile(r"(?:julio|agosto)(?=\s+del\s+año\s+próximo)", re.IGNORECASE)
    gate = E._gate_of(rx)
    assert frozenset({"próximo"}) in gate
    assert E.passes(gate, "julio del año próximo será clave")
    assert not E.passes(gate, "julio será clave")
