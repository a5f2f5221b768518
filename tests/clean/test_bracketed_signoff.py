"""Japanese and Chinese papers close an article with the writer's name in
brackets ('（山田太郎）'); on a web page it stayed in the body (the brackets
made the line too long for a name) and the page had no author. An end mark
in brackets ('（おわり）', '（つづく）') is no name. Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY_JA as JA
from tests.clean.helpers import classify_lines, classify_page

JA_HTML = """<html lang="ja"><head><meta charset="utf-8">
<title>横浜市、中央公園を改修へ | 港日報</title></head><body><article>
<h1>横浜市、中央公園を改修へ</h1>
{paras}
<p>（山田太郎）</p>
<h2>関連記事</h2><ul><li><a href="/a">川崎市、水素バスを試験運行</a></li>
<li><a href="/b">ガソリン価格、3週連続で上昇</a></li></ul>
</article></body></html>"""


def test_a_bracketed_name_closing_a_web_article_names_its_writer(tmp_path):
    p = tmp_path / "ja.html"
    p.write_text(JA_HTML.format(paras="\n".join(f"<p>{x}</p>" for x in JA)), encoding="utf-8")
    doc = classify_page(p)
    labels = {doc.text[b.start : b.end]: b.label for b in doc.blocks}
    assert labels["（山田太郎）"] == "byline", labels
    assert doc.author == "山田太郎"


@pytest.mark.parametrize("mark", ["（おわり）", "（つづく）"])
def test_an_end_mark_in_brackets_is_no_name(mark):
    got = classify_lines([*JA, mark])
    assert got[mark][0] == "navigation", got[mark]
