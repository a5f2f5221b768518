"""A note naming the text itself as where it ran first or who made it with
the site ("This essay was originally posted on …", "Cette enquête a été
réalisée en partenariat avec …") is built by a grammar: a subject naming
the text ("this …") and a predicate of first publication or partnership,
per language from small word tables. Every phrase the table spelled out
before still matches; their unlisted siblings match too; a news sentence
about a report's publication, or a note that the story was updated, does
not. Notices written for this test in several sites' styles."""

from __future__ import annotations

import pytest

from newsline.clean import classify as C
from tests.clean.helpers import BODY, classify_lines, label_closing

_LISTED_BEFORE = {
    "en": [
        "this article first appeared",
        "this story first appeared",
        "this story was produced in partnership with",
        "this article was produced in partnership with",
        "this story is published in partnership with",
        "this article is published in partnership with",
        "this story was published in partnership with",
        "this article was published in partnership with",
        "this story was reported in partnership with",
        "this story was produced in collaboration with",
        "this article was produced in collaboration with",
        "this article was originally published",
        "this article was first published",
        "this story was first published",
        "this article has been republished",
        "this story has been republished",
        "this report was first published",
        "this report was originally published",
        "this piece was first published",
        "this piece was originally published",
        "this piece originally appeared",
        "this column was first published",
        "this column was originally published",
        "this interview was first published",
        "this interview was originally published",
        "this story was originally published",
        "this article originally appeared",
        "this story originally appeared",
        "a version of this article appeared",
        "a version of this story appeared",
        "a version of this article appears",
        "a version of this story appears",
        "this article appears in the",
        "this article appeared in the",
        "this story appears in the",
        "this story appeared in the",
        "appears in the print edition",
        "appeared in the print edition",
    ],
    "id": [
        "artikel ini telah tayang",
        "berita ini telah tayang",
        "artikel ini sudah tayang",
        "artikel ini pertama kali terbit",
        "artikel ini telah terbit",
    ],
    "ms": [
        "artikel ini pertama kali diterbitkan",
        "artikel ini telah disiarkan",
        "artikel ini pertama kali disiarkan",
        "diterbitkan semula dengan kebenaran",
    ],
    "es": [
        "este artículo fue publicado originalmente",
        "este artículo fue publicado por primera vez",
        "este artículo se publicó por primera vez",
        "este artículo fue publicado inicialmente",
        "este artículo ha sido publicado originalmente",
        "este texto fue publicado originalmente",
        "este reportaje fue publicado originalmente",
        "el presente artículo fue publicado originalmente",
        "este artículo se publicó originalmente",
        "este artículo fue elaborado en colaboración con",
        "este artículo se publica en colaboración con",
        "este reportaje fue elaborado en colaboración con",
        "este artículo fue escrito con la colaboración de",
        "este contenido fue elaborado en colaboración con",
        "este artículo apareció originalmente",
        "esta nota fue publicada originalmente",
        "este artículo se publicó en la edición impresa",
        "este artículo apareció en la edición impresa",
    ],
    "fr": [
        "cet article a été initialement publié",
        "cet article a été publié pour la première fois",
        "cet article a initialement été publié",
        "cet article a été originellement publié",
        "cet article est d'abord paru",
        "cet article a d'abord été publié",
        "cet article a été réalisé en partenariat avec",
        "cet article est publié en partenariat avec",
        "cet article est réalisé en partenariat avec",
        "cet article a été écrit en partenariat avec",
        "cet article a été publié initialement",
        "cet article est paru initialement",
        "cet article est paru dans l'édition",
        "cet article est publié dans le cadre d'un partenariat",
        "cet article a été publié dans le cadre d'un partenariat",
        "cet article a paru dans l'édition",
    ],
    "pt": [
        "este artigo foi publicado originalmente",
        "este texto foi publicado originalmente",
        "esta reportagem foi produzida em parceria com",
        "esta reportagem é publicada em parceria com",
        "este texto foi produzido em parceria com",
        "este artigo foi produzido em parceria com",
        "esta reportagem foi publicada originalmente",
    ],
    "de": [
        "dieser artikel erschien zuerst",
        "dieser beitrag erschien zuerst",
        "dieser artikel entstand in kooperation mit",
        "dieser beitrag entstand in kooperation mit",
        "dieser text entstand in kooperation mit",
        "dieser artikel entstand in zusammenarbeit mit",
        "dieser text erschien zuerst",
        "dieser artikel erschien in der",
        "dieser artikel ist in der printausgabe",
        "erschien in der printausgabe",
        "mit material der nachrichtenagentur",
        "mit material der nachrichtenagenturen",
        "mit material der agenturen",
    ],
    "ru": [
        "статья впервые опубликована",
        "материал впервые опубликован",
        "статья была впервые опубликована",
    ],
    "vi": [
        "bài viết được đăng lần đầu",
        "bài viết đăng lần đầu",
        "bài viết này được đăng lần đầu",
        "bài viết này đăng lần đầu",
        "bài báo được đăng lần đầu",
        "bài viết đã được đăng lần đầu",
        "bài báo đăng lần đầu",
    ],
    "th": [
        "บทความนี้เผยแพร่ครั้งแรก",
        "บทความนี้ตีพิมพ์ครั้งแรก",
        "บทความนี้ได้เผยแพร่ครั้งแรก",
    ],
    "zh": [
        "本文首发于",
        "本文原载于",
        "本文首发在",
        "本文原刊于",
        "本文首刊于",
        "本文原发于",
        "本文最初发表于",
        "本文首载于",
    ],
    "ar": [
        "نشر هذا المقال لأول مرة",
        "نشرت هذه المادة لأول مرة",
    ],
}


@pytest.mark.parametrize(
    "phrase", [(p) for ps in _LISTED_BEFORE.values() for p in ps], ids=lambda p: p[:40]
)
def test_every_phrase_listed_before_the_grammar_still_matches(phrase):
    line = phrase[:1].upper() + phrase[1:] + " Harbor Weekly."
    assert C._phrase_in(line, "REPUBLISHED_NOTES"), line


# siblings no entry spelled out before the grammar
_UNLISTED = [
    ("en", "This essay was originally posted on the author's newsletter, Quiet Streets."),
    ("en", "This column was produced in collaboration with Coastline Media."),
    ("en", "This interview first appeared in the Valley Ledger's weekend edition."),
    ("en", "This essay has been republished with permission."),
    ("fr", "Cette enquête a été réalisée en partenariat avec le journal Le Rivage."),
    ("fr", "Ce reportage a été publié pour la première fois sur le site de Radio Vallée."),
    ("fr", "Cette enquête est d'abord parue dans Le Courrier des Monts."),
    ("es", "Esta crónica fue publicada originalmente en Diario del Valle."),
    ("es", "Este reportaje fue producido en alianza con Red Costera."),
    ("pt", "Esta matéria foi publicada originalmente no Jornal da Serra."),
    ("pt", "Esta matéria foi produzida em parceria com a Agência Rio Claro."),
    ("it", "Questo articolo è stato pubblicato originariamente su Gazzetta del Lago."),
    ("it", "Questa inchiesta è stata realizzata in collaborazione con Radio Colle."),
    ("de", "Dieser Beitrag wurde zuerst veröffentlicht bei Bergblatt Online."),
    ("de", "Diese Reportage entstand in Zusammenarbeit mit dem Magazin Talweg."),
    ("id", "Tulisan ini telah dimuat di Harian Pesisir dengan judul Banjir Rob."),
    ("vi", "Bài báo này được xuất bản lần đầu trên tạp chí Sông Xanh."),
    ("th", "บทความนี้ได้ตีพิมพ์ครั้งแรกในนิตยสารริมน้ำ"),
    ("zh", "本文最早发表于《江城晚报》。"),
]


@pytest.mark.parametrize(("lang", "line"), _UNLISTED)
def test_an_unlisted_sibling_of_a_listed_note_is_attribution(lang, line):
    got = label_closing(BODY[lang], line)
    assert got[0] == "attribution", got


# news sentences a loose grammar would take: another text's publication, an
# update note, "the" instead of "this"
_NEAR_MISSES = [
    ("en", "The report was first published in 2019 by the WHO and revised last year."),
    ("en", "The study was originally published in a small journal."),
    ("fr", "Le rapport a été publié pour la première fois en 2015 par l'OMS."),
    ("es", "El informe fue publicado originalmente en 2018 por la universidad."),
    ("de", "Der Bericht erschien zuerst im Frühjahr 2021 beim Bundesamt."),
    ("it", "Il romanzo è stato pubblicato per la prima volta nel 1962."),
]


@pytest.mark.parametrize(("lang", "line"), _NEAR_MISSES)
def test_a_news_sentence_about_another_texts_publication_stays_body(lang, line):
    assert not C._phrase_in(line, "REPUBLISHED_NOTES"), line
    b = BODY[lang]
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == "body", got[line]


def test_an_update_note_is_no_note_of_where_the_text_ran():
    line = "This story has been updated to include the mayor's response."
    assert not C._phrase_in(line, "REPUBLISHED_NOTES")
    got = label_closing(BODY["en"], line)
    assert C.REPUBLISHED_SOURCE_REASON not in " ".join(got[1]), got
