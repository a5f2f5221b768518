"""Pages about one country published on one day share the country and the
day (their datelines), whatever they tell: an Indonesian flood page and a
Thai coffee-export page about Vietnam of one Thursday did, and the Thai
page joined the flood story (across languages a place with a shared date
was enough), then the Thai flood page with it. A place with dates only is
too little across languages, and within a language the words decide when
one place and the days are all the anchors say. Invented pages."""

from __future__ import annotations

from collections import Counter

from newsline.model import DateMention
from newsline.stories import ClusterStories
from newsline.stories.cluster import _too_little_across

from .helpers import mk

DAY = "2025-11-20"

FLOOD = {
    "id": (
        "Banjir besar landa Vietnam tengah, 14 orang tewas di Quang Ngai",
        "Hujan lebat selama empat hari memicu banjir besar di wilayah tengah Vietnam. Sedikitnya "
        "14 orang tewas dan 6 orang hilang di Provinsi Quang Ngai dan Binh Dinh, kata badan "
        "bencana pada Kamis. Sungai Tra Khuc meluap hingga 1,2 meter di atas tingkat siaga. Lebih "
        "dari 38.000 rumah terendam dan 52.000 warga dievakuasi. Pemerintah Vietnam mengirim "
        "2.000 tentara untuk membantu evakuasi.",
    ),
    "th": (
        "น้ำท่วมใหญ่ภาคกลางของเวียดนาม เสียชีวิต 14 ราย",
        "ฝนตกหนักต่อเนื่องสี่วันทำให้เกิดน้ำท่วมใหญ่ในภาคกลางของเวียดนาม มีผู้เสียชีวิตอย่างน้อย 14 ราย "
        "และสูญหาย 6 ราย บ้านเรือนกว่า 38,000 หลังถูกน้ำท่วม ประชาชน 52,000 คนต้องอพยพ "
        "รัฐบาลเวียดนามส่งทหาร 2,000 นายไปช่วยอพยพประชาชน",
    ),
    "vi": (
        "Lũ lớn ở miền Trung: 14 người chết, 6 người mất tích",
        "Mưa lớn kéo dài bốn ngày đã gây lũ lớn. Ít nhất 14 người chết và 6 người mất tích tại "
        "Quảng Ngãi và Bình Định. Nước sông Trà Khúc vượt mức báo động 1,2 mét. Hơn 38.000 ngôi "
        "nhà bị ngập và 52.000 người dân được sơ tán. Quân đội đã điều 2.000 bộ đội hỗ trợ.",
    ),
}
COFFEE = {
    "th": (
        "เวียดนามส่งออกกาแฟพุ่งสูงเป็นประวัติการณ์",
        "กระทรวงเกษตรของเวียดนามรายงานว่า การส่งออกกาแฟในช่วงสิบเดือนแรกของปีมีมูลค่า 7,800 "
        "ล้านดอลลาร์ เพิ่มขึ้น 42 เปอร์เซ็นต์จากปีก่อน เนื่องจากราคากาแฟโรบัสต้าในตลาดโลกสูงขึ้น "
        "นักวิเคราะห์คาดว่าราคากาแฟจะยังคงสูงต่อไป",
    ),
}


def dated(key, lang, story):
    return mk(key, lang, story, dates=[DateMention(0, 5, DAY)])


def test_a_place_and_a_day_are_too_little_across_languages():
    assert _too_little_across(["t:VN", "d:" + DAY, "m:2025-11"])
    # a shared number (a count) with the place is still enough
    assert not _too_little_across(["t:VN", "d:" + DAY, "#:14"])
    assert not _too_little_across(["t:VN", "t:LA", "d:" + DAY])


def test_another_story_about_the_country_on_the_same_day_stays_apart():
    docs = [dated("flood", "id", FLOOD), dated("coffee", "th", COFFEE)]
    docs += [dated("flood", lang, FLOOD) for lang in ("th", "vi")]
    stage = ClusterStories()
    stage(docs, Counter())
    got = sorted(sorted(s["documents"]) for s in stage.finalize()["stories"])
    assert got == [["coffee-th"], ["flood-id", "flood-th", "flood-vi"]]


def test_in_one_batch_after_the_other_same_language_page_too():
    docs = [dated("flood", lang, FLOOD) for lang in ("id", "th", "vi")]
    docs.append(dated("coffee", "th", COFFEE))
    stage = ClusterStories()
    stage(docs, Counter())
    assert stage.story_of("coffee-th") != stage.story_of("flood-th")
    assert stage.story_of("flood-id") == stage.story_of("flood-vi")
