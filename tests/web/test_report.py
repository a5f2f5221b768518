"""newsline report: one self-contained, inert HTML file."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from typer.testing import CliRunner

from newsline.cli import app as cli_app
from newsline.store import Store
from newsline.web.report import write_report


class TagAudit(HTMLParser):
    """Every real tag and attribute of a page (escaped text is not a tag)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(k, v or "") for k, v in attrs]
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data


def audit(html: str) -> TagAudit:
    a = TagAudit()
    a.feed(html)
    return a


def test_report_is_self_contained(web_db, tmp_path):
    path, _ids = web_db
    out = write_report(path, tmp_path / "sub" / "report.html")
    html = out.read_text(encoding="utf-8")
    a = audit(html)
    assert not {"script", "link", "img", "iframe", "object", "embed"} & set(a.tags)
    assert not [k for k, _ in a.attrs if k.startswith("on") or k in ("src", "srcset")]
    assert "url(" not in a.style and "@import" not in a.style
    csp = [v for k, v in a.attrs if k == "content" and "default-src" in v]
    assert csp and "default-src 'none'" in csp[0] and "script" not in csp[0]
    assert "<style>" in html and "svg.timeline" in html  # the stylesheet is inlined
    assert html.count('<svg class="timeline"') == 2  # one per story with dated events
    assert '<svg class="chart"' in html
    assert "Japan and NATO move closer" in html
    assert re.search(r'<blockquote class="quote"\s+lang="th">', html)
    assert "date_conflict" in html
    # hostile strings are text
    assert "&lt;script&gt;window.__pwned=1" in html
    assert 'href="javascript:' not in html and "<img" not in html
    # every link is an in-page anchor or an http(s) document URL
    for href in [v for k, v in a.attrs if k == "href"]:
        assert href.startswith(("#", "http://", "https://")), href


def test_report_of_an_empty_database(tmp_path):
    db = tmp_path / "e.db"
    Store(db).close()
    html = write_report(db, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "No stories have been built" in html


def test_cli_report(web_db, tmp_path):
    path, _ = web_db
    out = tmp_path / "cli.html"
    r = CliRunner().invoke(cli_app, ["report", "--db", path, "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert out.stat().st_size > 5000


def test_report_is_readable_by_others(web_db, tmp_path):
    import os
    import stat

    old = os.umask(0o022)
    try:
        out = write_report(web_db[0], tmp_path / "shared.html")
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_report_of_a_database_whose_name_is_not_utf8(web_db, tmp_path):
    # the report shows the database's name: one that is not UTF-8 ('caf\xe9.db')
    # made 'newsline report' die with a UnicodeEncodeError while writing
    import os
    import shutil

    path = os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9.db")
    shutil.copyfile(web_db[0], path)
    out = write_report(path, tmp_path / "r.html")
    assert "caf\\xe9.db" in out.read_text("utf-8")


def test_an_undated_document_leaves_no_empty_field(tmp_path):
    """A story's document with no publication date was listed 'site ·  · id':
    an empty field between two separators. Failed at f5611809."""
    (tmp_path / "a.jsonl").write_text(
        '{"url": "https://kyiv-bulletin.example/a", "text": "Міська рада Львова у вівторок '
        'ухвалила план ремонту старого трамвайного депо на вулиці Городоцькій."}\n',
        encoding="utf-8",
    )
    db = tmp_path / "n.db"
    assert (
        CliRunner().invoke(cli_app, ["run", str(tmp_path / "a.jsonl"), "--db", str(db)]).exit_code
        == 0
    )
    html = write_report(db, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "kyiv-bulletin.example ·" in html
    assert not re.search(r"·\s*·", html)
