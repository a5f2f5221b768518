"""A speaker's words given in their own language in a paragraph of their
own, framed by the article's paragraphs: introduced by the one before with
a colon ("Der Leiter des Sekretariats sagte zum Abschluss:"), or claimed by
the one after ("Mit diesen Worten kommentierte ...", "Так прокомментировал
...", "... đã bình luận như vậy"). Without quotation marks or shared names
such a paragraph was judged off topic and set aside, the quotation lost
from the article. A label before an advert ("Anzeige:") or an ordinary
"said" after it frames nothing. Pages written for this file; the positives
failed before the fix."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

QUOTE = (
    "This is a dark day for everyone who believed that the richest nations would finally "
    "keep their word."
)
ADVERT = (
    "Get the best deals on cheap flights and hotels around the world and book your next "
    "holiday today."
)

FRAMED = [
    (
        "Klimakonferenz in Bonn endet ohne Einigung\n"
        "Die Verhandlungen in Bonn sind am Freitag ohne Einigung über die Finanzierung von "
        "Klimaschäden zu Ende gegangen.\n"
        "{block}\n"
        "Mit diesen Worten kommentierte der Leiter des UN-Klimasekretariats das Ergebnis.\n"
        "Die nächste Konferenz findet im November statt.\n"
    ),
    (
        "Саммит по климату завершился без соглашения\n"
        "Переговоры в Бонне завершились в пятницу без соглашения о финансировании "
        "климатического ущерба.\n"
        "{block}\n"
        "Так прокомментировал итоги переговоров глава климатического секретариата ООН.\n"
        "Следующая конференция пройдёт в ноябре.\n"
    ),
    (
        "Hội nghị khí hậu kết thúc mà không đạt thỏa thuận\n"
        "Các cuộc đàm phán tại Bonn đã kết thúc hôm thứ Sáu mà không có thỏa thuận về tài "
        "chính cho thiệt hại khí hậu.\n"
        "{block}\n"
        "Người đứng đầu Ban thư ký khí hậu Liên Hợp Quốc đã bình luận như vậy về kết quả.\n"
        "Hội nghị tiếp theo sẽ diễn ra vào tháng 11.\n"
    ),
    (
        "La cumbre del clima termina sin acuerdo\n"
        "Las negociaciones de Bonn terminaron el viernes sin acuerdo sobre la financiación de "
        "los daños climáticos.\n"
        "El responsable de la secretaría de la ONU para el clima declaró al terminar:\n"
        "{block}\n"
        "La próxima conferencia se celebrará en noviembre.\n"
    ),
]


@pytest.mark.parametrize("page", FRAMED)
def test_a_quotation_framed_by_the_articles_paragraphs_stays_in_the_body(page):
    doc = flagged(page.format(block=QUOTE))
    got = kinds(doc, "foreign_block")
    assert len(got) == 1 and got[0].data["on_topic"] and got[0].data["quotation"], [
        f.reason for f in doc.flags
    ]
    block = next(b for b in doc.blocks if doc.text[b.start : b.end] == QUOTE)
    assert block.label == "body"


@pytest.mark.parametrize(
    "text",
    [
        # a label before an advert ends with a colon too
        (
            "Klimakonferenz in Bonn endet ohne Einigung\n"
            "Die Verhandlungen in Bonn sind am Freitag ohne Einigung über die Finanzierung von "
            "Klimaschäden zu Ende gegangen.\n"
            "Anzeige:\n"
            "{block}\n"
            "Die nächste Konferenz findet im November statt, sagte der Sprecher.\n"
        ),
        # an ordinary "said" in the next paragraph points back at nothing
        (
            "Саммит по климату завершился без соглашения\n"
            "Переговоры в Бонне завершились в пятницу без соглашения о финансировании "
            "климатического ущерба.\n"
            "{block}\n"
            "Следующая конференция пройдёт в ноябре, сказал представитель секретариата.\n"
        ),
    ],
)
def test_an_advert_after_a_label_or_before_a_said_is_still_off_topic(text):
    doc = flagged(text.format(block=ADVERT))
    got = kinds(doc, "foreign_block", on_topic=False)
    assert len(got) == 1, [f.reason for f in doc.flags]
