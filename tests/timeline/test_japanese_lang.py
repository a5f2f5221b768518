"""A Japanese page's events stay Japanese: the date engine reads Han lines with
its Chinese patterns, but the event's language is the one the page is written
in (kana decide Japanese; a kanji-only line on a Japanese page is Japanese),
and Japanese kanji are never romanised with Chinese pinyin as anchors.
Pages invented for this test; a Chinese page is the control."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from newsline.cli import app
from newsline.model import Document
from newsline.stories.anchors import feature_counts

runner = CliRunner()

JA = (
    '<html lang="ja"><head><meta charset="utf-8">'
    "<title>東原高原で山火事　住民200人が避難 - 東原新報</title></head><body><article>"
    "<h1>東原高原で山火事　住民200人が避難</h1>"
    "<p>2025年7月10日 09時15分</p>"
    "<p>東原高原の山火事は7月9日に発生し、消防当局によると、これまでに約300ヘクタールが焼けた。</p>"
    "<p>住民約200人が近くの体育館に避難している。</p>"
    "<p>7月9日午後、山林火災警報発令。</p>"
    "<p>県の担当者は「延焼を防ぐため全力を尽くす」と話した。消防隊は7月11日まで消火活動を続ける予定だ。</p>"
    "</article></body></html>"
)
ZH = (
    '<html lang="zh"><head><meta charset="utf-8">'
    "<title>东原高原发生山火 200名居民撤离 - 东原日报</title></head><body><article>"
    "<h1>东原高原发生山火 200名居民撤离</h1>"
    "<p>2025年7月10日 09:15</p>"
    "<p>东原高原的山火于7月9日发生，据消防部门称，目前已有约300公顷林地被烧毁。</p>"
    "<p>约200名居民已撤离到附近的体育馆。</p>"
    "<p>省政府官员表示，将全力防止火势蔓延。消防队将持续灭火至7月11日。</p>"
    "</article></body></html>"
)


def _run(tmp_path) -> str:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "ja.html").write_text(JA, "utf-8")
    (corpus / "zh.html").write_text(ZH, "utf-8")
    db = str(tmp_path / "t.db")
    res = runner.invoke(app, ["run", str(corpus), "--db", db, "-q"])
    assert res.exit_code == 0, res.output
    return db


def test_japanese_page_events_are_ja_and_chinese_page_events_zh(tmp_path):
    db = _run(tmp_path)
    res = runner.invoke(app, ["timeline", "--db", db, "--format", "json"])
    assert res.exit_code == 0, res.output
    sources = [s for e in json.loads(res.output)["events"] for s in e["sources"]]
    ja = [s for s in sources if s["source"].endswith("ja.html")]
    zh = [s for s in sources if s["source"].endswith("zh.html")]
    assert len(ja) >= 3 and zh
    assert {s["lang"] for s in ja} == {"ja"}, ja
    assert {s["lang"] for s in zh} == {"zh"}, zh
    # the kanji-only line of the Japanese page is Japanese too
    assert any(not re.search(r"[\u3040-\u30FF]", s["quote"]) for s in ja)


def test_no_pinyin_anchor_for_japanese_kanji_but_chinese_keeps_it(tmp_path):
    db = _run(tmp_path)
    res = runner.invoke(app, ["stories", "--db", db])
    assert res.exit_code == 0, res.output
    titles = {
        s["documents"][0].rsplit("/", 1)[-1]: s["title"] for s in json.loads(res.output)["stories"]
    }
    # a Chinese page's name is romanised (pinyin of 东原高原); a Japanese one is not
    assert "dongyuan" in titles["zh.html"]
    assert not re.search(r"\[[^\]]*[a-z]", titles["ja.html"]), titles["ja.html"]


def test_story_features_of_japanese_have_no_pinyin_skeletons():
    text = "東原高原の山火事は7月9日に発生した。山田太郎知事は記者会見で避難を呼びかけた。"
    ja = feature_counts(Document(id="j", source="j", text=text, lang="ja"), text)
    assert not [f for f, *_ in ja["a"] if f.startswith("k:")]
    zh_text = "东原高原的山火于7月9日发生。省长王建国在记者会上呼吁居民撤离。"
    zh = feature_counts(Document(id="z", source="z", text=zh_text, lang="zh"), zh_text)
    assert [f for f, *_ in zh["a"] if f.startswith("k:")]


def test_written_language_of_a_segment():
    from newsline.events.extract import _written_lang

    assert _written_lang("zh", "ja", "山林火災警報発令。") == "ja"  # kanji line, Japanese block
    assert _written_lang("zh", "zh", "山林火灾警报发布。") == "zh"
    assert _written_lang("zh", None, "火事が起きた。") == "ja"  # kana decide
    assert _written_lang("zh", "en", "北京") == "zh"  # English does not write Han
    assert _written_lang("en", "ja", "Copyright") == "en"
