"""German capitalises every noun: "die Regierung", "drei Menschen", "ums
Leben" are no names. Taken for names they fill a German page's anchors with
nouns no other language shares, and a Thai or Chinese page of the same story
no longer finds enough in common with it.

The pages are invented: an earthquake off northern Chile, in five languages.
"""

from __future__ import annotations

from newsline.stories.anchors import latin_names

QUAKE = {
    "de": (
        "Erdbeben der Stärke 6,8 erschüttert den Norden Chiles",
        (
            "Ein Erdbeben der Stärke 6,8 hat am Freitag die Küste vor Antofagasta erschüttert. Nach "
            "Angaben der Katastrophenschutzbehörde Senapred kamen drei Menschen ums Leben, 40.000 "
            "Haushalte waren ohne Strom. Innenministerin Carolina Echeverría sagte, die Schulen der "
            "Region blieben bis Montag geschlossen."
        ),
    ),
    "th": (
        "แผ่นดินไหว 6.8 ทางตอนเหนือของชิลี เสียชีวิต 3 ราย",
        (
            "เกิดแผ่นดินไหวขนาด 6.8 นอกชายฝั่งเมืองอันโตฟากัสตา ประเทศชิลี เมื่อวันศุกร์ที่ 14 มีนาคม "
            "มีผู้เสียชีวิต 3 ราย และบ้านเรือน 40,000 หลังไม่มีไฟฟ้าใช้ นางคาโรลินา เอเชเบร์เรีย "
            "รัฐมนตรีว่าการกระทรวงมหาดไทย กล่าวว่าโรงเรียนในภูมิภาคจะปิดจนถึงวันจันทร์"
        ),
    ),
    "zh": (
        "智利北部发生6.8级地震 3人死亡",
        (
            "智利国家灾害防治局3月14日说，智利北部安托法加斯塔近海当天发生6.8级地震，造成3人死亡，"
            "4万户家庭断电。内政部长卡罗利娜·埃切维里亚表示，该地区学校将停课至下周一。"
        ),
    ),
    "en": (
        "Magnitude 6.8 quake strikes northern Chile, three dead",
        (
            "ANTOFAGASTA, Chile - A magnitude 6.8 earthquake struck off the coast of Antofagasta on "
            "Friday, March 14, killing three people and cutting power to 40,000 homes, the disaster "
            "agency Senapred said. Interior Minister Carolina Echeverría said schools in the region "
            "would stay closed until Monday."
        ),
    ),
    "vi": (
        "Động đất 6,8 độ ở miền bắc Chile, 3 người chết",
        (
            "Một trận động đất mạnh 6,8 độ xảy ra ngoài khơi Antofagasta, Chile ngày 14/3, khiến 3 "
            "người thiệt mạng và 40.000 hộ mất điện, cơ quan phòng chống thiên tai Senapred cho biết. "
            "Bộ trưởng Nội vụ Carolina Echeverría nói trường học trong vùng sẽ đóng cửa đến thứ Hai."
        ),
    ),
}


def _names(text: str, lang: str) -> set[str]:
    return {f for f, _ in latin_names(text, lang) if f.startswith("w:")}


def test_german_nouns_after_a_determiner_or_a_number_are_no_names():
    got = _names(QUAKE["de"][0] + "\n\n" + QUAKE["de"][1], "de")
    for noun in ("starke", "kuste", "katastrophenschutzbehorde", "menschen", "leben", "haushalte"):
        assert "w:" + noun not in got, noun
    assert {"w:antofagasta", "w:senapred", "w:carolina", "w:echeverria"} <= got
    # names after a preposition or a verb stay names
    got = _names("Die Polizei meldete volle Bahnsteige in München, sagte Huber.", "de")
    assert {"w:munchen", "w:huber"} <= got and "w:polizei" not in got


def test_other_languages_keep_capitalised_words_after_their_articles():
    # English "the Senapred agency", Spanish "el Senapred": the rule is German
    assert "w:senapred" in _names("Officials at the Senapred agency said so.", "en")
    assert "w:die" not in _names("Sie sagte, die Bahn fährt.", "de")
