"""False alarms and misses of the flags found on invented pages in new styles.

Each page here was written for this file (no real site's text); each test
failed before the fix it guards.
"""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds, span

# --- spam words that are the page's topic ----------------------------------

EN_GAMBLING = (
    "The state Senate voted 24-15 on Monday to allow licensed operators to offer online "
    "casino games, a move supporters say will bring an illegal market into the open.\n"
    "Online casino tax rate\n"
    "Operators would pay 20 percent of their gross gaming revenue, higher than the 15 percent "
    "charged on sports betting since 2021, and only licence holders could apply.\n"
    "Sports betting revenue\n"
    "Legal sports betting brought in $92 million in taxes last year, according to the state "
    "gaming commission, less than lawmakers had forecast when it was approved.\n"
)
VI_BETTING_LAW = (
    "Bộ Tài chính vừa công bố dự thảo nghị định sửa đổi quy định về kinh doanh đặt cược thể "
    "thao, trong đó doanh nghiệp được cấp phép phải nộp thuế tiêu thụ đặc biệt 30%.\n"
    "Cá cược bóng đá hợp pháp\n"
    "Ông Vụ trưởng cho biết dự thảo nhằm thu hẹp thị trường cá cược bất hợp pháp vốn đang thu "
    "hút hàng tỷ USD mỗi năm qua các trang web đặt máy chủ ở nước ngoài.\n"
)


@pytest.mark.parametrize("text", [EN_GAMBLING, VI_BETTING_LAW])
def test_subheadings_naming_the_articles_own_topic_are_not_spam(text):
    doc = flagged(text)
    assert kinds(doc, "spam") == [], [f.reason for f in doc.flags]
    assert kinds(doc, "content_farm") == []


def test_spam_words_only_in_short_lines_are_still_spam():
    text = EN_GAMBLING.replace("casino", "museum").replace("sports betting", "ticket sales")
    text = text.replace("Sports betting", "Ticket sales") + "Online casino bonus today\n"
    doc = flagged(text)
    assert [span(doc, f) for f in kinds(doc, "spam")] == ["Online casino bonus today"]


# --- one name spelled two ways ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # brother and sister: given names that differ by a gender ending
        (
            "Mario Gómez y María Gómez, hermanos y ganaderos, inauguraron el sábado la quesería.\n"
            '"Ahora queremos que el valor se quede aquí", explica María Gómez.\n'
            "Mario Gómez se encarga de las 120 vacas y su hermana de la venta.\n"
        ),
        (
            "Jean Moreau et sa sœur Jeanne Moreau ont repris la boulangerie familiale en mars.\n"
            "Selon Jeanne Moreau, la clientèle a doublé depuis.\n"
        ),
        # a short form of a given name
        (
            "Joshua Pratt, the club's coach, said the team had trained all week.\n"
            "Josh Pratt added that two players were injured.\n"
        ),
        # the shared word on different sides: a place name and another phrase
        (
            "Protests continued in Hong Kong on Sunday as police closed two stations.\n"
            "The city's airport, Kong's Hang Seng index and the ferries were not affected.\n"
        ),
    ],
)
def test_relatives_and_words_on_either_side_are_not_name_variants(text):
    doc = flagged(text)
    assert kinds(doc, "machine_translation", signal="name_variants") == [], [
        f.reason for f in doc.flags
    ]


def test_a_syllable_added_to_a_name_is_a_variant_not_a_derivative():
    text = (
        "At the working session, Minister Le Minh Hoan praised the rescue work in the "
        "province.\nMinister Le Minh Hoang also visited 200 households in the commune.\n"
    )
    f = kinds(flagged(text), "machine_translation", signal="name_variants")
    assert f and set(f[0].data["variants"]) == {"Hoan", "Hoang"}


# --- punctuation of sentence-by-sentence translation ------------------------------


def test_lower_case_starts_after_a_spaced_full_stop_count():
    text = (
        "At the working session, the minister highly appreciated the efforts of the local "
        "government in the work of rescue and relief . he requested the province to review "
        "the areas at risk of landslides . the people must be moved before the next rain.\n"
        "The minister has had a working trip to inspect the flood in the province of Yen Bai .\n"
    )
    assert kinds(flagged(text), "machine_translation", signal="punctuation")


# --- injected keyword lines: the same farm signal whoever found them -----------------

VI_BUS = (
    "Sở Giao thông Vận tải cho biết từ ngày 15/4 sẽ đưa vào hoạt động thêm ba tuyến xe "
    "buýt điện nối sân bay với trung tâm thành phố, nâng tổng số tuyến lên 15.\n"
    "{a}\n"
    "Các tuyến mới có tần suất 15-20 phút một chuyến, hoạt động từ 5h đến 23h mỗi ngày, "
    "giá vé lượt là 9.000 đồng, thanh toán bằng thẻ ngân hàng hoặc ví điện tử.\n"
    "{b}\n"
)


def test_spam_lines_labelled_by_the_cleaner_count_as_injected_keyword_lines():
    a, b = "Nhà cái uy tín số 1 Việt Nam - nạp rút siêu tốc", "Tải app nổ hũ nhận ngay 100K"
    doc = flagged(VI_BUS.format(a=a, b=b), labels={1: "spam", 3: "spam"})
    assert [span(doc, f) for f in kinds(doc, "spam")] == [a, b]
    # spam, each line once; no content_farm twin on their spans (30b0814
    # raised one counting them)
    assert kinds(doc, "content_farm") == []


EN_LIBRARY = (
    "The county opened its newest library branch on Saturday, a two-storey building with "
    "40,000 books, a children's reading garden and a maker space with 3D printers.\n"
    "{a}\n"
    "The $12 million branch replaces a rented storefront that closed in 2021, and more "
    "than 900 people signed up for library cards on the first day.\n"
    "{b}\n"
)


@pytest.mark.parametrize(
    "page, a, b",
    [
        (VI_BUS, "Soi kèo bóng đá hôm nay chính xác 100%", "Xem ngay kèo hôm nay"),
        (
            EN_LIBRARY,
            "Payday loans same day no credit check",
            "cheap replica watches free shipping",
        ),
    ],
)
def test_common_injected_spam_phrasings_are_spam(page, a, b):
    doc = flagged(page.format(a=a, b=b))
    got = [span(doc, f) for f in kinds(doc, "spam")]
    assert a in got
    if "watches" in b:
        assert b in got


# --- keyword-stuffed SEO blocks -------------------------------------------------

EN_HEAT = (
    "The city opened 14 cooling centres on Monday as temperatures reached 41C, the highest "
    "July reading in the local weather station's 80-year record.\n"
    "Health officials urged residents to check on elderly neighbours and to drink water "
    "even when they do not feel thirsty.\n"
)


@pytest.mark.parametrize(
    "page, block, label",
    [
        (
            EN_HEAT,
            (
                "best air conditioner 2024, cheap air conditioner deals, portable ac unit reviews, "
                "air conditioner near me, buy air conditioner online, best ac brand, cheap portable ac free "
                "shipping, air conditioner sale today"
            ),
            None,
        ),
        (
            ZH_A := (
                "市交通局表示，首条电动公交线路将于下周开始试运行，连接中央车站和东部的科技园区。"
                "按照计划，该线路将有20辆公交车，每15分钟一班，票价与普通线路相同。\n"
            ),
            "空调推荐|空调哪个牌子好|空调价格|便宜空调|空调安装|变频空调|空调维修|空调排行榜",
            "footer",
        ),
    ],
)
def test_keyword_stuffed_seo_blocks_are_a_farm_signal(page, block, label):
    doc = flagged(page + block + "\n", labels={page.count("\n"): label} if label else None)
    f = kinds(doc, "content_farm", signal="keyword_stuffing")
    assert f and span(doc, f[0]) == block


@pytest.mark.parametrize(
    "block",
    [
        (
            "Tags: heatwave, cooling centres, public health, weather, elderly care, city council, "
            "summer, climate"
        ),
        (
            "Libraries, community halls, two shopping centres, churches, mosques, sports halls, "
            "swimming pools and schools will stay open until 10pm."
        ),
        "Hanoi, Ho Chi Minh City, Da Nang, Hai Phong, Can Tho, Hue, Nha Trang, Vung Tau",
    ],
)
def test_lists_of_different_things_are_not_keyword_stuffing(block):
    doc = flagged(EN_HEAT + block + "\n")
    assert kinds(doc, "content_farm") == []


# --- a day without a year, told as past, around new year ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "Ngày 28/12, một vụ cháy đã thiêu rụi kho len lịch sử ở khu bến cảng, lực lượng cứu hỏa "
            "cho biết.\n"
        ),
        "12月28日，港口的一座历史仓库已经被大火烧毁，消防部门表示。\n",
    ],
)
def test_last_december_in_a_story_stamped_in_january_is_not_suspect(text):
    # read in the stamp's year the day would lie a year ahead; last December is 6 days back
    assert kinds(flagged(text, published="2024-01-03"), "suspect_date") == []


def test_a_day_without_a_year_weeks_after_the_stamp_is_still_suspect():
    text = "4月12日，清河县已经举行了新吊桥落成仪式，村民不用再乘渡船过河。\n"
    f = kinds(flagged(text, published="2024-03-01"), "suspect_date")
    assert f and f[0].data["yearless"] and f[0].data["event"] == "2024-04-12"


# --- a stamp later than the crawl ---------------------------------------------------


def _fetched(text: str, published: str | None, fetched: str):
    from collections import Counter

    from newsline.flags import FlagDocuments

    doc = flagged(text, published=published)
    doc.fetched = fetched
    FlagDocuments()([doc], Counter())
    return kinds(doc, "suspect_date")


EN_BRIDGE = (
    "On June 3, 2024, the county council voted to approve a new suspension bridge over "
    "the Grey River, linking two remote villages.\n"
)


def test_a_stamp_after_the_page_was_fetched_is_suspect():
    f = _fetched(EN_BRIDGE, "2026-06-01", "2024-06-10T08:00:00Z")
    assert len(f) == 1 and f[0].data["fetched"] == "2024-06-10"
    assert "fetched" in f[0].reason
    # a stamp written on the page points at itself
    text = "Ngày đăng: 2025-01-20 08:00\nNgày 12/6/2024, hội đồng tỉnh đã thông qua dự án cầu.\n"
    f = _fetched(text, None, "2024-06-15T00:00:00Z")
    assert len(f) == 1 and span(flagged(text), f[0]) == "2025-01-20"


@pytest.mark.parametrize(
    "published, fetched",
    [
        ("2024-06-10", "2024-06-10T08:00:00Z"),
        ("2024-06-11", "2024-06-10T23:00:00Z"),  # time zones: a day's grace
        ("2024-06-01", "2024-06-10T08:00:00Z"),
    ],
)
def test_a_stamp_on_or_before_the_fetch_is_not_suspect(published, fetched):
    assert _fetched(EN_BRIDGE, published, fetched) == []
