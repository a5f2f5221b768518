"""`newsline show` says a page is written Cantonese: ``zh, written Cantonese
(yue)`` beside its language and ``zh/yue`` for each Cantonese block, where
it said only ``zh`` (the note was in ``meta`` alone). Failed at eb8935f3."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from newsline.cli import app
from tests.cantonese_page import cantonese_store

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("yue") / "yue.db"
    return str(path), *cantonese_store(path)


def _show(db_path: str, doc_id: str) -> str:
    res = runner.invoke(app, ["show", doc_id, "--db", db_path], env={"COLUMNS": "160"})
    assert res.exit_code == 0, res.output
    return res.output


def test_show_names_the_variety_beside_the_language(db):
    path, yue, _ = db
    out = _show(path, yue)
    assert re.search(r"language\s+zh, written Cantonese \(yue\)", out)


def test_show_marks_the_cantonese_blocks_and_not_the_standard_headline(db):
    path, yue, _ = db
    rows = [line for line in _show(path, yue).splitlines() if " body " in line]
    assert len(rows) == 3
    assert "zh/yue" not in rows[0] and re.search(r"│ zh\s+│", rows[0])  # 旺角商店減價 市民排隊
    assert all("zh/yue" in row for row in rows[1:])


def test_a_standard_chinese_page_shows_no_variety(db):
    path, _, zh = db
    out = _show(path, zh)
    assert re.search(r"language\s+zh\s", out)
    assert "yue" not in out and "Cantonese" not in out
