"""A year-less date that labels an item of a list ("Feb. 9: ...", "12 avril
: ...", "8月20日 — ...") under a heading that names a year ("The year 2023 at
a glance", "Bilan 2023", "2023年回眸") takes the heading's year, and the
heading's year is a date even where a bare number alone is not read. Year-end
reviews are published late in December or early in January, where the date
alone was read nearest publication -- the next year. A date told in a
sentence, a clock time after a colon, or a list with no year above it keeps
its old reading. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates


def found(text, lang, pub):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, pub)]


@pytest.mark.parametrize(
    "text,lang,pub,expected",
    [
        (
            "Năm 2023 qua các mốc: ngày 12/2: khánh thành cầu mới; ngày 20/3: mở tuyến xe buýt điện.",
            "vi",
            "2024-01-03",
            [("Năm 2023", "2023"), ("ngày 12/2", "2023-02-12"), ("ngày 20/3", "2023-03-20")],
        ),
        (
            "ย้อนดูปี 2566\n9 ก.พ. : เปิดรถไฟฟ้าสายใหม่\n21 มี.ค. : ประกาศผลเลือกตั้งท้องถิ่น",
            "th",
            "2023-12-27",
            [("ปี 2566", "2023"), ("9 ก.พ.", "2023-02-09"), ("21 มี.ค.", "2023-03-21")],
        ),
        (
            "2023年回眸：2月9日 — 新地铁线开通；3月21日 — 地方选举结果公布。",
            "zh",
            "2023-12-27",
            [("2023年", "2023"), ("2月9日", "2023-02-09"), ("3月21日", "2023-03-21")],
        ),
        (
            "Lo que dejó el año 2023\n- 9 de febrero: abre la nueva línea de metro\n- 21 de marzo: elecciones locales",
            "es",
            "2023-12-27",
            [("2023", "2023"), ("9 de febrero", "2023-02-09"), ("21 de marzo", "2023-03-21")],
        ),
        # a heading year the patterns leave unread (a bare number in en/fr):
        # read with its list, a date itself
        (
            "Bilan 2023 — 9 février : ouverture de la ligne ; 21 mars : élections locales.",
            "fr",
            "2023-12-27",
            [("2023", "2023"), ("9 février", "2023-02-09"), ("21 mars", "2023-03-21")],
        ),
        (
            "The year 2023 at a glance\nFeb. 9: the new metro line opens\nMarch 21: local elections",
            "en",
            "2023-12-27",
            [("2023", "2023"), ("Feb. 9", "2023-02-09"), ("March 21", "2023-03-21")],
        ),
        # a look back published in January: the items lie in last year, told without verbs
        (
            "Bilan 2023 — 15 décembre : fin de la COP ; 2 janvier : premier jour des soldes.",
            "fr",
            "2024-01-05",
            [("2023", "2023"), ("15 décembre", "2023-12-15"), ("2 janvier", "2023-01-02")],
        ),
    ],
)
def test_list_items_take_the_headings_year(text, lang, pub, expected):
    assert found(text, lang, pub) == expected


@pytest.mark.parametrize(
    "text,lang,pub,expected",
    [
        # a date told in a sentence after a year: read near publication, as before
        (
            "Sales rose 4% in 2023. On March 3 the chief executive resigned.",
            "en",
            "2024-03-10",
            [("in 2023", "2023"), ("March 3", "2024-03-03")],
        ),
        # a clock time after the colon is no list mark
        (
            "En 2023 hubo récord. El 15 de marzo a las 10:30 se abrirá el registro.",
            "es",
            "2024-03-01",
            [("2023", "2023"), ("15 de marzo", "2024-03-15")],
        ),
    ],
)
def test_dates_outside_a_list_keep_their_reading(text, lang, pub, expected):
    got = found(text, lang, pub)
    for span, value in expected:
        assert any((span in s or s in span) and v == value for s, v in got), got


def test_a_list_with_no_year_above_it_reads_near_publication():
    # no year in the heading: nothing to take, the old reading stands
    got = found("Agenda — 15 mars : ouverture du salon ; 9 juin : clôture.", "fr", "2024-12-29")
    assert ("15 mars", "2025-03-15") in got


def test_long_lines_of_years_and_marks_stay_fast():
    text = "2024 " * 20000 + "— 15 mars : x"
    assert found(text, "fr", "2024-12-29")[-1][1] == "2024-03-15"
    text = ("1 mars : x ; " * 8000) + "2024"
    assert found(text, "fr", "2024-12-29")


@pytest.mark.parametrize(
    "text,lang,pub,expected",
    [
        # a bare numeric day and month labelling an item under a year heading
        (
            "Nhìn lại năm 2023: • 12/2: khánh thành cầu; • 20/3: mở tuyến buýt.",
            "vi",
            "2024-01-03",
            [("năm 2023", "2023"), ("12/2", "2023-02-12"), ("20/3", "2023-03-20")],
        ),
        (
            "Balance 2023\n- 9/2: abre la línea 7\n- 21/3: elecciones locales",
            "es",
            "2023-12-27",
            [("2023", "2023"), ("9/2", "2023-02-09"), ("21/3", "2023-03-21")],
        ),
        # month first in English
        (
            "2023 in review\n2/9: the metro line opens\n3/21: local elections",
            "en",
            "2023-12-27",
            [("2023", "2023"), ("2/9", "2023-02-09"), ("3/21", "2023-03-21")],
        ),
    ],
)
def test_numeric_list_labels_under_a_year(text, lang, pub, expected):
    assert found(text, lang, pub) == expected


@pytest.mark.parametrize(
    "text,lang",
    [
        # no year heading: a score or a share, as before
        ("Kết quả vòng bảng: • 3/1: thắng Lào; • 1/1: hòa Thái Lan.", "vi"),
        ("Results • 3/1: win over Leeds • 1/1: draw", "en"),
    ],
)
def test_numeric_labels_without_a_year_heading_are_no_date(text, lang):
    assert found(text, lang, "2024-12-30") == []


def test_a_fraction_after_a_bullet_is_no_label():
    got = found("Năm 2024 • 1/2 số hộ dân đã nhận hỗ trợ.", "vi", "2024-12-30")
    assert got == [("Năm 2024", "2024")]


def test_a_sentence_ending_line_heads_no_list():
    # a year in a sentence that ends before the item: the item reads near publication
    got = found("Sales rose 5% in 2023.\nMarch 3: the chief executive quit.", "en", "2024-03-10")
    assert ("March 3", "2024-03-03") in got


# A year's review tells each item in a paragraph: the items run far past the
# heading, and the heading's sentence or an item's words may name years of
# their own. Texts written for these tests.
_FR_ITEM = (
    "Le conseil municipal adopte un budget de transition après des semaines de débats "
    "sur la rénovation des écoles, la réfection des routes communales et l'extension du "
    "réseau de tramway vers les quartiers du nord, sous les critiques de l'opposition. "
)
_ES_ITEM = (
    "El gobierno regional aprueba un plan de vivienda tras meses de negociaciones con "
    "los sindicatos, las asociaciones de inquilinos y los promotores, que reclamaban "
    "más suelo público y ayudas para los jóvenes de las ciudades medianas del interior. "
)
_EN_ITEM = (
    "The port authority signs a long-delayed contract to dredge the northern channel, "
    "after months of talks with shipping lines, fishermen and the river council over "
    "who would pay for the work and where the spoil would be dumped along the coast. "
)
_VI_ITEM = (
    "Thành phố khởi công tuyến đường ven sông sau nhiều tháng tranh luận về vốn, giải "
    "phóng mặt bằng và phương án di dời các hộ dân sống dọc bờ kè ở khu vực phía bắc. "
)


@pytest.mark.parametrize(
    "text,lang,pub,expected",
    [
        # the heading's year told again in the opening sentence; items far apart
        (
            "Ce qui a marqué 2030\n"
            "Une année de chantiers, dont voici les temps forts de l'année 2030.\n"
            f"- 12 janv. : {_FR_ITEM * 2}\n- 3 févr. : {_FR_ITEM * 2}\n- 21 mars : {_FR_ITEM}",
            "fr",
            "2030-12-20",
            [("12 janv.", "2030-01-12"), ("3 févr.", "2030-02-03"), ("21 mars", "2030-03-21")],
        ),
        # a year in an item's words ("desde 2009") leaves the list as it is
        (
            "Resumen del año 2030\n"
            f"- 9 de enero: {_ES_ITEM}la peor cifra desde 2009. {_ES_ITEM}\n"
            f"- 14 de febrero: {_ES_ITEM}\n- 2 de marzo: {_ES_ITEM}",
            "es",
            "2030-12-27",
            [
                ("9 de enero", "2030-01-09"),
                ("14 de febrero", "2030-02-14"),
                ("2 de marzo", "2030-03-02"),
            ],
        ),
        (
            f"2030 in review\nJan. 8: {_EN_ITEM * 2}\nFeb. 19: {_EN_ITEM * 2}\nMarch 4: {_EN_ITEM}",
            "en",
            "2030-12-29",
            [("Jan. 8", "2030-01-08"), ("Feb. 19", "2030-02-19"), ("March 4", "2030-03-04")],
        ),
        (
            f"Nhìn lại năm 2030\n• 12/1: {_VI_ITEM * 3}\n• 3/2: {_VI_ITEM * 3}\n• 20/3: {_VI_ITEM}",
            "vi",
            "2030-12-26",
            [("12/1", "2030-01-12"), ("3/2", "2030-02-03"), ("20/3", "2030-03-20")],
        ),
    ],
)
def test_a_reviews_items_keep_the_headings_year_item_after_item(text, lang, pub, expected):
    got = found(text, lang, pub)
    for item in expected:
        assert item in got, got


@pytest.mark.parametrize(
    "text,lang,pub,item",
    [
        # an item far after the last one and earlier in the calendar: another
        # list (an agenda after the review), read near publication
        (
            f"Bilan 2030\n- 3 mars : {_FR_ITEM}\n{_FR_ITEM * 2}\n- 15 janv. : {_FR_ITEM}",
            "fr",
            "2030-12-20",
            ("15 janv.", "2031-01-15"),
        ),
        # in calendar order but further than a chronology's paragraph
        (
            f"Balance 2030\n- 3 de enero: {_ES_ITEM}\n{_ES_ITEM * 5}\n- 15 de febrero: {_ES_ITEM}",
            "es",
            "2030-12-28",
            ("15 de febrero", "2031-02-15"),
        ),
        # an item labelled with a full date of its own ends the heading's reach
        (
            f"2030 in review\nNov. 3: {_EN_ITEM}\nDec. 1, 2029: {_EN_ITEM}\nFeb. 2: {_EN_ITEM}",
            "en",
            "2030-12-29",
            ("Feb. 2", "2031-02-02"),
        ),
    ],
)
def test_a_list_stops_where_its_items_stop_following_each_other(text, lang, pub, item):
    assert item in found(text, lang, pub)
