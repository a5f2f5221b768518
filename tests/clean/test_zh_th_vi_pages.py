"""Whole invented pages (``tests/clean/pages/``, invented text and sites) in
the styles of a Taiwanese daily (ROC-year dates, "記者…／…報導", "▲… （圖／…）"
captions), a mainland wire repost ("原标题", "新华社…电", "（完）", "【纠错】",
"责任编辑"), a Thai regional site (two-digit Buddhist-era stamp, like / share
counters, "ผู้สื่อข่าวรายงานว่า" opening) and a Vietnamese daily (weekday
stamp, ">> Xem thêm", name and "Theo TTXVN" sign-off). Read, cleaned, dated,
flagged and turned into events by the real stages."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsline.model import Document
from newsline.readers import read_path
from newsline.settings import Settings
from newsline.stages import default_stages

pytest.importorskip("trafilatura")

PAGES = Path(__file__).parent / "pages"


def _run(name: str) -> Document:
    settings = Settings()
    (doc,) = list(read_path(str(PAGES / name), settings))
    stats: Counter[str] = Counter()
    # per-document stages: segment, langid, classify, dates, flags, events
    for stage in default_stages(settings)[:6]:
        stage([doc], stats)
    return doc


def _label(doc: Document, start: str) -> tuple[str, list[str]]:
    b = next(b for b in doc.blocks if doc.text[b.start : b.end].startswith(start))
    return b.label, b.reasons


def _body(doc: Document) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.label == "body"]


def _dates(doc: Document) -> list[tuple[str, str | None, str]]:
    return [(doc.text[m.start : m.end], m.value, m.kind) for m in doc.dates]


def _no_flags(doc: Document) -> None:
    kinds = {f.kind for f in doc.flags}
    assert not kinds & {"spam", "injection", "content_farm", "machine_translation"}, doc.flags


def _events_quote_sentences(doc: Document, ends: str) -> None:
    for ev in doc.events:
        quote = doc.text[ev.start : ev.end]
        assert quote.rstrip("」”’)）").endswith(tuple(ends)) or ev.end == max(
            b.end for b in doc.blocks if b.start <= ev.start < b.end
        ), quote


def test_taiwan_daily_with_roc_dates():
    doc = _run("zh_tw_roc.html")
    assert doc.lang == "zh"
    assert _label(doc, "記者林雅婷／台中報導")[0] == "byline"
    assert _label(doc, "▲市民在中央公園散步")[0] == "caption"
    assert _label(doc, "延伸閱讀：")[0] == "related"
    assert _label(doc, "讚 分享")[0] == "navigation"
    assert _label(doc, "隱私權政策")[0] == "footer"
    body = _body(doc)
    assert len(body) == 5 and body[0].startswith("台中市政府11日宣布")
    got = _dates(doc)
    assert ("民國113年7月11日", "2024-07-11", "roc_era") in got
    assert ("民國72年", "1983", "roc_era") in got
    assert ("114年3月1日", "2025-03-01", "roc_era") in got
    # "已有41年歷史" is a span of years
    assert not any(span.startswith("41年") for span, _, _ in got)
    days = {ev.date for ev in doc.events}
    assert {"2024-07-11", "1983", "2025-03-01"} <= days
    _events_quote_sentences(doc, "。")
    _no_flags(doc)


def test_mainland_wire_repost():
    doc = _run("zh_cn_wire.html")
    assert _label(doc, "原标题：")[0] == "metadata"
    assert _label(doc, "（完）") == ("navigation", ["end-of-article mark '（完）'"])
    assert _label(doc, "【纠错】")[0] == "navigation"
    assert _label(doc, "责任编辑：刘晓")[0] == "byline"
    body = _body(doc)
    assert len(body) == 5 and body[0].startswith("新华社武汉7月11日电")
    got = _dates(doc)
    # "首批4座已于本月8日开工": the 8th of the month of publication
    assert ("本月8日", "2024-07-08", "relative") in got
    ev = next(e for e in doc.events if e.date == "2024-07-08")
    assert doc.text[ev.start : ev.end].endswith("预计年底前全部完工。")
    _no_flags(doc)


def test_thai_regional_page():
    doc = _run("th_local.html")
    assert doc.lang == "th"
    assert _label(doc, "11 ก.ค. 67")[0] == "metadata"
    assert _label(doc, "ไลค์ 120 แชร์ 30")[0] == "navigation"  # the share bar's counts
    assert _label(doc, "ภาพ: ทีมข่าวภูมิภาค")[0] == "caption"
    assert _label(doc, "อ่านข่าวที่เกี่ยวข้อง")[0] == "related"
    assert _label(doc, "โฆษณา")[0] == "navigation"
    assert _label(doc, "ขอบคุณข้อมูลจาก")[0] == "attribution"
    body = _body(doc)
    assert len(body) == 4 and body[0].startswith("ผู้สื่อข่าวรายงานว่า")
    # the stamp alone on its line is the date of issue
    assert doc.published == "2024-07-11"
    got = _dates(doc)
    assert ("วันที่ 10 ก.ค. 67", "2024-07-10", "buddhist_era") in got
    assert ("ปี 2530", "1987", "buddhist_era") in got
    # the report's event quotes the whole statement, not its opening words
    ev = next(e for e in doc.events if e.date == "2024-07-10")
    assert "แถลงว่าเทศบาลได้เริ่มโครงการ" in doc.text[ev.start : ev.end]
    _no_flags(doc)


def test_vietnamese_daily():
    doc = _run("vi_daily.html")
    assert doc.lang == "vi"
    assert _label(doc, "Thứ Năm, 11/7/2024")[0] == "metadata"
    assert _label(doc, "Người dân tập thể dục")[0] == "caption"
    assert _label(doc, ">> Xem thêm:")[0] == "related"
    assert _label(doc, "Minh Anh")[0] == "byline"
    assert _label(doc, "Theo TTXVN")[0] == "attribution"
    assert _label(doc, "Bình luận (12)")[0] == "navigation"
    body = _body(doc)
    assert len(body) == 5 and body[0].startswith("Sáng 10/7")
    got = _dates(doc)
    assert ("10/7", "2024-07-10", "yearless") in got
    assert ("tháng 12 năm nay", "2024-12", "yearless") in got
    ev = next(e for e in doc.events if e.date == "2024-07-10")
    assert doc.text[ev.start : ev.end].endswith("120 tỷ đồng.")
    _no_flags(doc)


def test_hong_kong_daily():
    doc = _run("zh_hk_daily.html")
    assert _label(doc, "屯門公園部分範圍")[0] == "caption"
    assert _label(doc, "（記者 陳嘉欣）")[0] == "byline"
    assert _label(doc, "相關新聞：")[0] == "related"
    assert _label(doc, "元朗公園新增寵物共享區")[0] == "related"
    assert len(_body(doc)) == 4
    got = _dates(doc)
    # published Friday 12 July: "前日" is Wednesday the 10th, as its gloss
    # "（10日）" says; the word and its bracketed day are read as one mention
    assert ("前日（10日）", "2024-07-10", "relative") in got
    # "並會於7月15至19日期間": will, next week; not last year
    assert ("7月15至19日", "2024-07-15", "range") in got
    assert ("去年6月", "2023-06", "yearless") in got
    _no_flags(doc)


def test_singapore_daily():
    doc = _run("zh_sg_daily.html")
    assert doc.author == "黄慧敏"
    assert _label(doc, "文／黄慧敏")[0] == "byline"
    assert _label(doc, "发布 / 2024年7月11日")[0] == "metadata"
    assert _label(doc, "图：公园里的健身角")[0] == "caption"
    assert _label(doc, "欢迎关注我们的官方账号")[0] == "navigation"
    # the extractor keeps the link to more news in the main text
    assert _label(doc, "点击阅读更多新加坡新闻")[0] == "navigation"
    assert len(_body(doc)) == 4
    got = _dates(doc)
    assert ("7月15日至8月31日", "2024-07-15", "range") in got
    _no_flags(doc)


def test_taiwan_reporter_is_the_author():
    assert _run("zh_tw_roc.html").author == "林雅婷"
