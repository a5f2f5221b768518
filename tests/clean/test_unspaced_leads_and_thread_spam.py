"""Chrome that unseen pages showed newsline got wrong (invented lines).

* where words run together (Thai, Chinese) a "read more" lead is set off
  from its headline by a space, not a colon;
* a source credit there names an organisation as long as a short line;
* a promotion line may carry its call after a comma, not at its start;
* a comment in the readers' thread may advertise at more than a short line;
* "视频" / "Video" among menu items is a menu section, not a photo note.
"""

from __future__ import annotations

from .helpers import (
    BODY_EN,
    BODY_TH,
    BODY_VI,
    BODY_ZH,
    classify_lines,
    label_between,
    label_closing,
)

# --- "read more" leads set off by a space ------------------------------------


def test_thai_read_more_lead_then_headline_is_an_inline_teaser():
    label, reasons = label_between(BODY_TH, "อ่านเพิ่มเติม ผู้ว่าฯ สั่งปิดถนนเลียบคลองชั่วคราว")
    assert label == "related", reasons
    assert reasons[0].startswith("inline teaser link")


def test_chinese_read_more_lead_then_headline_is_an_inline_teaser():
    label, reasons = label_between(BODY_ZH, "延伸阅读 地铁三号线北延段年底通车")
    assert label == "related", reasons


def test_lead_glued_to_a_sentence_stays_body():
    # "相关报道显示" opens a sentence: the lead is no label there
    line = "相关报道显示，今年前三季度全市新增就业岗位超过十万个，比去年同期增长百分之八，服务业贡献最大。"
    assert label_between(BODY_ZH, line)[0] == "body"


def test_thai_paragraph_opening_with_latest_news_stays_body():
    # "ข่าวล่าสุด" (latest news) may open a sentence: not a link's label
    line = (
        "ข่าวล่าสุด เจ้าหน้าที่ตำรวจได้ควบคุมตัวผู้ต้องสงสัยไว้แล้ว และกำลังสอบปากคำเพิ่มเติม"
        "ที่สถานีตำรวจภูธรอำเภอเมือง ก่อนจะส่งตัวให้พนักงานสอบสวนดำเนินคดีตามกฎหมายต่อไป"
    )
    assert label_between(BODY_TH, line)[0] == "body"


# --- a source credit naming a long organisation ------------------------------


def test_thai_source_credit_with_a_long_organisation_name():
    label, reasons = label_closing(
        BODY_TH, "ขอบคุณข้อมูลจาก กรมป้องกันและบรรเทาสาธารณภัยจังหวัดเชียงใหม่"
    )
    assert label == "attribution", reasons


def test_thai_sentence_glued_to_a_source_word_is_no_credit():
    # "ที่มาของ…" (the origin of …) opens a sentence, the cue is part of a word
    line = "ที่มาของโครงการนี้เกิดจากการร้องเรียนของชาวบ้านหลายครั้งในช่วงหลายปีที่ผ่านมา"
    assert label_between(BODY_TH, line)[0] == "body"


# --- a promotion line whose call follows a comma -----------------------------


def test_chinese_pitch_then_call_after_a_comma_is_a_promotion():
    label, reasons = label_closing(BODY_ZH, "每天推送本地新鲜事，欢迎关注城市生活圈")
    assert label == "navigation", reasons
    assert "promotion" in reasons[0]


def test_chinese_sentence_naming_two_promotion_words_stays_body():
    line = "记者将调查结果分享到微信公众号后，引发了大量网友讨论和转发，有关部门随即作出回应。"
    assert label_between(BODY_ZH, line)[0] == "body"


# --- spam posted as a comment -------------------------------------------------


def _thread(comment: str, body: list[str]) -> tuple[str, list[str]]:
    lines = [
        *body,
        "2 Comments",
        "Dana W. · 3 hours ago",
        "Good to see the park finally getting some attention from the council.",
        "Reply",
        "shopdeals99 · 1 hour ago",
        comment,
        "Reply",
        "Leave a comment",
    ]
    got = classify_lines(lines)
    assert got["Good to see the park finally getting some attention from the council."][
        0
    ] == "navigation"
    return got[comment]


def test_comment_advertising_a_spam_term_is_spam():
    comment = "Get cheap cialis today without a doctor, discreet delivery to your door in every country!"
    label, reasons = _thread(comment, BODY_EN)
    assert label == "spam", reasons
    assert "comment" in reasons[0]


def test_comment_using_the_articles_own_word_stays_in_the_thread():
    body = [
        *BODY_EN[:2],
        "The new casino on the river front is expected to open next spring, the developer said on Monday.",
        *BODY_EN[2:],
    ]
    comment = "The casino will bring jobs, but I worry about the traffic on the bridge every weekend."
    label, reasons = _thread(comment, body)
    assert label == "navigation", reasons


# --- a menu's "video" section -------------------------------------------------


def test_video_among_menu_items_is_navigation():
    lines = ["首页", "新闻", "视频", "图片", "体育", "市中心公园改造工程下月动工", *BODY_ZH]
    label, reasons = classify_lines(lines)["视频"]
    assert label == "navigation", reasons


def test_photo_note_between_paragraphs_stays_a_caption():
    lines = ["市中心公园改造工程下月动工", BODY_ZH[0], BODY_ZH[1], "（资料图）", BODY_ZH[2], BODY_ZH[3]]
    assert classify_lines(lines)["（资料图）"][0] == "caption"


def test_chinese_pitch_with_two_promotion_cues_is_a_promotion():
    label, reasons = label_closing(BODY_ZH, "想了解更多精彩资讯 扫码关注城市生活圈")
    assert label == "navigation", reasons


def test_gallery_notes_in_a_row_stay_captions():
    lines = ["Công viên trung tâm sẽ được cải tạo từ tháng tới", *BODY_VI[:2], "Ảnh: Minh Tâm", "Ảnh minh họa", "Ảnh: Hoàng Lan", *BODY_VI[2:]]
    assert classify_lines(lines)["Ảnh minh họa"][0] == "caption"


def test_video_as_the_menus_last_item_is_navigation():
    lines = ["首页", "新闻", "财经", "视频", "当前位置：首页 > 新闻 > 本地要闻", "市中心公园改造工程下月动工", *BODY_ZH]
    label, reasons = classify_lines(lines)["视频"]
    assert label == "navigation", reasons
