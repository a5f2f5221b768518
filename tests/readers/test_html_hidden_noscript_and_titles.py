"""A page's <noscript> fallback and its elements' title attributes (a
tooltip) are text no reader of the page sees: kept in
``meta["hidden_markup"]`` like alt texts and comments, never in the visible
text. A title repeating a text the page shows (a link's headline), a short
one ("Home") and a tracking pixel's <noscript> are not kept; a page read
from its <noscript> fallback does not keep that fallback twice. Pages
written for this file (de, vi, en); the keeping tests failed before the
change, where the reader dropped these texts."""

from __future__ import annotations

from newsline.readers.html import parse_html

DE_NOSCRIPT = (
    "<html lang='de'><body><article><h1>Stadtbibliothek verlängert Öffnungszeiten</h1>"
    "<p>Die Stadtbibliothek Kassel öffnet ab Montag auch samstags bis 18 Uhr.</p>"
    "<noscript><p>Bitte aktivieren Sie JavaScript, um die Kommentare zu sehen.</p>"
    "<img src='https://px.example/p.gif' width='1' height='1'></noscript>"
    "<noscript><img src='https://px.example/q.gif'></noscript>"
    "<p>Der Eintritt bleibt frei.</p></article></body></html>"
)
VI_TITLE = (
    "<html lang='vi'><body><nav><a href='/' title='Trang chủ'>Trang chủ</a></nav><article>"
    "<h1>Hải Phòng mở tuyến buýt mới ra Đồ Sơn</h1>"
    "<p>Tuyến buýt số 20 <span title='Tuyến chạy từ 5 giờ sáng đến 9 giờ tối mỗi ngày'>"
    "bắt đầu chạy</span> từ thứ Hai tuần tới.</p>"
    "<p><a href='/b' title='Giá vé buýt tăng từ tháng sau'>Giá vé buýt tăng từ tháng sau</a></p>"
    "</article></body></html>"
)


def test_noscript_text_is_kept_beside_the_visible_text():
    page = parse_html(DE_NOSCRIPT)
    assert {
        "where": "a <noscript> fallback",
        "text": "Bitte aktivieren Sie JavaScript, um die Kommentare zu sehen.",
    } in page.meta["hidden_markup"]
    assert "JavaScript" not in page.text
    # the tracking pixels' fallbacks leave no text
    assert len(page.meta["hidden_markup"]) == 1


def test_title_attribute_is_kept_unless_the_page_shows_it():
    page = parse_html(VI_TITLE)
    assert page.meta["hidden_markup"] == [
        {
            "where": "an element's title attribute",
            "text": "Tuyến chạy từ 5 giờ sáng đến 9 giờ tối mỗi ngày",
        }
    ]
    assert "5 giờ sáng" not in page.text


def test_page_read_from_its_noscript_keeps_it_once():
    html = (
        "<html lang='en'><body><div id='app'></div><noscript><h1>Harbour ferry timetable "
        "changes</h1><p>The harbour ferry will run every twenty minutes from Monday, the port "
        "authority said.</p></noscript><script>render()</script></body></html>"
    )
    page = parse_html(html)
    assert page.meta.get("text_from_noscript")
    assert "harbour ferry will run" in page.text
    assert "hidden_markup" not in page.meta
