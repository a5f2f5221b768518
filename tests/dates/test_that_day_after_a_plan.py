""" "That day" words ("当天", "that same day", "ce jour-là", "ese día", "hôm
đó") count back to the last day written; a day written as a plan ("将于6月8日
宣判", "is expected on June 8", "prévu le 8 juin", "dự kiến ... ngày 8/6") is
still to come, so it is no antecedent for what was said or done "that day"
in a sentence told in the past: the word is left unread rather than dated to
the plan. A "that day" sentence told ahead keeps the plan's day, and a day
told as past stays the antecedent. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2025-05-22"


def found(text, lang):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "text,lang,word",
    [
        ("法院将于6月8日宣判。阿尔卡萨尔当天表示，他不会上诉。", "zh", "当天"),
        ("判决预计6月8日公布。当天，他对记者表示不满。", "zh", "当天"),
        (
            "The ruling is expected on June 8. That same day, Alcazar said he would not appeal.",
            "en",
            "That same day",
        ),
        (
            "Le verdict est prévu le 8 juin. Ce jour-là, M. Dupont a déclaré qu'il ne ferait pas appel.",
            "fr",
            "Ce jour-là",
        ),
        (
            "El tribunal dictará sentencia el 8 de junio. Ese día, Pérez dijo que no apelaría.",
            "es",
            "Ese día",
        ),
        (
            "Tòa dự kiến tuyên án vào ngày 8/6. Hôm đó, ông Nam cho biết ông không kháng cáo.",
            "vi",
            "Hôm đó",
        ),
    ],
)
def test_a_plan_is_no_antecedent_for_a_past_that_day(text, lang, word):
    got = found(text, lang)
    assert not any(span == word and value == "2025-06-08" for span, value in got)


@pytest.mark.parametrize(
    "text,lang,span,value",
    [
        # told ahead: the plan's day
        ("法院将于6月8日宣判，当天将有大批警力。", "zh", "当天", "2025-06-08"),
        (
            "Le verdict est prévu le 8 juin. Ce jour-là, la place sera fermée.",
            "fr",
            "Ce jour-là",
            "2025-06-08",
        ),
        (
            "El juicio será el 8 de junio. Ese mismo día se votará la ley.",
            "es",
            "Ese mismo día",
            "2025-06-08",
        ),
        # a day told as past: still the antecedent
        ("法院于5月20日宣判。阿尔卡萨尔当天表示，他不会上诉。", "zh", "当天", "2025-05-20"),
        (
            "The ruling came on May 20. That same day, Alcazar said he would not appeal.",
            "en",
            "That same day",
            "2025-05-20",
        ),
        (
            "Tòa đã tuyên án ngày 20/5. Hôm đó, ông Nam cho biết ông không kháng cáo.",
            "vi",
            "Hôm đó",
            "2025-05-20",
        ),
    ],
)
def test_that_day_keeps_its_antecedent_otherwise(text, lang, span, value):
    assert (span, value) in found(text, lang)
