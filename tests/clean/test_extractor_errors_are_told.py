"""When trafilatura raises on a page, the page is still labelled by
newsline's own rules, but the error is told: a flag naming the page and the
error, the error in meta, and a count in the stage's stats. Before, the
exception was swallowed and the page quietly lost its main-text alignment."""

from collections import Counter

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.model import Document
from newsline.readers.html import html_to_text
from newsline.settings import Settings

PAGE = """<html><head><title>Cầu mới thông xe</title></head><body>
<nav><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a></nav>
<article><h1>Cầu mới thông xe</h1>
<p>Sáng nay cây cầu dài 1,2 km nối hai bờ sông đã chính thức thông xe sau ba năm thi công.</p>
<p>Người dân hai xã không còn phải đi phà mỗi sáng để đến trường và chợ huyện.</p>
</article><footer>© Báo Mẫu</footer></body></html>"""


def _doc() -> Document:
    doc = Document(id="d", source="cau-moi.html", text=html_to_text(PAGE), html=PAGE)
    SegmentBlocks(Settings())([doc], Counter())
    return doc


def test_an_extractor_crash_is_flagged_named_and_counted(monkeypatch):
    import trafilatura

    def boom(*a, **k):
        raise ValueError("unexpected tree")

    monkeypatch.setattr(trafilatura, "bare_extraction", boom)
    doc = _doc()
    stats: Counter[str] = Counter()
    ClassifyBlocks(Settings())([doc], stats)
    flags = [f for f in doc.flags if f.kind == "extraction_failed"]
    assert len(flags) == 1
    assert "cau-moi.html" in flags[0].reason and "ValueError: unexpected tree" in flags[0].reason
    assert doc.meta["trafilatura"] == {"error": "ValueError: unexpected tree"}
    assert stats["html_extractor_errors"] == 1
    # the page is still labelled: its paragraphs are body
    assert any(b.label == "body" for b in doc.blocks)


def test_a_page_the_extractor_reads_raises_no_such_flag():
    doc = _doc()
    stats: Counter[str] = Counter()
    ClassifyBlocks(Settings())([doc], stats)
    assert not any(f.kind == "extraction_failed" for f in doc.flags)
    assert stats["html_extractor_errors"] == 0


def test_no_main_text_is_no_error(monkeypatch):
    import trafilatura

    # trafilatura's answer for a page with no article: None
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    doc = _doc()
    ClassifyBlocks(Settings())([doc], Counter())
    assert not any(f.kind == "extraction_failed" for f in doc.flags)
    assert doc.meta["trafilatura"] == {"error": "no main text found"}
