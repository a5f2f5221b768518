"""One name written with spaces, hyphens or marks on one page and run
together on another ("Mê Kông" and "Mékong", "Al-Anbar" and "Al Anbar",
"Xi'an" and "Xian") is one name when two stories' shared names are counted
(see cluster._shared_name_words): counted twice, the names two happenings of
one minister share (the minister, and a city and a river her second trip's
pages recall) passed the few-names bound, and a repatriation deal in one
capital merged with a bridge deal in another signed the same week.
Invented names and figures; the surfaces are Indonesian, German, Spanish and
Korean spellings."""

from __future__ import annotations

from newsline.stories.cluster import Story, _another_happening_of_few_names, _shared_name_words


def test_a_name_with_and_without_its_hyphen_is_counted_once():
    a = {"w:al-anbar": 1.0, "k:lnpr": 1.0}
    # one page wrote "Al-Anbar", another "Al Anbar": two features, one name
    sa = {"w:al-anbar": "Al-Anbar", "k:lnpr": "Al Anbar"}
    assert _shared_name_words(a, sa, a, sa) == 1


def test_a_name_with_marks_and_spaces_against_one_run_together_is_one():
    a = {"w:xian": 1.0, "k:sn": 1.0, "w:mekong": 1.0, "k:mkn": 1.0}
    sa = {"w:xian": "Xi’an", "k:sn": "Xian", "w:mekong": "Mê Kông", "k:mkn": "Mékong"}
    assert _shared_name_words(a, sa, a, sa) == 2


def test_two_different_names_stay_two():
    # a name and a longer one holding it are two names ("Long" and "Long An")
    a = {"w:long": 1.0, "w:longan": 1.0, "k:prk": 1.0}
    sa = {"w:long": "Long", "w:longan": "Long An", "k:prk": "박"}
    assert _shared_name_words(a, sa, a, sa) == 2  # Latin: long, longan; Hangul: 1


def test_one_actor_and_places_written_two_ways_tell_another_happening():
    # a minister (two words), a capital, a river and a port her second
    # trip's pages recall: five names, the river and the port each written
    # two ways on the first story's pages; each story gives figures of its
    # own and they share none
    names = {
        "w:ratnasari": "Ratnasari",
        "w:wulandari": "Wulandari",
        "w:vientiane": "Vientiane",
        "w:mekong": "Mê Kông",
        "k:mkn": "Mékong",
        "w:nakhonphanom": "Nakhon Phanom",
        "k:nknf": "Nakhon-Phanom",
    }
    first = {f: 1.0 for f in names}
    story = Story(
        id="bridge",
        anchors={**first, "#:1450": 1.0, "#:3.2e+09": 1.0, "w:souvanna": 1.0},
        surfaces={**names, "w:souvanna": "Souvanna"},
    )
    page = {f: 1.0 for f in names} | {"#:315": 1.0, "#:2.4e+07": 1.0}
    surf = {f: s for f, s in names.items() if f.startswith("w:")}
    surf |= {"k:mkn": "Mekong", "k:nknf": "Nakhon Phanom"}
    assert _another_happening_of_few_names(page, surf, story, frozenset())


def test_six_different_names_are_still_too_many():
    names = {f"w:n{i}": f"Name{i}" for i in range(6)}
    story = Story(
        id="s", anchors={**dict.fromkeys(names, 1.0), "#:1450": 1.0, "#:85": 1.0}, surfaces=names
    )
    page = {**dict.fromkeys(names, 1.0), "#:315": 1.0, "#:2.4e+07": 1.0}
    assert not _another_happening_of_few_names(page, names, story, frozenset())
