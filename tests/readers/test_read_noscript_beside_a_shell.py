"""A script-built page whose server sends its shell (logo, menu, footer) and
the whole article only inside <noscript> was stored as its shell: no
article, no stamp, no events (bundle9's Thai page). When the fallbacks hold
an article's worth of text and more than twice what the page shows, the
page is read with them, in document order, and says so. A notice or a
tracking pixel beside a shown article stays out. Sentences written for
these tests."""

from __future__ import annotations

from newsline.readers.html import parse_html

ID = [
    (
        "Pemerintah provinsi meresmikan jembatan gantung baru yang "
        "menghubungkan dua desa nelayan pada Rabu pagi."
    ),
    (
        "Jembatan sepanjang 120 meter itu dibangun selama "
        "delapan bulan dengan dana desa dan bantuan provinsi."
    ),
    (
        "Warga sebelumnya harus menyeberang sungai dengan perahu "
        "kecil, yang berbahaya saat musim hujan tiba."
    ),
]
PT = (
    "A câmara municipal aprovou ontem o orçamento para a "
    "nova linha de elétrico que ligará o porto ao centro."
)


def _page(noscript: str, shown: str = "") -> str:
    return (
        "<html><head><title>Jembatan baru</title></head><body>"
        '<header><div class="logo">Kabar Pesisir</div>'
        "<ul><li><a href='/'>Beranda</a></li><li><a href='/daerah'>Daerah</a></li></ul></header>"
        f'<div id="root">{shown}</div><script src="/app.js"></script>'
        f"<noscript>{noscript}</noscript>"
        "<footer>© Kabar Pesisir</footer></body></html>"
    )


def test_article_in_noscript_beside_the_shell_is_read_in_order():
    article = "<h1>Jembatan gantung baru diresmikan</h1>" + "".join(f"<p>{p}</p>" for p in ID)
    page = parse_html(_page(article))
    lines = page.text.split("\n")
    assert lines[:3] == ["Kabar Pesisir", "Beranda", "Daerah"]
    assert lines[3:7] == ["Jembatan gantung baru diresmikan", *ID]
    assert lines[-1] == "© Kabar Pesisir"
    assert page.meta.get("text_from_noscript") is True


def test_a_notice_in_noscript_beside_a_shown_article_stays_out():
    shown = "".join(f"<p>{p}</p>" for p in ID)
    page = parse_html(_page("<p>Aktifkan JavaScript untuk melihat peta interaktif.</p>", shown))
    assert ID[0] in page.text and "JavaScript" not in page.text
    assert "text_from_noscript" not in page.meta


def test_a_fallback_no_longer_than_twice_the_shown_text_stays_out():
    # a site that shows its article and repeats a summary for old browsers
    shown = "".join(f"<p>{p}</p>" for p in ID)
    page = parse_html(_page(f"<p>{PT}</p><p>{PT}</p>", shown))
    assert PT not in page.text and "text_from_noscript" not in page.meta


def test_a_tracking_pixel_beside_the_shell_reads_the_shell():
    page = parse_html(_page('<img height="1" width="1" src="https://px.example/t.gif">'))
    assert page.text.split("\n") == ["Kabar Pesisir", "Beranda", "Daerah", "© Kabar Pesisir"]
