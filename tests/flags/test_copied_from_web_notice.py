"""A page that says of itself it was gathered from the internet, naming no
source ("Bài viết được sưu tầm và tổng hợp từ internet", "本文来源于网络，如有
侵权请联系删除"), is an aggregator's repost: a content-farm signal. A credit
naming its source, an article that gathers things of its own, or one about a
network company is not. Pages written for this file; the positives failed
before the table."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

VI = (
    "Giá vàng hôm nay tăng mạnh, vượt mốc 120 triệu đồng mỗi lượng\n"
    "Sáng nay, giá vàng miếng trong nước tiếp tục tăng thêm 1,2 triệu đồng mỗi lượng so với "
    "phiên hôm qua, lên mức 120,5 triệu đồng mỗi lượng ở chiều bán ra.\n"
    "Tại nhiều cửa hàng vàng bạc, lượng khách đến mua tăng đột biến từ sáng sớm.\n"
    "{tail}\n"
)
ZH = (
    "多地迎来强降雨 交通出行受影响\n"
    "受冷空气影响，本周末南方多地出现强降雨，部分路段积水严重，多趟列车晚点。\n"
    "气象部门提醒市民注意出行安全，尽量减少外出。\n"
    "{tail}\n"
)
ID = (
    "Harga Cabai Rawit Melonjak Jelang Ramadan\n"
    "Harga cabai rawit di sejumlah pasar tradisional di Jakarta naik hingga Rp 90.000 per "
    "kilogram, hampir dua kali lipat dibanding bulan lalu.\n"
    "Pedagang menyebut pasokan dari daerah sentra produksi berkurang akibat hujan deras.\n"
    "{tail}\n"
)
EN = (
    "Ten tips for a cheaper summer holiday\n"
    "Booking flights on a weekday and travelling outside school holidays can cut the cost of "
    "a family trip by a third, travel agents say.\n"
    "{tail}\n"
)

NOTICES = [
    (
        VI,
        "Bài viết được sưu tầm và tổng hợp từ internet, mọi thắc mắc về bản quyền xin liên hệ "
        "ban quản trị.",
    ),
    (ZH, "本文来源于网络，如有侵权请联系删除。"),
    (ID, "Artikel ini dihimpun dari internet dan berbagai sumber lain."),
    (EN, "This article was compiled from the internet; contact us to have content removed."),
]


@pytest.mark.parametrize("page, tail", NOTICES)
def test_a_page_saying_it_was_gathered_from_the_internet_is_a_farm_repost(page, tail):
    doc = flagged(page.format(tail=tail))
    got = kinds(doc, "content_farm", signal="machine_made_notice")
    assert len(got) == 1, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "page, tail",
    [
        # a credit naming its source
        (VI, "Nguồn: Báo Kinh Tế Thị Trường"),
        (ZH, "来源：南方日报"),
        # an article that gathers things itself
        (VI, "Bài viết tổng hợp ý kiến của các chuyên gia về xu hướng giá vàng trong tháng tới."),
        # a network company, not "the internet"
        (ZH, "本文来自网络安全公司的年度报告，数据截至去年年底。"),
        (EN, "This article draws on a survey of people who book holidays on the internet."),
    ],
)
def test_source_credits_and_articles_of_their_own_are_not_flagged(page, tail):
    doc = flagged(page.format(tail=tail))
    assert kinds(doc, "content_farm") == [], [f.reason for f in doc.flags]


JA = (
    "市営プール、今夏は営業時間を1時間延長\n"
    "市は今夏、市営プール3か所の営業時間を午後7時まで1時間延長すると発表した。"
    "猛暑で利用者が増えているためで、監視員も6人増やす。\n"
    "{tail}\n"
)


def test_a_japanese_page_saying_it_was_compiled_from_the_net_is_a_farm_repost():
    # "This article was written from information on the net": a farm's
    # notice in a language outside the six; the positive failed before
    doc = flagged(JA.format(tail="※本記事はインターネット上の情報をもとに作成しています。"))
    got = kinds(doc, "content_farm", signal="machine_made_notice")
    assert len(got) == 1, [f.reason for f in doc.flags]


def test_a_japanese_report_citing_a_web_survey_is_no_farm():
    doc = flagged(
        JA.format(tail="市によると、この記事で紹介した調査はネット上で市民500人に行った。")
    )
    assert not kinds(doc, "content_farm", signal="machine_made_notice"), [
        f.reason for f in doc.flags
    ]
