"""Chrome inside an article that the other tests do not cover: article
tool buttons (audio player, save, gift, "show more" on live blogs), rules of
marks between parts ("___"), "2 hours ago" stamps, correction notes (kept as
body, known by their reason) and colleagues' reporting credits. Each with a body sentence that starts the
same way and must stay body."""

from __future__ import annotations

import pytest

from newsline.clean.classify import CORRECTION_NOTE_REASON
from newsline.model import AUTHOR_BIO_REASON

from .helpers import BODY, classify_lines, page


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "Listen to this article · 5 min"),
        ("en", "Listen"),
        ("en", "Save"),
        ("en", "Show more updates"),
        ("en", "Load more"),
        ("en", "Gift this article"),
        ("es", "Escuchar"),
        ("es", "Comentar"),
        ("es", "Guardar"),
        ("es", "Sigue leyendo"),
        ("es", "Ver galería"),
        ("fr", "Écouter l'article"),
        ("fr", "Offrir l’article"),
        ("fr", "Voir la galerie"),
        ("fr", "Réutiliser ce contenu"),
    ],
)
def test_article_tool_buttons_are_navigation(lang, line):
    out = classify_lines(page(lang, mid=[line]))
    assert out[line][0] == "navigation", out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "Listen to the experts, the minister told reporters on Monday."),
        ("en", "Save the town, the residents wrote in their petition to the council."),
        ("es", "Guardar silencio no es una opción, dijo el alcalde a los vecinos."),
        ("es", "Escuchar a los vecinos es la prioridad del nuevo equipo de gobierno."),
        ("fr", "Écouter les habitants est une priorité, a dit le maire aux riverains."),
        ("fr", "Il y a 2 morts et une dizaine de blessés, selon les pompiers."),
    ],
)
def test_sentences_opening_like_a_tool_stay_body(lang, line):
    out = classify_lines(page(lang, mid=[line]))
    assert out[line][0] == "body", out[line]


@pytest.mark.parametrize("line", ["___", "* * *", "---", "• • •", "＿＿＿"])
def test_separator_rules_are_not_text(line):
    out = classify_lines(page("en", mid=[line]))
    assert out[line][0] == "navigation", out[line]
    assert "separator" in out[line][1][0]


def test_short_punctuation_lines_are_not_separators():
    # an ellipsis or a dash alone is too short to be a rule
    from newsline.clean.classify import _separator

    assert not _separator("…")
    assert not _separator("--")
    assert not _separator("1-2-3")
    assert not _separator("-*+")


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "2 hours ago"),
        ("en", "An hour ago"),
        ("en", "35 min ago"),
        ("es", "Hace 2 horas"),
        ("es", "hace 15 minutos"),
        ("fr", "Il y a 2 heures"),
        ("fr", "Il y a 5 min"),
        ("fr", "Il y a une heure"),
    ],
)
def test_time_since_posting_is_metadata(lang, line):
    out = classify_lines(page(lang, head=[line]))
    assert out[line][0] == "metadata", out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("fr", "Il y a 2 morts."),
        ("en", "Two hours ago the bridge was still open, the police said."),
        ("es", "Hace 2 años que no llueve."),
    ],
)
def test_time_since_look_alikes(lang, line):
    from newsline.clean.classify import _relative_stamp

    assert not _relative_stamp(line)


@pytest.mark.parametrize(
    "lang,line",
    [
        (
            "en",
            (
                "This story has been corrected to show that the governor declared the "
                "emergency on Monday, not Sunday."
            ),
        ),
        ("en", "Correction: An earlier version misspelled the name of the mayor."),
        ("en", "An earlier version of this article gave the wrong date for the vote."),
        ("es", "Una versión anterior de este artículo atribuía la cita al ministro de Sanidad."),
        ("es", "Fe de errores: la cifra correcta es de 900 millones de euros."),
        ("fr", "Rectificatif : une version précédente indiquait que le vote avait lieu mardi."),
        ("fr", "Cet article a été modifié le 12 mars pour corriger le nom du maire."),
    ],
)
def test_correction_notes_are_kept_as_body(lang, line):
    # the note states the story's corrected facts: kept (the labelled sets'
    # convention), and known for a correction note by its reason
    out = classify_lines(page(lang, tail=[line]))
    assert out[line][0] == "body", out[line]
    assert out[line][1][0].startswith(CORRECTION_NOTE_REASON), out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "Correction officers at the prison walked out on Monday over unpaid overtime."),
        ("en", "This story of the flood has been told many times by the town's elders."),
        ("es", "La corrección de los exámenes se retrasó dos semanas por la huelga."),
        ("fr", "Rectificatifs budgétaires et coupes se succèdent depuis le printemps."),
    ],
)
def test_sentences_about_corrections_stay_body(lang, line):
    out = classify_lines(page(lang, mid=[line]))
    assert out[line][0] == "body", out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "Associated Press writer Linda Chow in Atlanta contributed to this report."),
        ("en", "Reuters reporters in Lagos and Abuja contributed to this story."),
        (
            "es",
            (
                "El periodista de The Associated Press Manuel Ríos contribuyó a este "
                "despacho desde Caracas."
            ),
        ),
        ("fr", "Notre correspondant à Lyon a contribué à cet article."),
    ],
)
def test_colleagues_credit_after_the_article_is_a_byline(lang, line):
    out = classify_lines([*BODY[lang], "___", line])
    assert out[line][0] == "byline", out[line]
    assert out[line][1][0].startswith(AUTHOR_BIO_REASON)
    assert out["___"][0] == "navigation"


def test_credit_before_a_correction_note_is_still_a_byline():
    credit = "Associated Press writer Linda Chow in Atlanta contributed to this report."
    note = "This story has been corrected to show that the vote took place on Monday."
    out = classify_lines([*BODY["en"], credit, note])
    assert out[credit][0] == "byline", out[credit]
    assert out[note][0] == "body", out[note]
    assert out[note][1][0].startswith(CORRECTION_NOTE_REASON), out[note]
    assert all(out[b][0] == "body" for b in BODY["en"])


def test_a_paragraph_that_mentions_contributions_inside_the_article_stays_body():
    line = "Local farmers contributed to this report's findings, the university said on Monday."
    out = classify_lines([*BODY["en"][:2], line, *BODY["en"][2:]])
    assert out[line][0] == "body", out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("fr", "Cet article est réservé aux abonnés. Il vous reste 72 % à découvrir."),
        ("es", "Este artículo es exclusivo para suscriptores. Suscríbete para seguir leyendo."),
        ("en", "This article is for subscribers only. Subscribe now to keep reading."),
    ],
)
def test_subscription_wall_sentences_are_navigation(lang, line):
    out = classify_lines(page(lang, tail=[line]))
    assert out[line][0] == "navigation", out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        (
            "fr",
            (
                "Il vous reste deux jours pour vous inscrire sur les listes électorales, "
                "rappelle la mairie."
            ),
        ),
        ("en", "This article of the constitution is reserved for emergencies, the judge said."),
    ],
)
def test_sentences_near_the_wall_words_stay_body(lang, line):
    out = classify_lines(page(lang, mid=[line]))
    assert out[line][0] == "body", out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "Advertisement"),
        ("en", "Story continues below advertisement"),
        ("en", "Your browser does not support the video tag."),
        ("es", "Continúa leyendo"),
        ("es", "Ver vídeo"),
        ("fr", "La suite après la publicité"),
        ("fr", "Lire plus tard"),
        ("fr", "Votre navigateur ne supporte pas la vidéo."),
        ("fr", "Article réservé aux abonnés"),
    ],
)
def test_ad_slots_and_player_fallbacks_are_navigation(lang, line):
    out = classify_lines(page(lang, mid=[line]))
    assert out[line][0] == "navigation", out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "1 / 12"),
        ("en", "3 of 8"),
        ("es", "1 de 12"),
        ("fr", "4 sur 10"),
    ],
)
def test_bare_gallery_counters_are_navigation(lang, line):
    out = classify_lines(page(lang, mid=[line]))
    assert out[line][0] == "navigation", out[line]
    assert "counter" in out[line][1][0]


@pytest.mark.parametrize("line", ["12 / 3", "1 / 1", "2024 / 25", "7 of 10 voters", "0 / 5"])
def test_counter_look_alikes(line):
    from newsline.clean.classify import _bare_counter

    assert not _bare_counter(line)


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "Watch: How the last strike unfolded"),
        ("en", "WATCH | Storm hits the coast"),
        ("en", "Listen: The Commute podcast · 24:31"),
        ("es", "Escucha el pódcast: Hoy en la política · 25 min"),
        ("es", "VÍDEO | Las inundaciones en Valencia"),
        ("fr", "VIDÉO - Les images des crues"),
        ("fr", "Écouter aussi : notre podcast « L'Heure du monde »"),
    ],
)
def test_embedded_player_teasers_are_related(lang, line):
    out = classify_lines(page(lang, mid=[line]))
    assert out[line][0] == "related", out[line]
    assert "embedded" in out[line][1][0]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "Watch the skies tonight: the meteor shower peaks after midnight, astronomers say."),
        ("en", "Listen carefully: the minister repeated the warning twice on Monday."),
        ("es", "Ver para creer: el alcalde inauguró el puente que prometió hace diez años."),
        ("fr", "Écouter les riverains : c'est la promesse faite lundi par le nouveau maire."),
    ],
)
def test_sentences_opening_like_an_embed_label_stay_body(lang, line):
    out = classify_lines(page(lang, mid=[line]))
    assert out[line][0] == "body", out[line]


@pytest.mark.parametrize(
    "lang,line,label",
    [
        ("es", "3 min de lectura", "metadata"),
        ("es", "Imagen de archivo. EFE", "caption"),
        ("es", "Foto de archivo de la sede del ministerio en Madrid.", "caption"),
        ("fr", "Photo d'illustration AFP", "caption"),
        ("en", "File photo: the central bank's headquarters", "caption"),
        ("fr", "Par AFP", "byline"),
        ("en", "By AP", "byline"),
        ("es", "Noticia relacionada: El Gobierno aprueba el plan", "related"),
        ("fr", "Sujets associés", "related"),
    ],
)
def test_more_chrome_inside_the_article(lang, line, label):
    out = classify_lines(page(lang, mid=[line]))
    assert out[line][0] == label, out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("fr", "Illustration parfaite du malaise, la grève a duré trois semaines."),
        ("es", "La lectura de 3 libros al mes es la meta del plan municipal."),
        ("en", "Files photographed by the police were shown to the jury on Monday."),
        ("fr", "Par ailleurs, l'AFP a confirmé l'information mardi."),
    ],
)
def test_sentences_like_that_chrome_stay_body(lang, line):
    out = classify_lines(page(lang, mid=[line]))
    assert out[line][0] == "body", out[line]


@pytest.mark.parametrize(
    "lang,line,label",
    [
        (
            "en",
            "This material may not be published, broadcast, rewritten, or redistributed.",
            "footer",
        ),
        ("es", "Prohibida su reproducción total o parcial.", "footer"),
        ("fr", "Reproduction interdite sans autorisation.", "footer"),
        ("es", "Esta noticia fue actualizada a las 18:05.", "metadata"),
        ("en", "AP video journalist Sam Lee contributed from Miami.", "byline"),
    ],
)
def test_notes_closing_the_page(lang, line, label):
    out = classify_lines(page(lang, tail=[line]))
    assert out[line][0] == label, out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "The photos may not be published until the trial ends, the judge ruled on Monday."),
    ],
)
def test_sentences_like_those_notes_stay_body(lang, line):
    out = classify_lines(page(lang, mid=[line]))
    assert out[line][0] == "body", out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("en", "Image source, Getty Images"),
        ("en", "Image caption,"),
        ("en", "Media caption, Watch: the moment the bridge collapsed"),
        ("es", "Fuente de la imagen, Getty Images"),
        ("es", "Pie de foto,"),
        ("fr", "Légende :"),
    ],
)
def test_accessible_caption_labels_are_captions(lang, line):
    out = classify_lines(page(lang, mid=[line]))
    assert out[line][0] == "caption", out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        ("fr", "Légende, la chanteuse a rempli le stade lundi soir."),
        ("en", "Image, the new album by the band, tops the charts this week."),
        ("en", "Photo credit, the agency said, belongs to the photographer."),
    ],
)
def test_sentences_opening_with_a_caption_word_and_a_comma_stay_body(lang, line):
    out = classify_lines(page(lang, mid=[line]))
    assert out[line][0] == "body", out[line]
