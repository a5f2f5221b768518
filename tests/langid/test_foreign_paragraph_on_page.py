"""A paragraph in another language of the page's script keeps its language.

The same-script prior (IdentifyLanguages._settle_short_blocks) gives a block
the page's language when the model gives that language a fair share of its
confidence. The model used to be asked without the block's own language
when that language lies outside the configured set (Polish, Czech,
Portuguese): it could only answer with the page's language or a neighbour,
so a whole Polish paragraph on a German page was stored as German and no
foreign block was reported.

Every sentence here was written for this test (a town council, a transport
law, farm aid, a jazz festival, a trade fair, a river clean-up).
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.langid.stage import IdentifyLanguages
from newsline.model import Document

from .helpers import line_blocks

# page language, foreign block's language, lines (the foreign one third)
FOREIGN = {
    "pl-on-de": (
        "de",
        "pl",
        [
            "Stadtrat beschließt neuen Haushalt für das kommende Jahr",
            "Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt "
            "verabschiedet. Die Opposition kritisierte die geplanten Kürzungen bei den "
            "Schwimmbädern und Bibliotheken scharf.",
            "Radni z miasta partnerskiego przysłali list z gratulacjami. Burmistrz "
            "napisał, że współpraca między miastami rozwija się bardzo dobrze i że w "
            "przyszłym roku planowane są wspólne projekty dla młodzieży.",
            "Der Bürgermeister bedankte sich für die Glückwünsche und kündigte einen "
            "Besuch im Frühjahr an. Die Sitzung endete kurz vor Mitternacht.",
        ],
    ),
    "cs-on-sk": (
        "sk",
        "cs",
        [
            "Vláda schválila nový zákon o doprave v meste",
            "Poslanci v utorok po dlhej diskusii schválili novelu zákona. Opozícia "
            "kritizovala najmä to, že sa obmedzia investície do železníc a autobusovej "
            "dopravy na vidieku.",
            "Mluvčí českého ministerstva uvedl, že se obě země budou na projektu podílet "
            "společně. Podle něj je to pro region velmi důležité a první práce začnou už "
            "na jaře.",
            "Minister dopravy povedal, že prvé práce sa začnú v apríli a potrvajú dva roky.",
        ],
    ),
    "pt-on-es": (
        "es",
        "pt",
        [
            "El gobierno anuncia nuevas medidas para el sector agrícola",
            "El ministro de Agricultura presentó este martes un paquete de ayudas para "
            "los productores afectados por la sequía. Las organizaciones del sector "
            "consideran que las medidas llegan tarde.",
            "O secretário português afirmou que os dois países vão trabalhar juntos na "
            "gestão da água. Segundo ele, a situação nos rios da fronteira é preocupante "
            "e exige uma resposta conjunta.",
            "Las ayudas se pagarán a partir del próximo mes, según fuentes del ministerio.",
        ],
    ),
    "nl-on-de": (
        "de",
        "nl",
        [
            "Grenzüberschreitende Radroute eingeweiht",
            "Die neue Radroute verbindet auf über achtzig Kilometern mehrere Dörfer "
            "beiderseits der Grenze und wurde am Wochenende offiziell eröffnet.",
            "De gedeputeerde van de provincie zei dat de fietsers uit beide landen al "
            "maanden op deze route wachten. Volgens haar komen er volgend jaar nog "
            "meer verbindingen bij.",
            "Die Kosten von rund zwei Millionen Euro teilen sich beide Länder.",
        ],
    ),
}

# pairs the page never overrode (the block's language is in the set, or the
# model gives the page's language almost nothing): kept as guards
ALREADY_KEPT = {
    "it-on-es": (
        "es",
        "it",
        [
            "La ciudad celebra su feria del libro con récord de visitantes",
            "Más de cien editoriales participaron este fin de semana en la feria, que "
            "cerró sus puertas el domingo con una afluencia histórica.",
            "Lo scrittore ospite ha detto che il pubblico spagnolo è sempre molto "
            "caloroso. Secondo lui, la traduzione del suo ultimo romanzo uscirà già "
            "nelle prossime settimane.",
            "La próxima edición se celebrará en primavera, según los organizadores.",
        ],
    ),
    "it-on-fr": (
        "fr",
        "it",
        [
            "Le festival de jazz attire un public record cette année",
            "Plus de quarante mille spectateurs se sont pressés dans les rues de la ville "
            "pendant le week-end. Les organisateurs se disent très satisfaits de cette "
            "édition.",
            "Il direttore artistico ha detto che la collaborazione con i musicisti "
            "francesi è stata molto importante. Secondo lui, il prossimo anno il festival "
            "ospiterà ancora più gruppi giovani.",
            "La prochaine édition aura lieu au mois de juillet, selon la mairie.",
        ],
    ),
    "id-on-vi": (
        "vi",
        "id",
        [
            "Hội nghị thương mại khu vực khai mạc tại Hà Nội",
            "Hội nghị thu hút hơn năm trăm doanh nghiệp từ các nước trong khu vực tham "
            "dự. Các bên đã thảo luận về chuỗi cung ứng và hợp tác đầu tư trong những năm "
            "tới.",
            "Menteri perdagangan mengatakan bahwa kerja sama ini sangat penting bagi "
            "kedua negara. Menurut dia, nilai perdagangan diharapkan meningkat dua kali "
            "lipat dalam lima tahun ke depan.",
            "Hội nghị sẽ kết thúc vào chiều thứ sáu với lễ ký kết nhiều thỏa thuận.",
        ],
    ),
    "ms-on-en": (
        "en",
        "ms",
        [
            "Regional leaders meet to discuss river pollution",
            "Officials from five countries gathered on Monday to agree on a plan to clean "
            "up the river basin. Environmental groups say the measures do not go far "
            "enough.",
            "Menteri alam sekitar berkata kerajaan akan menambah peruntukan untuk "
            "membersihkan sungai. Beliau menegaskan bahawa rakyat perlu bekerjasama "
            "dengan pihak berkuasa tempatan.",
            "The meeting will continue on Tuesday with talks on funding.",
        ],
    ),
}

# near misses: the third line must keep the page's language
PAGE_LANGUAGE = {
    # names the model reads as German, between a few English words
    "names-on-en": (
        "en",
        [
            "Transfer news roundup from the weekend",
            "Clubs across the league were busy as the window closed on Friday night and "
            "several deals were done.",
            "Schweinsteiger, Müller, Götze, Kroos and Hummels were named by Löw in the "
            "squad for the friendly against Austria.",
            "More updates will follow as clubs confirm their signings.",
        ],
    ),
    # a short caption with a Polish name
    "caption-on-de": (
        "de",
        [
            "Neue Brücke über den Rhein eröffnet",
            "Nach drei Jahren Bauzeit wurde die neue Brücke am Samstag feierlich "
            "eröffnet. Tausende Menschen kamen zur Feier.",
            "Foto: Marek Nowak",
            "Die Brücke soll den Verkehr in der Innenstadt deutlich entlasten.",
        ],
    ),
    # a German paragraph quoting a Polish film's title
    "title-on-de": (
        "de",
        [
            "Polnischer Film gewinnt Preis in Berlin",
            "Die Preisverleihung fand im Beisein zahlreicher Gäste im Kino am Platz statt.",
            "Die Jury zeichnete am Sonntag den Film „Cicha noc w małym mieście“ der "
            "Regisseurin aus Krakau aus. Der Film erzählt die Geschichte einer Familie, "
            "die sich nach vielen Jahren wieder trifft.",
            "Die Vorführung war restlos ausverkauft.",
        ],
    ),
    # a Spanish paragraph naming Portuguese places and a Portuguese party
    "places-on-es": (
        "es",
        [
            "Acuerdo para proteger el río en la frontera",
            "Los dos gobiernos firmaron el lunes un acuerdo para vigilar la calidad del agua.",
            "El alcalde de Vila Nova de Cerveira y el Partido Socialista de Viana do "
            "Castelo celebraron la firma, que según ellos llega después de muchos años de "
            "espera.",
            "El acuerdo entrará en vigor el próximo mes.",
        ],
    ),
    # Portuguese names with two Spanish words between them (the model, asked
    # with Portuguese, reads the names' letters as Portuguese)
    "pt-names-on-es": (
        "es",
        [
            "Acuerdo para proteger el río",
            "Los dos gobiernos firmaron el lunes un acuerdo para vigilar la calidad del "
            "agua en los ríos de la frontera.",
            "Con João Gonçalves, Conceição Araújo, Sebastião Magalhães y Maria da Graça "
            "Nogueira",
            "El acuerdo entrará en vigor el próximo mes.",
        ],
    ),
}


def _third_block(lines: list[str]) -> tuple[Document, str | None]:
    text = "\n".join(lines)
    doc = Document(id="t", source="t", text=text)
    doc.blocks = line_blocks(text)
    for b in doc.blocks:
        b.label = "body"
    IdentifyLanguages().identify(doc, Counter())
    return doc, doc.blocks[2].lang


@pytest.mark.parametrize("name", sorted(FOREIGN))
def test_foreign_paragraph_keeps_its_language(name: str) -> None:
    page, foreign, lines = FOREIGN[name]
    doc, lang = _third_block(lines)
    assert doc.lang == page
    assert lang == foreign


@pytest.mark.parametrize("name", sorted(ALREADY_KEPT))
def test_foreign_paragraph_still_keeps_its_language(name: str) -> None:
    page, foreign, lines = ALREADY_KEPT[name]
    doc, lang = _third_block(lines)
    assert doc.lang == page
    assert lang == foreign


@pytest.mark.parametrize("name", sorted(PAGE_LANGUAGE))
def test_near_misses_keep_the_page_language(name: str) -> None:
    page, lines = PAGE_LANGUAGE[name]
    doc, lang = _third_block(lines)
    assert doc.lang == page
    assert lang == page
