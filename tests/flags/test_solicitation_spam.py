"""Adverts injected into an article: a trade word (betting, quick loans, pills)
and a way to reach the seller (handle, messenger id, link, phone) on one
short line. Pages written for this file; each positive case failed before
the rule existed."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

EN_FERRY = (
    "The island ferry will run an extra evening crossing from next month after the "
    "council approved a two-year contract with the operator on Thursday.\n"
    "{a}\n"
    "The new sailing leaves the mainland pier at 9.15pm and the operator said fares would "
    "stay at the current price of 6 pounds for adults and 3 pounds for children.\n"
    "{b}\n"
    "Residents had asked for a later crossing for years, saying the last boat left too early "
    "for people working evening shifts in town.\n"
)
VI_SCHOOL = (
    "Sở Giáo dục và Đào tạo tỉnh cho biết năm học tới sẽ có thêm 12 trường tiểu học được "
    "xây mới ở các xã vùng sâu, với tổng vốn đầu tư khoảng 350 tỷ đồng.\n"
    "{a}\n"
    "Theo kế hoạch, các trường sẽ đưa vào sử dụng trước tháng 9, mỗi trường có từ 10 đến 15 "
    "phòng học, thư viện và nhà ăn bán trú cho học sinh ở xa.\n"
    "{b}\n"
)
TH_MARKET = (
    "เทศบาลเมืองเปิดตลาดนัดชุมชนแห่งใหม่บริเวณลานจอดรถหน้าศาลากลางทุกวันเสาร์และอาทิตย์ "
    "โดยมีร้านค้ากว่า 150 ร้านจำหน่ายสินค้าเกษตรและอาหารพื้นบ้าน\n"
    "{a}\n"
    "นายกเทศมนตรีกล่าวว่าตลาดแห่งนี้จะช่วยให้เกษตรกรในพื้นที่มีช่องทางขายสินค้าโดยตรง "
    "และไม่ต้องผ่านพ่อค้าคนกลาง\n"
    "{b}\n"
)
ZH_PARK = (
    "市园林局表示，滨江公园改造工程已于本月完工，新增绿地面积约三万平方米，"
    "并修建了长达五公里的滨江步道和两处儿童游乐场。\n"
    "{a}\n"
    "据介绍，公园每天早上六点至晚上十点开放，周边居民可以从三个入口进入。\n"
    "{b}\n"
)


@pytest.mark.parametrize(
    "page, ad",
    [
        (EN_FERRY, "Win big tonight! Join our betting group on Telegram @luckyodds_2024 now"),
        (EN_FERRY, "Instant loans approved in minutes, no credit check, WhatsApp +44 7700 900555"),
        (EN_FERRY, "Buy generic pills without prescription at www.cheap-meds-store.com"),
        (
            VI_SCHOOL,
            "Vay tiền nhanh chỉ cần căn cước, duyệt trong 10 phút, liên hệ Zalo 0987.654.321",
        ),
        (VI_SCHOOL, "🔥 Nhóm kín nhận kèo chuẩn mỗi ngày, tỷ lệ thắng cao tại t.me/keongon_vip"),
        (TH_MARKET, "สมัครสมาชิกใหม่ รับเครดิตฟรี 300 บาท ฝากถอนออโต้ แอดไลน์ @goodluck77"),
        (ZH_PARK, "加微信 qq7788 领取彩金，注册即送188元"),
        (ZH_PARK, "网贷秒批，无视黑白户，咨询电话13900139000"),
    ],
)
def test_a_short_advert_with_a_contact_is_spam(page, ad):
    doc = flagged(page.format(a=ad, b=""))
    got = kinds(doc, "spam")
    assert [span(doc, f) for f in got] == [ad], [f.reason for f in doc.flags]
    assert got[0].data["contact"]
    # one advert is spam, not a sign the site is a content farm
    assert kinds(doc, "content_farm") == []


def test_a_thai_spam_line_spaced_between_phrases_is_short():
    line = "ปั่นสล็อตได้เงินจริง โบนัสแตกง่าย ถอนได้ไม่อั้น"
    doc = flagged(TH_MARKET.format(a=line, b=""))
    assert [span(doc, f) for f in kinds(doc, "spam")] == [line]


@pytest.mark.parametrize(
    "page, a, b",
    [
        # service lines: a contact, nothing sold
        (
            EN_FERRY,
            "Timetables: www.islandferries.example or call 0300 123 4567",
            "Tickets can be bought on board or at the pier office.",
        ),
        (
            VI_SCHOOL,
            "Phụ huynh cần hỗ trợ liên hệ đường dây nóng 0203.3825.111",
            "Xem chi tiết danh sách trường tại www.sogd.example",
        ),
        (ZH_PARK, "咨询电话：020-83123456", "详情请关注市园林局微信公众号。"),
        # an amount is not a phone number
        (VI_SCHOOL, "Quỹ tín dụng xã cho vay nhanh 1.200.000.000 đồng", ""),
    ],
)
def test_contact_lines_that_sell_nothing_are_not_spam(page, a, b):
    doc = flagged(page.format(a=a, b=b))
    assert kinds(doc, "spam") == [], [f.reason for f in doc.flags]


def test_a_report_on_loan_scams_quoting_the_adverts_is_not_spam():
    text = (
        "Police in the capital arrested six people accused of running an illegal lending ring "
        "that advertised instant loans on social media and charged interest of 600 percent.\n"
        "Victims said the adverts promised instant loans with no paperwork and asked them to "
        "write on WhatsApp, after which the gang threatened their families.\n"
        "One advert read: Instant loans, WhatsApp +44 7700 900777\n"
        "Investigators said at least 300 people had borrowed from the ring since March.\n"
    )
    doc = flagged(text)
    assert kinds(doc, "spam") == [], [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "line",
    [
        "If betting is causing you problems, call 0808 8020 133 or visit www.gamblinghelp.example",
        "Si las apuestas te causan problemas, llama al 900 200 225 o visita www.jugarbien.example",
    ],
)
def test_a_gambling_helpline_under_a_sports_story_is_not_spam(line):
    doc = flagged(EN_FERRY.format(a="", b=line))
    assert kinds(doc, "spam") == [], [f.reason for f in doc.flags]
