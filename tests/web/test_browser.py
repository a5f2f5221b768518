"""End-to-end tests of the web UI in a real headless Chromium (Debian's package).

The app runs under uvicorn on 127.0.0.1 on a free port; Playwright drives
/usr/bin/chromium (no browser download). Skips cleanly when Chromium or the
playwright package is missing.
"""

from __future__ import annotations

import os
import shutil
import socket
import struct
import threading
import time
import zlib
from pathlib import Path
from urllib.parse import quote

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("NEWSLINE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless=new",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = (
    Path(os.environ.get("NEWSLINE_SCREENSHOTS", ""))
    if os.environ.get("NEWSLINE_SCREENSHOTS")
    else None
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(web_db):
    uvicorn = pytest.importorskip("uvicorn")
    from newsline.web.app import create_app

    path, ids = web_db
    port = _free_port()
    srv = uvicorn.Server(
        uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning")
    )
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    deadline = time.time() + 20
    while not srv.started:
        if time.time() > deadline or not t.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", ids
    srv.should_exit = True
    t.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1200, "height": 900}, locale="en-US")
    pg = ctx.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]

    def on_dialog(d):
        pg.dialogs.append(d.message)  # type: ignore[attr-defined]
        d.dismiss()

    pg.on("dialog", on_dialog)
    yield pg
    ctx.close()


def _png_is_drawn(data: bytes) -> tuple[int, int, int]:
    """(width, height, distinct byte values in the pixel data) of a PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, w, h = 8, b"", 0, 0
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + n]
        if kind == b"IHDR":
            w, h = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    return w, h, len(set(zlib.decompress(idat)))


def _assert_inert(pg) -> None:
    """No payload ran: no dialog, no marker set, no script or handler in the DOM."""
    assert pg.dialogs == [], pg.dialogs
    assert pg.evaluate("typeof window.__pwned") == "undefined"
    found = pg.evaluate(
        """() => {
          const bad = [];
          document.querySelectorAll('script').forEach(s => bad.push('script:' + s.outerHTML));
          document.querySelectorAll('*').forEach(el => {
            for (const a of el.attributes) {
              if (a.name.startsWith('on')) bad.push(el.tagName + ' ' + a.name);
              if ((a.name === 'href' || a.name === 'src' || a.name === 'xlink:href')
                  && a.value.trim().toLowerCase().startsWith('javascript:')) bad.push(a.value);
            }
          });
          document.querySelectorAll('img, iframe, object, embed').forEach(
            el => bad.push('element:' + el.tagName));
          return bad;
        }"""
    )
    assert found == []


def test_navigation_story_document_and_back(server, page):
    base, _ids = server
    page.goto(base + "/")
    assert page.title().startswith("Stories")
    page.get_by_role("link", name="Japan and NATO move closer").click()
    page.wait_for_url("**/stories/s-japan-nato")
    assert page.locator("h1").inner_text() == "Japan and NATO move closer"
    # The quotes keep their original language, marked for the browser.
    assert page.locator("blockquote.quote[lang=zh]").count() == 1
    assert page.locator("blockquote.quote[lang=th]").count() == 1
    assert page.locator("blockquote.quote[lang=vi]").count() == 1
    assert page.locator("li.conflict").count() == 1  # the date conflict is visible
    # Follow a quote's source to the document page.
    page.locator(".source a").first.click()
    page.wait_for_url("**/documents/*")
    assert page.locator(".blk.aside del").count() >= 2  # set-aside blocks struck through
    spam = page.locator(".blk.hl-spam")
    assert spam.count() == 1 and "MUA NGAY" in spam.inner_text()
    assert "all capitals" in spam.inner_text()  # the reason is shown
    assert page.locator(".blk.hl-foreign [lang=zh]").count() == 1
    page.get_by_role("link", name="Runs & quality").click()
    page.wait_for_url("**/runs")
    assert "truncated gzip" in page.content()
    assert page.locator("svg.chart rect").count() > 2
    page.get_by_role("link", name="Documents", exact=True).click()
    page.wait_for_url("**/documents")
    assert page.locator("table tbody tr").count() == 6


@pytest.mark.parametrize(
    "query, expect",
    [
        ("nhat ban", "Nhật Bản - NATO"),  # Vietnamese without accents
        ("Nhật Bản", "Nhật Bản - NATO"),
        ("ญี่ปุ่น", "ญี่ปุ่นและนาโต"),  # Thai
        ("北约", "日本与北约加强合作"),  # Chinese, two characters
    ],
)
def test_search_in_three_scripts(server, page, query, expect):
    base, _ = server
    page.goto(base + "/search")
    page.locator("form.search input[name=q]").fill(query)
    page.locator("form.search button").click()
    page.wait_for_url("**/search?*")
    hits = page.locator(".hit")
    assert hits.count() >= 1
    assert expect in hits.first.locator(".title").inner_text()
    assert hits.first.locator("mark").count() >= 1


def test_search_filters_from_the_form(server, page):
    base, _ = server
    page.goto(base + "/search?q=NATO")
    assert page.locator(".hit").count() >= 3
    page.locator("select[name=lang]").select_option("en")
    page.locator("form.search button").click()
    page.wait_for_url("**lang=en**")
    langs = page.locator(".hit .pill.lang").all_inner_texts()
    assert langs and {x.lower() for x in langs} == {"en"}


def test_timeline_renders(server, page, tmp_path):
    base, _ = server
    page.goto(base + "/stories/s-japan-nato")
    svg = page.locator("svg.timeline")
    assert svg.count() == 1
    box = svg.bounding_box()
    assert box and box["width"] > 400 and box["height"] > 30
    assert page.locator("svg.timeline circle").count() == 2  # two dated events
    assert page.locator("svg.timeline circle.conflict").count() == 1
    out = (SCREENSHOTS or tmp_path) / "timeline.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    png = svg.screenshot(path=str(out))
    w, h, distinct = _png_is_drawn(png)
    assert w > 400 and h > 30 and distinct > 8, (w, h, distinct)
    page.screenshot(path=str(out.with_name("story.png")), full_page=True)


@pytest.mark.parametrize("where", ["document", "story", "stories", "search", "runs", "documents"])
def test_hostile_documents_render_inert(server, page, where):
    base, ids = server
    url = {
        "document": f"/documents/{ids['evil']}",
        "story": f"/stories/{ids['evil_story']}",
        "stories": "/",
        "search": "/search?q=" + quote("zzevil"),
        "runs": "/runs",
        "documents": "/documents",
    }[where]
    page.goto(base + url)
    page.wait_for_load_state("load")
    _assert_inert(page)
    # The payloads are there, as text a reader can see.
    assert "<script>" in page.locator("body").inner_text() or where == "documents"


def test_javascript_url_is_not_a_link(server, page):
    base, ids = server
    page.goto(base + f"/documents/{ids['evil']}")
    assert page.get_by_text("javascript:window.__pwned=4").count() >= 1
    hrefs = page.evaluate("() => [...document.querySelectorAll('a')].map(a => a.href)")
    assert all(h.startswith(("http://127.0.0.1", "https://")) for h in hrefs), hrefs


def test_report_opens_offline_and_is_inert(web_db, browser, tmp_path):
    from newsline.web.report import write_report

    path, _ = web_db
    out = write_report(path, tmp_path / "report.html")
    ctx = browser.new_context(offline=True)
    pg = ctx.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore
    requests: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.goto(out.as_uri())
    assert requests == [out.as_uri()]  # nothing else loaded
    assert pg.locator("svg.timeline circle").count() >= 2
    assert pg.locator("svg.chart rect").count() > 2
    # The inline stylesheet applied (the header bar is dark).
    assert (
        pg.evaluate("getComputedStyle(document.querySelector('header.top')).backgroundColor")
        == "rgb(20, 33, 43)"
    )
    _assert_inert(pg)
    ctx.close()
