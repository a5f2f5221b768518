"""Article text the cleaner set aside, found by benchmarks/data/clean/heldout7
(the pages here are written for this file, in other sites' words and
languages): an HTML page's own subheadings (<h2>) between paragraphs where
the extractor's fallback kept the paragraphs only, and, in a text dump, a
recipe's ingredient list or a game's line score inside a story, with the
heading over it. A box heading over links, a button row and a numbered
list of headlines stay set aside."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.model import Document
from newsline.readers import read_path
from newsline.settings import Settings

from .helpers import BODY, classify_lines

_FACT_CHECK_DE = """<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Stimmt das? Nein, Leitungswasser in Kassel ist nicht gesperrt | Faktenblick</title></head><body>
<div class="kopf"><a href="/">Faktenblick</a> <a>Politik</a> <a>Gesundheit</a></div>
<div class="inhalt">
<h1>Stimmt das? Nein, Leitungswasser in Kassel ist nicht gesperrt</h1>
<p class="autor">Von Lea Winter</p>
<p>Seit Sonntag verbreitet sich in Messengerdiensten eine angebliche Warnung der Stadtwerke, nach der das Leitungswasser in ganz Kassel nicht mehr getrunken werden darf.</p>
<p>Die Nachricht wurde nach Angaben der Stadt tausendfach weitergeleitet und hat zu Hamsterkäufen von Mineralwasser in mehreren Supermärkten geführt.</p>
<h2>Was die Stadtwerke sagen</h2>
<p>Ein Sprecher der Stadtwerke sagte auf Anfrage, es gebe keine Warnung. Lediglich in zwei Straßen im Stadtteil Wesertor sei das Wasser nach einem Rohrbruch für einen Tag abgestellt worden.</p>
<p>Die Proben der vergangenen Woche seien ohne Befund gewesen, das Wasser könne wie gewohnt getrunken werden, teilte das Gesundheitsamt mit.</p>
<h2>Woher die Nachricht stammt</h2>
<p>Die Warnung trägt ein altes Logo der Stadtwerke, das seit drei Jahren nicht mehr verwendet wird, und enthält mehrere Rechtschreibfehler.</p>
<p>Wer die Nachricht zuerst verschickt hat, ist bislang unklar. Die Polizei prüft, ob eine Straftat vorliegt.</p>
<h3>Weitere Faktenchecks</h3>
<ul><li><a>Nein, die Grundsteuer wird nicht verdoppelt</a></li>
<li><a>Dieses Video zeigt nicht das Hochwasser von 2024</a></li></ul>
</div>
<div class="fuss">© 2025 Faktenblick</div>
</body></html>
"""


def _html_labels(tmp_path, html: str) -> dict[str, tuple[str, list[str]]]:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    settings = Settings()
    (doc,) = [d for d in read_path(str(path), settings) if isinstance(d, Document)]
    SegmentBlocks(settings)([doc], Counter())
    ClassifyBlocks(settings)([doc], Counter())
    return {doc.text[b.start : b.end]: (b.label, b.reasons) for b in doc.blocks}


_SUBHEADINGS_DE = ["Was die Stadtwerke sagen", "Woher die Nachricht stammt", "Weitere Faktenchecks"]


def _subheadings(tmp_path, html: str) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (doc,) = list(read_path(str(path), Settings()))
    return doc.meta["subheadings"]


def test_the_reader_keeps_the_pages_lower_headings(tmp_path):
    assert _subheadings(tmp_path, _FACT_CHECK_DE) == _SUBHEADINGS_DE


@pytest.mark.parametrize("heading", ["Was die Stadtwerke sagen", "Woher die Nachricht stammt"])
def test_an_h2_over_the_main_texts_prose_is_body(tmp_path, heading):
    label, reasons = _html_labels(tmp_path, _FACT_CHECK_DE)[heading]
    assert label == "body", (label, reasons)


def test_a_box_heading_over_links_stays_set_aside(tmp_path):
    got = _html_labels(tmp_path, _FACT_CHECK_DE)
    assert got["Weitere Faktenchecks"][0] not in ("body", "title"), got["Weitere Faktenchecks"]
    assert got["Nein, die Grundsteuer wird nicht verdoppelt"][0] not in ("body", "title")


_RECIPE = {
    "en": ["Ingredients for 4", "250 g plain flour", "2 eggs", "1 tsp salt", "300 ml milk"],
    "es": [
        "Ingredientes para 6 personas",
        "500 g de arroz bomba",
        "1 pimiento rojo",
        "2 dientes de ajo",
    ],
    "vi": [
        "Nguyên liệu cho 4 người",
        "500 g thịt ba chỉ",
        "2 củ hành tím",
        "1 muỗng canh nước mắm",
    ],
}


@pytest.mark.parametrize("lang", sorted(_RECIPE))
def test_a_recipes_ingredient_list_inside_a_story_is_body(lang):
    b = BODY[lang]
    lines = [b[0], b[1], *_RECIPE[lang], b[2], b[3]]
    got = classify_lines(lines)
    for line in _RECIPE[lang]:
        assert got[line][0] == "body", (line, got[line])


def test_a_line_score_and_its_heading_inside_a_story_are_body():
    b = BODY["zh"]
    score = ["全场比分", "队伍 1 2 3 4 总分", "东风 21 18 25 22 86", "海港 19 24 20 27 90"]
    got = classify_lines([b[0], b[1], *score, b[2], b[3]])
    for line in score:
        assert got[line][0] == "body", (line, got[line])


@pytest.mark.parametrize(
    "lines",
    [
        # buttons under a story: no figure leads them
        ["Print recipe", "Save", "Share"],
        # a numbered box of headlines: each item runs longer than an ingredient
        [
            "Most read",
            "1 Council approves the new bus depot after a year of delays",
            "2 Heatwave warning issued for the whole region until Sunday night",
        ],
    ],
)
def test_buttons_and_numbered_headlines_stay_set_aside(lines):
    b = BODY["en"]
    got = classify_lines([b[0], b[1], *lines, b[2], b[3]])
    for line in lines:
        assert got[line][0] not in ("body", "title"), (line, got[line])


_SUBTITLE_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>{h1} | Le Courrier du Rhône</title></head><body>
<div class="top"><a href="/">Le Courrier du Rhône</a> <a>Région</a> <a>Économie</a> <a>Abonnez-vous</a></div>
<h1>{h1}</h1>
<h2 class="sous-titre">{sub}</h2>
<div class="auteur">Par Claire Vidal</div>
<div class="date">Publié le 12/05/2025 à 07h30</div>
<p>{p0}</p><p>{p1}</p><p>{p2}</p>
<div class="abo"><h3>Ce contenu est réservé aux abonnés</h3>
<p>Abonnez-vous pour lire la suite de cet article et accéder à tous nos contenus.</p></div>
<footer>© Le Courrier du Rhône</footer>
</body></html>
"""


def test_a_subtitle_heading_under_the_headline_is_body(tmp_path):
    b = BODY["fr"]
    sub = (
        "Le syndicat des eaux limite l'arrosage et le remplissage des piscines jusqu'à "
        "la fin du mois dans quarante communes de la vallée"
    )
    page = _SUBTITLE_PAGE.format(
        lang="fr",
        h1="Sécheresse : restrictions d'eau dans la vallée du Rhône",
        sub=sub,
        p0=b[0],
        p1=b[1],
        p2=b[2],
    )
    got = _html_labels(tmp_path, page)
    assert got[sub][0] == "body", got[sub]
    assert got["Ce contenu est réservé aux abonnés"][0] not in ("body", "title")


_INLINE_TEASER_EN = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Council approves new bus depot after year of delays | Lakeside Daily</title></head><body>
<header><a href="/">Lakeside Daily</a> <nav><a>News</a> <a>Sport</a></nav></header>
<article>
<h1>Council approves new bus depot after year of delays</h1>
<p class="byline">By Tom Reyes</p>
<p>The city council voted 7-2 on Tuesday to build a new bus depot on the former rail yard, ending more than a year of disputes over the site.</p>
<p>The depot will house 120 electric buses and is expected to open in 2027, the transit agency said in a statement after the vote.</p>
<h2>Why the site was disputed</h2>
<p>Neighbours had argued that the depot would bring heavy traffic to residential streets, and two councillors asked for a new study of the area.</p>
<div class="inline-teaser"><a href="/x"><h3>Heatwave warning issued for the whole region</h3></a></div>
<p>The agency agreed to route buses along the industrial road and to plant a line of trees along the depot's northern edge.</p>
<p>Construction is due to begin in the spring, once the final permits have been granted by the state.</p>
</article>
<footer>© 2025 Lakeside Daily</footer>
</body></html>
"""


def test_an_inline_teasers_heading_stays_aside_where_the_extractor_keeps_headings(tmp_path):
    # the extractor kept the article's own <h2>: the <h3> it left out between
    # two paragraphs (another story's headline) was left out on purpose
    got = _html_labels(tmp_path, _INLINE_TEASER_EN)
    assert got["Why the site was disputed"][0] == "body", got["Why the site was disputed"]
    teaser = "Heatwave warning issued for the whole region"
    assert got[teaser][0] not in ("body", "title"), got[teaser]


def test_a_heading_that_is_a_link_is_no_subheading(tmp_path):
    # "<h3><a>Other story</a></h3>" and "<a><h3>Other story</h3></a>" between
    # paragraphs are teasers of other pages; a heading with a link inside it
    # is still the article's
    page = _FACT_CHECK_DE.replace(
        "<h2>Woher die Nachricht stammt</h2>",
        "<h2>Woher die <a href='/quelle'>Nachricht</a> stammt</h2>"
        "<div class='teaser'><h3><a href='/x'>Stau auf der A7 nach Unfall</a></h3></div>"
        "<a href='/y'><h4>Neue Buslinie ab Montag</h4></a>",
    )
    assert _subheadings(tmp_path, page) == _SUBHEADINGS_DE
