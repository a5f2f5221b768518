"""Tables (`newsline quality`, the run's per-stage table) are as wide as the
terminal on a terminal, and not folded at all in a pipe or a file: rich's
width there is 80 columns, which broke long site names and label lists in two
rows of text."""

from __future__ import annotations

import io
import json

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from typer.testing import CliRunner

from newsline.cli import app, print_table

runner = CliRunner()
SITE = "https://tin-tuc-thoi-su.bao-dien-tu-rat-dai.example.com.vn"
LABELS = "menu 12000, footer 3400, advert 2300, related 1200, comments 800, cookie 120"


def _table() -> Table:
    t = Table(show_edge=False, pad_edge=False)
    for col in ("site", "lang", "by label (chars)"):
        t.add_column(col, overflow="fold")
    t.add_row(SITE, "vi", LABELS)
    t.add_row("ข่าวสด", "th", "menu 1")
    t.add_row("人民网", "zh", "footer 2")
    return t


def test_in_a_pipe_a_row_is_one_line():
    buf = io.StringIO()
    print_table(Console(file=buf, width=80), _table())
    lines = buf.getvalue().splitlines()
    row = next(x for x in lines if x.startswith(SITE))
    assert LABELS in row and len(row) > 80
    assert len(lines) == 2 + 3  # header, rule, one line per row


def test_on_a_terminal_the_table_fits_its_width():
    buf = io.StringIO()
    print_table(Console(file=buf, width=100, force_terminal=True, color_system=None), _table())
    lines = buf.getvalue().splitlines()
    assert max(cell_len(x) for x in lines) <= 100  # columns, not code points
    assert len(lines) > 5  # folded to the terminal's 100 columns


def test_quality_in_a_pipe_keeps_each_site_on_one_line(tmp_path):
    long_host = "tin-tuc-thoi-su-24h.bao-dien-tu-nhan-dan-rat-dai.example.com.vn"
    lines = [
        json.dumps(
            {
                "url": f"https://{long_host}/bai-{i}",
                "published": "2025-04-02",
                "text": f"Ngày 1/4/2025, hội đồng thành phố đã thông qua kế hoạch giao thông số {i} "
                "sau một cuộc thảo luận dài tại hội trường.",
            },
            ensure_ascii=False,
        )
        for i in range(2)
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "q.db")
    assert runner.invoke(app, ["run", str(tmp_path / "a.jsonl"), "--db", db]).exit_code == 0
    res = runner.invoke(app, ["quality", "--db", db])
    assert res.exit_code == 0, res.output
    assert any(long_host in line for line in res.stdout.splitlines()), res.stdout
