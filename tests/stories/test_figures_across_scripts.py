"""Pages in two scripts that cannot read each other's names (a Chinese or
Japanese page against a Thai or Vietnamese story, none of its languages)
find each other by their figures: when they share two telling numbers, one
of them specific (an amount, a count of two significant digits or more),
and a place, the names neither shares are left out of the score instead of
counting against it. One specific figure, or small and round numbers, with
the country and the day, link nothing. Invented pages, people and firms,
in other styles and languages than the held-out set the rule was found on
(heldout9: a Chinese carmaker's plant in Thailand, a mayor's arrest)."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.settings import StorySettings
from newsline.stories import ClusterStories
from newsline.stories.cluster import _figures_agree, _specific_figure

from .helpers import page


def _stories(*docs) -> set[tuple[str, ...]]:
    stage = ClusterStories(StorySettings())
    stage(list(docs), Counter())
    return {tuple(sorted(st["documents"])) for st in stage.finalize()["stories"]}


@pytest.mark.parametrize(
    ("figure", "specific"),
    [
        ("#:2800", True),
        ("#:6.5e+06", True),
        ("#:450", True),
        ("#:1.2e+10", True),
        ("#:1000", False),  # round
        ("#:1e+06", False),
        ("#:52", False),  # small: an age, a toll
        ("#:", False),
        ("w:rayong", False),
    ],
)
def test_a_specific_figure(figure, specific):
    assert _specific_figure(figure) is specific


def test_figures_agree_on_two_telling_numbers_one_specific():
    days = frozenset({"#:14", "#:15"})
    assert _figures_agree(["t:TH", "#:3.6e+09", "#:30"], days)
    # the day of the month is no telling number; nor is one figure alone
    assert not _figures_agree(["t:TH", "#:3.6e+09", "#:14"], days)
    # two small numbers, neither specific
    assert not _figures_agree(["t:TH", "#:30", "#:12"], days)


SOLAR_TH = page(
    "solar-th",
    "th",
    "2027-05-11",
    "ลำปางได้โซลาร์ฟาร์มใหม่ 450 เมกะวัตต์",
    "นายวีรยุทธ บุญเรือง ผู้ว่าราชการจังหวัดลำปาง แถลงว่า บริษัทหัวเทียน นิวเอนเนอร์จี "
    "จากจีนจะลงทุน 3,600 ล้านบาท สร้างโซลาร์ฟาร์มขนาด 450 เมกะวัตต์ในอำเภอแม่เมาะ "
    "เริ่มก่อสร้างเดือนหน้าและจ้างงานคนในพื้นที่ 1,200 คน นายสุรพล แก้วประเสริฐ "
    "นายอำเภอแม่เมาะ กล่าวว่าชาวบ้านตำบลสบป้าดสนับสนุนโครงการ",
)
SOLAR_ZH = page(
    "solar-zh",
    "zh",
    "2027-05-12",
    "华天新能源在泰国投资光伏电站",
    "中国企业华天新能源12日在南宁宣布，将投资36亿泰铢在泰国北部建设450兆瓦光伏电站，"
    "预计下月开工，为当地创造1200个就业岗位。公司总经理邹明轩表示，项目所发电力将全部并入泰国电网。"
    "董事长梁静波出席了发布会。",
)
# the same week, the same country, a story of its own
FLOOD_TH = page(
    "flood-th",
    "th",
    "2027-05-11",
    "น้ำป่าหลากท่วมอำเภอเถิน",
    "ฝนตกหนักต่อเนื่องทำให้น้ำป่าไหลหลากเข้าท่วมบ้านเรือนในอำเภอเถิน จังหวัดลำปาง "
    "กว่า 300 หลังคาเรือน นายสมศักดิ์ ใจมั่น นายอำเภอเถิน สั่งอพยพชาวบ้านไปยังที่ปลอดภัย",
)


def test_a_chinese_page_joins_a_thai_story_by_its_figures():
    # 3,600 ล้านบาท / 36亿泰铢, 450 MW, 1,200 jobs; the firm (หัวเทียน / 华天)
    # and the people meet nowhere
    got = _stories(SOLAR_TH, FLOOD_TH, SOLAR_ZH)
    assert ("solar-th", "solar-zh") in got
    assert ("flood-th",) in got


LOAN_VI = page(
    "loan-vi",
    "vi",
    "2027-02-03",
    "Nhật Bản cho vay 150 tỷ yên làm tuyến metro ở Cần Thơ",
    "Chính phủ Nhật Bản ngày 2/2 ký hiệp định cho Việt Nam vay 150 tỷ yên để xây tuyến đường "
    "sắt đô thị dài 12,7 km tại Cần Thơ, với 9 nhà ga. Thứ trưởng Bộ Tài chính Lê Quang Vinh "
    "cho biết công trình sẽ khởi công vào năm 2028. Chủ tịch UBND thành phố Trần Văn Hiếu "
    "nói tuyến metro sẽ nối bến xe Cái Răng với sân bay Trà Nóc, đi qua các quận Ninh Kiều "
    "và Bình Thủy.",
)
LOAN_JA = page(
    "loan-ja",
    "ja",
    "2027-02-03",
    "ベトナム南部の都市鉄道に円借款",
    "日本政府は2日、ベトナム政府との間で、南部の都市鉄道建設に1500億円を限度とする円借款の"
    "交換公文に署名した。路線は全長12.7キロで、駅は9カ所。着工は2028年の予定だ。"
    "署名式には高橋誠一郎大使とベトナムのファム・ドゥック・ロン計画投資次官が出席した。"
    "車両はミツワ・レールテック社が納入する見通し。",
)


def test_a_japanese_page_joins_a_vietnamese_story_by_its_figures():
    # 150 tỷ yên / 1500億円 and 12,7 km / 12.7キロ; Cần Thơ is not named in
    # the Japanese page, the vice-minister nowhere but in Vietnamese
    assert ("loan-ja", "loan-vi") in _stories(LOAN_VI, LOAN_JA)


def test_one_shared_figure_and_the_country_link_nothing():
    # a Chinese page of another Thai story that week: one specific figure
    # (1,200 tourists) besides the country and the day
    tour_zh = page(
        "tour-zh",
        "zh",
        "2027-05-12",
        "泰国北部旅游旺季提前",
        "泰国旅游局12日表示，由于新航线开通，北部地区本月接待中国游客预计达1200人次的团队规模，"
        "清迈和清莱的酒店入住率明显上升。",
    )
    got = _stories(SOLAR_TH, tour_zh)
    assert ("solar-th",) in got and ("tour-zh",) in got


def test_small_numbers_and_the_country_link_nothing():
    # two numbers shared (30 and 12), neither specific
    fair_zh = page(
        "fair-zh",
        "zh",
        "2027-05-12",
        "泰国榴莲节开幕",
        "第12届泰国榴莲节12日在尖竹汶府开幕，为期30天，30家果园参展，组织方预计吸引大批中国游客。",
    )
    market_th = page(
        "market-th",
        "th",
        "2027-05-11",
        "ตลาดนัดชุมชนเปิดใหม่ที่ลำพูน",
        "เทศบาลเมืองลำพูนเปิดตลาดนัดชุมชนแห่งใหม่ มีร้านค้า 30 ร้าน เปิดทุกวันเสาร์ "
        "เป็นเวลา 12 สัปดาห์ นายกเทศมนตรีกล่าวว่าจะช่วยให้เกษตรกรขายผลผลิตได้โดยตรง",
    )
    got = _stories(market_th, fair_zh)
    assert ("market-th",) in got and ("fair-zh",) in got
