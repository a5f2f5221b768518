"""Weekday and month names are capitalised like names in many languages but
name nothing a story is about: story titles read "[Monday, Tuesday]" and a
Vietnamese page's "thứ Hai" (Monday) gave the anchor "Hai". The names come
from CLDR for the page's language and English. Texts written for these tests."""

from newsline.events.anchors import sentence_anchors
from newsline.stories.anchors import latin_names


def words(text, lang):
    return {f for f, _ in latin_names(text, lang) if f.startswith("w:")}


def test_weekdays_and_months_are_no_story_anchors():
    assert words("The port closed on Monday after the storm, Sanders said on Tuesday.", "en") == {
        "w:sanders"
    }
    assert words("Cảng đóng cửa hôm thứ Hai sau bão, ông Sanders cho biết hôm Chủ nhật.", "vi") == {
        "w:sanders"
    }
    german = words("Der Hafen wurde am Montag im März geschlossen, sagte Sanders.", "de")
    assert "w:sanders" in german and not german & {"w:montag", "w:marz", "w:märz"}


def test_a_name_that_is_also_a_number_word_is_kept_outside_a_weekday():
    # "Hai" alone (a name, or "two") is not the weekday "thứ Hai"
    assert "w:hai" in words("Người dân gọi ông là Hai Lúa từ nhiều năm nay.", "vi")


def test_weekdays_are_no_event_anchors():
    anchors = sentence_anchors(
        "Cảng đóng cửa hôm thứ Hai sau khi bão làm hỏng cần cẩu của Sanders.", "vi"
    )
    assert "name:hai" not in anchors and "name:sanders" in anchors
    anchors = sentence_anchors("Der Hafen wurde am Montag geschlossen, sagte Sanders.", "de")
    assert "name:montag" not in anchors and "name:sanders" in anchors


def test_where_weekdays_are_written_in_lower_case_a_capital_makes_a_name():
    # "Viernes de la Ira" (a protest day), "Place du 7 Novembre": names
    assert "w:viernes" in words(
        "Miles de personas salieron el Viernes de la Ira en El Cairo.", "es"
    )
    assert "w:novembre" in words("La foule s'est rassemblée place du 7 Novembre à Tunis.", "fr")
