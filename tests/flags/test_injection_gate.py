"""The prompt-injection rule's page gate: one automaton pass over the page
must say exactly what a substring test per override, answer (with the
answer's content), addressed-task, summarising or role-play (persona) phrase said
(``any(p in page for p in phrases)``), on pages that hold a phrase anywhere
(start, end, inside a longer word, in another script) and on pages that hold
none. Pages and phrases written for this file."""

from __future__ import annotations

import pytest

from newsline.flags import rules as R


def _phrases() -> list[str]:
    override, answer, _, _, task, summarising, persona, _, content = R._injection_tables()
    return [p for p, _ in (*override, *answer, *task, *summarising, *persona, *content)]


def _substring_gate(page: str) -> bool:
    return any(p in page for p in _phrases())


PLAIN = [
    "",
    "la municipalidad aprobó el presupuesto de obras para el próximo año.",
    "市议会周四批准了新的自行车道计划，预计秋季开工。",
    "คณะกรรมการอนุมัติงบประมาณก่อสร้างถนนสายใหม่ในจังหวัดเชียงใหม่",
    "der stadtrat hat am donnerstag den neuen radweg beschlossen.",
    "🚲 " * 50,
]


@pytest.mark.parametrize("page", PLAIN)
def test_pages_without_a_phrase(page: str) -> None:
    assert R._holds_injection_phrase(page) is _substring_gate(page)


def test_every_phrase_is_found_wherever_it_stands() -> None:
    for p in _phrases():
        for page in (p, "x" + p, p + "。", "der rat tagte. " + p + " und dann", "𝔸" + p):
            assert R._holds_injection_phrase(page) is True, (p, page)
            assert _substring_gate(page) is True


def test_a_phrase_cut_in_two_is_not_found() -> None:
    for p in _phrases():
        if len(p) < 4:
            continue
        page = p[: len(p) // 2] + "\n" + p[len(p) // 2 :]
        assert R._holds_injection_phrase(page) is _substring_gate(page), p
