"""A page meeting a story on one name alone (a province), with a telling
number of its own while the story gives its own figures, one specific, and
the two share none, tells another happening: a market fire in a province
(40 stalls burnt) the week a data breach's resellers were arrested there (38
million records) joined the breach story on the province and the days
(bundle4, once a clock time, "23.30 น.", no longer gave the fire a specific
figure of its own). An update of the story's happening repeats one of its
figures or names more of its people, and still joins.
Invented anchors; Indonesian and German surfaces."""

from __future__ import annotations

from newsline.stories.cluster import Story, _another_happening_of_few_names

BREACH = {
    "w:bekasi": 1.0,
    "k:pks": 1.0,
    "w:kartapay": 1.0,
    "k:ktp": 1.0,
    "w:nightowl": 1.0,
    "#:2.6e+07": 1.0,
    "#:15": 1.0,
    "#:1.2e+09": 1.0,
}
BREACH_SURFACES = {
    "w:bekasi": "Bekasi",
    "k:pks": "Bekasi",
    "w:kartapay": "KartaPay",
    "k:ktp": "KartaPay",
    "w:nightowl": "NightOwl",
}
STORY = Story(id="breach", anchors=BREACH, surfaces=BREACH_SURFACES)
PLACE = {"w:bekasi": "Bekasi", "k:pks": "Bekasi"}


def test_a_fire_in_the_province_with_its_own_small_count_is_another_happening():
    fire = {"w:bekasi": 1.0, "k:pks": 1.0, "#:40": 1.0}
    assert _another_happening_of_few_names(fire, PLACE, STORY, frozenset())


def test_an_update_repeating_a_figure_of_the_story_joins():
    update = {"w:bekasi": 1.0, "k:pks": 1.0, "#:40": 1.0, "#:2.6e+07": 1.0}
    assert not _another_happening_of_few_names(update, PLACE, STORY, frozenset())


def test_a_page_naming_two_of_the_story_s_names_is_left_to_the_score():
    page = {"w:bekasi": 1.0, "k:pks": 1.0, "w:kartapay": 1.0, "#:40": 1.0}
    surfaces = {**PLACE, "w:kartapay": "KartaPay"}
    assert not _another_happening_of_few_names(page, surfaces, STORY, frozenset())


def test_a_page_with_no_number_of_its_own_is_left_to_the_score():
    assert not _another_happening_of_few_names(
        {"w:bekasi": 1.0, "k:pks": 1.0}, PLACE, STORY, frozenset()
    )


def test_the_day_of_the_month_is_no_figure_of_the_page():
    page = {"w:bekasi": 1.0, "k:pks": 1.0, "#:16": 1.0}
    assert not _another_happening_of_few_names(page, PLACE, STORY, frozenset({"#:16"}))


def test_a_story_without_a_specific_figure_is_left_to_the_score():
    # a toll that rises changes small counts: a story of small counts only
    # (12 dead, 31 hurt) may get a page with another small count (16 dead)
    small = Story(
        id="flood",
        anchors={"w:bekasi": 1.0, "k:pks": 1.0, "#:12": 1.0, "#:31": 1.0},
        surfaces=PLACE,
    )
    page = {"w:bekasi": 1.0, "k:pks": 1.0, "#:16": 1.0}
    assert not _another_happening_of_few_names(page, PLACE, small, frozenset())


def test_one_name_in_two_scripts_is_one_name():
    # the page writes the province in Latin and Thai letters: still one name
    fire = {"w:bekasi": 1.0, "k:pks": 1.0, "#:40": 1.0}
    assert _another_happening_of_few_names(
        fire, {"w:bekasi": "Bekasi", "k:pks": "เบกาซี"}, STORY, frozenset()
    )
