"""``newsline report``: one self-contained HTML file a person can mail or open offline.

The report holds the stories with their timelines (inline SVG), and a quality
summary with a chart of what was set aside per site and language. Styles are
inlined, there is no script at all, and a Content-Security-Policy forbids
loading anything, so the file renders the same with no network.

It uses the same data functions and the same autoescaping templates as the
web UI. This module must never write anywhere but the requested output
file, nor reference an external asset.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from markupsafe import Markup

from ..model import printable_path
from ..settings import WebSettings
from ..store import Store
from . import data
from .app import _package_file, make_environment

REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def render_report(store: Store, db_name: str = "", cfg: WebSettings | None = None) -> str:
    cfg = cfg or WebSettings()
    listed = data.list_stories(store, limit=100_000, offset=0)
    stories = []
    for s in listed["stories"][: cfg.report_max_stories]:
        detail = data.story_detail(store, s["id"])
        if detail is None:
            continue
        detail["events_total"] = len(detail["events"])
        detail["events"] = detail["events"][: cfg.report_max_events_per_story]
        stories.append(detail)
    env = make_environment()
    return env.get_template("report.html").render(
        css=Markup(_package_file("static/style.css")),
        csp=REPORT_CSP,
        db_name=db_name,
        generated=datetime.now(UTC).isoformat(timespec="seconds"),
        counts=data.counts(store),
        listed=listed,
        stories=stories,
        quality=data.quality_summary(store),
        runs=data.list_runs(store)[:20],
    )


def write_report(db: str | os.PathLike[str], output: str | os.PathLike[str]) -> Path:
    """Render the report of ``db`` into ``output`` (written whole, then moved into place)."""
    out = Path(output)
    with Store(db, readonly=True) as store:
        html = render_report(store, printable_path(Path(db).name))
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".html", dir=str(out.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(html)
        # mkstemp makes the file private; a report is for sharing (umask applies).
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out
