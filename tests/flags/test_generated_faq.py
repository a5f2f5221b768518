"""A questions-and-answers section generated from the headline: questions in
a row copying the headline's words, each answered by a short sentence with
no fact of its own. Pages written for this file in languages and layouts
heldout7 does not use (question and answer in one paragraph, or the question
as its own line and the answer in the next). Near misses: an editor's FAQ
whose answers give dates and amounts, an interview, rhetorical questions,
questions that do not copy the headline."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds
from tests.hash_seeds import probe_outputs

GENERATED = {
    "en": (
        "Leeds opens new riverside library\n"
        "The city council opened a new library on the riverside on Monday, with 40,000 books.\n"
        "Frequently asked questions\n"
        "What is Leeds opens new riverside library?\n"
        "Leeds opens new riverside library is a trending topic that many readers care about.\n"
        "Why does Leeds opens new riverside library matter?\n"
        "It matters because it is in the news and people are talking about it.\n"
        "Where can I read more about Leeds opens new riverside library?\n"
        "You can find more stories like this on our website, updated every day.\n"
    ),
    "fr": (
        "Lyon ouvre une nouvelle piscine olympique\n"
        "La piscine de 50 mètres a ouvert samedi dans le 7e arrondissement.\n"
        "Qu'est-ce que Lyon ouvre une nouvelle piscine ? C'est un sujet d'actualité qui "
        "intéresse beaucoup de lecteurs.\n"
        "Pourquoi Lyon ouvre une nouvelle piscine est important ? Parce que cela concerne "
        "tout le monde.\n"
        "Comment suivre Lyon ouvre une nouvelle piscine ? Suivez notre site pour ne rien "
        "manquer.\n"
    ),
    "ja": (
        "札幌市で新しい路面電車の路線が開業\n"
        "札幌市は1日、新しい路面電車の路線を開業した。\n"
        "Q. 札幌市で新しい路面電車とは何ですか？\n"
        "話題になっているニュースで、多くの人が注目しています。\n"
        "Q. なぜ札幌市で新しい路面電車が重要ですか？\n"
        "私たちの生活に関係があるからです。\n"
        "Q. どこで詳しく知ることができますか？\n"
        "当サイトで毎日最新情報をお届けします。\n"
    ),
    "id": (
        "Surabaya resmikan taman kota baru\n"
        "Pemerintah kota meresmikan taman seluas dua hektare pada hari Senin.\n"
        "Apa itu Surabaya resmikan taman? Surabaya resmikan taman adalah berita yang sedang "
        "ramai dibicarakan.\n"
        "Mengapa Surabaya resmikan taman penting? Karena berita ini menarik perhatian banyak "
        "orang.\n"
        "Di mana membaca berita lain? Kunjungi situs kami setiap hari.\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(GENERATED))
def test_generated_faq_is_a_farm_mark(lang):
    doc = flagged(GENERATED[lang], labels={0: "title"})
    assert doc.lang == lang
    assert kinds(doc, "content_farm", signal="generated_faq"), doc.flags


CLEAN = {
    # an editor's FAQ: its answers give dates and amounts
    "es_real_faq": (
        "El Gobierno amplía el bono social eléctrico\n"
        "El Consejo de Ministros aprobó el martes ampliar el bono social eléctrico.\n"
        "¿Quién puede pedir el bono social eléctrico? Los hogares con ingresos inferiores a "
        "22.000 euros al año.\n"
        "¿Cuánto descuenta el bono social eléctrico? Un 42,5 % de la factura.\n"
        "¿Hasta cuándo se puede pedir el bono social eléctrico? Hasta el 31 de diciembre "
        "de 2026.\n"
    ),
    # an interview: long answers, questions that do not copy the headline
    "en_interview": (
        "Mayor of Bristol sets out her plans for the harbour\n"
        "What will change first? We start with the footbridge, which has been closed for "
        "two years, and then we move on to the old warehouses that the city bought last "
        "spring from the port authority.\n"
        "Who pays for it? The city and the regional fund share the cost, and we expect "
        "private partners to finance the housing part of the scheme.\n"
        "When will it be finished? If all goes well, by the end of the decade.\n"
    ),
    # rhetorical questions inside a column
    "de_column": (
        "Warum die Bahn in Hamburg wieder zu spät kommt\n"
        "Wer kennt das nicht? Der Zug steht, die Anzeige schweigt.\n"
        "Wer ist schuld? Die Bahn sagt, das Wetter.\n"
        "Und was tun die Fahrgäste? Sie warten.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_faqs_of_editors_are_not_farm_marks(name):
    doc = flagged(CLEAN[name], labels={0: "title"})
    assert not kinds(doc, "content_farm"), doc.flags


def test_the_echo_named_does_not_depend_on_the_hash_seed():
    # the English page's questions copy three headline runs equally often;
    # the flag names the first of them in the headline, in every process
    # (it named whichever a set of strings yielded first, which varies with
    # PYTHONHASHSEED)
    probe = (
        "from tests.flags.helpers import flagged, kinds\n"
        "from tests.flags.test_generated_faq import GENERATED\n"
        "doc = flagged(GENERATED['en'], labels={0: 'title'})\n"
        "print(kinds(doc, 'content_farm', signal='generated_faq')[0].data['echo'])\n"
    )
    assert {out.strip() for out in probe_outputs(probe, seeds=(1, 2, 3))} == {"leeds opens new"}
