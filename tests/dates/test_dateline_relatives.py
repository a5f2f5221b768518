"""Relatives in a wire story ("yesterday", "last week") count from its dateline.

What counts from the writer's day counts, in a wire story, from the day its
opening dateline gives (the day it was filed), as weekdays already do (see
test_dateline_weekdays.py): "QUITO, March 3 (Wire) - ... said yesterday" is
March 2 whatever day the page was published. So does a Chinese day of the
month written alone ("5日"): the dateline's month, not the publication's.
The conditions are the weekdays': a place opening a kept line, the date,
the agency mark; not a dateline whose year was guessed. Anything else keeps
counting from the publication, or from the date written before it.

Stories, places and agencies are invented. The dateline day 2025-03-03 is a
Monday; the pages are published a week later, on Monday 2025-03-10, when
"yesterday" would be March 9 and "last week" March 3-9.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import resolve_dates
from newsline.dates.stage import ResolveDates
from newsline.model import Block, Document

PUB = "2025-03-10"


def found(text, lang, published=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, published)]


def mentions(text, lang, published=PUB):
    return {text[m.start : m.end]: m for m in resolve_dates(text, lang, published)}


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        (
            "en",
            (
                "QUITO, March 3 (Andes Northwire) - The electoral council said yesterday that "
                "the recount begun last week would end soon."
            ),
            "yesterday",
            "2025-03-02",
        ),
        (
            "en",
            (
                "QUITO, March 3 (Andes Northwire) - The electoral council said yesterday that "
                "the recount begun last week would end soon."
            ),
            "last week",
            "2025-02-24",
        ),
        (
            "en",
            "OSLO, March 3 (Nordic Wire) - The ferry ran aground two days ago near Bergen.",
            "two days ago",
            "2025-03-01",
        ),
        (
            "en",
            "OSLO, March 3 (Nordic Wire) - Fishery ministers meet tomorrow to set quotas.",
            "tomorrow",
            "2025-03-04",
        ),
        (
            "es",
            "LIMA, 3 mar (Agencia Sur).- El Congreso aprobó ayer la reforma de pensiones.",
            "ayer",
            "2025-03-02",
        ),
        (
            "es",
            (
                "ROSARIO, 3 de marzo (Agencia Sur).- La cosecha de soja se retrasó la semana "
                "pasada por las lluvias."
            ),
            "la semana pasada",
            "2025-02-24",
        ),
        (
            "es",
            "CUSCO, 3 mar. (Agencia Sur) - El tren dejó de circular hace tres días.",
            "hace tres días",
            "2025-02-28",
        ),
        (
            "fr",
            "LYON, 3 mars (Agence Rhône) - Le maire a annoncé hier la fermeture du pont.",
            "hier",
            "2025-03-02",
        ),
        (
            "fr",
            (
                "DAKAR, 3 mars 2025 (Agence Ouest) - Les pêcheurs ont manifesté la semaine "
                "dernière devant le port."
            ),
            "la semaine dernière",
            "2025-02-24",
        ),
        (
            "vi",
            "HÀ NỘI, ngày 3/3 (Tin Việt) - Bộ Y tế hôm qua cho biết đã họp với các bệnh viện.",
            "hôm qua",
            "2025-03-02",
        ),
        (
            "vi",
            "ĐÀ NẴNG, 3/3/2025 (Tin Miền Trung) - Cảng biển tuần trước đã đón tàu lớn.",
            "tuần trước",
            "2025-02-24",
        ),
        (
            "th",
            "เชียงใหม่ 3 มี.ค. (สำนักข่าวภาคเหนือ) - ผู้ว่าราชการจังหวัดกล่าวเมื่อวานนี้ว่าจะปิดถนนสายหลัก",
            "เมื่อวานนี้",
            "2025-03-02",
        ),
        (
            "th",
            "KHON KAEN, 3 มี.ค. (Isan Wire) - ชาวนากล่าวว่าราคาข้าวลดลงเมื่อสัปดาห์ที่แล้ว",
            "สัปดาห์ที่แล้ว",
            "2025-02-24",
        ),
        ("zh", "【东方快讯网昆明3月3日电】云南省政府昨天宣布新建三座水库。", "昨天", "2025-03-02"),
        ("zh", "南方通讯社桂林3月3日电 市政府上周宣布，漓江游船暂停运营。", "上周", "2025-02-24"),
    ],
)
def test_relative_after_a_dateline_counts_from_it(lang, text, span, value):
    m = mentions(text, lang)[span]
    assert m.value == value
    assert m.anchor.startswith("dateline@")


def test_a_dateline_with_its_year_needs_no_publication():
    text = (
        "WELLINGTON, 14 February 2025 (Pacific Newswire) - The port authority said yesterday "
        "that all cranes had been inspected."
    )
    assert ("yesterday", "2025-02-13") in found(text, "en", None)


@pytest.mark.parametrize(
    "lang,text,published,span,value",
    [
        # months, years and seasons count from the dateline too
        (
            "en",
            "OSLO, March 3 (Nordic Wire) - Catches fell last month, the ministry said.",
            "2025-04-02",
            "last month",
            "2025-02",
        ),
        (
            "es",
            "LIMA, 30 de diciembre de 2024 (Agencia Sur).- Las exportaciones crecieron este año.",
            "2025-01-03",
            "este año",
            "2024",
        ),
        (
            "fr",
            "DAKAR, 30 novembre 2024 (Agence Ouest) - La pêche a reculé l'été dernier.",
            None,
            "l'été dernier",
            "2024-06",
        ),
    ],
)
def test_months_years_and_seasons_after_a_dateline(lang, text, published, span, value):
    m = mentions(text, lang, published)[span]
    assert m.value == value
    assert m.anchor.startswith("dateline@")


@pytest.mark.parametrize(
    "text,published,value",
    [
        # the dateline's month, a week before the next month's publication
        ("【东方快讯网昆明3月30日电】云南省政府3日宣布新建三座水库。", "2025-04-05", "2025-03-03"),
        # a day after the dateline's is its previous month's
        ("南方通讯社桂林3月2日电 市政府5日宣布，漓江游船暂停运营。", PUB, "2025-02-05"),
        # a future cue: the next such day from the dateline
        ("南方通讯社桂林3月30日电 漓江游船将于2日恢复运营。", "2025-04-05", "2025-04-02"),
    ],
)
def test_a_chinese_day_alone_takes_the_datelines_month(text, published, value):
    (m,) = [m for m in resolve_dates(text, "zh", published) if m.anchor.endswith("alone")]
    assert m.value == value
    assert m.anchor.startswith("dateline@")


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        # a date opening a paragraph without the agency mark is no dateline
        ("zh", "3月3日，云南省政府昨天宣布新建三座水库。", "昨天", "2025-03-09"),
        ("es", "El 3 de marzo, el Congreso aprobó ayer la reforma.", "ayer", "2025-03-09"),
        ("fr", "Le 3 mars, le maire a annoncé hier la fermeture du pont.", "hier", "2025-03-09"),
        ("vi", "Ngày 3/3, Bộ Y tế hôm qua cho biết đã họp.", "hôm qua", "2025-03-09"),
        ("zh", "3月3日，市政府5日宣布，漓江游船暂停运营。", "5日", "2025-03-05"),
        (
            "th",
            "เชียงใหม่ 3 มี.ค. ผู้ว่าราชการจังหวัดกล่าวเมื่อวานนี้ว่าจะปิดถนนสายหลัก",
            "เมื่อวานนี้",
            "2025-03-09",
        ),
        # nor is a date with the mark inside a sentence
        (
            "en",
            (
                "Ministers met in Quito on March 3 (Andes Northwire) - and said yesterday that "
                "talks would go on."
            ),
            "yesterday",
            "2025-03-09",
        ),
        # a plain date in the body, before or after
        (
            "en",
            "The bridge, opened on March 3, 2025, was closed yesterday after cracks appeared.",
            "yesterday",
            "2025-03-09",
        ),
        (
            "fr",
            "Le conseil a confirmé la semaine dernière le vote du 3 mars 2025.",
            "la semaine dernière",
            "2025-03-03",
        ),
    ],
)
def test_other_dates_leave_relatives_on_the_publication(lang, text, span, value):
    assert (span, value) in found(text, lang)


def test_a_relative_before_the_dateline_counts_from_the_publication():
    text = (
        "Recount ends yesterday, officials say\n"
        "QUITO, March 3 (Andes Northwire) - The electoral council said yesterday that the "
        "recount had ended."
    )
    got = [m for m in resolve_dates(text, "en", PUB) if text[m.start : m.end] == "yesterday"]
    assert [m.value for m in got] == ["2025-03-09", "2025-03-02"]


def test_anaphoric_expressions_still_count_from_the_date_before_them():
    text = (
        "OSLO, March 3 (Nordic Wire) - Talks opened on February 20, 2025 and broke down "
        "two days later."
    )
    assert ("two days later", "2025-02-22") in found(text, "en")


def test_a_dateline_whose_year_is_a_guess_anchors_no_relative():
    # no publication date; the year of "March 3" is only guessed from the page
    text = (
        "QUITO, March 3 (Andes Northwire) - The council said yesterday that the 2025 budget "
        "would pass."
    )
    assert "yesterday" not in dict(found(text, "en", None))
    text = "南方通讯社桂林3月3日电 市政府昨天宣布，2025年预算将通过。"
    assert "昨天" not in dict(found(text, "zh", None))


def _doc(parts, published=PUB):
    text = "\n".join(p for p, _ in parts)
    blocks, pos = [], 0
    for p, label in parts:
        blocks.append(Block(pos, pos + len(p), label=label, lang="en"))
        pos += len(p) + 1
    doc = Document(id="d", source="s", text=text, lang="en", published=published, blocks=blocks)
    ResolveDates()([doc], Counter())
    return {text[m.start : m.end]: m for m in doc.dates}


def test_a_dateline_set_aside_by_cleaning_anchors_no_relative():
    got = _doc(
        [
            ("QUITO, March 3 (Andes Northwire) - Recount begins.", "related"),
            ("The port authority said yesterday that the cranes were inspected.", "body"),
        ]
    )
    assert got["yesterday"].value == "2025-03-09"


def test_a_kept_dateline_anchors_the_relatives_of_the_body():
    got = _doc(
        [
            ("QUITO, March 3 (Andes Northwire) -", "body"),
            ("The port authority said yesterday that the cranes were inspected.", "body"),
        ]
    )
    assert got["yesterday"].value == "2025-03-02"
    assert "2025-03-03" in got["yesterday"].anchor
