"""Taiwan's sites stamp their pages with the Minguo year first, joined by
slashes or dots ("更新時間：114/11/03 09:40", "113.07.11"): 114 + 1911 =
2025. Read as that day (kind roc_era), so the stamp gives the page its
publication day and its year-less days ("3日", "上週五") a year; a run of
numbers that is no such day (a version, an address, a fourth part, a
four-digit year) is not."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-01-15"


def found(text, published=PUB):
    return [(text[m.start : m.end], m.value, m.kind) for m in resolve_dates(text, "zh", published)]


@pytest.mark.parametrize(
    "text,span,value",
    [
        ("更新時間：114/11/03 09:40", "114/11/03", "2025-11-03"),
        ("2024年1月15日 記者 張志明／台中報導 113/01/15", "113/01/15", "2024-01-15"),
        ("日期：113.07.11", "113.07.11", "2024-07-11"),
        ("公告日期 112/9/5", "112/9/5", "2023-09-05"),
    ],
)
def test_roc_stamps_with_slashes_or_dots(text, span, value):
    assert (span, value, "roc_era") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "伺服器位址 192.168.1.1",  # four parts, and 192 is no ROC year of news
        "韌體版本 1.2.3",
        "案號 113/05/101",  # a fourth digit after the day
        "檔號 113/05/10/2",  # a fourth part
        "比分 99/10/12",  # two digits: not this form
        "編號 114/13/01",  # no thirteenth month
    ],
)
def test_not_roc_stamps(text):
    assert not [f for f in found(text) if f[2] == "roc_era"]


def test_a_stamp_dates_the_page_and_its_yearless_days():
    from newsline.dates.stage import ResolveDates
    from newsline.model import Block, Document

    text = (
        "法院裁定羈押 建商負責人涉掏空公司\n"
        "發布時間：114/11/03 21:05\n"
        "台中地院3日裁定羈押建商負責人，檢方指控他上月掏空公司資產逾兩億元。\n"
    )
    lines = text.split("\n")[:3]
    blocks, at = [], 0
    for line, label in zip(lines, ("title", "metadata", "body"), strict=True):
        blocks.append(Block(start=at, end=at + len(line), label=label))
        at += len(line) + 1
    doc = Document(id="t", source="t.html", text=text, lang="zh", blocks=blocks)
    (out,) = ResolveDates()([doc], __import__("collections").Counter())
    assert (out.published or "")[:10] == "2025-11-03"
    days = {m.value for m in out.dates}
    assert "2025-11-03" in days  # "3日": the stamp's month and year
