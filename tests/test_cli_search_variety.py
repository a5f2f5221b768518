"""`newsline search` names a hit on a page written in Cantonese ``zh/yue``
(text and Markdown; JSON has ``lang_variety``), where it said ``zh``.
Failed at eb8935f3."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsline.cli import app
from tests.cantonese_page import cantonese_store

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("yue") / "yue.db"
    cantonese_store(path)
    return str(path)


def _search(db, *args):
    res = runner.invoke(app, ["search", *args, "--db", db], env={"COLUMNS": "160"})
    assert res.exit_code == 0, res.output
    return res.output


def test_text_and_markdown_hits_say_zh_slash_yue(db):
    assert "  zh/yue  hk/market.txt" in _search(db, "旺角")
    assert "· zh/yue · hk/market.txt" in _search(db, "旺角", "-f", "md")
    standard = _search(db, "地铁")
    assert "  zh  gz/metro.txt" in standard and "yue" not in standard


def test_json_hits_carry_lang_variety(db):
    hits = json.loads(_search(db, "--lang", "zh", "-f", "json"))["hits"]
    assert {h["source"]: h["lang_variety"] for h in hits} == {
        "hk/market.txt": "yue",
        "gz/metro.txt": None,
    }
