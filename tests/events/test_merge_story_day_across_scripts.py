"""One happening told in Latin, Chinese and Thai pages of one story is one event.

Sentences with too little in common to merge on anchors still merge, and
are flagged, when each is its document's only sentence with that day in one
story -- unless their names disagree. Names disagreed when their romanised
spellings were disjoint, and a Chinese or Thai page's rendering of a place
(阿尔塔维亚 "aertaweiya", อัลตาเวีย "antawia" for Altavia) did not equal the
Latin spelling: every Chinese and Thai page of a story was split off. Across
scripts only territories (read alike from CLDR in every language) can
disagree now. (Since session 32 those two renderings meet Altavia, read as
said; the mine fire's pages still merge on the story's day.) Every page
here is invented."""

from __future__ import annotations

from newsline.model import Document

from .records import merge_documents

# A dam burst told by seven pages in six languages, in different words.
DAM = {
    "en-a": ("en", "The Brenmoor dam in Altavia burst on October 2, 2024, sending a wall of "
                   "water through three villages."),
    "en-b": ("en", "Residents of Saint-Aubel said the Brenmoor reservoir gave way on October 2, "
                   "2024 after days of rain."),
    "es-a": ("es", "La represa de Brenmoor, en Altavia, reventó el 2 de octubre de 2024 y el agua "
                   "arrasó tres aldeas."),
    "fr-a": ("fr", "Le barrage de Brenmoor a cédé le 2 octobre 2024 à Saint-Aubel, en Altavie, "
                   "après des jours de pluie."),
    "vi-a": ("vi", "Ngày 2/10/2024, đập Brenmoor ở Altavia bị vỡ, nước lũ tràn qua ba ngôi làng."),
    "zh-a": ("zh", "2024年10月2日，阿尔塔维亚的布伦穆尔大坝决堤，洪水冲毁三个村庄。"),
    "th-a": ("th", "เมื่อวันที่ 2 ตุลาคม 2567 เขื่อนเบรนมัวร์ในอัลตาเวียพังทลาย น้ำท่วมหมู่บ้านสามแห่ง"),
}

# A mine fire in another style: a wire dispatch, a Thai and a Chinese page,
# a Vietnamese page, in a story of their own.
MINE = {
    "en-w": ("en", "KORSK, Veldana (Wire) - Fire broke out in the Ostrava-Lenk mine near Korsk "
                   "on 17 February 2025, trapping miners underground."),
    "vi-w": ("vi", "Sáng 17/2/2025, một đám cháy bùng phát trong mỏ Ostrava-Lenk gần Korsk, "
                   "nhiều thợ mỏ bị mắc kẹt."),
    "zh-w": ("zh", "2025年2月17日，韦尔达纳科尔斯克附近一座煤矿发生火灾，多名矿工被困井下。"),
    "th-w": ("th", "เมื่อวันที่ 17 กุมภาพันธ์ 2568 เกิดไฟไหม้ในเหมืองใกล้เมืองคอร์สก์ คนงานเหมืองติดอยู่ใต้ดิน"),
}


def _docs(pages, story, published, stories=None):
    return [
        Document(
            id=k,
            source=f"https://{k}.example/a",
            text=t,
            lang=lang,
            published=published,
            meta={"story_id": (stories or {}).get(k, story)},
        )
        for k, (lang, t) in pages.items()
    ]


def _events(docs, day):
    return [e for e in merge_documents(docs).finalize()["events"] if e["date"] == day]


def _groups(events):
    return sorted(sorted(s["doc_id"] for s in e["sources"]) for e in events)


def test_a_dam_burst_in_six_languages_is_one_event():
    events = _events(_docs(DAM, "story-dam", "2024-10-03"), "2024-10-02")
    assert _groups(events) == [sorted(DAM)]
    kinds = {f["kind"] for f in events[0]["flags"]}
    # the Thai and Chinese pages meet Altavia by name since their renderings
    # are read as said (อัลตาเวีย with its final l, 阿尔塔维亚 with w for v):
    # no page is merged on the story's day alone (the mine fire below is)
    assert "merged_on_story_and_day" not in kinds
    # Altavia / Altavie: one name spelled two ways, kept and flagged
    assert any(f["kind"] == "name_variant" and f["names"] == ["altavia", "altavie"]
               for f in events[0]["flags"])


def test_a_mine_fire_in_four_languages_is_one_event():
    events = _events(_docs(MINE, "story-mine", "2025-02-18"), "2025-02-17")
    assert _groups(events) == [sorted(MINE)]
    # merged on the story's day alone for some pages: said so, not hidden
    assert "merged_on_story_and_day" in {f["kind"] for f in events[0]["flags"]}


# --- near misses: what must stay apart -----------------------------------


def test_pages_of_other_stories_stay_apart_across_scripts():
    stories = {"zh-a": "story-other", "th-a": "story-third"}
    events = _events(_docs(DAM, "story-dam", "2024-10-03", stories), "2024-10-02")
    groups = _groups(events)
    assert ["zh-a"] in groups and ["th-a"] in groups


def test_two_territories_across_scripts_are_two_happenings():
    # one story, one day: a quake in Japan (Chinese page), a flood in Peru
    pages = {
        "en-p": ("en", "Floods in Peru destroyed the Huarmaca bridge on 5 March 2025, cutting off "
                       "four villages."),
        "zh-j": ("zh", "2025年3月5日，日本北海道发生强烈地震，多栋房屋倒塌。"),
    }
    events = _events(_docs(pages, "story-disasters", "2025-03-06"), "2025-03-05")
    assert _groups(events) == [["en-p"], ["zh-j"]]


def test_a_territory_in_common_across_scripts_still_merges():
    pages = {
        "en-p": ("en", "A flood in Peru destroyed the Huarmaca bridge on 5 March 2025, cutting off "
                       "four villages."),
        "zh-p": ("zh", "2025年3月5日，秘鲁北部洪水冲毁一座大桥，四个村庄与外界隔绝。"),
    }
    events = _events(_docs(pages, "story-flood", "2025-03-06"), "2025-03-05")
    assert _groups(events) == [["en-p", "zh-p"]]


def test_two_happenings_one_day_one_language_stay_apart():
    # one story, one day, one script: names that never meet are two happenings
    pages = {
        "en-1": ("en", "Mayor Ilse Varga opened the new Kestrel bridge on October 2, 2024 with a "
                       "ribbon and a brass band."),
        "fr-1": ("fr", "La police a arrêté Tomas Ferreira à la gare de Lindqvist le 2 octobre 2024 "
                       "au petit matin."),
    }
    events = _events(_docs(pages, "story-city", "2024-10-03"), "2024-10-02")
    assert _groups(events) == [["en-1"], ["fr-1"]]
