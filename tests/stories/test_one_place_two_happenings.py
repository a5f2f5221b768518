"""Two happenings of one city in one week (a flood and a festival), with the
city's mayor speaking at both, share the city and the mayor and nothing
else: each gives counts of its own (the flood's dead and homes, the
festival's stalls and visitors, each with a specific one: 1,870 homes,
250,000 visitors) and the two share no figure. A page of the festival joined
the flood story on the city and the mayor (within its language the words
and the two names weighed more than the threshold), and grown stories of
the two merged. Now a page or story meeting another on names of one actor
and one place (at most _APART_NAME_WORDS words in one script) while each
gives _OWN_FIGURES numbers, one of them specific, and they share none, both
told within _APART_DAYS, is another happening. Pages of one happening with
new figures still join: an update sharing more names, a follow-up weeks
later sharing only the city and the mayor, and a rising toll, which changes
small counts (tests/stories/test_chinese_administrative_places.py holds a
landslide's day-one and day-two pages).
Invented pages (de, id, pt; a city, people and figures no corpus the rule
was measured on has); the unit checks add Hangul."""

from __future__ import annotations

from newsline.stories.cluster import (
    Story,
    _another_happening_of_few_names,
    _figures_apart,
    _shared_name_words,
)

from .helpers import page, story_lists

FLOOD = [
    page(
        "fl-de",
        "de",
        "2027-02-08",
        "Sturzflut in Cagayan de Oro: vier Tote, 1.870 Häuser beschädigt",
        "Nach 160 Millimetern Regen in einer Nacht hat eine Sturzflut in Cagayan de Oro auf der "
        "philippinischen Insel Mindanao vier Menschen getötet und 1.870 Häuser beschädigt. "
        "Bürgermeister Teodoro Balbuena rief den Notstand aus und ließ 14 Notunterkünfte öffnen. "
        "Der Fluss Iponan trat im Stadtteil Macasandig über die Ufer.",
    ),
    page(
        "fl-id",
        "id",
        "2027-02-08",
        "Banjir bandang di Cagayan de Oro, empat orang tewas",
        "Hujan 160 milimeter dalam satu malam memicu banjir bandang di Cagayan de Oro, Filipina, "
        "yang menewaskan empat orang dan merusak 1.870 rumah. Wali Kota Teodoro Balbuena "
        "menetapkan status darurat dan membuka 14 tempat pengungsian. Sungai Iponan meluap di "
        "kawasan Macasandig.",
    ),
    page(
        "fl-pt",
        "pt",
        "2027-02-09",
        "Enxurrada mata quatro em Cagayan de Oro, nas Filipinas",
        "Uma enxurrada causada por 160 milímetros de chuva numa só noite matou quatro pessoas "
        "e danificou 1.870 casas em Cagayan de Oro, no sul das Filipinas. O prefeito Teodoro "
        "Balbuena decretou estado de emergência e abriu 14 abrigos. O rio Iponan transbordou "
        "no bairro de Macasandig.",
    ),
]
FESTIVAL = [
    page(
        "fe-de",
        "de",
        "2027-02-10",
        "Cagayan de Oro eröffnet sein Stadtfest mit 85 Ständen",
        "Bürgermeister Teodoro Balbuena hat am Mittwochabend das zwölftägige Stadtfest von "
        "Cagayan de Oro auf der Plaza Divisoria eröffnet. 85 Stände zeigen Webwaren und Kaffee "
        "aus den Bergdörfern, die Veranstalter erwarten 250.000 Besucher. Die Tänzerin Marisol "
        "Ybañez führte den ersten Umzug an; von der Flut betroffene Händler zahlen keine "
        "Standgebühr.",
    ),
    page(
        "fe-id",
        "id",
        "2027-02-11",
        "Festival kota Cagayan de Oro dibuka, 85 stan",
        "Wali Kota Teodoro Balbuena membuka festival kota Cagayan de Oro selama dua belas hari "
        "di Plaza Divisoria pada Rabu malam. Sebanyak 85 stan memamerkan tenun dan kopi dari "
        "desa pegunungan, dan panitia menargetkan 250.000 pengunjung. Penari Marisol Ybañez "
        "memimpin pawai pertama; pedagang korban banjir dibebaskan dari sewa stan.",
    ),
    page(
        "fe-pt",
        "pt",
        "2027-02-11",
        "Cagayan de Oro abre festa da cidade com 85 barracas",
        "O prefeito Teodoro Balbuena abriu na quarta-feira à noite a festa de doze dias de "
        "Cagayan de Oro na Plaza Divisoria. São 85 barracas de tecelagem e café das aldeias da "
        "serra, e a organização espera 250.000 visitantes. A dançarina Marisol Ybañez abriu o "
        "primeiro desfile; comerciantes atingidos pela enchente não pagam a barraca.",
    ),
]


def _ids(docs):
    return sorted(d.id for d in docs)


def test_a_flood_and_a_festival_of_one_city_and_week_stay_two_stories():
    assert story_lists(FLOOD + FESTIVAL) == sorted([_ids(FLOOD), _ids(FESTIVAL)])


def test_the_festival_pages_first_still_two_stories():
    # the order of arrival does not decide it
    assert story_lists(FESTIVAL + FLOOD) == sorted([_ids(FLOOD), _ids(FESTIVAL)])


def test_an_update_with_new_figures_and_more_names_still_joins():
    update = page(
        "fl-de-2",
        "de",
        "2027-02-10",
        "Cagayan de Oro: Zahl der Flutopfer steigt auf sechs",
        "Die Zahl der Toten nach der Sturzflut in Cagayan de Oro ist auf sechs gestiegen, 2.310 "
        "Häuser sind beschädigt. Bürgermeister Teodoro Balbuena sagte, im Stadtteil Macasandig "
        "würden noch zwei Fischer vermisst; der Iponan sinke langsam.",
    )
    assert story_lists(FLOOD + [update]) == [sorted(_ids(FLOOD) + ["fl-de-2"])]


def test_a_follow_up_weeks_later_with_new_figures_still_joins():
    later = page(
        "fl-id-3",
        "id",
        "2027-03-12",
        "Sebulan setelah banjir, Cagayan de Oro bangun 320 rumah baru",
        "Sebulan setelah banjir bandang, Wali Kota Teodoro Balbuena meresmikan pembangunan "
        "320 rumah baru bagi korban banjir Cagayan de Oro dengan dana 95 juta peso.",
    )
    assert story_lists(FLOOD + [later]) == [sorted(_ids(FLOOD) + ["fl-id-3"])]


def test_figures_apart_needs_own_figures_on_both_sides_and_none_shared():
    flood = {"#:1870": 1.0, "#:160": 1.0, "w:balbuena": 1.0}
    fest = {"#:85": 1.0, "#:2.5e+05": 1.0, "w:balbuena": 1.0}
    assert _figures_apart(flood, fest, frozenset())
    # one shared figure (the toll) is one happening told again
    assert not _figures_apart(flood, {**fest, "#:160": 1.0}, frozenset())
    # one side with a single figure has too few to tell
    assert not _figures_apart(flood, {"#:85": 1.0}, frozenset())
    # the days of the month both pages write are no figure of either
    assert not _figures_apart(flood, {"#:85": 1.0, "#:10": 1.0}, frozenset({"#:10"}))
    # a toll that rises (14 dead and 31 missing, then 19 dead) changes small
    # counts and round ones: no specific figure of its own on the first day
    day1 = {"#:14": 1.0, "#:31": 1.0, "#:500": 1.0}
    assert not _figures_apart(day1, {"#:19": 1.0, "#:2200": 1.0}, frozenset())


def test_a_name_written_in_two_scripts_is_counted_once_per_script():
    a = {"w:busan": 1.0, "k:psn": 1.0, "w:park": 1.0, "k:pk": 1.0}
    sa = {"w:busan": "Busan", "k:psn": "부산", "w:park": "Park", "k:pk": "박"}
    # Busan and 부산, Park and 박: two words in Latin, two in Hangul
    assert _shared_name_words(a, sa, a, sa) == 2


def test_many_shared_names_are_one_happening_whatever_the_figures():
    names = {f"w:n{i}": 1.0 for i in range(8)}
    a = {**names, "#:1870": 1.0, "#:160": 1.0}
    b = {**names, "#:85": 1.0, "#:2.5e+05": 1.0}
    surf = {f: f[2:] for f in names}
    story = Story(id="s", anchors=b, surfaces=surf)
    assert not _another_happening_of_few_names(a, surf, story, frozenset())
    few = {"w:n0": 1.0, "w:n1": 1.0}
    story = Story(id="s", anchors={**few, "#:85": 1.0, "#:2.5e+05": 1.0}, surfaces=surf)
    assert _another_happening_of_few_names(
        {**few, "#:1870": 1.0, "#:160": 1.0}, surf, story, frozenset()
    )


def test_a_festival_page_recalling_the_flood_does_not_join_the_flood_story():
    # one page alone, in the flood pages' language and words (Sturzflut,
    # Häuser, Regen), meets the grown flood story on the city and the mayor
    # and none of its figures: it starts its own story
    fest = page(
        "fe-de-2",
        "de",
        "2027-02-09",
        "Trotz Sturzflut: Cagayan de Oro eröffnet Stadtfest",
        "Einen Tag nach der Sturzflut hat Bürgermeister Teodoro Balbuena das Stadtfest von "
        "Cagayan de Oro eröffnet. Händler, deren Häuser die Flut beschädigt hat, zahlen für ihre "
        "85 Stände keine Gebühr; die Stadt erwartet trotz des Regens 250.000 Besucher in zwölf "
        "Tagen.",
    )
    assert story_lists(FLOOD + [fest]) == sorted([_ids(FLOOD), ["fe-de-2"]])
