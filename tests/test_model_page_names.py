"""newsline.model.page_names: the one rule for the names under which a page
read again is found (URL first, then source; nothing for text piped in)."""

from __future__ import annotations

from newsline.model import STDIN_NAME, page_names


def test_url_first_then_source():
    assert page_names("https://a.example/x", "crawl.warc.gz#12") == (
        "https://a.example/x",
        "crawl.warc.gz#12",
    )
    assert page_names(None, "pages/x.html") == ("pages/x.html",)


def test_standard_input_names_no_page():
    assert page_names(None, STDIN_NAME) == ()
    assert page_names(None, STDIN_NAME + ":3") == ()
    assert page_names("https://a.example/x", STDIN_NAME) == ("https://a.example/x",)


def test_nothing_named():
    assert page_names(None, None) == () and page_names("", "") == ()
