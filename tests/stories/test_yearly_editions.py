"""A yearly event's two editions are two stories. The next edition falls
about a year after the last and names the same city, venue, festival, league
and often last year's winners, so its pages joined the year before's story
(nothing in the score sees time unless time_weight is set, which is off by
default because a story told all along, a war or a crisis, spans years). A
story told in one burst of days and a page or burst more than 330 days
after it are two happenings; a story told over months still takes a page a
year after its last. Invented pages (an invented samba school contest in
Rio de Janeiro, an invented strike in Antwerp), languages of their own."""

from __future__ import annotations

from collections import Counter

from newsline.model import Document
from newsline.stories import ClusterStories

from .helpers import page

PARADE_2024 = [
    page(
        "rio24-pt",
        "pt",
        "2024-02-15",
        "Unidos da Serra Azul é campeã do Carnaval do Rio",
        "A escola de samba Unidos da Serra Azul venceu o desfile do Grupo Especial no Sambódromo "
        "da Marquês de Sapucaí, no Rio de Janeiro, com 269,8 pontos. A Liga das Escolas de Samba "
        "divulgou o resultado na quarta-feira de cinzas. A carnavalesca Marta Linhares dedicou o "
        "título à comunidade do Morro do Pinhal.",
    ),
    page(
        "rio24-en",
        "en",
        "2024-02-15",
        "Unidos da Serra Azul wins Rio carnival parade",
        "Samba school Unidos da Serra Azul won Rio de Janeiro's top carnival parade at the "
        "Sapucaí Sambadrome with 269.8 points, the samba schools league announced on Ash "
        "Wednesday. Carnival designer Marta Linhares dedicated the title to the Morro do Pinhal "
        "community.",
    ),
    page(
        "rio24-es",
        "es",
        "2024-02-16",
        "Unidos da Serra Azul gana el desfile del carnaval de Río",
        "La escuela de samba Unidos da Serra Azul ganó el desfile principal del carnaval de Río "
        "de Janeiro en el Sambódromo de la Marquês de Sapucaí con 269,8 puntos. La carnavalesca "
        "Marta Linhares dedicó el título al Morro do Pinhal.",
    ),
]
PARADE_2025 = [
    page(
        "rio25-pt",
        "pt",
        "2025-03-06",
        "Acadêmicos do Vale Dourado conquista o Carnaval do Rio",
        "A Acadêmicos do Vale Dourado venceu o desfile do Grupo Especial no Sambódromo da "
        "Marquês de Sapucaí, no Rio de Janeiro, com 270 pontos, e impediu o bicampeonato da "
        "Unidos da Serra Azul. A Liga das Escolas de Samba divulgou o resultado na "
        "quarta-feira de cinzas. O carnavalesco Rui Fontoura celebrou o primeiro título.",
    ),
    page(
        "rio25-en",
        "en",
        "2025-03-06",
        "Acadêmicos do Vale Dourado take Rio carnival title",
        "Acadêmicos do Vale Dourado won Rio de Janeiro's top carnival parade at the Sapucaí "
        "Sambadrome with 270 points, denying last year's champions Unidos da Serra Azul a second "
        "title, the samba schools league said on Ash Wednesday. Carnival designer Rui Fontoura "
        "celebrated the school's first win.",
    ),
    page(
        "rio25-fr",
        "fr",
        "2025-03-07",
        "Carnaval de Rio : Acadêmicos do Vale Dourado sacrée",
        "L'école de samba Acadêmicos do Vale Dourado a remporté le défilé principal du carnaval "
        "de Rio de Janeiro au Sambodrome de la Marquês de Sapucaí avec 270 points, devant la "
        "tenante du titre Unidos da Serra Azul. Le carnavalesque Rui Fontoura fête son premier "
        "titre.",
    ),
]

# A dock strike told over three months, then a page a year after its last.
STRIKE = [
    page(
        "dock-jan",
        "nl",
        "2024-01-10",
        "Havenarbeiders in Antwerpen leggen het werk neer",
        "De havenarbeiders van Antwerpen zijn in staking tegen de hervorming van het "
        "havenstatuut. Vakbondsleider Koen Verstraete zegt dat de terminals van Kallo stil liggen.",
    ),
    page(
        "dock-feb",
        "en",
        "2024-02-21",
        "Antwerp dock strike enters its seventh week",
        "The strike by Antwerp dockers against the port labour reform entered its seventh week. "
        "Union leader Koen Verstraete said the Kallo terminals remained shut.",
    ),
    page(
        "dock-apr",
        "fr",
        "2024-04-15",
        "Anvers : la grève des dockers se durcit",
        "La grève des dockers d'Anvers contre la réforme du statut portuaire se durcit. Le "
        "syndicaliste Koen Verstraete affirme que les terminaux de Kallo restent fermés.",
    ),
    page(
        "dock-next-apr",
        "en",
        "2025-04-22",
        "Antwerp dockers end strike as reform is shelved",
        "Antwerp dockers ended their strike against the port labour reform after the government "
        "shelved it. Union leader Koen Verstraete said the Kallo terminals would reopen.",
    ),
]


def _stories(*batches: list[Document]) -> list[list[str]]:
    stage = ClusterStories()
    for batch in batches:
        stage(batch, Counter())
    return sorted(sorted(s["documents"]) for s in stage.finalize()["stories"])


def test_two_editions_of_a_yearly_contest_are_two_stories():
    got = _stories(PARADE_2024 + PARADE_2025)
    assert sorted(d.id for d in PARADE_2024) in got
    assert sorted(d.id for d in PARADE_2025) in got


def test_two_editions_fed_as_two_runs_are_two_stories():
    got = _stories(PARADE_2024, PARADE_2025)
    assert sorted(d.id for d in PARADE_2025) in got


def test_one_edition_told_over_days_is_one_story():
    assert _stories(PARADE_2025) == [sorted(d.id for d in PARADE_2025)]


def test_a_story_told_over_months_takes_a_page_a_year_later():
    # its span is months, not one burst: a long-running story
    got = _stories(STRIKE)
    assert got == [sorted(d.id for d in STRIKE)]
