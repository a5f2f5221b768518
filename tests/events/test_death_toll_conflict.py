"""Sources of one happening that give different death tolls are flagged.

A flood's toll on one day is 47 on one page and 41 on another: the pages
report one happening and are merged, but the disagreement must show, as a
date a day apart does. A page that tells the toll rising ("19 on the 4th,
41 now") agrees with a source that gives either; a number that counts no
dead (houses, villages) is no toll. All sentences are written for these
tests.
"""

from __future__ import annotations

from newsline.events.merge import merge_records
from newsline.events.tolls import death_tolls

from .records import event_record

DAY = "2026-08-14"


def rec(doc_id: str, quote: str, lang: str, surface: str) -> dict:
    return event_record(doc_id, quote, DAY, lang, surface=surface, published=DAY)


def kinds(events: list[dict]) -> list[str]:
    return [f["kind"] for e in events for f in e["flags"]]


def test_tolls_read_in_six_languages():
    assert death_tolls("Officials in Corvale raised the death toll to 47 on Friday.", "en") == {47}
    assert death_tolls("Le bilan atteignait 47 morts vendredi à Corvale.", "fr") == {47}
    assert death_tolls("Los muertos son 41 y los desaparecidos 130.", "es") == {41}
    assert death_tolls("Tính đến ngày 14/8, đã có 41 người thiệt mạng.", "vi") == {41}
    assert death_tolls("ยอดผู้เสียชีวิตเพิ่มเป็น ๔๗ ราย", "th") == {47}
    assert death_tolls("洪灾已造成47人遇难。", "zh") == {47}


def test_one_happening_told_with_two_tolls_is_flagged():
    events = merge_records(
        [
            rec("e", "Corvale officials raised the death toll to 47 on Friday.", "en", "Friday"),
            rec("s", "El viernes, Corvale elevó a 41 muertos el balance.", "es", "viernes"),
            rec("v", "Hôm thứ Sáu, Corvale xác nhận 41 người thiệt mạng.", "vi", "thứ Sáu"),
        ]
    )
    assert len(events) == 1
    flag = [f for f in events[0]["flags"] if f["kind"] == "death_toll_conflict"]
    assert flag and "47" in flag[0]["reason"] and "41" in flag[0]["reason"]
    assert len(events[0]["sources"]) == 3  # flagged, every source kept


# ------------------------------------------------------------ near misses
def test_the_same_toll_everywhere_is_no_conflict():
    events = merge_records(
        [
            rec("e", "Corvale officials raised the death toll to 47 on Friday.", "en", "Friday"),
            rec("f", "Vendredi, Corvale a annoncé 47 morts.", "fr", "Vendredi"),
        ]
    )
    assert len(events) == 1 and "death_toll_conflict" not in kinds(events)


def test_a_page_telling_the_toll_rising_agrees_with_either():
    events = merge_records(
        [
            rec(
                "s",
                "El viernes, Corvale contaba 41 muertos, frente a 19 fallecidos el día 12.",
                "es",
                "viernes",
            ),
            rec("e", "Corvale officials said on Friday that 41 people died.", "en", "Friday"),
        ]
    )
    assert "death_toll_conflict" not in kinds(events)


def test_numbers_that_count_no_dead_are_no_tolls():
    assert death_tolls("The flood destroyed 47 houses in Corvale.", "en") == set()
    assert death_tolls("La crecida destruyó 41 casas en Corvale.", "es") == set()
    assert death_tolls("47 người được sơ tán.", "vi") == set()
    assert death_tolls("洪水淹没了47个村庄。", "zh") == set()
    events = merge_records(
        [
            rec("e", "On Friday the flood destroyed 47 houses in Corvale.", "en", "Friday"),
            rec("s", "El viernes la crecida destruyó 41 casas en Corvale.", "es", "viernes"),
        ]
    )
    assert "death_toll_conflict" not in kinds(events)
