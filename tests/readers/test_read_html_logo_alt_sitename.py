"""A page whose markup names no site (no og:site_name, no microdata
publisher) often names it only in its logo's alt text: an <img> linked to
the site's front page, or one whose class, id or file says "logo". The
reader takes that name; an avatar linked to another site's front page, an
image's file name or size, and a photo in the article name no site."""

from newsline.readers.html import parse_html


def _page(header: str, head: str = "") -> str:
    return (
        f"<html><head><title>Banjir surut di Samarinda</title>{head}</head><body>"
        f"<header>{header}</header><article><h1>Banjir surut di Samarinda</h1>"
        '<p><img src="/foto/banjir.jpg" alt="Warga membersihkan lumpur"></p>'
        "<p>Air mulai surut di tiga kecamatan setelah hujan reda sejak Senin malam.</p>"
        "</article></body></html>"
    )


def test_front_page_link_alt_names_the_site():
    page = parse_html(_page('<a href="/"><img src="/img/ci.png" alt="Warta Borneo"></a>'))
    assert page.sitename == "Warta Borneo"
    assert page.meta["sitename_from"] == "the logo's alt text"
    # the alt text is still no visible text
    assert "Warta Borneo" not in page.text


def test_logo_class_and_the_word_logo_dropped():
    page = parse_html(_page('<img class="site-logo" src="/a.svg" alt="Logo Jornal do Sertão">'))
    assert page.sitename == "Jornal do Sertão"


def test_absolute_front_page_link_of_the_same_host():
    head = '<link rel="canonical" href="https://www.diario-sur.example/region/nota.html">'
    hit = parse_html(
        _page(
            '<a href="https://diario-sur.example/"><img src="/h.png" alt="Diario del Sur"></a>',
            head,
        )
    )
    assert hit.sitename == "Diario del Sur"
    # an author's avatar linked to a social network's front page names a person
    miss = parse_html(
        _page(
            '<a href="https://twitter.com/"><img src="/p/400x400.jpg" alt="Dana Reyes"></a>', head
        )
    )
    assert miss.sitename is None


def test_file_names_sizes_and_article_photos_name_no_site():
    for header in (
        '<a href="/"><img src="/l.png" alt="brand-header-2x"></a>',
        '<a href="/"><img src="/l.png" alt="masthead.png"></a>',
        '<img class="logo" src="/l.png" alt="Channel art (747x420)">',
        '<a href="/"><img src="/l.png" alt="Logo"></a>',
        "",
    ):
        assert parse_html(_page(header)).sitename is None, header


def test_og_site_name_wins_over_the_logo():
    head = '<meta property="og:site_name" content="Kaltim Today">'
    page = parse_html(_page('<a href="/"><img src="/l.png" alt="KT"></a>', head))
    assert page.sitename == "Kaltim Today"
