"""A notice that the reader comments are closed is page chrome in every
language, even worded as a sentence; between or after the article's
paragraphs it was kept as body. A paragraph that reports comments being
closed, at a paragraph's length, stays body. Invented lines."""

from __future__ import annotations

import pytest

from .helpers import BODY_EN, BODY_ES, BODY_FR, BODY_TH, BODY_VI, BODY_ZH, label_between


@pytest.mark.parametrize(
    "body, line",
    [
        (BODY_ES, "Hemos cerrado los comentarios de esta noticia."),
        (BODY_ES, "Los comentarios están cerrados para este artículo."),
        (BODY_FR, "Les commentaires sont fermés pour cet article."),
        (BODY_EN, "Comments are closed for this story."),
        (BODY_VI, "Bình luận đã bị khóa cho bài viết này."),
        (BODY_TH, "ปิดการแสดงความคิดเห็นสำหรับบทความนี้แล้ว"),
        (BODY_ZH, "本文评论已关闭"),
    ],
    ids=["es-cerrado", "es-cerrados", "fr", "en", "vi", "th", "zh"],
)
def test_comments_closed_notice_is_set_aside(body, line):
    got, reasons = label_between(body, line)
    assert got == "navigation", reasons


@pytest.mark.parametrize(
    "body, line",
    [
        (
            BODY_EN,
            "The forum's moderators said on Tuesday that comments are closed on threads older than a year, "
            "a rule they introduced after a wave of spam hit the city's discussion pages last spring.",
        ),
        (
            BODY_FR,
            "Le maire a regretté que les commentaires sont fermés sur la page de la ville depuis l'été, "
            "alors que les habitants réclament davantage d'informations sur le calendrier du chantier.",
        ),
        (BODY_ES, "Los vecinos dejaron comentarios en el registro municipal durante todo el mes de marzo."),
    ],
    ids=["en", "fr", "es-no-phrase"],
)
def test_paragraph_reporting_closed_comments_stays_body(body, line):
    got, reasons = label_between(body, line)
    assert got == "body", reasons
