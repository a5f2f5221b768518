"""Chrome lines of Chinese (Simplified and Traditional), Thai and Vietnamese
news sites that sit between or after an article's paragraphs: share bars and
counters, ad slots, print / close / error-report links, previous / next
article links, editors' credits, teaser links behind arrows, date stamps
alone on a line. Each set aside with a reason; prose that opens with the
same words stays body."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


def _mid(lang: str, line: str) -> tuple[str, list[str]]:
    b = BODY[lang]
    return classify_lines([*b[:2], line, *b[2:]])[line]


def _end(lang: str, line: str) -> tuple[str, list[str]]:
    return classify_lines([*BODY[lang], line])[line]


@pytest.mark.parametrize(
    "lang,line,label",
    [
        # ad slots and page tools between paragraphs
        ("en", "Advertisement", "navigation"),
        ("vi", "Quảng cáo", "navigation"),
        ("th", "โฆษณา", "navigation"),
        ("zh", "广告", "navigation"),
        ("vi", "In bài", "navigation"),
        ("vi", "Gửi bài", "navigation"),
        ("vi", "Báo lỗi", "navigation"),
        ("vi", "Copy link", "navigation"),
        ("zh", "打印本页", "navigation"),
        ("zh", "关闭窗口", "navigation"),
        ("zh", "【纠错】", "navigation"),
        ("zh", "【糾錯】", "navigation"),
        ("zh", "點擊查看全文", "navigation"),
        ("zh", "展开全文", "navigation"),
        # teaser headings and teaser links, arrows included
        ("vi", ">> Xem thêm: Hà Nội mở rộng công viên trung tâm", "related"),
        ("vi", "» Đọc thêm: Giá xăng giảm lần thứ ba", "related"),
        ("th", "► อ่านเพิ่มเติม : นายกฯ ลงพื้นที่น้ำท่วม", "related"),
        ("th", "อ่านข่าวเพิ่มเติม", "related"),
        ("th", "อ่านข่าว : นายกฯ ลงพื้นที่น้ำท่วมภาคเหนือ", "related"),
        ("th", "ข่าวที่น่าสนใจ", "related"),
        ("th", "เรื่องแนะนำ", "related"),
        ("th", "คลิปแนะนำ", "related"),
        ("zh", "熱門新聞", "related"),
        ("zh", "看更多相關新聞", "related"),
        ("zh", "»延伸閱讀：颱風來襲 全台停班停課", "related"),
        # share / like counts are the share bar (navigation, as the labelled
        # sets have them); a view counter alone is a stamp
        ("th", "ถูกใจ 250", "navigation"),
        ("th", "ไลค์ 120 แชร์ 30", "navigation"),
        ("th", "ยอดวิว 3,456", "metadata"),
        # a date alone on a line, its weekday and month spelled out
        ("th", "11 ก.ค. 67", "metadata"),
        ("th", "วันพฤหัสบดีที่ 11 กรกฎาคม 2567", "metadata"),
        # follow / subscribe prompts
        ("th", "ติดตามข่าวสารได้ที่", "navigation"),
        ("zh", "訂閱電子報", "navigation"),
        ("zh", "分享至Facebook", "navigation"),
        ("zh", "追蹤我們", "navigation"),
        ("zh", "按讚加入粉絲專頁", "navigation"),
        ("zh", "下載APP", "navigation"),
        # credits
        ("th", "ขอบคุณภาพจาก เฟซบุ๊กเทศบาล", "attribution"),
        ("th", "ขอบคุณข้อมูลจาก กรมอุตุนิยมวิทยา", "attribution"),
        ("zh", "稿源：新华社", "attribution"),
    ],
)
def test_chrome_between_paragraphs_is_set_aside(lang, line, label):
    got = _mid(lang, line)
    assert got[0] == label, got
    assert got[1], got  # with a reason


@pytest.mark.parametrize(
    "lang,line,label",
    [
        ("zh", "审核：李四", "byline"),
        ("zh", "校对：王五", "byline"),
        ("zh", "责编：张三", "byline"),
        ("zh", "稿源：新华社", "attribution"),
        ("th", "เรียบเรียงโดย: กองบรรณาธิการ", "byline"),
        ("th", "ขอบคุณภาพจาก เฟซบุ๊ก", "attribution"),
        ("th", "ไลค์ 120 แชร์ 30", "navigation"),  # the share bar's counts
        ("th", "11 ก.ค. 67", "metadata"),
        ("zh", "打印本页", "navigation"),
        ("zh", "【纠错】", "navigation"),
        ("vi", "In bài", "navigation"),
    ],
)
def test_chrome_after_the_article_gets_its_own_label(lang, line, label):
    got = _end(lang, line)
    assert got[0] == label, got


@pytest.mark.parametrize(
    "lang,line",
    [
        ("zh", "广告商表示，今年的投放预算比去年减少了两成，主要原因是市场需求疲软。"),
        ("zh", "审核工作将于下月完成，届时相关部门会向社会公布具体结果和后续安排。"),
        ("zh", "上一篇论文发表后，研究团队又花了三年时间收集更多的数据来验证结论。"),
        ("zh", "纠错机制的建立，让市民可以直接向有关部门反映施工中出现的各种问题。"),
        ("zh", "热门新闻话题往往在几小时内就会被新的事件取代，专家对此表示担忧。"),
        ("th", "อ่านข่าวทุกวันทำให้ชาวบ้านรู้ทันสถานการณ์น้ำท่วมและเตรียมตัวอพยพได้ทันเวลาก่อนที่ระดับน้ำจะสูงขึ้นอีก"),
        (
            "th",
            "โฆษณาชิ้นนี้ถูกวิจารณ์อย่างหนักในโลกออนไลน์ เพราะมีเนื้อหาที่ไม่เหมาะสมกับเด็กและเยาวชนที่รับชมรายการในช่วงเย็น",
        ),
        ("th", "ถูกใจชาวบ้านเป็นอย่างมาก หลังจากที่เทศบาลประกาศว่าจะไม่เก็บค่าเข้าชมสวนสาธารณะตลอดทั้งปีนี้"),
        (
            "th",
            "ขอบคุณภาพถ่ายจากประชาชนที่ส่งเข้ามาจำนวนมาก ทำให้เจ้าหน้าที่สามารถตรวจสอบความเสียหายได้อย่างรวดเร็วและครบถ้วน",
        ),
        (
            "th",
            "เมื่อวันที่ 11 ก.ค. 67 ที่ผ่านมา เจ้าหน้าที่เทศบาลได้ลงพื้นที่สำรวจความเสียหายของสวนสาธารณะหลังเกิดพายุฝนตกหนัก",
        ),
        (
            "vi",
            "Quảng cáo trên mạng xã hội đang trở thành kênh chính để các doanh nghiệp nhỏ tiếp cận khách hàng.",
        ),
        (
            "vi",
            "In bài thi lên bảng thông báo là cách nhà trường công khai kết quả cho phụ huynh học sinh.",
        ),
        (
            "vi",
            "Báo lỗi kỹ thuật, nhiều hành khách phải chờ hơn hai tiếng đồng hồ tại sân bay Nội Bài.",
        ),
    ],
)
def test_prose_opening_with_the_same_words_stays_body(lang, line):
    got = _mid(lang, line)
    assert got[0] == "body", got


def test_thai_paragraph_after_the_first_ones_is_never_the_title():
    # Thai prose ends on no full stop: a paragraph must still end the search
    # for a headline above the article, not let a later line be taken for it
    line = "ถูกใจชาวบ้านเป็นอย่างมาก หลังจากที่เทศบาลประกาศว่าจะไม่เก็บค่าเข้าชมสวนสาธารณะตลอดทั้งปีนี้"
    b = BODY["th"]
    out = classify_lines([*b[:2], line, *b[2:]])
    assert all(lab != "title" for lab, _ in out.values()), out


def test_thai_headline_above_the_article_is_still_the_title():
    title = "เทศบาลประกาศปรับปรุงสวนสาธารณะกลางเมืองเริ่มเดือนหน้า"
    out = classify_lines([title, *BODY["th"]])
    assert out[title][0] == "title", out[title]


def test_thai_dated_subheading_with_words_is_not_a_stamp():
    line = "ย้อนรอยเหตุการณ์น้ำท่วมใหญ่ 11 ก.ค. 67"
    assert _mid("th", line)[0] != "metadata"


@pytest.mark.parametrize("heading", ["อ่านข่าวที่เกี่ยวข้อง", "ข่าวที่เกี่ยวข้อง", "ข่าวที่น่าสนใจ"])
def test_thai_related_list_inside_the_article(heading):
    # Thai headings count five word units or more: the list they open is
    # still a list of teasers, and the article goes on after it
    teasers = ["ฝนตกหนักหลายพื้นที่ภาคอีสาน น้ำท่วมขัง", "ราคายางพาราปรับตัวขึ้นต่อเนื่อง"]
    b = BODY["th"]
    out = classify_lines([*b[:2], heading, *teasers, *b[2:]])
    assert out[heading][0] == "related"
    assert [out[t][0] for t in teasers] == ["related", "related"], out
    assert [out[p][0] for p in b] == ["body"] * 4


def test_thai_related_heading_before_paragraphs_leaves_them_body():
    b = BODY["th"]
    out = classify_lines([*b[:2], "อ่านข่าวที่เกี่ยวข้อง", *b[2:]])
    assert [out[p][0] for p in b] == ["body"] * 4


@pytest.mark.parametrize(
    "lang,line",
    [
        ("vi", "Ảnh minh họa"),
        ("vi", "(Ảnh minh hoạ)"),
        ("th", "ภาพประกอบ"),
        ("th", "(ภาพประกอบ)"),
        ("zh", "（资料图）"),
        ("zh", "（示意圖）"),
        ("zh", "（資料圖片）"),
        ("en", "Video"),
    ],
)
def test_photo_note_alone_on_a_line_is_a_caption(lang, line):
    got = _mid(lang, line)
    assert got[0] == "caption", got


@pytest.mark.parametrize(
    "lang,line",
    [("vi", "Ảnh hưởng"), ("zh", "图书馆"), ("en", "Photos of the week")],
)
def test_words_that_start_like_a_photo_note_are_not_captions(lang, line):
    assert _mid(lang, line)[0] != "caption"


@pytest.mark.parametrize(
    "lang,line",
    [
        ("zh", "閱讀 1.2萬"),
        ("zh", "12345人阅读"),
        ("th", "อ่าน 1,234 ครั้ง"),
        ("th", "อ่าน ๑,๒๓๔ ครั้ง"),
        ("vi", "1.234 lượt xem"),
        ("en", "12K views"),
    ],
)
def test_read_and_view_counters_are_metadata(lang, line):
    got = _mid(lang, line)
    assert got[0] == "metadata", got


@pytest.mark.parametrize(
    "lang,line",
    [("zh", "阅读3本书"), ("zh", "每天阅读30分钟"), ("th", "อ่าน 3 เล่ม"), ("en", "Read 5")],
)
def test_reading_as_a_topic_is_no_counter(lang, line):
    assert _mid(lang, line)[0] != "metadata"


@pytest.mark.parametrize(
    "line", ["字号：大 中 小", "【字體：大 中 小】", "字号：大中小", "Print: A A A"]
)
def test_font_size_and_print_tools_are_navigation(line):
    lang = "zh" if not line.isascii() else "en"
    got = _mid(lang, line)
    assert got[0] == "navigation", got


@pytest.mark.parametrize(
    "lang,line",
    [("zh", "字体设计是一门艺术，需要长期练习。"), ("en", "Print: the ultimate guide")],
)
def test_lines_about_fonts_or_print_are_not_tools(lang, line):
    assert _mid(lang, line)[0] == "body"
