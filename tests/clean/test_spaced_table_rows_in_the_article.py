"""A forecast table set out with tabs inside the article ("新潟  雪 -1/2℃  雪
-2/1℃  曇り 0/4℃") was read as menus (four items between runs of spaces)
and its temperatures "-1/2℃" as dates, so its rows were set aside
(heldout14's g07). Tables written for this test in other languages; a menu
of words between runs of spaces stays a menu."""

from __future__ import annotations

import pytest

from newsline.clean.features import line_features

from .helpers import BODY, classify_lines

_TABLES = {
    "fr": [
        "Ville\t\tSamedi\t\tDimanche\t\tLundi",
        "Lyon\t\tneige -1/4°\t\tpluie 2/6°\t\tsoleil 3/9°",
        "Grenoble\t\tneige -3/2°\t\tneige -2/3°\t\tnuages 0/5°",
        "Annecy\t\tneige -2/1°\t\tpluie 1/4°\t\tsoleil 2/7°",
    ],
    "en": [
        "Team\t\tPlayed\t\tWon\t\tPoints",
        "Harbour City\t\tP 12\t\tW 8\t\tPts 26",
        "Northgate\t\tP 12\t\tW 7\t\tPts 23",
        "Riverside\t\tP 12\t\tW 5\t\tPts 18",
    ],
}


@pytest.mark.parametrize("lang", sorted(_TABLES))
def test_rows_of_a_spaced_table_inside_the_article_stay_body(lang):
    b = BODY[lang]
    rows = _TABLES[lang]
    got = classify_lines(
        ["A headline over the article and its table", b[0], b[1], *rows[1:], b[2], b[3]]
    )
    for r in rows[1:]:
        assert got[r][0] == "body", (r, got[r])


def test_a_temperature_range_is_no_date():
    assert line_features(0, "Lyon neige -1/4° pluie 2/6°").dates == 0
    assert line_features(0, "新潟 雪 -1/2℃").dates == 0
    assert line_features(0, "Publié le 1/4 à 10:30").dates >= 1


def test_a_menu_of_words_between_runs_of_spaces_stays_a_menu():
    menu = "Accueil\t\tPolitique\t\tSport\t\tCulture"
    got = classify_lines([menu, "A headline over the article", *BODY["fr"]])
    assert got[menu][0] == "navigation", got[menu]


@pytest.mark.parametrize(
    ("lang", "table", "firsts"),
    [
        (
            "fr",
            (
                "<table><tr><th>Ville</th><th>Samedi</th><th>Dimanche</th><th>Lundi</th></tr>"
                "<tr><td>Lyon</td><td>neige -1/4°</td><td>pluie 2/6°</td><td>soleil 3/9°</td></tr>"
                "<tr><td>Grenoble</td><td>neige -3/2°</td><td>neige -2/3°</td><td>nuages 0/5°</td></tr>"
                "<tr><td>Annecy</td><td>neige -2/1°</td><td>pluie 1/4°</td><td>soleil 2/7°</td></tr></table>"
            ),
            ("Lyon", "Grenoble", "Annecy"),
        ),
        (
            "ja",
            (
                "<table><tr><th>地点</th><th>5日(土)</th><th>6日(日)</th><th>7日(月)</th></tr>"
                "<tr><td>札幌</td><td>雪 -6/-1℃</td><td>雪 -7/-2℃</td><td>曇り -4/1℃</td></tr>"
                "<tr><td>旭川</td><td>雪 -9/-3℃</td><td>雪 -10/-4℃</td><td>雪 -8/-2℃</td></tr>"
                "<tr><td>函館</td><td>曇り -3/2℃</td><td>雪 -4/1℃</td><td>晴れ -2/4℃</td></tr></table>"
            ),
            ("札幌", "旭川", "函館"),
        ),
    ],
)
def test_rows_of_an_html_forecast_table_inside_the_article_stay_body(tmp_path, lang, table, firsts):
    from .helpers import html_article_page

    b = BODY[lang]
    doc = html_article_page(
        tmp_path,
        lang,
        "<title>Neige attendue ce week-end / 週末は大雪のおそれ</title>",
        "",
        [b[0], b[1]],
        tail="",
    )
    path = tmp_path / "page.html"
    html = path.read_text("utf-8").replace(
        "</article>", f"{table}<p>{b[2]}</p><p>{b[3]}</p></article>"
    )
    path.write_text(html, "utf-8")
    from .helpers import classify_page

    doc = classify_page(path)
    rows = [b for b in doc.blocks if doc.text[b.start : b.end].startswith(firsts)]
    assert len(rows) == 3
    assert all(r.label == "body" for r in rows), [
        (doc.text[r.start : r.end], r.label, r.reasons) for r in rows
    ]
