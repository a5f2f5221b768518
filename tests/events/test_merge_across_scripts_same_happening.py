"""One happening told by Chinese, English and Vietnamese pages stays one event.
Two groups of sources that each agree on names the other never writes are
two happenings (test_cross_script_name_readings) -- but only where the other
group could have written those names: a Chinese page writes 万象 and
《湄公河…协定》 where an English page writes Vientiane and the Mekong
agreement, so across languages with no page in common every name is
"never written" by the other side, and the signing of one agreement was
split into one event per language (the bundled demo's Vientiane signing).
Invented pages."""

from __future__ import annotations

from newsline.model import Document

from .records import merge_documents

PAGES = {
    "zh-a": (
        "本报万象3月12日电　越南、老挝、泰国和柬埔寨四国代表12日在老挝首都万象签署"
        "《湄公河干流洪水预警合作协定》（简称“万象协定”），为期两天（3月11日至12日）的部长级会议当天闭幕。"
    ),
    "zh-b": (
        "据外媒报道，越南、老挝、泰国和柬埔寨四国代表12日在老挝首都万象签署"
        "《湄公河干流洪水预警合作协定》（简称“万象协定”），部长级会议当天闭幕。"
    ),
    "en-a": (
        "The Vientiane Agreement, signed on March 12, 2025 at the end of a two-day ministerial "
        "meeting, creates the Mekong Flood Early Warning Centre (MFEC) and commits the four "
        "governments to build and run 120 automatic monitoring stations."
    ),
    "en-b": (
        "The meeting in Phnom Penh, the second at ministerial level since the Vientiane "
        "Agreement was signed on March 12, named the centre's first director."
    ),
    "vi-a": (
        "Chiều 12/3/2025, tại thủ đô Viêng Chăn (Lào), đại diện Chính phủ Việt Nam, Lào, "
        "Thái Lan và Campuchia đã ký Hiệp định về cảnh báo sớm lũ trên dòng chính sông Mê Kông."
    ),
    "vi-b": (
        "Chiều ngày 12/3/2025, tại Viêng Chăn, đại diện Việt Nam, Lào, Thái Lan và Campuchia "
        "đã ký Hiệp định về cảnh báo sớm lũ trên sông Mê Kông, khép lại hội nghị cấp bộ trưởng."
    ),
}


def test_one_signing_told_in_two_languages_is_one_event():
    docs = [
        Document(
            id=k,
            source=f"https://{k}.news.example/a",
            text=t,
            lang=k[:2],
            published="2025-03-13",
            meta={"story_id": "story-mekong"},
        )
        for k, t in PAGES.items()
    ]
    events = [e for e in merge_documents(docs).finalize()["events"] if e["date"] == "2025-03-12"]
    assert len(events) == 1, [[s["source"] for s in e["sources"]] for e in events]
    assert {s["source"].split("//")[1].split(".")[0] for s in events[0]["sources"]} == set(PAGES)
