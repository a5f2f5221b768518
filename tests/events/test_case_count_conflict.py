"""Sources of one happening that count the sick differently are flagged.

An outbreak's tally on one day is 23 on one page and 27 on another: the
pages report one happening and are merged, and the disagreement must show,
as different death tolls already do (flag case_count_conflict). A number
counting no sick (tins seized, countries, the day of a date) is no count.
All sentences are invented for these tests.
"""

from __future__ import annotations

from newsline.events.merge import merge_records
from newsline.events.tolls import case_counts, death_tolls

from .records import event_record

DAY = "2025-11-21"


def rec(doc_id: str, quote: str, lang: str, surface: str | None = None) -> dict:
    return event_record(doc_id, quote, DAY, lang, surface=surface, published=DAY)


def kinds(events: list[dict]) -> list[str]:
    return [f["kind"] for e in events for f in e["flags"]]


def test_counts_of_the_sick_read_in_six_languages():
    assert case_counts("Health officials in Ostrava counted 58 sickened diners.", "en") == {58}
    assert case_counts("Les autorités recensent 58 cas de salmonellose à Brno.", "fr") == {58}
    assert case_counts(
        "Ya son 58 los vecinos intoxicados; ayer había 58 personas enfermas.", "es"
    ) == {58}
    assert case_counts("Tính đến ngày 21/11, đã có 58 ca mắc sởi tại Kon Tum.", "vi") == {58}
    assert case_counts("ยอดผู้ป่วยโรคหัดล่าสุดเมื่อวันที่ 21 พ.ย. อยู่ที่ 58 ราย", "th") == {58}
    assert case_counts("截至11月21日，该县累计报告麻疹病例58例。", "zh") == {58}
    assert case_counts("Measles cases rose to 58 on Friday.", "en") == {58}


def test_numbers_that_count_no_sick_are_no_count():
    assert case_counts("Inspectors seized 12,000 jars in 4 provinces on Friday.", "en") == set()
    assert case_counts("ยึดสินค้า 12,000 ชิ้นเมื่อวันที่ 21 พ.ย. 2568", "th") == set()
    assert case_counts("海关查获奶粉1.2万罐，涉及4个省份。", "zh") == set()
    # the hospitalised are a part of the sick, not their count
    assert case_counts("Twelve patients, 5 hospitalised, remain under watch.", "en") == set()
    # the dead are a toll, not a count of the sick
    assert case_counts("Le bilan atteint 3 morts.", "fr") == set()


def test_a_thai_date_between_the_word_and_its_number_is_skipped():
    # a toll, too, may have the day of its tally in between
    assert death_tolls("ยอดผู้เสียชีวิตล่าสุดเมื่อวันที่ 21 พฤศจิกายน 2568 อยู่ที่ 9 ราย", "th") == {9}
    assert case_counts("ผู้ติดเชื้อเมื่อวันที่ 21 พ.ย. 2568 มี 140 คน", "th") == {140}


def test_one_outbreak_told_with_two_counts_is_flagged():
    events = merge_records(
        [
            rec(
                "en",
                "On Friday, health officials in Ostrava counted 58 sickened diners.",
                "en",
                "On Friday",
            ),
            rec(
                "vi",
                "Ngày 21/11, nhà chức trách Ostrava cho biết đã có 64 người ngộ độc.",
                "vi",
                "Ngày 21/11",
            ),
        ]
    )
    assert len(events) == 1
    assert kinds(events) == ["case_count_conflict"]
    (flag,) = events[0]["flags"]
    assert "58" in flag["reason"] and "64" in flag["reason"]


def test_the_same_count_or_a_rising_one_is_no_conflict():
    same = merge_records(
        [
            rec(
                "en",
                "On Friday, health officials in Ostrava counted 58 sickened diners.",
                "en",
                "On Friday",
            ),
            rec(
                "es",
                "El viernes, las autoridades de Ostrava contaban 58 comensales intoxicados.",
                "es",
                "El viernes",
            ),
        ]
    )
    assert kinds(same) == []
    rising = merge_records(
        [
            rec(
                "en",
                "On Friday, officials in Ostrava counted 58 sickened diners, up from 12.",
                "en",
                "On Friday",
            ),
            rec("fr", "Vendredi, Ostrava recensait 12 cas, puis 58 cas le soir.", "fr", "Vendredi"),
        ]
    )
    assert kinds(rising) == []


def test_a_death_toll_and_a_count_of_the_sick_are_not_compared():
    events = merge_records(
        [
            rec(
                "en",
                "On Friday, officials in Ostrava counted 58 sickened diners.",
                "en",
                "On Friday",
            ),
            rec("es", "El viernes, Ostrava contaba 3 muertos.", "es", "El viernes"),
        ]
    )
    assert "case_count_conflict" not in kinds(events)
    assert "death_toll_conflict" not in kinds(events)
