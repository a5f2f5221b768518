"""Fake prize notices planted in a story: a paragraph telling the reader
"you have won" and calling them to collect, no address a filter reads.
Invented pages in languages and wordings heldout8 does not use (its pages
are Indonesian and Arabic); near misses stay unflagged: a warning quoting
such a message, a results story telling winners where to claim ("if you
have won ..."), a story whose headline is about the draw."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY
from tests.flags.helpers import flagged, kinds, span
from tests.flags.test_clickbait_and_scan_offers import TITLE as CLICKBAIT_TITLES

# the clickbait tests' headlines, and one in French
TITLE = {**CLICKBAIT_TITLES, "fr": "La mairie rénove la médiathèque du centre"}
NOTICES = {
    "en": "Congratulations! You have been selected to receive a $1,000 shopping voucher. "
    "Claim your voucher before midnight tonight.",
    "fr": "Bravo ! Vous avez gagné une trottinette électrique offerte par nos partenaires. "
    "Récupérez votre cadeau en remplissant le formulaire.",
    "pt": "Parabéns, você foi sorteado no nosso aniversário e ganhou um vale de R$ 2.000! "
    "Resgate seu prêmio ainda hoje.",
    "de": "Herzlichen Glückwunsch, Sie haben gewonnen: ein neues Smartphone wartet auf Sie. "
    "Jetzt abholen, solange der Vorrat reicht!",
    "th": "ยินดีด้วย คุณเป็นผู้โชคดีได้รับทองคำหนัก 1 บาท กดรับรางวัลภายในวันนี้เท่านั้น",
}


@pytest.mark.parametrize("lang", sorted(NOTICES))
def test_prize_notice_in_the_article_is_a_lure(lang):
    b = BODY[lang]
    text = "\n".join([TITLE[lang], b[0], b[1], NOTICES[lang], b[2]]) + "\n"
    doc = flagged(text, labels={0: "title"})
    got = [f for f in kinds(doc, "spam", signal="prize_lure")]
    assert len(got) == 1, [(f.kind, f.reason) for f in doc.flags]
    assert span(doc, got[0]) in NOTICES[lang]


def test_warning_quoting_a_prize_message_is_not_a_lure():
    b = BODY["en"]
    line = (
        'Police said residents had received texts reading "You have won a $1,000 voucher, '
        'claim your prize now" and urged them to delete such messages.'
    )
    doc = flagged("\n".join([TITLE["en"], b[0], line, b[1]]) + "\n", labels={0: "title"})
    assert kinds(doc, "spam") == []


@pytest.mark.parametrize(
    "lang,line",
    [
        (
            "en",
            "If you have won a prize in Saturday's draw, claim your winnings at any post office within 180 days.",
        ),
        (
            "pt",
            "Se você ganhou algum prêmio, resgate seu prêmio em qualquer agência lotérica em até 90 dias.",
        ),
        ("th", "หากคุณถูกรางวัล สามารถรับรางวัลได้ที่สำนักงานภายใน 2 ปี"),
    ],
)
def test_results_story_telling_winners_where_to_claim_is_not_a_lure(lang, line):
    b = BODY[lang]
    doc = flagged("\n".join([TITLE[lang], b[0], line, b[1]]) + "\n", labels={0: "title"})
    assert kinds(doc, "spam") == []


def test_third_person_winner_story_is_not_a_lure():
    b = BODY["vi"]
    line = "Anh Trần Văn Minh, người đã trúng thưởng 12 tỷ đồng, đến công ty để nhận thưởng sáng thứ Hai."
    doc = flagged("\n".join([TITLE["vi"], b[0], line, b[1]]) + "\n", labels={0: "title"})
    assert kinds(doc, "spam") == []
