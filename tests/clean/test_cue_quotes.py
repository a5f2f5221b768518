"""A cue's reason quotes the page's own characters: cues are matched folded
(Traditional Chinese and Japanese kanji read as Simplified, NFKC), but a
Japanese footer's '無断転載' must not be shown as '无断転载', nor a Taiwanese
'版權所有' as '版权所有'. Pages invented for this test."""

from __future__ import annotations

from newsline.clean.features import find_cues

from .helpers import classify_page

JA = (
    '<html lang="ja"><head><meta charset="utf-8"><title>市民会館が改修へ - 南岬新報</title></head>'
    "<body><article><h1>市民会館が改修へ</h1>"
    "<p>南岬市は市民会館の改修工事を来年春から始めると発表した。工事費は約12億円を見込んでいる。</p>"
    "<p>改修期間中は近くの公民館で催しを続ける予定で、市の担当者は「利用者に迷惑をかけないようにしたい」と話した。</p>"
    "</article><footer><p>記事・写真の無断転載を禁じます。</p></footer></body></html>"
)
TW = (
    '<html lang="zh-TW"><head><meta charset="utf-8"><title>南岬市圖書館整修完成 - 南岬日報</title></head>'
    "<body><article><h1>南岬市圖書館整修完成</h1>"
    "<p>南岬市立圖書館經過八個月整修後重新開放，館內新增兩百個自習座位與兒童閱讀區。</p>"
    "<p>市府官員表示，整修經費約新台幣一億兩千萬元，未來將延長週末開放時間。</p>"
    "</article><footer><p>本網站所有內容版權所有，未經授權不得轉載。</p></footer></body></html>"
)


def _footer_reasons(tmp_path, name, html) -> str:
    p = tmp_path / name
    p.write_text(html, "utf-8")
    doc = classify_page(p)
    reasons = [
        r for b in doc.blocks if b.label == "footer" for r in b.reasons if "copyright cue" in r
    ]
    assert reasons, [(b.label, doc.text[b.start : b.end], b.reasons) for b in doc.blocks]
    return " ".join(reasons)


def test_japanese_footer_reason_quotes_the_pages_kanji(tmp_path):
    r = _footer_reasons(tmp_path, "ja.html", JA)
    assert "'無断転載'" in r
    assert "无" not in r and "载" not in r


def test_taiwanese_footer_reason_quotes_traditional_characters(tmp_path):
    r = _footer_reasons(tmp_path, "tw.html", TW)
    assert "'版權所有'" in r and "'不得轉載'" in r
    assert "版权" not in r and "转载" not in r


def test_cue_hit_quotes_span_but_matches_folded():
    (h,) = [h for h in find_cues("未經授權") if h.category == "copyright"]
    assert h.cue == "未经授权"  # matching stays folded
    assert h.describe() == "copyright cue '未經授權' (zh)"
    hits = find_cues("COPYRIGHT   2025")
    assert {h.describe() for h in hits if h.category == "copyright"} >= {
        "copyright cue 'copyright' (en)"
    }
