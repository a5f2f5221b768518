"""Lines repeated on many pages of one site are set aside from then on."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.clean.site import SiteBoilerplate
from newsline.model import Block, Document, EventMention

BODY = {
    "vi": [
        (
            "Ủy ban sông Mekong họp tại Viêng Chăn để bàn về cảnh báo lũ cho {i} trạm quan trắc "
            "mới trên dòng chính, theo kế hoạch đã được bốn nước thống nhất từ năm ngoái."
        )
    ],
    "th": [
        (
            "คณะกรรมาธิการแม่น้ำโขงประชุมที่เวียงจันทน์ เพื่อหารือเรื่องสถานีเตือนภัยน้ำท่วม {i} "
            "แห่งบนแม่น้ำสายหลัก ตามแผนที่ทั้งสี่ประเทศตกลงกันไว้เมื่อปีที่แล้ว"
        )
    ],
}
SLOGAN = {"vi": "Sông Hồng Online — tiếng nói người dân", "th": "ข่าวริมโขง เสียงของประชาชน"}


def _page(lang: str, i: int, host: str, extra: str | None = None) -> Document:
    lines = [BODY[lang][0].format(i=i), SLOGAN[lang]] + ([extra] if extra else [])
    text = "\n".join(lines)
    blocks, pos = [], 0
    for line in lines:
        blocks.append(Block(pos, pos + len(line), "body", lang))
        pos += len(line) + 1
    doc = Document(
        id=f"{host}-{i}",
        source=f"/x/{host}/{i}.html",
        text=text,
        url=f"https://{host}/a/{i}",
        lang=lang,
        blocks=blocks,
    )
    s = blocks[1]
    doc.events = [EventMention(s.start, s.end, "2025-03-12")]
    return doc


@pytest.mark.parametrize("lang", ["vi", "th"])
def test_slogan_on_every_page_of_a_site_is_set_aside_from_the_third_page(lang):
    stage = SiteBoilerplate()
    pages = [_page(lang, i, "news.example") for i in range(5)]
    stats: Counter[str] = Counter()
    stage(pages, stats)
    labels = [p.blocks[1].label for p in pages]
    assert labels == ["body", "body", "navigation", "navigation", "navigation"]
    assert "3 pages of this site" in pages[2].blocks[1].reasons[-1]
    assert all(p.blocks[0].label == "body" for p in pages)  # the article stays
    assert pages[2].events == [] and pages[0].events  # no events from boilerplate
    assert stats["blocks_set_aside"] == 3


@pytest.mark.parametrize("lang", ["vi", "th"])
def test_same_line_on_different_sites_is_kept(lang):
    stage = SiteBoilerplate()
    pages = [_page(lang, i, f"site{i}.example") for i in range(5)]
    stage(pages, Counter())
    assert all(p.blocks[1].label == "body" for p in pages)


def test_long_paragraph_repeated_on_one_site_is_kept():
    stage = SiteBoilerplate()
    para = " ".join(["Hội nghị Mekong đã kết thúc với một thỏa thuận chia sẻ dữ liệu mực nước"] * 3)
    pages = [_page("vi", i, "news.example", extra=para) for i in range(5)]
    stage(pages, Counter())
    assert all(p.blocks[2].label == "body" for p in pages)


def test_state_round_trip_continues_counting():
    a = SiteBoilerplate()
    a([_page("vi", i, "news.example") for i in range(2)], Counter())
    b = SiteBoilerplate()
    b.load_state(a.state_dict())
    later = _page("vi", 2, "news.example")
    b([later], Counter())
    assert later.blocks[1].label == "navigation"
