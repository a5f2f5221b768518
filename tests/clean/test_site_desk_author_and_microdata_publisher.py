"""A site's team in the author tag ("Tribune Staff") and a publisher named
only in schema.org microdata, found by benchmarks/data/meta/heldout2 (the
pages here are written for this file, in other sites' words): the team is
no writer, so the byline the page shows names the author; the microdata's
publisher names the site where no meta tag does. A person whose name shares
a word with the site stays the author; og:site_name still outranks the
microdata."""

from __future__ import annotations

from .test_byline_fields_and_site_name import BODY_EN, BODY_PT, _page


def test_a_site_team_in_the_author_tag_yields_to_the_byline(tmp_path):
    doc = _page(
        tmp_path,
        "en",
        "<title>Footbridge opens over the rail line - The Daily Courier</title>"
        "<meta name='author' content='Courier Staff'>"
        "<meta property='og:site_name' content='The Daily Courier'>",
        "<h1>Footbridge opens over the rail line</h1><p class='byline'>By Helen Park</p>",
        "© The Daily Courier",
        BODY_EN,
    )
    assert doc.author == "Helen Park", (doc.author, doc.meta.get("author_rejected"))


def test_a_desk_named_with_the_site_is_no_writer(tmp_path):
    doc = _page(
        tmp_path,
        "pt",
        "<title>Nova passarela inaugurada</title>"
        "<meta name='author' content='Redação Gazeta do Sertão'>"
        "<meta property='og:site_name' content='Gazeta do Sertão'>",
        "<h1>Nova passarela inaugurada</h1>",
        "Gazeta do Sertão",
        BODY_PT,
    )
    assert doc.author is None, doc.author


def test_a_writer_sharing_a_word_with_the_site_stays(tmp_path):
    doc = _page(
        tmp_path,
        "en",
        "<title>Footbridge opens over the rail line</title>"
        "<meta name='author' content='Courier Stafford'>"
        "<meta property='og:site_name' content='The Daily Courier'>",
        "<h1>Footbridge opens over the rail line</h1>",
        "© The Daily Courier",
        BODY_EN,
    )
    assert doc.author == "Courier Stafford"


_MICRODATA = (
    "<div itemprop='publisher' itemscope itemtype='https://schema.org/Organization'>"
    "<meta itemprop='name' content='{name}'></div>"
)


def test_the_microdata_publisher_names_the_site(tmp_path):
    doc = _page(
        tmp_path,
        "pt",
        "<title>Nova passarela inaugurada</title>",
        "<h1>Nova passarela inaugurada</h1>" + _MICRODATA.format(name="Folha do Agreste"),
        "Todos os direitos reservados",
        BODY_PT,
    )
    assert doc.sitename == "Folha do Agreste"


def test_og_site_name_outranks_the_microdata(tmp_path):
    doc = _page(
        tmp_path,
        "pt",
        "<title>Nova passarela inaugurada</title>"
        "<meta property='og:site_name' content='Gazeta do Sertão'>",
        "<h1>Nova passarela inaugurada</h1>" + _MICRODATA.format(name="Grupo Sertão Mídia S.A."),
        "Gazeta do Sertão",
        BODY_PT,
    )
    assert doc.sitename == "Gazeta do Sertão"
