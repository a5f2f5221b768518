"""Three pieces of page chrome with no label word of their own.

* A share bar of network names only ("Facebook X Email Print Copy link",
  "Facebook Zalo Twitter"): navigation, even when an appended story repeats
  it (it is no teaser headline printed twice).
* A blog sidebar's widget heading ("Recent Posts", "Latest Posts") opens a
  related list, and ends the comment form above it.
* A comment count in the word a language counts with ("ความคิดเห็น 3
  รายการ", "댓글 3개") heads the readers' comments, and a related list above
  the thread ends at it.

Lines and pages invented here; near misses stay body.
"""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines, classify_page, label_between


@pytest.mark.parametrize(
    "lang, line",
    [
        ("en", "Facebook X Email Print Copy link"),
        ("vi", "Facebook Zalo Twitter"),
        ("th", "LINE Facebook X"),
        ("zh", "微信 微博 QQ空间"),
        ("es", "WhatsApp Telegram Facebook X"),
    ],
)
def test_share_bar_of_network_names_is_navigation(lang, line):
    b = BODY[lang]
    got = classify_lines([b[0], line, b[1], b[2], line, b[3]])
    label, why = got[line]
    assert label == "navigation", (label, why)
    assert "share bar" in why[0], why


@pytest.mark.parametrize(
    "lang, line",
    [
        ("en", "Facebook to pay X users who email"),
        ("en", "Facebook fined over WhatsApp data sharing with advertisers in Europe"),
    ],
)
def test_headline_naming_networks_is_no_share_bar(lang, line):
    label, why = label_between(BODY[lang], line)
    assert not why or "share bar" not in why[0], (label, why)


BLOG_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Our first season of growing saffron | Fenland Plot Diary</title></head><body>
<header><p>Fenland Plot Diary</p><nav><a>Home</a> <a>Garden</a> <a>Kitchen</a></nav></header>
<article>
<h1>Our first season of growing saffron</h1>
<p>Posted by Ruth Amberley</p>
<p>We planted two hundred saffron corms in a raised bed last August, mostly as an experiment, and I honestly did not expect a single flower before the frost.</p>
<p>By late October the bed was purple. We picked the flowers every morning before work, pulled out the three red threads from each one and dried them on a plate by the stove.</p>
<p>The whole harvest weighed a little under two grams, which sounds small until you look at what saffron costs in the shops.</p>
</article>
<section id="respond"><h3>Leave a Reply</h3>
<p>Your email address will not be published. Required fields are marked *</p>
<p>Comment *</p>
</section>
<aside><h3>Recent Posts</h3>
<ul><li><a>How we built a cold frame from old windows</a></li><li><a>Ten weeks of rhubarb recipes</a></li></ul></aside>
</body></html>
"""


def test_blog_widget_heading_opens_a_related_list_after_the_comment_form(tmp_path):
    p = tmp_path / "blog.html"
    p.write_text(BLOG_PAGE, encoding="utf-8")
    doc = classify_page(p)
    got = {doc.text[b.start : b.end]: (b.label, b.reasons) for b in doc.blocks}
    for line in (
        "Recent Posts",
        "How we built a cold frame from old windows",
        "Ten weeks of rhubarb recipes",
    ):
        assert got[line][0] == "related", (line, got[line])
    assert got["Comment *"][0] == "navigation", got["Comment *"]
    assert (
        got[
            "The whole harvest weighed a little under two grams, which sounds small until you look at what saffron costs in the shops."
        ][0]
        == "body"
    )


TH_COMMENTS_PAGE = """<!doctype html><html lang="th"><head><meta charset="utf-8">
<title>เทศบาลเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ - ข่าวเมืองวันนี้</title></head><body>
<nav><a>หน้าแรก</a> <a>ข่าวในประเทศ</a> <a>กีฬา</a></nav>
<article>
<h1>เทศบาลเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ</h1>
<p>เทศบาลเมืองเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำอย่างเป็นทางการเมื่อวันเสาร์ที่ผ่านมา โดยมีประชาชนเข้าร่วมงานกว่าสามพันคน พร้อมกิจกรรมปลูกต้นไม้และดนตรีในสวน</p>
<p>นายกเทศมนตรีกล่าวว่า สวนแห่งนี้มีพื้นที่กว่าสี่สิบไร่ มีทางวิ่งระยะทางสองกิโลเมตร ลานกีฬา และสนามเด็กเล่นที่ออกแบบให้เด็กพิการใช้งานได้</p>
<p>ทั้งนี้ สวนจะเปิดให้บริการทุกวันตั้งแต่เวลาห้านาฬิกาถึงยี่สิบเอ็ดนาฬิกา และไม่เก็บค่าเข้าชมแต่อย่างใด</p>
</article>
<section><h3>ข่าวที่เกี่ยวข้อง</h3>
<ul><li><a>ชาวบ้านร่วมปลูกต้นไม้ริมแม่น้ำกว่าพันต้น</a></li><li><a>เทศบาลเตรียมเปิดตลาดนัดเกษตรกรทุกวันอาทิตย์</a></li></ul></section>
<div class="fb-comments">
<p>ความคิดเห็น 2 รายการ</p>
<p>เรียงตาม เก่าสุด</p>
<p>วิภาวดี ศรีสุข</p>
<p>สวนสวยมากค่ะ พาลูกไปเดินเล่นทุกเย็น</p>
<p>ปลั๊กอินความคิดเห็นของ Facebook</p>
</div>
</body></html>
"""


def test_comment_count_in_a_counting_word_heads_the_thread(tmp_path):
    p = tmp_path / "th.html"
    p.write_text(TH_COMMENTS_PAGE, encoding="utf-8")
    doc = classify_page(p)
    got = {doc.text[b.start : b.end]: (b.label, b.reasons) for b in doc.blocks}
    for line in ("เรียงตาม เก่าสุด", "วิภาวดี ศรีสุข", "สวนสวยมากค่ะ พาลูกไปเดินเล่นทุกเย็น"):
        assert got[line][0] == "navigation", (line, got[line])
        assert "comment thread" in got[line][1][0], got[line]
    assert got["ชาวบ้านร่วมปลูกต้นไม้ริมแม่น้ำกว่าพันต้น"][0] == "related"


def test_blog_posted_by_line_is_the_byline(tmp_path):
    p = tmp_path / "blog.html"
    p.write_text(BLOG_PAGE, encoding="utf-8")
    doc = classify_page(p)
    got = {doc.text[b.start : b.end]: (b.label, b.reasons) for b in doc.blocks}
    assert got["Posted by Ruth Amberley"][0] == "byline", got["Posted by Ruth Amberley"]


@pytest.mark.parametrize(
    "line",
    [
        "Written by a local teacher, the play opens on Friday at the town hall and runs for two weeks.",
        "Posted by the council on its website, the notice gave residents two weeks to object to the plan.",
    ],
)
def test_sentence_opening_on_credit_words_stays_body(line):
    """The first paragraph under the headline opens on a credit's words but
    goes on as a sentence: body, not a credit line."""
    got = classify_lines(["Community theatre returns to the town hall", line, *BODY["en"]])
    assert got[line][0] == "body", got[line]


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Ruth Amberley",
        "Reporting by Jane Doe, additional reporting by Tom Lee; editing by Ann Wu.",
    ],
)
def test_credit_lines_stay_bylines(line):
    got = classify_lines(["Community theatre returns to the town hall", line, *BODY["en"]])
    assert got[line][0] == "byline", got[line]
