"""Three byline shapes on invented pages and sites: several writers after a
cue, one with a name of three words or more ("Por Ana María López, B y C");
a wire story reposted under a local poster's line with the wire's reporter
credit at its end; a writer's name alone, in bold, closing the article.
"""

from __future__ import annotations

import pytest

from .helpers import classify_page

_HEAD = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{title}</title>
<meta property="og:site_name" content="{site}">
</head><body>
<nav><a href="/">{site}</a> <a href="/local">{section}</a></nav>
<article>
<h1>{title}</h1>
"""
_TAIL = """</article>
<footer><p>© {site}</p></footer>
</body></html>
"""

_PAGES = {
    "es": {
        "title": "Reabren el mercado municipal tras las obras de reforma",
        "site": "Diario del Valle Central",
        "section": "Ciudad",
        "body": [
            (
                "El mercado municipal volvió a abrir sus puertas este sábado después de "
                "ocho meses de obras, con cuarenta puestos renovados y un nuevo horario."
            ),
            (
                "Los comerciantes dijeron que las ventas del primer día superaron lo que "
                "esperaban, aunque el aparcamiento sigue siendo un problema."
            ),
        ],
    },
    "pt": {
        "title": "Prefeitura reabre biblioteca pública depois de reforma",
        "site": "Folha do Litoral Norte",
        "section": "Cidade",
        "body": [
            (
                "A biblioteca pública voltou a funcionar nesta segunda-feira depois de "
                "seis meses de obras, com uma sala nova para crianças e mais computadores."
            ),
            (
                "Os moradores disseram que esperavam a reabertura desde o começo do ano, "
                "quando o telhado foi trocado."
            ),
        ],
    },
    "en": {
        "title": "Port authority approves new container terminal",
        "site": "Coastline Business Daily",
        "section": "Business",
        "body": [
            (
                "HAMBURG, May 3 (Reuters) - The port authority approved on Friday a new "
                "container terminal that will add a fifth of the port's capacity by 2028."
            ),
            (
                "The operator said it expected the first ships to berth there within "
                "three years, once the dredging of the channel is done."
            ),
        ],
    },
    "fr": {
        "title": "La médiathèque rouvre après deux ans de travaux",
        "site": "Le Courrier des Vallées",
        "section": "Culture",
        "body": [
            (
                "La médiathèque a rouvert ses portes samedi après deux ans de travaux, "
                "avec une salle de lecture agrandie et un espace pour les enfants."
            ),
            (
                "Les habitants se sont pressés dès l'ouverture pour découvrir les lieux, "
                "selon la mairie qui a compté plus de mille visiteurs."
            ),
        ],
    },
    "vi": {
        "title": "Khánh thành trường học mới cho học sinh vùng cao",
        "site": "Báo Miền Núi Hôm Nay",
        "section": "Giáo dục",
        "body": [
            (
                "Sáng 12/9, ngôi trường mới với tám phòng học đã được khánh thành, giúp "
                "hơn 300 học sinh không còn phải học trong các phòng tạm."
            ),
            (
                "Công trình có tổng vốn 9 tỷ đồng, do tỉnh hỗ trợ và người dân góp "
                "ngày công san nền."
            ),
            (
                "Thầy hiệu trưởng cho biết năm học này nhà trường sẽ mở thêm lớp bán trú "
                "cho các em ở xa."
            ),
        ],
    },
}


def _author(tmp_path, lang: str, before: list[str], after: list[str] = ()) -> str | None:
    """The author of an invented page in ``lang``: the lines in ``before``
    under the headline, then the article's paragraphs, then ``after``; each
    line is HTML as the page writes it."""
    p = _PAGES[lang]
    html = (
        _HEAD.format(lang=lang, **p)
        + "".join(f"{x}\n" for x in before)
        + "".join(f"<p>{x}</p>\n" for x in p["body"])
        + "".join(f"{x}\n" for x in after)
        + _TAIL.format(**p)
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return classify_page(path).author


@pytest.mark.parametrize(
    "lang,byline,names",
    [
        (
            "es",
            "Por María José Fernández, Pablo Ruiz y Julia Sanz",
            {"María José Fernández", "Pablo Ruiz", "Julia Sanz"},
        ),
        (
            "pt",
            "Por Ana Paula de Souza, Carlos Lima e Rita Matos",
            {"Ana Paula de Souza", "Carlos Lima", "Rita Matos"},
        ),
        (
            "en",
            "By Mary Ellen Carter, Joe Banks and Lucy Tran",
            {"Mary Ellen Carter", "Joe Banks", "Lucy Tran"},
        ),
    ],
)
def test_several_writers_after_a_cue_are_all_authors(tmp_path, lang, byline, names):
    author = _author(tmp_path, lang, [f'<p class="signature">{byline}</p>'])
    assert author is not None and set(author.split("; ")) == names


@pytest.mark.parametrize(
    "lang,line",
    [
        # a paragraph opening on "Por la mañana, …" is prose, no byline
        ("es", "<p>Por la mañana, vecinos y comerciantes hicieron fila en la entrada.</p>"),
        # a list that holds one piece in lower case is no list of writers
        ("es", "<p>Por Ana Gil, el alcalde y los vecinos del barrio</p>"),
    ],
)
def test_a_cue_word_opening_other_text_names_no_author(tmp_path, lang, line):
    assert _author(tmp_path, lang, [line]) is None


@pytest.mark.parametrize(
    "lang,closing,names",
    [
        ("vi", '<p style="text-align:right"><b>Minh Anh</b></p>', {"Minh Anh"}),
        ("vi", "<p><strong>Minh Anh - Hoàng Nam</strong></p>", {"Minh Anh", "Hoàng Nam"}),
        ("pt", "<p><strong><span>Carla Nogueira</span></strong></p>", {"Carla Nogueira"}),
    ],
)
def test_a_bold_name_closing_the_article_is_its_author(tmp_path, lang, closing, names):
    author = _author(tmp_path, lang, [], [closing])
    assert author is not None and set(author.split("; ")) == names


@pytest.mark.parametrize(
    "lang,closing",
    [
        # a name not in bold, as a link or a menu writes one
        ("vi", "<p>Minh Anh</p>"),
        # a desk signs, no writer
        ("vi", "<p><b>PV</b></p>"),
        # a bold subheading at the end, its words function words
        ("en", "<p><strong>What Comes Next</strong></p>"),
        ("en", "<p><strong>The Road Ahead</strong></p>"),
        # a last line that is a sentence, in bold
        ("fr", "<p><b>La mairie prévoit une deuxième phase en 2027.</b></p>"),
    ],
)
def test_a_bold_line_that_is_no_name_names_no_author(tmp_path, lang, closing):
    assert _author(tmp_path, lang, [], [closing]) is None


@pytest.mark.parametrize(
    "lang,top,credit,names",
    [
        (
            "en",
            '<p class="byline">Posted by Dana Whitfield, Markets Editor</p>',
            (
                "<p>Reporting by Lucy Craymer in Wellington; Writing by Ana Ruiz; "
                "Editing by Tom Hogue</p>"
            ),
            {"Lucy Craymer", "Ana Ruiz"},
        ),
        (
            "en",
            '<p class="byline">Posted by Dana Whitfield, Markets Editor</p>',
            "<p>(Reported by Sam Okafor; Editing by Jane Merriman)</p>",
            {"Sam Okafor"},
        ),
        (
            "fr",
            '<p class="auteur">Par Marc Lefèvre, rédacteur en chef adjoint</p>',
            "<p>(Reportage de Claire Martin; édité par Paul Roux)</p>",
            {"Claire Martin"},
        ),
        (
            "es",
            '<p class="firma">Por Jorge Salas, editor de Economía</p>',
            "<p>(Reporte de Ana Gil; Editado en español por Luis Mora)</p>",
            {"Ana Gil"},
        ),
    ],
)
def test_a_wire_credits_reporters_are_the_authors_not_the_poster(
    tmp_path, lang, top, credit, names
):
    author = _author(tmp_path, lang, [top], [credit])
    assert author is not None and set(author.split("; ")) == names


@pytest.mark.parametrize(
    "lang,top,after,author",
    [
        # helpers' reporting is credited after the writer's byline
        (
            "en",
            '<p class="byline">By Grace Adeyemi</p>',
            "<p>Additional reporting by Tom Becker</p>",
            "Grace Adeyemi",
        ),
        # an agency's help names no reporter
        ("fr", '<p class="auteur">Par Claire Dupont</p>', "<p>Avec AFP</p>", "Claire Dupont"),
        # a quote's attribution inside the article is no writer
        (
            "es",
            '<p class="firma">Por Marta Ibáñez</p>',
            (
                "<blockquote><p>«Esperamos que el mercado traiga vida al barrio».</p>"
                "<p>— Ana López</p></blockquote>"
                "<p>La reforma costó dos millones de euros, según el ayuntamiento.</p>"
            ),
            "Marta Ibáñez",
        ),
    ],
)
def test_other_credits_leave_the_writers_byline(tmp_path, lang, top, after, author):
    assert _author(tmp_path, lang, [top], [after]) == author
