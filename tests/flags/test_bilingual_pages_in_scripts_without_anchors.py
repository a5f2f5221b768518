"""A notice given paragraph by paragraph in English and in Arabic or Hindi is
one bilingual page, though its Arabic or Hindi paragraphs name nothing the
anchors read (names in a script with no romanisation, single-digit hours):
such a paragraph is paired with its neighbour on length alone
(benchmarks/flags_heldout.py --set heldout16, c05, whose Arabic paragraphs
were set aside as off-topic insertions). Pages written for this file; a lone
off-topic paragraph in such a script is still one. A short notice given
twice, its contact line in both languages too short to count as a foreign
block, is bilingual as well: the share of the text in the other language
counts every paragraph in it, and two alternating pairs are enough
(heldout13's c04, a school's typhoon notice, was read as two off-topic
Chinese blocks)."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds


@pytest.mark.parametrize(
    "text",
    [
        "يعلن مركز صحي الحي عن حملة تطعيم مجانية ضد الإنفلونزا لكبار السن طوال أيام الأسبوع المقبل.\n"
        "The neighbourhood health centre announces a free flu vaccination drive for older residents all next week.\n"
        "يرجى إحضار بطاقة الهوية والحضور قبل موعد الإغلاق بساعة على الأقل.\n"
        "Please bring an identity card and arrive at least an hour before closing time.\n",
        "नगर निगम सूचित करता है कि पुराने पुल पर मरम्मत का काम सोमवार से शुरू होगा और यातायात बंद रहेगा।\n"
        "The municipal corporation informs that repair work on the old bridge will begin on Monday and traffic will be closed.\n"
        "कृपया वैकल्पिक मार्ग के रूप में स्टेशन रोड का उपयोग करें और संकेतों का पालन करें।\n"
        "Please use Station Road as the alternative route and follow the signs.\n",
        "各位居民：本週六上午九時至中午十二時，大廈將暫停供水，以便進行水管維修工程。\n"
        "Dear residents: Water supply to the building will be suspended from 9 am to noon this Saturday for pipe repairs.\n"
        "如有疑問，請致電管理處 2811 3344。\n"
        "For enquiries, please call the management office at 2811 3344.\n",
    ],
)
def test_paragraph_by_paragraph_translations_stay_on_topic(text):
    doc = flagged(text)
    found = kinds(doc, "foreign_block")
    assert found and all(f.data["on_topic"] for f in found), [f.reason for f in found]


def test_a_lone_off_topic_paragraph_in_arabic_is_still_off_topic():
    text = (
        "The city council approved the budget for the new library on Tuesday after a long debate.\n"
        "The library will open in 2027 and hold about 80,000 books, the council said.\n"
        "أعلنت الفنانة الشهيرة عن زواجها في حفل خاص حضره عدد من النجوم في العاصمة.\n"
        "Construction is expected to cost 14 million pounds, paid from the council's reserves.\n"
    )
    found = kinds(flagged(text), "foreign_block")
    assert found and not found[0].data["on_topic"], [f.reason for f in found]
