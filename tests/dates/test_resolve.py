"""Date resolution: each form, positive and negative, in vi, th, zh, en, es, fr."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsline.dates import ResolveDates, resolve_dates
from newsline.model import Block, Document


def found(text, lang, published=None):
    """{surface: (value, end_value, kind)} for each mention."""
    return {
        text[m.start : m.end]: (m.value, m.end_value, m.kind)
        for m in resolve_dates(text, lang, published)
    }


def values(text, lang, published=None):
    return [(m.value, m.end_value) for m in resolve_dates(text, lang, published)]


# --- absolute full and partial -------------------------------------------------


@pytest.mark.parametrize(
    "lang,text,value",
    [
        ("vi", "Công ty ra đời vào tháng 4/2005 ở Huế.", "2005-04"),
        ("vi", "Năm 2018, dự án được phê duyệt.", "2018"),
        ("vi", "Ngày 15 tháng 8 năm 2021, tỉnh ra quyết định.", "2021-08-15"),
        ("th", "ประชุมเมื่อวันที่ 12 กรกฎาคม 2566 ที่กรุงเทพฯ", "2023-07-12"),
        ("th", "ก่อตั้งเมื่อเดือนมีนาคม 2558 โดยนักลงทุน", "2015-03"),
        ("zh", "会议于2024年7月11日举行。", "2024-07-11"),
        ("zh", "公司成立于2015年3月。", "2015-03"),
        ("zh", "二〇二〇年十月一日是国庆节。", "2020-10-01"),
        ("en", "Protests began on January 25, 2011 in Cairo.", "2011-01-25"),
        ("en", "She was born on 3 March 1985.", "1985-03-03"),
        ("en", "The law passed in March 2019.", "2019-03"),
        ("es", "Comenzaron el 26 de enero de 2011 en El Cairo.", "2011-01-26"),
        ("es", "En julio de 2013 el ejército tomó el poder.", "2013-07"),
        ("fr", "La loi a été adoptée le 14 juillet 2015.", "2015-07-14"),
        ("fr", "Le 1er mars 2011, la manifestation a dégénéré.", "2011-03-01"),
        ("fr", "Il a été élu en mai 2017.", "2017-05"),
    ],
)
def test_absolute(lang, text, value):
    assert value in [v for v, _ in values(text, lang)]


def test_partial_yearless_with_published_fr():
    assert values("Le 3 février, le ministre a démissionné.", "fr", "2023-02-10") == [
        ("2023-02-03", None)
    ]


# --- Buddhist era -----------------------------------------------------------


def test_buddhist_era_converted():
    m = found("กฎหมายประกาศใช้ใน พ.ศ. 2560 หลังประชามติ", "th")
    assert m["พ.ศ. 2560"][:1] == ("2017",) and m["พ.ศ. 2560"][2] == "buddhist_era"
    assert values("ข้อมูล ณ วันที่ 30/09/2564 ระบุ", "th") == [("2021-09-30", None)]


@pytest.mark.parametrize(
    "text", ["ภาพระหว่างการเยือนในเดือนมกราคม พ.ศ. 1 ภาพถ่าย", "งบประมาณ พ.ศ. 3200 ยังไม่กำหนด"]
)
def test_impossible_buddhist_year_is_flagged_not_converted(text):
    ms = resolve_dates(text, "th")
    assert [m.kind for m in ms] == ["impossible"]
    # never a converted (nonsense) year: "--MM" when the month is known, else the year as written
    assert ms[0].value in ("--01", "3200")
    assert "impossible" in (ms[0].anchor or "")


def test_thai_count_is_not_a_buddhist_year():
    assert values("มีพนักงาน 2566 คน และประชากร 66 ล้านคน", "th") == []


# --- year-less ------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang,text,published,value",
    [
        ("vi", "Chiều 9/5, Bộ trưởng làm việc với đoàn.", "2023-05-10", "2023-05-09"),
        ("vi", "Lễ khánh thành diễn ra ngày 28/12.", "2024-01-05", "2023-12-28"),
        ("zh", "3月8日，发言人回答提问。", "2022-03-10", "2022-03-08"),
        ("en", "The summit opened on July 9 in Washington.", "2024-07-12", "2024-07-09"),
        ("es", "El pasado 15 de marzo comenzaron las protestas.", "2011-03-20", "2011-03-15"),
    ],
)
def test_yearless_takes_year_from_published(lang, text, published, value):
    assert value in [v for v, _ in values(text, lang, published)]


def test_yearless_tense_cue_coming():
    assert values("Hội nghị vào tháng 7 tới.", "vi", "2023-03-02") == [("2023-07", None)]
    assert values("Hội nghị dự kiến diễn ra ngày 10/1 tới.", "vi", "2019-12-30") == [
        ("2020-01-10", None)
    ]


def test_yearless_from_document_years_when_no_published():
    text = "Hồi tháng 4/2005 ông đến thăm. Năm 2018, Nhật Bản mở phái bộ. Ông đến Tokyo ngày 31/1."
    ms = {text[m.start : m.end]: m for m in resolve_dates(text, "vi")}
    assert ms["ngày 31/1"].value == "2018-01-31"
    # the year guessed, and a note that the page names it in no full date
    # (events keep such a day year-less, issue 4)
    assert ms["ngày 31/1"].anchor == "context:2018; a year the page names in no full date"


@pytest.mark.parametrize(
    "lang,text,value",
    [
        ("vi", "Ông đến Tokyo ngày 31/1.", "--01-31"),
        ("zh", "会议7月9日举行。", "--07-09"),
        ("en", "The museum reopened on 1 July.", "--07-01"),
        ("es", "La feria abrió el 9 de julio.", "--07-09"),
    ],
)
def test_yearless_stays_yearless_never_todays_clock(lang, text, value):
    vs = values(text, lang)
    assert vs == [(value, None)]
    assert not any(str(dt.date.today().year) in v for v, _ in vs)


# --- relative ------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang,text,published,expect",
    [
        ("vi", "Hôm qua, giá xăng tăng.", "2023-03-02", ("2023-03-01", None)),
        ("vi", "Tuần trước hai bên ký thỏa thuận.", "2024-02-01", ("2024-01-22", "2024-01-28")),
        ("th", "ฤดูร้อนที่แล้ว นาโตเชิญหลายประเทศ", "2023-05-10", ("2022-06", "2022-08")),
        ("th", "เมื่อวานนี้ นายกฯ ไปเชียงใหม่", "2023-05-10", ("2023-05-09", None)),
        ("zh", "美国国防部上周宣布了这一计划。", "2024-05-20", ("2024-05-13", "2024-05-19")),
        ("zh", "两天前，台风袭击了菲律宾。", "2018-11-02", ("2018-10-31", None)),
        ("en", "Last summer, the river dried up.", "2023-10-10", ("2023-06", "2023-08")),
        ("en", "Three weeks ago, the border closed.", "2022-02-16", ("2022-01-26", None)),
        (
            "es",
            "La semana pasada el gobierno anunció medidas.",
            "2011-02-03",
            ("2011-01-24", "2011-01-30"),
        ),
        ("es", "Hace tres días el ejército entró.", "2011-04-10", ("2011-04-07", None)),
        (
            "fr",
            "La semaine dernière, des milliers ont manifesté.",
            "2011-02-05",
            ("2011-01-24", "2011-01-30"),
        ),
        ("fr", "Hier, le président a parlé.", "2011-02-05", ("2011-02-04", None)),
    ],
)
def test_relative_deictic(lang, text, published, expect):
    assert expect in values(text, lang, published)


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        (
            "vi",
            "Ông đến hồi tháng 4/2005. Tướng Massaki đến Brussels sau đó một tháng.",
            ("2005-05", None),
        ),
        (
            "vi",
            "Ông nhậm chức hồi tháng 2/2019, và một tháng sau đã ký nghị định.",
            ("2019-03", None),
        ),
        (
            "en",
            "The ceasefire was signed on May 4, 2020. Two days later, fighting resumed.",
            ("2020-05-06", None),
        ),
        ("es", "Se firmó en marzo de 2015 y un mes después entró en vigor.", ("2015-04", None)),
        ("fr", "Signé en mars 2012 ; un mois plus tard il était ratifié.", ("2012-04", None)),
    ],
)
def test_relative_anaphoric_uses_nearest_date_before(lang, text, expect):
    assert expect in values(text, lang)


def test_relative_without_any_anchor_is_dropped():
    assert values("Hôm qua trời mưa.", "vi") == []
    assert values("Yesterday it rained.", "en") == []


# --- ranges ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang,text,published,expect",
    [
        (
            "vi",
            "Giải đấu diễn ra trong các ngày 11-12/7.",
            "2022-06-20",
            ("2022-07-11", "2022-07-12"),
        ),
        ("vi", "Dự án kéo dài từ năm 2015 đến năm 2020.", None, ("2015", "2020")),
        ("th", "งานจัดระหว่างวันที่ 9-11 กรกฎาคม นี้", "2024-06-20", ("2024-07-09", "2024-07-11")),
        ("zh", "本届北约峰会7月9日开始，11日结束。", "2024-06-08", ("2024-07-09", "2024-07-11")),
        ("zh", "双方将于3月15日至17日举行谈判。", "2021-02-10", ("2021-03-15", "2021-03-17")),
        (
            "en",
            "The summit takes place July 9-11 in Washington.",
            "2024-06-01",
            ("2024-07-09", "2024-07-11"),
        ),
        ("en", "Between 2010 and 2015, exports doubled.", None, ("2010", "2015")),
        (
            "es",
            "La feria será del 9 al 11 de julio en Sevilla.",
            "2024-06-01",
            ("2024-07-09", "2024-07-11"),
        ),
        (
            "fr",
            "Le festival aura lieu du 9 au 11 juillet.",
            "2024-06-01",
            ("2024-07-09", "2024-07-11"),
        ),
    ],
)
def test_ranges(lang, text, published, expect):
    assert expect in values(text, lang, published)


def test_two_years_joined_by_and_are_not_a_range():
    assert values("In 2014 and 2018 the team won.", "en") == [("2014", None), ("2018", None)]


# --- non-dates ----------------------------------------------------------------


@pytest.mark.parametrize(
    "lang,text",
    [
        ("vi", "Ông đã sống ở đây hơn 14 năm và có hai con."),
        ("vi", "Đây là lần thứ hai đội bóng vô địch."),
        ("vi", "Mẫu xe T-12 và F-35 được trưng bày."),
        ("vi", "Tỷ lệ ủng hộ đạt 3/4 số đại biểu."),
        ("vi", "Kinh tế tăng trưởng trong những năm 1990."),
        ("vi", "Hai bên sẽ hợp tác trong những năm tới."),
        ("th", "เขาทำงานที่นี่มา 30 ปีแล้ว"),
        ("th", "รถรุ่น T-12 ขายได้ 1,200 คัน"),
        # a month name without its vowel marks ("มนาคม") is no month name
        ("th", "รัฐมนตรีว่าการกระทรวงคมนาคมกล่าวว่าโครงการจะเริ่มเร็ว ๆ นี้"),
        ("zh", "北约成立75周年，共有32个成员国和100亿美元预算。"),
        ("zh", "他们拥有3150多架飞机。"),
        ("zh", "T-12型无人艇已交付海军。"),
        ("en", "He has worked there for 30 years and earns 2,400 dollars."),
        ("en", "Prices may rise if the T-12 launch is delayed."),
        ("en", "Rents doubled in the 1990s."),
        ("es", "Lleva 30 años trabajando en la misma fábrica."),
        ("es", "Es la segunda vez que el equipo gana."),
        ("es", "Murieron 327 personas y 2.926 resultaron heridas."),
        ("fr", "Il travaille ici depuis 30 ans."),
        ("fr", "Le char T-12 pèse 40 tonnes."),
        ("fr", "La crise des années 1930 a marqué l'Europe."),
        ("vi", "Ukraine của ngày hôm nay có thể là Đông Á của ngày mai."),
        ("en", "The city of tomorrow will be greener than the city of today."),
        ("fr", "Les défis d'aujourd'hui ne sont pas ceux d'hier."),
    ],
)
def test_non_dates_rejected(lang, text):
    assert values(text, lang, "2020-06-15") == []


# --- offsets, languages, robustness ------------------------------------------


def test_offsets_slice_exactly_with_thai_digits():
    text = "เขาจะเดินทางในวันที่ ๑๕ ธันวาคม ๒๕๖๕ นี้"
    ms = resolve_dates(text, "th")
    assert [(text[m.start : m.end], m.value) for m in ms] == [("วันที่ ๑๕ ธันวาคม ๒๕๖๕", "2022-12-15")]


def test_language_guessed_per_line_when_unknown():
    text = "Ông đến Hà Nội vào tháng 4/2005.\n本届峰会2024年7月9日开始。\nLe 3 février 2011, il est parti."
    vs = [v for v, _ in values(text, None)]
    assert vs == ["2005-04", "2024-07-09", "2011-02-03"]


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.sampled_from(["vi", "th", "zh", "en", "es", "fr", None]),
)
def test_arbitrary_text_never_raises_and_offsets_slice(text, lang):
    for m in resolve_dates(text, lang, "2020-01-01"):
        assert 0 <= m.start < m.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "ngày ",
                "31",
                "/",
                "1",
                "tháng ",
                "7",
                "năm ",
                "2018",
                "-",
                " ",
                "月",
                "日",
                "พ.ศ. ",
                "2566",
                "de ",
                "enero",
                "July ",
                "到",
                "，",
                "11",
                "ago",
            ]
        ),
        max_size=30,
    )
)
def test_date_like_noise_never_raises(parts):
    text = "".join(parts)
    for lang in ("vi", "th", "zh", "en", "es", "fr"):
        for m in resolve_dates(text, lang):
            assert 0 <= m.start < m.end <= len(text)


def test_stage_uses_block_languages_and_stamp_as_published():
    text = "ngày phát hành: 2024-06-08\nĐoàn đến Tokyo ngày 31/1.\n会议7月9日开始，11日结束。"
    a = text.index("ngày 31")
    z = text.index("会议")
    doc = Document(
        id="d",
        source="s",
        text=text,
        blocks=[
            Block(0, a - 1, label="dateline", lang="vi"),
            Block(a - 1 + 1, z - 1, label="body", lang="vi"),
            Block(z, len(text), label="body", lang="zh"),
        ],
    )
    stats = Counter()
    ResolveDates()([doc], stats)
    got = {text[m.start : m.end]: (m.value, m.end_value) for m in doc.dates}
    assert got["ngày 31/1"] == ("2024-01-31", None)
    assert got["7月9日开始，11日结束"] == ("2024-07-09", "2024-07-11")
    assert stats["date_mentions"] == 3


def test_stage_survives_bad_document():
    doc = Document(id="d", source="s", text="\ud800 broken \x00 ngày 31/1", lang="vi")
    out = ResolveDates()([doc], Counter())
    assert out == [doc]


def test_english_bare_weekday_but_not_in_a_title():
    assert values("Tuesday's election stunned pollsters.", "en", "2016-11-10") == [
        ("2016-11-08", None)
    ]
    assert values("The minister said Monday that talks failed.", "en", "2021-04-08") == [
        ("2021-04-05", None)
    ]
    assert values("He writes for the Sunday Times in London.", "en", "2021-04-08") == []
    assert values("The office is open Monday to Friday.", "en", "2021-04-08") == []
    assert values("Il écrit pour le journal du mercredi soir.", "fr", None) == []  # no publish date


@pytest.mark.parametrize(
    "text",
    [
        "青石地铁三号线开通时间确定。",  # metro line 3
        "他住在小区2号楼。",  # building 2
        "中央一号文件今天发布。",  # document No. 1
        "第三号台风正在靠近。",  # the third typhoon
        "老挝南保2号水电站大坝溃决。",  # hydropower plant No. 2
        "该公司3号电厂停产。",  # power plant No. 3
        "北斗4号卫星发射成功。",  # satellite No. 4
    ],
)
def test_zh_numbered_things_are_not_days(text):
    days = [text[m.start : m.end] for m in resolve_dates(text, "zh", "2023-09-12")]
    assert not [d for d in days if d.endswith("号")], days


def test_zh_bare_day_with_hao_is_still_a_day():
    assert values("会议已于3号举行。", "zh", "2023-09-12") == [("2023-09-03", None)]
    # scheduled ("定于"): the next 3rd
    assert values("会议定于3号举行。", "zh", "2023-09-12") == [("2023-10-03", None)]


@pytest.mark.parametrize(
    "text,value",
    [
        # published in November: a future-tense month or day is the next one
        ("Construction is expected to begin in March and last three years.", "2023-03"),
        ("Work will begin on March 3.", "2023-03-03"),
        ("The vote is scheduled for March 12.", "2023-03-12"),
        # past tense still looks back
        ("The mall opened in March.", "2022-03"),
        ("Sales fell in March, the company said.", "2022-03"),
    ],
)
def test_en_future_verb_before_yearless_date(text, value):
    assert [v for v, _ in values(text, "en", "2022-11-08")] == [value]
