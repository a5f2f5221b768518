"""A Latin-script page meets a story told only in Thai on the skeletons of
the names they share, not diluted by its Latin spellings of them.

A Latin page gives each name twice, as its spelling (w:tanaka) and as a
consonant skeleton (k:tnk); a Thai page gives only the skeleton. Against a
story with no Latin-script name at all, the page's spellings were counted
as unshared and halved its score: an English page on a Thai factory fire,
sharing the plant manager, the town and the figures, started a story of its
own (found on benchmarks/data/stories/heldout1, where the English page on a
bus crash near Chiang Mai stayed apart from the Thai pages). Invented pages.
"""

from __future__ import annotations

from collections import Counter

from newsline.model import Document
from newsline.stories import ClusterStories


def mk(key: str, lang: str, title: str, body: str, day: str) -> Document:
    return Document(
        id=key, source=key, text=title + "\n\n" + body, lang=lang, title=title, published=day
    )


TH1 = (
    "ไฟไหม้โรงงานชิ้นส่วนรถยนต์ที่ระยอง คนงานบาดเจ็บ 23 ราย",
    "เกิดเหตุเพลิงไหม้โรงงานผลิตชิ้นส่วนรถยนต์ของบริษัทญี่ปุ่นในนิคมอุตสาหกรรมมาบตาพุด จังหวัดระยอง "
    "เมื่อคืนวันที่ 9 มีนาคม มีคนงานบาดเจ็บ 23 ราย นายเคนจิ ทานากะ ผู้จัดการโรงงาน เปิดเผยว่า "
    "ไฟเริ่มลุกไหม้จากห้องเก็บสารเคมี เจ้าหน้าที่ใช้เวลากว่า 4 ชั่วโมงจึงควบคุมเพลิงได้ "
    "ความเสียหายประมาณ 380 ล้านบาท",
)
TH2 = (
    "ระยองสั่งตรวจสอบโรงงานหลังไฟไหม้ มาบตาพุด",
    "ผู้ว่าราชการจังหวัดระยองสั่งตรวจสอบระบบป้องกันอัคคีภัยของโรงงานทุกแห่งในนิคมอุตสาหกรรมมาบตาพุด "
    "หลังเหตุไฟไหม้ที่ทำให้คนงานบาดเจ็บ 23 ราย นายเคนจิ ทานากะ ผู้จัดการโรงงาน "
    "ระบุว่าบริษัทจะจ่ายค่ารักษาพยาบาลทั้งหมด และคาดว่าจะกลับมาผลิตได้ภายใน 6 สัปดาห์",
)
EN = (
    "Fire at Japanese car-parts plant in Rayong injures 23",
    "A fire at a Japanese-owned car-parts factory in the Map Ta Phut industrial estate in Rayong, "
    "Thailand, injured 23 workers overnight, officials said. Plant manager Kenji Tanaka said the "
    "fire started in a chemical store and took more than four hours to control. Damage was "
    "estimated at 380 million baht, and production should resume within six weeks.",
)
# near miss: the same week, the same two countries, nothing else shared
EN_OTHER = (
    "Japan and Thailand sign new trade pact",
    "Japan and Thailand signed an updated economic partnership agreement in Tokyo on Tuesday, "
    "cutting tariffs on farm goods. Trade minister Hiroshi Morimoto said exports of beef and rice "
    "would benefit.",
)


def run() -> ClusterStories:
    docs = [
        mk("th1", "th", *TH1, "2026-03-10"),
        mk("th2", "th", *TH2, "2026-03-11"),
        mk("en", "en", *EN, "2026-03-11"),
        mk("other", "en", *EN_OTHER, "2026-03-11"),
    ]
    stage = ClusterStories()
    stage(docs, Counter())
    return stage


def test_an_english_page_joins_the_thai_story_it_shares_names_and_figures_with():
    stage = run()
    assert stage.story_of("th1") == stage.story_of("th2")
    assert stage.story_of("en") == stage.story_of("th1")


def test_near_miss_a_page_sharing_only_the_countries_stays_apart():
    stage = run()
    assert stage.story_of("other") not in (stage.story_of("th1"), stage.story_of("en"))
