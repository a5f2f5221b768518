"""Thai personal and place names written with dictionary words (สมชาย, ภูเก็ต)
are found after a title (นาย, นาง, นางสาว, ดร.) or a place word (จังหวัด,
แขวง), so a Thai page joins the English and Vietnamese pages of its story.

The pages are invented: a disputed mayoral election in Chiang Rai and flash
floods in Phuket, the same week, both in Thailand (two stories, not one).
"""

from __future__ import annotations

from collections import Counter

from newsline.model import Document
from newsline.stories import ClusterStories
from newsline.stories.anchors import skeleton, thai_features
from newsline.wordseg import thai_titled_names

from .helpers import mk as story_doc

ELECTION = {
    "en": (
        "Chiang Rai mayoral loser alleges fraud, demands recount",
        (
            "CHIANG RAI, Thailand - Prasert Wongsawat of the Phak Mai party refused on Sunday, "
            "June 9, to accept the result of the Chiang Rai mayoral election, alleging fraud at 27 "
            "polling stations. The Election Commission said Anucha Srisuk won with 51.2 percent of "
            "the vote, a margin of 1,830 votes. The commission will recount the ballots at the 27 "
            "stations on June 14."
        ),
    ),
    "vi": (
        "Tranh cãi kết quả bầu cử thị trưởng ở Chiang Rai",
        (
            "Ứng viên Prasert Wongsawat của đảng Phak Mai tại Thái Lan ngày 9/6 tuyên bố không công "
            "nhận kết quả bầu cử thị trưởng thành phố Chiang Rai, cáo buộc có gian lận tại 27 điểm "
            "bỏ phiếu. Theo Ủy ban Bầu cử Thái Lan, đối thủ Anucha Srisuk thắng với 51,2% số phiếu, "
            "chỉ hơn 1.830 phiếu. Ủy ban cho biết sẽ kiểm phiếu lại tại 27 điểm này vào ngày 14/6."
        ),
    ),
    "th": (
        "ประเสริฐ วงศ์สวัสดิ์ ไม่ยอมรับผลเลือกตั้งนายกเทศมนตรีเชียงราย",
        (
            "นายประเสริฐ วงศ์สวัสดิ์ ผู้สมัครจากพรรคใหม่ ประกาศเมื่อวันที่ 9 มิถุนายน 2567 "
            "ว่าไม่ยอมรับผลการเลือกตั้งนายกเทศมนตรีนครเชียงราย โดยกล่าวหาว่ามีการทุจริตใน 27 "
            "หน่วยเลือกตั้ง คณะกรรมการการเลือกตั้งระบุว่านายอนุชา ศรีสุข ได้รับคะแนนเสียงร้อยละ "
            "51.2 ชนะไป 1,830 คะแนน กกต. จะนับคะแนนใหม่ใน 27 หน่วยในวันที่ 14 มิถุนายน"
        ),
    ),
}
FLOODS = {
    "en": (
        "Flash floods hit Phuket, 3 dead as monsoon rains lash south",
        (
            "PHUKET, Thailand - Three people died and about 600 tourists were stranded after flash "
            "floods swept through Kathu district in Phuket on Monday, June 10, the Department of "
            "Disaster Prevention and Mitigation said. More than 280 millimetres of rain fell in 24 "
            "hours. Phuket governor Sophon Suwannarat declared a disaster zone in Kathu and Thalang "
            "districts. The Thai Meteorological Department warned that heavy rain would continue "
            "until June 13."
        ),
    ),
    "vi": (
        "Lũ quét ở Phuket, 3 người thiệt mạng",
        (
            "Ba người thiệt mạng và khoảng 600 du khách bị mắc kẹt sau khi lũ quét tràn qua huyện "
            "Kathu ở Phuket, Thái Lan ngày 10/6. Lượng mưa hơn 280 mm trong 24 giờ. Tỉnh trưởng "
            "Phuket Sophon Suwannarat đã ban bố tình trạng thảm họa tại các huyện Kathu và Thalang. "
            "Cơ quan khí tượng Thái Lan cảnh báo mưa lớn sẽ kéo dài đến ngày 13/6."
        ),
    ),
    "th": (
        "น้ำป่าไหลหลากภูเก็ต เสียชีวิต 3 ราย",
        (
            "เมื่อวันที่ 10 มิถุนายน 2567 เกิดน้ำป่าไหลหลากในอำเภอกะทู้ จังหวัดภูเก็ต "
            "มีผู้เสียชีวิต 3 ราย นักท่องเที่ยวราว 600 คนติดค้าง นายโสภณ สุวรรณรัตน์ "
            "ผู้ว่าราชการจังหวัดภูเก็ต ประกาศให้อำเภอกะทู้และอำเภอถลางเป็นเขตพื้นที่ประสบสาธารณภัย "
            "กรมอุตุนิยมวิทยาเตือนว่าฝนตกหนักจะต่อเนื่องไปจนถึงวันที่ 13 มิถุนายน"
        ),
    ),
}


def mk(key: str, lang: str, story: dict, published: str) -> Document:
    return story_doc(key, lang, story, published=published)


def test_names_after_a_thai_title_or_place_word_are_anchors():
    names = {s: f for f, s in thai_features(ELECTION["th"][1])[0]}
    assert names["ประเสริฐ"] == "k:" + skeleton("Prasert")
    assert names["วงศ์สวัสดิ์"] == "k:" + skeleton("Wongsawat")
    assert names["ศรีสุข"] == "k:" + skeleton("Srisuk")
    names = {s: f for f, s in thai_features(FLOODS["th"][1])[0]}
    assert names["ภูเก็ต"] == "k:" + skeleton("Phuket")
    assert names["สุวรรณรัตน์"] == "k:" + skeleton("Suwannarat")
    names = {s: f for f, s in thai_features("นายสมชาย รัตนกุล รัฐมนตรีว่าการ")[0]}
    assert names == {"สมชาย": "k:" + skeleton("Somchai"), "รัตนกุล": "k:" + skeleton("Rattanakul")}


def test_a_predicate_or_a_position_after_a_given_name_is_no_surname():
    got = {s for _, s in thai_features("นายสมชาย กล่าวว่า ไทยจะเปิดสำนักงาน")[0]}
    assert got == {"สมชาย"}
    got = {s for _, s in thai_features("นายวิชัย ผู้ว่าราชการจังหวัด เปิดงาน")[0]}
    assert "ผู้ว่าราชการจังหวัด" not in got
    # "นายก" (prime minister) and "นายกรัฐมนตรี" are no title before a name
    assert thai_features("นายกฯ เปิดงาน นายกรัฐมนตรี กล่าว")[0] == []


def test_thai_pages_join_their_stories_and_two_stories_of_one_week_stay_apart():
    docs = [
        mk("e", "vi", ELECTION, "2024-06-10"),
        mk("e", "en", ELECTION, "2024-06-10"),
        mk("f", "en", FLOODS, "2024-06-11"),
        mk("f", "vi", FLOODS, "2024-06-11"),
        mk("e", "th", ELECTION, "2024-06-10"),
        mk("f", "th", FLOODS, "2024-06-11"),
    ]
    st = ClusterStories()
    st(docs, Counter())
    got = sorted(sorted(s["documents"]) for s in st.finalize()["stories"])
    assert got == [["e-en", "e-th", "e-vi"], ["f-en", "f-th", "f-vi"]]


def test_a_name_written_without_a_space_after_it_stops_at_the_predicate():
    # Thai often runs the name into the sentence: the rest of the run is no
    # name (and romanising it cost milliseconds a page)
    run = "นายสมชายกล่าวว่าเจ้าหน้าที่โรงพยาบาลขยายเวลาแผนสร้างสะพานแห่งที่สอง"
    got = thai_titled_names([run])
    assert got == ["สมชาย"]
    assert all(len(n) <= 15 for n in thai_titled_names([run, "รัตนกุล"]))
