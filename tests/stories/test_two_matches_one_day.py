"""A country's football and rugby sides may play on the same Saturday: their
reports share the country, its nickname ("gli Azzurri", 意大利队), the day
and often the sponsors' words, and were one story. A match ends with one
score, so two pages leading with two different scores report two matches,
whatever the days between them; the same score told from the loser's side
("0-2") is the same match. Chinese writes a score "2比0". Invented pages
(it, en, zh, es; other sports, teams and languages than any corpus the
rule was measured on)."""

from __future__ import annotations

from collections import Counter

from newsline.model import Document
from newsline.stories import ClusterStories
from newsline.stories.cluster import lead_figure

from .helpers import page

FOOTBALL = [
    page(
        "fb-it",
        "it",
        "2026-03-28",
        "Gli Azzurri battono il Galles 2-0",
        "L'Italia ha battuto il Galles 2-0 sabato sera allo Stadio Olimpico di Roma, in amichevole, con i gol di "
        "Davide Marchetti al 12' e di Luca Ferrante al 78'. Gli Azzurri hanno dominato il "
        "secondo tempo davanti a 61.000 spettatori e alla ministra dello Sport Carla Benedetti. Il ct Paolo Rinaldi ha elogiato la difesa. "
        "Il Galles di Rhys Powell non ha mai tirato in porta.",
    ),
    page(
        "fb-en",
        "en",
        "2026-03-28",
        "Italy beat Wales 2-0 in Rome friendly",
        "Italy beat Wales 2-0 in a friendly at Rome's Stadio Olimpico on Saturday, with goals from Davide "
        "Marchetti in the 12th minute and Luca Ferrante in the 78th. The Azzurri controlled the "
        "second half before 61,000 fans and Sports Minister Carla Benedetti. Coach Paolo Rinaldi praised his defence; Wales coach "
        "Rhys Powell said his side never found a shot on target.",
    ),
    page(
        "fb-zh",
        "zh",
        "2026-03-29",
        "友谊赛：意大利队2比0击败威尔士队",
        "意大利队28日在罗马举行的一场友谊赛中以2比0战胜威尔士队。马尔凯蒂第12分钟首开纪录，"
        "费兰特第78分钟锁定胜局。约6.1万名观众到场观战。意大利队主教练里纳尔迪称赞了球队的防守。",
    ),
]
# the same match told from the loser's side: the same result
FOOTBALL_LOSER = page(
    "fb-es",
    "es",
    "2026-03-29",
    "Gales cae 0-2 ante Italia en Roma",
    "Gales perdió 0-2 ante Italia en un amistoso en el Estadio Olímpico de Roma, con goles de Davide Marchetti y "
    "Luca Ferrante. El seleccionador galés Rhys Powell lamentó que su equipo no tirara a "
    "puerta. Paolo Rinaldi, técnico italiano, destacó la defensa azzurra ante 61.000 personas.",
)
RUGBY = [
    page(
        "rg-it",
        "it",
        "2026-03-28",
        "Gli Azzurri superano il Galles 22-19 a Roma",
        "L'Italia del rugby ha battuto il Galles 22-19 sabato pomeriggio allo Stadio Flaminio di Roma, davanti alla ministra dello Sport Carla Benedetti, nell'ultima "
        "giornata del Sei Nazioni. Gli Azzurri, sotto 6-19 all'intervallo, hanno rimontato con "
        "le mete di Tommaso Varese e Nicola Brambilla; Andrea Sordi ha trasformato tutto. Il "
        "capitano Matteo Zanin ha dedicato la vittoria ai tifosi.",
    ),
    page(
        "rg-en",
        "en",
        "2026-03-28",
        "Italy edge Wales 22-19 in Rome comeback",
        "Italy came back from 19-6 down at half-time to beat Wales 22-19 at Rome's Stadio Flaminio on Saturday, watched by Sports Minister Carla Benedetti, "
        "in the final round of the Six Nations. Tommaso Varese and Nicola Brambilla scored "
        "tries and Andrea Sordi kicked every conversion. Captain Matteo Zanin dedicated the win "
        "to the Azzurri fans.",
    ),
    page(
        "rg-zh",
        "zh",
        "2026-03-29",
        "六国赛：意大利队22比19逆转威尔士队",
        "意大利队28日在罗马以22比19逆转战胜威尔士队。半场落后13分的意大利队下半场由瓦雷塞和"
        "布兰比拉各完成一次达阵，索尔迪全部附加踢命中。队长扎宁将胜利献给球迷。",
    ),
]


def _stories(docs: list[Document]) -> list[list[str]]:
    stage = ClusterStories()
    stage(list(docs), Counter())
    return sorted(sorted(s["documents"]) for s in stage.finalize()["stories"])


def test_a_chinese_score_is_a_score():
    assert lead_figure(FOOTBALL[2].text) == "=:2-0"
    assert lead_figure(RUGBY[2].text) == "=:22-19"
    assert lead_figure("比赛结束\n主队以3 比 1获胜") == "=:3-1"


def test_two_matches_of_one_country_on_one_day_are_two_stories():
    got = _stories(FOOTBALL + RUGBY)
    assert ["fb-en", "fb-it", "fb-zh"] in got
    assert not any({"fb-it", "rg-it"} <= set(s) or {"fb-zh", "rg-zh"} <= set(s) for s in got)
    assert any({"rg-en", "rg-it"} <= set(s) for s in got)


def test_the_same_score_from_the_losers_side_is_the_same_match():
    # near miss: "0-2" is the "2-0" told by the loser's press
    got = _stories(FOOTBALL + [FOOTBALL_LOSER] + RUGBY)
    assert ["fb-en", "fb-es", "fb-it", "fb-zh"] in got


def test_a_score_inside_a_text_is_not_read_from_a_year_or_a_ratio():
    # near misses: no score between digits of a longer number or a date
    assert lead_figure("Vote\n2025年3月比2月增长") is None
    assert lead_figure("Ratio\nThe 123-456 code and 2026-03-28 date") is None


def test_the_score_pattern_is_linear_on_long_input():
    for text in ("1比" * 50_000, "9-" * 50_000, "1 대 " * 25_000, "12比" * 33_000):
        assert lead_figure(text) in (None, "=:1-1", "=:9-9", "=:12-12")
