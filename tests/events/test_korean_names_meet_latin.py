"""A Korean page writes a foreign name in Hangul (브란트 for Brandt): read in
Revised Romanization ("beuranteu") it meets the Latin spelling on its
consonant skeleton, so a Korean report of a happening merges with the Latin
pages' reports of it. Invented people and pages."""

from __future__ import annotations

from newsline.events.anchors import sentence_anchors
from newsline.model import Document

from .records import merge_documents

PAGES = {
    "en-k": ("en", "Chancellor Oliver Brandt resigned on 5 March 2025, hours after losing a "
                   "confidence vote."),
    "de-k": ("de", "Kanzler Oliver Brandt ist am 5. März 2025 zurückgetreten, nachdem er die "
                   "Vertrauensfrage verloren hatte."),
    "ko-k": ("ko", "브란트 총리는 2025년 3월 5일 신임 투표에서 패한 뒤 사임했다."),
    # near misses, the same day: another minister (Parks), a mayor (Corvin)
    "ko-p": ("ko", "파크스 장관은 2025년 3월 5일 새 항구 건설 계획을 발표했다고 밝혔다."),
    "ko-c": ("ko", "코르빈 시장은 2025년 3월 5일 시청에서 새 예산안을 공개했다."),
}


def test_a_hangul_name_before_a_title_is_a_name_anchor():
    assert "name:beuranteu" in sentence_anchors("브란트 총리는 사임했다.", "ko")
    # with a particle elsewhere, and a country between name and title
    got = sentence_anchors("마르타 크벨 알타비아 총리가 말했다. 크벨은 웃었다.", "ko")
    assert "name:keubel" in got
    # no title after it: no name read (a word is not taken for one)
    assert not [a for a in sentence_anchors("경찰은 화재가 발생했다고 밝혔다.", "ko")
                if a.startswith("name:")]


def test_a_korean_report_merges_with_the_latin_ones_and_other_names_stay_apart():
    docs = [
        Document(id=k, source=f"https://{k}.example/a", text=t, lang=lang,
                 published="2025-03-06", meta={})
        for k, (lang, t) in PAGES.items()
    ]
    events = [e for e in merge_documents(docs).finalize()["events"] if e["date"] == "2025-03-05"]
    groups = sorted(sorted(s["doc_id"] for s in e["sources"]) for e in events)
    assert groups == [["de-k", "en-k", "ko-k"], ["ko-c"], ["ko-p"]]
