"""A page whose only publication date is its JSON-LD datePublished states
it as explicitly as a meta tag: read as the page's stated date, so a
visible "Updated …" stamp (the only date the page shows) does not outrank
it as it outranks the extractor's guess (metadata heldout7's n05). Pages
written for this test."""

from __future__ import annotations

import json

import pytest

from tests.stages_through import read_through


def _page(lang: str, ld: object, headline: str, stamp: str, paras: list[str]) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title>'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        f"</head><body><article><h1>{headline}</h1><div class='stamp'>{stamp}</div>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</article></body></html>"
    )


def _published(tmp_path, html: str) -> tuple[str | None, dict]:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    doc = read_through(path, "dates")
    return doc.published, doc.meta


CASES = [
    (
        "fr",
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "name": "Le Courrier du Lac"},
                {
                    "@type": "NewsArticle",
                    "headline": "Le port de plaisance agrandi",
                    "datePublished": "2024-06-03T07:00:00+02:00",
                    "dateModified": "2024-06-09T18:00:00+02:00",
                },
            ],
        },
        "Le port de plaisance sera agrandi de 120 anneaux",
        "Mis à jour le 9 juin 2024 à 18h00",
        [
            "Le conseil municipal a voté lundi l'agrandissement du port de plaisance, qui comptera 120 anneaux de plus d'ici 2026.",
            "Les travaux commenceront à l'automne et dureront dix-huit mois, selon l'adjoint chargé du littoral.",
        ],
        "2024-06-03",
    ),
    (
        "zh",
        {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": "古镇老街完成修缮",
            "datePublished": "2024-09-12 08:30:00",
            "dateModified": "2024-09-15 10:00:00",
        },
        "古镇老街完成修缮 本月底恢复开放",
        "更新时间：2024年9月15日 10:00",
        [
            "经过一年多的修缮，古镇老街的四十多栋木结构老房子已全部加固完毕，本月底将重新向游客开放。",
            "镇政府表示，修缮坚持使用原有材料和传统工艺，共投入资金两千三百万元。",
        ],
        "2024-09-12",
    ),
]


@pytest.mark.parametrize(("lang", "ld", "headline", "stamp", "paras", "day"), CASES)
def test_jsonld_date_published_is_the_stated_date_an_update_stamp_does_not_outrank(
    tmp_path, lang, ld, headline, stamp, paras, day
):
    published, meta = _published(tmp_path, _page(lang, ld, headline, stamp, paras))
    assert published is not None and published[:10] == day, (published, meta)
    assert meta.get("published_from") == "JSON-LD datePublished"


def test_a_meta_tag_still_wins_and_a_non_article_date_is_not_taken(tmp_path):
    ld = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Feria",
        "datePublished": "2020-01-01",
    }
    html = _page(
        "es",
        ld,
        "La feria del libro vuelve a la plaza mayor",
        "Publicado el 4 de mayo de 2024",
        [
            "La feria del libro vuelve este fin de semana a la plaza mayor con ochenta casetas y un programa de lecturas para niños.",
            "El ayuntamiento ha ampliado el horario hasta las diez de la noche el sábado.",
        ],
    )
    published, meta = _published(tmp_path, html)
    assert meta.get("published_from") is None
    assert published is None or published[:10] != "2020-01-01", (published, meta)


def test_a_placeholder_date_before_the_web_is_not_taken(tmp_path):
    # a CMS writes its empty date as the year 1 ("0001-01-01T00:00:00+00:00")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "datePublished": "0001-01-01T00:00:00+00:00",
    }
    html = _page(
        "en",
        ld,
        "The ferry timetable changes for the winter",
        "",
        [
            "The island ferry will run four crossings a day instead of six from the first of November, the operator said.",
            "Passengers with season tickets will get a refund for the weeks the reduced timetable applies.",
        ],
    )
    published, meta = _published(tmp_path, html)
    assert meta.get("published_from") is None
    assert published is None or not published.startswith("0001"), (published, meta)
