"""A page of the same days as a story, in its language, sharing none of its
names and none of its figures while each gives figures of its own, tells
another happening: a second city's mayoral vote the same Sunday (its own
winner, votes and turnout) joined a capital's on the words of an election
alone (benchmarks/data/stories/heldout15: Pattaya's vote beside Bangkok's;
heldout12's Vietnamese entry-fee page beside a recall). A page sharing a
name with the story, or one of its figures, is left to the score. Pages
written for this test, in other places and languages."""

from __future__ import annotations

from .helpers import page, story_lists

CAPITAL = [
    page(
        "lima-es",
        "es",
        "2030-10-06",
        "Rosa Quispe Herrera gana la alcaldía de Lima con el 38,4 % de los votos",
        "Rosa Quispe Herrera, candidata de Lima Avanza, ganó este domingo la elección municipal "
        "de Lima con 1.942.380 votos, el 38,4 %, según el conteo de la ONPE al 95 %. Su rival "
        "Jorge Salcedo obtuvo el 29,1 %. La participación fue del 76,5 %. Quispe prometió "
        "ampliar la Línea 2 del metro. Los resultados oficiales se proclamarán en noviembre.",
    ),
    page(
        "lima-en",
        "en",
        "2030-10-07",
        "Rosa Quispe Herrera elected mayor of Lima",
        "Rosa Quispe Herrera won Lima's mayoral election on Sunday with 1,942,380 votes, or 38.4 "
        "percent, the electoral office ONPE said. Jorge Salcedo came second with 29.1 percent; "
        "turnout was 76.5 percent.",
    ),
]
OTHER_CITY = page(
    "arequipa-es",
    "es",
    "2030-10-06",
    "Martín Chávez Soto gana la alcaldía de Arequipa con el 44,9 % de los votos",
    "Martín Chávez Soto ganó este domingo la elección municipal de Arequipa con 241.760 votos, "
    "el 44,9 %, según el conteo oficial al 92 %. Su rival obtuvo el 31,7 %. La participación "
    "fue del 71,3 %. Chávez prometió ampliar el puente Chilina. Los resultados oficiales se "
    "proclamarán en noviembre.",
)


def test_another_citys_vote_the_same_day_is_another_story():
    # in publication order: the other city's page comes before the
    # capital's second one
    got = story_lists([CAPITAL[0], OTHER_CITY, CAPITAL[1]])
    assert sorted(d.id for d in CAPITAL) in got
    assert [OTHER_CITY.id] in got


def test_a_page_naming_the_storys_winner_joins_it():
    recap = page(
        "lima-recap-es",
        "es",
        "2030-10-07",
        "Lima: Rosa Quispe Herrera asumirá en enero",
        "La alcaldesa electa de Lima, Rosa Quispe Herrera, se reunió con el alcalde saliente y "
        "anunció su equipo de transición. Quispe ganó con el 38,4 % de los votos.",
    )
    got = story_lists(CAPITAL + [recap])
    assert sorted(d.id for d in CAPITAL + [recap]) in got
