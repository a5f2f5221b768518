"""`newsline show` at 80 columns (piped, or a narrow terminal) prints a long
source path or URL whole, folded over lines: it was cut with "…", so the path
a reader copies to open the page, or to `newsline show` it again, was lost."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from newsline.cli import app

runner = CliRunner()

PAGE = (
    "Phà Cát Lái tạm ngưng vì sương mù dày đặc\n\n"
    "Sáng 9/1, phà Cát Lái tạm ngưng hoạt động gần hai giờ vì sương mù dày đặc trên sông "
    "Đồng Nai, hàng nghìn người đi làm phải chờ ở hai bờ. Đơn vị vận hành cho biết phà "
    "chạy lại lúc 7 giờ 40 khi tầm nhìn trên sông đã được cải thiện.\n"
)


def _field(output: str, key: str) -> str:
    """The value of ``key`` in the document panel, its folded lines joined."""
    rows = [line.strip("│") for line in output.split("┏")[0].splitlines() if "│" in line]
    # the values' column: where the first row's value starts
    column = re.match(r" \S+ +", rows[0]).end()
    got: list[str] = []
    for row in rows:
        if row[:column].strip():  # a row naming a field
            if got:
                break
            if row[:column].strip() != key:
                continue
        elif not got:
            continue
        got.append(row[column:].strip())
    return "".join(got)


def test_a_long_source_path_is_shown_whole_at_80_columns(tmp_path):
    folder = tmp_path / ("an_archive_of_scraped_regional_news_pages_" * 2) / "2025-01-09"
    folder.mkdir(parents=True)
    page = folder / "pha_cat_lai_tam_ngung_vi_suong_mu_day_dac_tren_song_dong_nai.txt"
    page.write_text(PAGE, encoding="utf-8")
    db = str(tmp_path / "n.db")
    assert runner.invoke(app, ["run", str(page), "--db", db, "-q"]).exit_code == 0
    shown = runner.invoke(app, ["show", page.name, "--db", db], terminal_width=80)
    assert shown.exit_code == 0, shown.output
    assert "…" not in shown.output.split("┏")[0], shown.output
    assert _field(shown.output, "source") == str(page)
    assert _field(shown.output, "language") == "vi"
