"""A team's line-up written in a script without letter case ("한빛FC:
최민석(GK) - 정현우, 오세훈, … - 서동현, 김영광, 조성빈") is short unspaced
names between commas, the shape of search phrases strung together: it was
set aside as keyword stuffing (spam), losing a match report's line-ups
(heldout15's h08). A line-up names its team before a colon and splits the
players into the formation's groups with spaced dashes. Line-ups written
for this test in Chinese, Japanese and Thai; search phrases strung
together stay spam."""

from __future__ import annotations

import pytest

from newsline.clean.classify import _stuffed_keywords

from .helpers import BODY, classify_lines

LINE_UPS = {
    "zh": [
        "“我们一直相信能扳平比分。”主教练赛后说。",
        "海港：颜骏凌 - 张琳芃、蒋光太、朱辰杰、李磊 - 吴曦、戴伟浚、徐新 - 武磊、王燊超、刘若钒",
        "申花：鲍亚雄 - 杨泽翔、魏震、朱宸、吴少聪 - 汪海健、徐皓阳、高天意 - 于汉超、谢鹏飞、朱辰",
    ],
    "ja": [
        "試合後、監督は「最後まで走り切った」と話した。",
        "鹿島：早川 - 濃野、植田、関川、安西 - 知念、柴崎、樋口 - 名古、鈴木、師岡",
        "浦和：西川 - 石原、佐藤、ホイブラーテン、大畑 - 安居、グスタフソン、渡邊 - 前田、松尾、関根",
    ],
    "th": [
        "หลังเกมโค้ชกล่าวว่าทีมเล่นได้ตามแผนที่วางไว้",
        "บุรีรัมย์: ศิวรักษ์ - ธีราทร, นาร์ตสึ, ศศลักษณ์, พีระดนย์ - ศุภชัย, รัตนากร, สุภโชค - กู, ธีรศิลป์, ศุภณัฐ",
        "บางกอก: ปฏิวัติ - สุริยา, เอเวอร์ตัน, ฤทธิ์ไกร, ธนกร - ปกรณ์, วิศรุต, ชยพิพัฒน์ - อนุชา, บัณฑิต, กิตติพงษ์",
    ],
}


@pytest.mark.parametrize("lang", sorted(LINE_UPS))
def test_a_line_up_in_an_uncased_script_stays_in_the_match_report(lang):
    quote, *line_ups = LINE_UPS[lang]
    b = BODY[lang]
    got = classify_lines(["A headline over the match report", b[0], b[1], *line_ups, quote, b[2]])
    for line in line_ups:
        assert got[line][0] != "spam", (line, got[line])
        assert _stuffed_keywords(line) == 0


@pytest.mark.parametrize(
    "line",
    [
        "부산 맛집, 해운대 맛집, 광안리 카페, 부산 여행 코스, 부산 숙소 추천, 서면 맛집",
        "公园改造最新消息,中心公园施工,公园开放时间,公园门票,公园停车,公园地址",
        # a label and a colon alone make no line-up: "related searches: …"
        "관련 검색어: 부산 맛집, 해운대 맛집, 광안리 카페, 부산 여행, 부산 숙소, 서면 맛집",
    ],
)
def test_search_phrases_strung_together_are_still_stuffing(line):
    assert _stuffed_keywords(line) >= 6
