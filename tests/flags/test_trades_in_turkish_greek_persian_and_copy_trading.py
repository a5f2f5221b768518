"""Adverts in languages SOLICIT_CUES lacked (Turkish, Greek, Persian) and
copy-trading or coin-pump pitches ("copy trade", "稳赚不赔", "จะพุ่ง … เท่า"),
with messengers written in the page's own script ("تلگرام", "телеграм",
"เทเลแกรม") counted as a way to reach the seller
(benchmarks/flags_heldout.py --set heldout15, g01–g05).

Pages written for this file, in other trades and wordings than the held-out
set's. The positives failed before this file's commit (the Chinese one
apart, which older words already caught); news about the trades stays
clean."""

from __future__ import annotations

import pytest

from newsline.contacts import find_contact
from tests.flags.helpers import flagged, kinds

PAGES = {
    "tr": (
        "Ankara Büyükşehir Belediyesi, Kızılay meydanındaki yaya düzenlemesinin ilk aşamasını tamamladığını duyurdu.\n"
        "{a}\n"
        "Belediye, ikinci aşamanın bahar aylarında başlayacağını ve trafiğe kapalı alanın iki katına çıkacağını açıkladı.\n"
    ),
    "el": (
        "Ο δήμος Θεσσαλονίκης ολοκλήρωσε την ανάπλαση της παραλιακής λεωφόρου με νέους ποδηλατόδρομους και δέντρα.\n"
        "{a}\n"
        "Σύμφωνα με τον αντιδήμαρχο, τα έργα κόστισαν 11 εκατομμύρια ευρώ και χρηματοδοτήθηκαν από το ΕΣΠΑ.\n"
    ),
    "fa": (
        "شهرداری اصفهان از آغاز مرمت پل خواجو با همکاری اداره میراث فرهنگی خبر داد.\n"
        "{a}\n"
        "به گفته معاون شهردار، عملیات مرمت حدود هشت ماه طول می‌کشد و پل در این مدت باز خواهد بود.\n"
    ),
    "vi": (
        "Sở Giao thông Vận tải Đà Nẵng cho biết cầu Rồng sẽ tạm dừng phun lửa trong hai tuần để bảo dưỡng.\n"
        "{a}\n"
        "Đơn vị quản lý cầu khuyến cáo du khách theo dõi thông báo trên trang thông tin của thành phố.\n"
    ),
    "th": (
        "จังหวัดเชียงรายเตรียมจัดงานเทศกาลดอกไม้งามปลายปี คาดมีนักท่องเที่ยวกว่าสองแสนคน\n"
        "{a}\n"
        "ผู้ว่าราชการจังหวัดกล่าวว่า ได้เตรียมรถรับส่งฟรีจากสนามบินไปยังพื้นที่จัดงานตลอดสิบวัน\n"
    ),
    "zh": (
        "杭州市文旅局表示，西湖景区今年国庆假期共接待游客约三百二十万人次，同比增长百分之八。\n"
        "{a}\n"
        "景区管理部门提醒游客错峰出行，并通过官方小程序预约热门景点。\n"
    ),
}


@pytest.mark.parametrize(
    "page,advert",
    [
        ("tr", "En yüksek oranlar ve canlı bahis fırsatları! Yeni üyelere çevrimsiz 300 TL bonus, hemen WhatsApp 0532 418 22 91 hattına yazın."),
        ("el", "Γρήγορο δάνειο έως 5.000 ευρώ χωρίς έλεγχο στον Τειρεσία, απάντηση σε μία ώρα! Στείλτε μήνυμα στο WhatsApp 697 112 4589."),
        ("fa", "کازینو آنلاین با بونوس ۲۰۰ درصد برای ثبت‌نام؛ همین امروز در تلگرام @casino_fa2026 پیام دهید و جایزه بگیرید."),
        ("vi", "Tham gia copy trade Bitcoin cùng đội ngũ chuyên gia, cam kết lợi nhuận mỗi tháng, liên hệ Telegram @coinvip_vn."),
        ("th", "เหรียญตัวนี้จะพุ่ง 30 เท่าก่อนสิ้นเดือน แจกสัญญาณซื้อขายฟรี ทักเทเลแกรม @pumpgem_th"),
        ("zh", "比特币合约带单老师每天发布内部信号，稳赚不赔，添加微信 btc66688 进群。"),
    ],
)
def test_adverts_in_the_trades_own_words(page, advert):
    doc = flagged(PAGES[page].format(a=advert))
    found = kinds(doc, "spam")
    assert found, [f.reason for f in doc.flags]
    assert any(doc.text[f.start : f.end].strip() == advert for f in found)


@pytest.mark.parametrize(
    "page,line",
    [
        ("tr", "Federasyon, canlı bahis oranlarında görülen olağandışı hareketler nedeniyle iki maçla ilgili soruşturma başlattığını açıkladı."),
        ("el", "Η Τράπεζα της Ελλάδος προειδοποίησε για διαφημίσεις που υπόσχονται δάνεια χωρίς εγγυητή και χωρίς έλεγχο."),
        ("fa", "پلیس فتا از مسدود شدن ۳۰ سایت شرط بندی و بازداشت گردانندگان آن‌ها در تهران خبر داد."),
        ("vi", "Công an cảnh báo các nhóm copy trade hứa hẹn lợi nhuận cao thực chất là lừa đảo, đã có hàng trăm người mất tiền."),
        ("zh", "警方提醒，所谓“带单老师”和“稳赚不赔”的外汇投资群多为诈骗，市民切勿轻信。"),
    ],
)
def test_news_about_the_trades_stays_clean(page, line):
    doc = flagged(PAGES[page].format(a=line))
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "line",
    [
        "پیام در تلگرام: bet_vip2026",
        "пишите в Телеграм: zaim_bystro24",
        "ทักเทเลแกรม pumpgem88",
    ],
)
def test_messengers_in_other_scripts_are_a_way_to_write(line):
    assert find_contact(line)


# "Lucky" phone numbers and folk remedies (bundle8's v1 and z1 showed them
# with no trade word): lines written for this file in other wordings.
@pytest.mark.parametrize(
    "page,advert",
    [
        ("vi", "Chuyên bán sim tứ quý, sim thần tài đầu số cổ, giá tốt nhất, liên hệ Zalo 0912.345.678 để chọn số."),
        ("zh", "祖传秘方药酒，专治腰酸背痛，量大价优，全国包邮，加微信 yaojiu2026 咨询。"),
    ],
)
def test_lucky_numbers_and_secret_remedies(page, advert):
    doc = flagged(PAGES[page].format(a=advert))
    found = kinds(doc, "spam")
    assert found, [f.reason for f in doc.flags]
    assert any(doc.text[f.start : f.end].strip() == advert for f in found)
