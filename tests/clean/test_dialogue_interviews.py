"""An interview written as dialogue, each turn opening with a dash (Russian,
Spanish and French papers print Q&A this way): its last short turns were too
short for prose, so the article was taken to end before them and the closing
question and answer were set aside. 'Беседовала' (interviewed by) opens the
Russian credit. Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines, classify_page

RU = [
    "«Мы не успеем построить всё к зиме»: глава управления о ремонте теплосетей",
    "Беседовала Анна Волкова",
    (
        "Город в этом году меняет почти 40 километров теплосетей — больше, чем за три предыдущих "
        "года вместе. Мы спросили начальника управления, почему ремонт затянулся."
    ),
    "— Почему работы начались так поздно?",
    (
        "— Контракты подписали только в мае: торги дважды признавали несостоявшимися, потому что "
        "подрядчики не соглашались на нашу цену."
    ),
    "— Успеете к отопительному сезону?",
    "— Основные магистрали — да. Часть внутриквартальных сетей перенесём на следующий год.",
]
ES = [
    "«No llegaremos a todo antes del invierno»: la concejala de Obras, sobre las calles cortadas",
    "Por Marta Gil",
    (
        "La ciudad renueva este año casi 40 kilómetros de tuberías, más que en los tres años "
        "anteriores juntos. Preguntamos a la concejala por qué se han retrasado las obras."
    ),
    "— ¿Por qué empezaron tan tarde los trabajos?",
    (
        "— Los contratos se firmaron en mayo porque el concurso quedó desierto dos veces y las "
        "empresas no aceptaban nuestro precio."
    ),
    "— ¿Llegarán a tiempo para el invierno?",
    "— Las calles principales, sí. El resto lo dejaremos para el año que viene.",
]


@pytest.mark.parametrize("page", [RU, ES], ids=["ru", "es"])
def test_every_turn_of_a_dialogue_interview_is_body(page):
    got = classify_lines(page)
    for turn in page[2:]:
        assert got[turn][0] == "body", (turn, got[turn])


def test_the_russian_interviewer_is_the_author(tmp_path):
    p = tmp_path / "ru.txt"
    p.write_text("\n".join(RU), encoding="utf-8")
    assert classify_page(p).author == "Анна Волкова"


def test_a_dash_and_a_name_alone_still_signs_a_post():
    b = BODY["en"]
    got = classify_lines([*b, "— Karen Holt"])
    assert got["— Karen Holt"][0] == "byline", got["— Karen Holt"]
