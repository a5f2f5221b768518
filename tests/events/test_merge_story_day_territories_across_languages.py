"""One story, one day, two happenings told in languages that do not overlap:
a ferry from Malaysia capsizes off Indonesia (told in French and Chinese) and
Japan pledges flood aid to the Philippines (told in Spanish and English).
Each pair of pages agrees on its two countries, which the other pair never
names. A third page (Thai) names only two cities, so nothing in it disagrees
with either: merged "on the story's day" with both, it chained the capsizing
and the pledge into one event. Territories are read alike in every language
(geo: anchors from CLDR), so two groups that each confirm two countries the
other never names are two happenings, whatever their languages. Pages
written for this test (invented happenings)."""

from __future__ import annotations

from newsline.model import Document

from .records import merge_documents

PAGES = {
    "ferry-fr": (
        "fr",
        (
            "Un ferry parti de Malaisie a chaviré le 12 août au large de l'Indonésie, "
            "faisant 31 disparus."
        ),
    ),
    "ferry-zh": ("zh", "8月12日，一艘从马来西亚出发的渡轮在印度尼西亚附近海域倾覆，31人失踪。"),
    "aid-es": (
        "es",
        (
            "Japón prometió el 12 de agosto una ayuda de 40 millones de dólares a Filipinas "
            "tras las inundaciones."
        ),
    ),
    "aid-en": ("en", "Japan pledged $40 million in flood aid to the Philippines on August 12."),
    "aid-th": ("th", "เมื่อวันที่ 12 ส.ค. 2568 โตเกียวประกาศมอบเงินช่วยเหลือผู้ประสบอุทกภัยในมะนิลา"),
}


def merged_events():
    docs = [
        Document(
            id=doc_id,
            source=f"https://{doc_id}.news.example/a",
            text=text,
            lang=lang,
            published="2025-08-13",
            meta={"story_id": "monsoon"},
        )
        for doc_id, (lang, text) in PAGES.items()
    ]
    return merge_documents(docs).finalize()["events"]


def test_two_happenings_of_a_day_told_in_other_languages_stay_apart():
    events = merged_events()
    assert all(e["date"] == "2025-08-12" for e in events)
    for e in events:
        docs = {s["doc_id"] for s in e["sources"]}
        assert not (docs & {"ferry-fr", "ferry-zh"} and docs & {"aid-es", "aid-en"}), docs


def test_each_happening_still_meets_across_languages():
    events = merged_events()
    groups = [{s["doc_id"] for s in e["sources"]} for e in events]
    assert any({"ferry-fr", "ferry-zh"} <= g for g in groups), groups
    assert any({"aid-es", "aid-en"} <= g for g in groups), groups
