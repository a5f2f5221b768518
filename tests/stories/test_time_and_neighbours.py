"""Invented stories told in seven languages, and their hard neighbours: a
minister's lithium announcement (March) told in en, es, fr, vi, th, zh and ja;
an earthquake in the same country two days later (another story, same week,
same country); the same minister's resignation five months later (same people
and place, another happening), which only the optional time factor
(``StorySettings.time_weight``) tells apart from the first.
"""

from __future__ import annotations

from collections import Counter

from newsline.model import Document
from newsline.settings import StorySettings
from newsline.stories import ClusterStories

from .helpers import mk

LITHIUM = {
    "en": (
        "Chile to take majority stake in lithium projects, minister says",
        "SANTIAGO - Chile will take a 51% stake in all new lithium projects in the Atacama salt flat, Mining Minister Esteban Maturana said on Wednesday, March 12. The state will invest $3.2 billion over eight years, Maturana told reporters in Santiago. Private partners will keep 49% and must build processing plants in the country.",
    ),
    "es": (
        "Chile tomará el 51% de los nuevos proyectos de litio, anuncia Maturana",
        "El ministro de Minería, Esteban Maturana, anunció el miércoles 12 de marzo que el Estado chileno tendrá una participación del 51% en todos los nuevos proyectos de litio del Salar de Atacama. El Estado invertirá 3.200 millones de dólares en ocho años, dijo Maturana en Santiago. Los socios privados conservarán el 49%.",
    ),
    "fr": (
        "Le Chili prendra 51 % des nouveaux projets de lithium",
        "Le ministre chilien des Mines, Esteban Maturana, a annoncé mercredi 12 mars que l'État détiendra 51 % de tous les nouveaux projets de lithium du salar d'Atacama. L'État investira 3,2 milliards de dollars sur huit ans, a précisé Maturana à Santiago. Les partenaires privés garderont 49 %.",
    ),
    "vi": (
        "Chile nắm 51% cổ phần các dự án lithium mới",
        "Bộ trưởng Khai khoáng Chile Esteban Maturana ngày 12/3 tuyên bố nhà nước sẽ nắm 51% cổ phần trong mọi dự án lithium mới tại sa mạc muối Atacama. Nhà nước sẽ đầu tư 3,2 tỷ USD trong 8 năm, ông Maturana nói tại Santiago. Các đối tác tư nhân giữ 49%.",
    ),
    "th": (
        "ชิลีจะถือหุ้น 51% ในโครงการลิเทียมใหม่",
        "นายเอสเตบัน มาตูรานา รัฐมนตรีว่าการกระทรวงเหมืองแร่ของชิลี ประกาศเมื่อวันพุธที่ 12 มีนาคมว่า รัฐจะถือหุ้นร้อยละ 51 ในโครงการลิเทียมใหม่ทั้งหมดในแอ่งเกลืออาตากามา โดยรัฐจะลงทุน 3,200 ล้านดอลลาร์ภายในแปดปี มาตูรานากล่าวที่กรุงซานติอาโก",
    ),
    "zh": (
        "智利将持有新锂矿项目51%股份",
        "智利矿业部长埃斯特万·马图拉纳3月12日宣布，国家将持有阿塔卡马盐沼所有新锂矿项目51%的股份。马图拉纳在圣地亚哥对记者表示，国家将在八年内投资32亿美元，私营合作伙伴保留49%的股份。",
    ),
    "ja": (
        "チリ、新規リチウム事業の51％を国が保有へ",
        "チリのエステバン・マトゥラナ鉱業相は3月12日、アタカマ塩湖のすべての新規リチウム事業について国が51％の権益を持つと発表した。マトゥラナ氏はサンティアゴで記者団に対し、国が8年間で32億ドルを投資すると述べた。",
    ),
}
RESIGN = {
    "en": (
        "Chile's mining minister Maturana resigns over lithium contract probe",
        "SANTIAGO - Chile's Mining Minister Esteban Maturana resigned on Monday, August 18, after prosecutors opened an inquiry into how two lithium contracts were awarded last year. Maturana denied any wrongdoing and said he would cooperate with the investigation. A deputy minister will run the ministry until a successor is named.",
    ),
    "vi": (
        "Bộ trưởng Khai khoáng Chile Maturana từ chức",
        "Bộ trưởng Khai khoáng Chile Esteban Maturana ngày 18/8 đã từ chức sau khi công tố viên mở cuộc điều tra về việc trao hai hợp đồng lithium năm ngoái. Ông Maturana phủ nhận mọi sai phạm và cho biết sẽ hợp tác với cơ quan điều tra.",
    ),
    "zh": (
        "智利矿业部长马图拉纳因锂矿合同调查辞职",
        "智利矿业部长埃斯特万·马图拉纳8月18日辞职。此前检方就去年两份锂矿合同的授予过程展开调查。马图拉纳否认有任何不当行为，并表示将配合调查。",
    ),
}
QUAKE = {
    "en": (
        "Magnitude 6.8 quake strikes northern Chile, three dead",
        "ANTOFAGASTA, Chile - A magnitude 6.8 earthquake struck off the coast of Antofagasta on Friday, March 14, killing three people and cutting power to 40,000 homes, the disaster agency Senapred said. Interior Minister Carolina Echeverría said schools in the region would stay closed until Monday.",
    ),
    "vi": (
        "Động đất 6,8 độ ở miền bắc Chile, 3 người chết",
        "Một trận động đất mạnh 6,8 độ xảy ra ngoài khơi Antofagasta, Chile ngày 14/3, khiến 3 người thiệt mạng và 40.000 hộ mất điện, cơ quan phòng chống thiên tai Senapred cho biết. Bộ trưởng Nội vụ Carolina Echeverría nói trường học trong vùng sẽ đóng cửa đến thứ Hai.",
    ),
    "zh": (
        "智利北部发生6.8级地震 3人死亡",
        "智利国家灾害防治局3月14日说，智利北部安托法加斯塔近海当天发生6.8级地震，造成3人死亡，4万户家庭断电。内政部长卡罗利娜·埃切维里亚表示，该地区学校将停课至下周一。",
    ),
    "th": (
        "แผ่นดินไหว 6.8 ทางตอนเหนือของชิลี เสียชีวิต 3 ราย",
        "เกิดแผ่นดินไหวขนาด 6.8 นอกชายฝั่งเมืองอันโตฟากัสตา ประเทศชิลี เมื่อวันศุกร์ที่ 14 มีนาคม มีผู้เสียชีวิต 3 ราย และบ้านเรือน 40,000 หลังไม่มีไฟฟ้าใช้ นางคาโรลินา เอเชเบร์เรีย รัฐมนตรีว่าการกระทรวงมหาดไทย กล่าวว่าโรงเรียนในภูมิภาคจะปิดจนถึงวันจันทร์",
    ),
}


def _docs() -> list[Document]:
    return [
        mk(key, lang, story, published=day)
        for key, story, day in (
            ("lithium", LITHIUM, "2025-03-12"),
            ("quake", QUAKE, "2025-03-14"),
            ("resign", RESIGN, "2025-08-18"),
        )
        for lang in story
    ]


def _stories(settings: StorySettings | None = None) -> list[list[str]]:
    stage = ClusterStories(settings)
    stage(_docs(), Counter())
    return sorted(sorted(s["documents"]) for s in stage.finalize()["stories"])


def test_seven_languages_join_and_the_same_weeks_quake_stays_apart():
    got = _stories()
    lithium = next(g for g in got if "lithium-en" in g)
    assert {"lithium-" + lang for lang in LITHIUM} <= set(lithium)
    assert sorted("quake-" + lang for lang in QUAKE) in got


def test_the_time_factor_parts_the_same_names_months_apart():
    got = _stories(StorySettings(time_weight=1.0, time_grace_days=30))
    assert got == sorted(
        [
            sorted("lithium-" + lang for lang in LITHIUM),
            sorted("quake-" + lang for lang in QUAKE),
            sorted("resign-" + lang for lang in RESIGN),
        ]
    )


def test_the_time_factor_leaves_a_story_told_over_days_alone():
    # the quake story's pages are all one day; spread them over three weeks
    docs = [d for d in _docs() if d.id.startswith("quake")]
    for i, d in enumerate(docs):
        d.published = f"2025-03-{3 + 7 * i:02d}"
    stage = ClusterStories(StorySettings(time_weight=1.0, time_grace_days=30))
    stage(docs, Counter())
    assert len(stage.finalize()["stories"]) == 1
