"""Two matches of the same clubs weeks apart (a league derby, then a cup
tie) name the same coaches, scorers and grounds; they were one story. Each
match's reports lead with its score, as a rate decision's lead with its
rate. A preview of the second match, recapping the first and leading with
no score, joins the first match's story -- and must not carry that story's
days up to the second match, or the second's reports, days after the
preview, join the first too. Invented pages (pt, it, en)."""

from __future__ import annotations

from collections import Counter

from newsline.model import Document
from newsline.stories import ClusterStories
from newsline.stories.cluster import lead_figure

from .helpers import page

LEAGUE = [
    page(
        "lg-pt",
        "pt",
        "2025-02-09",
        "Benfica vence dérbi com golo de Tavares aos 81 minutos",
        "O Benfica venceu o Sporting por 2-1 no Estádio da Luz, na 21.ª jornada da Liga. Rui "
        "Tavares marcou o golo da vitória aos 81 minutos, depois de Marco Aldeia ter empatado para "
        "o Sporting. O treinador Henrique Sobral elogiou a equipa; Paulo Veloso, do Sporting, "
        "criticou a arbitragem. O defesa Lucas Brandão foi expulso.",
    ),
    page(
        "lg-en",
        "en",
        "2025-02-10",
        "Tavares strikes late as Benfica edge Sporting in Lisbon derby",
        "Benfica beat Sporting 2-1 at the Estadio da Luz on Sunday. Marco Aldeia had equalised "
        "for Sporting before Rui Tavares scored the winner after 81 minutes. Coach Henrique Sobral "
        "praised his side, while Sporting's Paulo Veloso criticised the referee after defender "
        "Lucas Brandão was sent off.",
    ),
    page(
        "lg-it",
        "it",
        "2025-02-10",
        "Derby di Lisbona al Benfica, decide Tavares",
        "Il Benfica ha battuto lo Sporting 2-1 all'Estádio da Luz. Dopo il pareggio di Marco "
        "Aldeia, Rui Tavares ha segnato il gol decisivo all'81'. Henrique Sobral soddisfatto, "
        "Paulo Veloso polemico con l'arbitro per l'espulsione di Lucas Brandão.",
    ),
]
PREVIEW = page(
    "cup-preview-pt",
    "pt",
    "2025-02-24",
    "Sporting e Benfica voltam a encontrar-se, agora na Taça",
    "Duas semanas depois do dérbi da Liga, Sporting e Benfica defrontam-se no Estádio José "
    "Alvalade nos quartos de final da Taça de Portugal. No último encontro, Rui Tavares deu a "
    "vitória ao Benfica depois do golo de Marco Aldeia; Lucas Brandão foi expulso. Paulo Veloso "
    "e Henrique Sobral prometem equipas fortes.",
)
CUP = [
    page(
        "cup-pt",
        "pt",
        "2025-02-26",
        "Sporting elimina o Benfica da Taça com bis de Aldeia",
        "O Sporting venceu o Benfica por 3-0 no Estádio José Alvalade e seguiu para as "
        "meias-finais da Taça de Portugal. Marco Aldeia marcou dois golos e Tiago Merino fechou o "
        "resultado. Paulo Veloso falou em justiça; Henrique Sobral assumiu a derrota. Rui Tavares "
        "falhou um penálti.",
    ),
    page(
        "cup-en",
        "en",
        "2025-02-27",
        "Aldeia double sends Sporting past Benfica in the Cup",
        "Sporting knocked Benfica out of the Portuguese Cup with a 3-0 win at the Estadio Jose "
        "Alvalade. Marco Aldeia scored twice and Tiago Merino added a third. Rui Tavares missed a "
        "penalty for Benfica. Paulo Veloso said his side deserved it; Henrique Sobral took the "
        "blame.",
    ),
    page(
        "cup-it",
        "it",
        "2025-02-27",
        "Coppa di Portogallo: lo Sporting elimina il Benfica",
        "Lo Sporting ha battuto il Benfica 3-0 all'Estádio José Alvalade. Doppietta di Marco "
        "Aldeia e gol di Tiago Merino; Rui Tavares ha sbagliato un rigore. Paulo Veloso e "
        "Henrique Sobral hanno commentato la partita.",
    ),
]


def _stories(docs: list[Document]) -> list[list[str]]:
    stage = ClusterStories()
    stage(list(docs), Counter())
    return sorted(sorted(s["documents"]) for s in stage.finalize()["stories"])


def test_a_score_leads_a_match_report():
    assert lead_figure(LEAGUE[0].text) == "=:2-1"
    assert lead_figure(CUP[1].text) == "=:3-0"
    assert lead_figure(PREVIEW.text) is None
    # a decimal before it is the lead figure; a date is no score
    assert lead_figure("Rate cut to 5.25%\nThe board voted 7-2 to cut") == "#:525"
    assert lead_figure("Summit on 2025-02-24\nLeaders met in Lisbon") is None


def test_two_matches_of_the_same_clubs_are_two_stories():
    got = _stories(LEAGUE + CUP)
    assert got == [["cup-en", "cup-it", "cup-pt"], ["lg-en", "lg-it", "lg-pt"]]


def test_a_preview_recapping_the_first_match_does_not_carry_it_to_the_second():
    got = _stories(LEAGUE + [PREVIEW] + CUP)
    assert ["cup-en", "cup-it", "cup-pt"] in got


def test_a_report_of_the_same_match_a_week_on_still_joins_it():
    # near miss: leading with the same score, 16 days after the match
    later = page(
        "lg-later-it",
        "it",
        "2025-02-25",
        "Brandão squalificato tre giornate dopo il derby",
        "Dopo il 2-1 del Benfica sullo Sporting all'Estádio da Luz, Lucas Brandão è stato "
        "squalificato per tre giornate. Paulo Veloso e Henrique Sobral ne hanno parlato; Rui "
        "Tavares e Marco Aldeia i marcatori.",
    )
    got = _stories(LEAGUE + [later])
    assert got == [["lg-en", "lg-it", "lg-later-it", "lg-pt"]]
