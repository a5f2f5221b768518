"""Foreign names a Vietnamese page writes syllable by syllable with hyphens.

Vietnamese pages often write a foreign (Lao, Russian, Khmer...) name as its
syllables joined by hyphens, only the first capitalised: "Xi-vông-xa",
"Át-tạ-pư", "Pắc-xế", "Mát-xcơ-va". Its marked words are no names one by one,
so such a sentence shared no name with another language's report of the
same happening. Read joined, and as sounded ("x" /s/, "c" /k/), they meet
the Latin spellings. All sentences are written for these tests.
"""

from __future__ import annotations

from newsline.events.anchors import sentence_anchors
from newsline.events.merge import merge_records

from .records import event_record


def test_a_hyphenated_name_is_read_joined_and_as_sounded():
    a = sentence_anchors("Bộ trưởng Xi-xu-phăn Van-na-vông đã tới Pắc-xế hôm qua.", "vi")
    assert "name:xixuphan" in a
    assert "name:vannavong" in a
    assert "name:pacxe" in a
    assert "read:pacxe=pakse" in a
    assert "read:xixuphan=sisuphan" in a


def test_letters_o_horn_and_u_horn_stay_in_the_name():
    # "ơ" and "ư" are no Latin Extended-A letters: the name was cut at them
    assert "name:oasinhton" in sentence_anchors("Phái đoàn đã tới Oa-sinh-tơn hôm 4/5.", "vi")
    assert "name:cunmu" in sentence_anchors("Đoàn xe đi qua tỉnh Cun-mư hôm 4/5.", "vi")


def test_a_vietnamese_page_meets_an_english_one_on_a_hyphenated_name():
    vi = event_record(
        "v",
        "Bộ trưởng Xi-xu-phăn Van-na-vông đã ký thỏa thuận tại Viêng Chăn hôm 3/3.",
        "2026-03-03",
        "vi",
        surface="3/3",
    )
    en = event_record(
        "e",
        "Minister Sisouphan Vannavong signed the accord on Tuesday.",
        "2026-03-03",
        "en",
        surface="Tuesday",
    )
    events = merge_records([vi, en])
    assert len(events) == 1


# ------------------------------------------------------------ near misses
def test_vietnamese_words_and_compound_places_are_no_such_names():
    a = sentence_anchors("Tỉnh Bà Rịa-Vũng Tàu đón khách hôm qua.", "vi")
    assert not any(x.startswith("name:riavung") for x in a)
    b = sentence_anchors("Bộ trưởng Tài nguyên đã tới đây.", "vi")
    assert not any("-" in x or x.startswith("read:") for x in b)
    assert sentence_anchors("Máy bay Mi-17 rơi hôm qua.", "vi") == []


def test_other_languages_are_unchanged():
    assert "name:jean-pierre" in sentence_anchors("Minister Jean-Pierre Dubois spoke.", "en")
    a = sentence_anchors("Le ministre Xi-vông-xa a parlé.", "fr")
    assert not any(x.startswith("read:") for x in a)


def test_a_vietnamese_page_does_not_meet_another_name_on_sound_alone():
    vi = event_record(
        "v",
        "Đoàn cứu hộ đã tới Pắc-xế hôm 5/3.",
        "2026-03-05",
        "vi",
        surface="5/3",
    )
    en = event_record(
        "e",
        "Rescuers reached Paksong on Thursday.",
        "2026-03-05",
        "en",
        surface="Thursday",
    )
    assert len(merge_records([vi, en])) == 2
