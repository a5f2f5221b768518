"""A slogan chosen as title gives way to a headline nearer the article only
when such a line exists; the article's names are gathered only then.

Pages written here, shaped as a regional paper's front matter (a site
slogan, a weather widget's sentence, the headline, a caption, the article)
in English and German, and near misses: no headline-shaped line between the
slogan and the article, or one whose capitals name nothing the article does.
The labels are pinned (the same before and after the names were gathered
late).
"""

from __future__ import annotations

from tests.clean.helpers import classify_lines


def _title(labels: dict) -> str | None:
    titles = [t for t, (label, _) in labels.items() if label == "title"]
    return titles[0] if titles else None


EN_BODY = [
    (
        "Hundreds of residents of Millbrook blocked the road to the Carrow power station on "
        "Monday, protesting a plan to double the size of the plant over the next two years."
    ),
    (
        "Residents of Millbrook want Carrow Energy to withdraw the expansion approved in "
        "December, and say they will not leave the road until it does."
    ),
    (
        "The mayor of Millbrook, Joan Ortley, said she would meet Carrow Energy before Friday "
        "and asked the people of Millbrook to let ambulances through."
    ),
]
DE_BODY = [
    (
        "Hunderte Bewohner von Talheim haben am Montag die Zufahrt zum Kraftwerk Kessbach "
        "blockiert, weil der Betreiber die Anlage in den nächsten zwei Jahren verdoppeln will."
    ),
    (
        "Die Bewohner von Talheim verlangen, dass Kessbach Energie den im Dezember genehmigten "
        "Ausbau zurückzieht, und wollen die Straße bis dahin nicht räumen."
    ),
    (
        "Die Bürgermeisterin von Talheim, Jana Ort, will sich vor Freitag mit Kessbach Energie "
        "treffen und bat die Bewohner von Talheim, Krankenwagen durchzulassen."
    ),
]


def _front(slogan: str, widget: str, headline: str | None, body: list[str]) -> list[str]:
    return [
        "News | paper.example",
        slogan,
        "Monday 30/01/2023. Updated 09:30.",
        widget,
        *([headline] if headline else []),
        *body,
    ]


def test_headline_naming_the_article_replaces_the_slogan_en():
    headline = "Millbrook residents block the road to the Carrow power station"
    lines = _front(
        "The region's leading daily",
        "Weather in Millbrook: . °C low and °C high.",
        headline,
        EN_BODY,
    )
    labels = classify_lines(lines)
    assert _title(labels) == headline
    assert all(labels[p][0] == "body" for p in EN_BODY)


def test_headline_naming_the_article_replaces_the_slogan_de():
    headline = "Bewohner von Talheim blockieren die Zufahrt zum Kraftwerk Kessbach"
    lines = _front(
        "Nachrichten aus dem Tal und aus den Bergen",
        "Das Wetter in Talheim: . °C Tiefstwert und °C Höchstwert.",
        headline,
        DE_BODY,
    )
    labels = classify_lines(lines)
    assert _title(labels) == headline
    assert all(labels[p][0] == "body" for p in DE_BODY)


def test_no_line_between_slogan_and_article_keeps_the_labels():
    # near miss: nothing to weigh between the slogan and the text
    for body in (EN_BODY, DE_BODY):
        lines = _front("The region's leading daily", "Weather: . °C low and °C high.", None, body)
        labels = classify_lines(lines)
        assert all(labels[p][0] == "body" for p in body)
        assert _title(labels) != body[0]


def test_line_naming_nothing_of_the_article_is_no_headline():
    # near miss: a headline-shaped line whose capitals the article never uses
    other = "Valley choir wins the Northern Song Festival in Oakridge"
    lines = _front(
        "The region's leading daily", "Weather in Millbrook: . °C low and °C high.", other, EN_BODY
    )
    labels = classify_lines(lines)
    assert _title(labels) != other or labels[other][1][0].startswith("headline")
    assert all(labels[p][0] == "body" for p in EN_BODY)
