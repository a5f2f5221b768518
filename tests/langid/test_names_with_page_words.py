"""Lines made mostly of names, with a few of the page's words between them.

A caption credit or a list of people ("Karim Haddad, Leila Haddad y Omar
Nasser, de Alepo", "Sur la photo : Karim Benali (Pierre Lambert/AFP).") has
more letters in names than in words; the model reads the names' letters and
names a language the line does not have (Malay, German, Spanish on a French
page). Names, agencies, handles and hashtags carry no language: the few
lower-case words between them do, and when they fit the page's language the
line is the page's. A line whose words read as its own other language
("Photo by ... for ...", a Spanish line on a Portuguese page) keeps it. All
text is written for this test.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.langid import IdentifyLanguages
from newsline.model import Document

from .helpers import line_blocks

BODY = {
    "es": (
        "El Gobierno aprobó este martes un plan de ayudas para los agricultores afectados "
        "por la sequía, que recibirán hasta diez mil euros por explotación.",
        "La ministra explicó que las solicitudes podrán presentarse a partir del próximo "
        "lunes en las oficinas comarcales.",
    ),
    "fr": (
        "Le gouvernement a présenté mardi un plan d'aide aux agriculteurs touchés par la "
        "sécheresse, qui pourront recevoir jusqu'à dix mille euros par exploitation.",
        "La ministre a précisé que les demandes pourront être déposées dès lundi prochain "
        "dans les préfectures.",
    ),
    "de": (
        "Die Regierung hat am Dienstag ein Hilfspaket für Landwirte beschlossen, die unter "
        "der Dürre leiden und bis zu zehntausend Euro pro Betrieb erhalten sollen.",
        "Die Ministerin sagte, die Anträge könnten ab kommendem Montag in den "
        "Landratsämtern gestellt werden.",
    ),
    "pt": (
        "O governo aprovou nesta terça-feira um plano de ajuda aos agricultores afetados "
        "pela seca, que vão receber até dez mil euros por propriedade.",
        "A ministra explicou que os pedidos poderão ser apresentados a partir da próxima "
        "segunda-feira nas câmaras municipais.",
    ),
}


def lang_in_page(page: str, line: str) -> str | None:
    first, second = BODY[page]
    text = f"{first}\n{line}\n{second}\n"
    doc = Document(id="d", source="test", text=text, blocks=line_blocks(text))
    IdentifyLanguages()([doc], Counter())
    assert doc.lang == page
    (lang,) = {b.lang for b in doc.blocks if doc.text[b.start : b.end] == line}
    return lang


@pytest.mark.parametrize(
    ("page", "line"),
    [
        # people from elsewhere joined by the page's "y" and "de": their
        # names read as Indonesian, Malay or English
        ("es", "Budi Santoso, Siti Rahayu y Agus Setiawan, de Yakarta"),
        ("es", "Nurul Hidayah y Muhammad Rizal, de Kuala Lumpur"),
        ("es", "Kevin Walsh y Sarah Whitfield, de Boston"),
        # a photo credit: the page's "sur la photo" around German names
        ("fr", "Sur la photo : Klaus Hoffmann (Jürgen Schwarz/Reuters)."),
        ("fr", "Sur la photo : Dietrich Schulze et Helmut Wagner."),
        # a quoted writer, a handle-like name, and the page's verb
        ("fr", "Wolfgang Schreiber dit ceci [allemand] :"),
        ("es", "Una británica, LondonGirlWrites, tuitea:"),
        # Indonesian names on a German page
        ("de", "Budi Santoso und Siti Rahayu aus Jakarta"),
    ],
)
def test_names_between_the_page_words_take_the_page_language(page, line):
    assert lang_in_page(page, line) == page


@pytest.mark.parametrize(
    ("page", "line", "lang"),
    [
        # the words between the names are English: the line stays English
        ("es", "Photo by John Smith for The New York Times", "en"),
        ("fr", "Hans Müller und Anna Schmidt sprechen mit Reportern in Berlin", "de"),
        # Spanish words on a Portuguese page, close as the two are
        ("pt", "El alcalde José Martínez y la concejala Ana Ruiz, en Sevilla", "es"),
    ],
)
def test_names_between_other_words_keep_their_language(page, line, lang):
    assert lang_in_page(page, line) == lang


def test_words_among_names_skips_names_handles_and_addresses():
    from newsline.langid.stage import _words_among_names

    assert _words_among_names("Karim Haddad y Omar Nasser, de @alepo_news www.example.org") == [
        "y",
        "de",
    ]
    # mostly lower-case words: not a line of names
    assert _words_among_names("the minister said on Tuesday that aid would come") is None
    # no lower-case word at all: nothing to read
    assert _words_among_names("Karim Haddad / Reuters") is None
