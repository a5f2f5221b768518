"""Forms news writes dates in that the other date tests do not cover: each
with the value expected and, next to it, look-alikes that must stay non-dates
or keep their own value. Publication date: Saturday 15 June 2024 unless said."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates

PUB = "2024-06-15"


def values(text, lang, published=PUB):
    return [(m.value, m.end_value) for m in resolve_dates(text, lang, published)]


def spans(text, lang, published=PUB):
    return [(text[m.start : m.end], m.value) for m in resolve_dates(text, lang, published)]


# --- French "l'an dernier": the masculine "dernier" after "an" -----------------


@pytest.mark.parametrize(
    "text,expect",
    [
        ("L'an dernier, les ventes ont chuté de 5 %.", [("2023", None)]),
        ("Les ventes ont chuté l’an dernier.", [("2023", None)]),
        ("L'année dernière, la récolte fut mauvaise.", [("2023", None)]),
        ("L'an passé, le chômage a baissé.", [("2023", None)]),
        # a year-less month with "de l'an dernier" stays one mention
        ("En janvier de l'an dernier, il neigeait.", [("2023-01", None)]),
        # "dernier" alone is no date
        ("Il a fini dernier au classement général.", []),
    ],
)
def test_fr_an_dernier(text, expect):
    assert values(text, "fr") == expect


# --- two days back / ahead: never read as "yesterday" / "tomorrow" -----------


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("en", "The day before yesterday, the rebels seized the town.", "2024-06-13"),
        ("en", "The court will rule the day after tomorrow.", "2024-06-17"),
        ("fr", "Le verdict sera rendu après-demain.", "2024-06-17"),
        ("es", "Antes de ayer, el presidente viajó a Bruselas.", "2024-06-13"),
        ("th", "เมื่อวานซืนเกิดเหตุไฟไหม้ในตลาดนัด", "2024-06-13"),
        ("th", "มะรืนนี้นายกฯ จะเดินทางไปเชียงใหม่", "2024-06-17"),
        ("vi", "Ngày kia, đoàn công tác sẽ lên đường.", "2024-06-17"),
        ("vi", "Ngày mốt, trường khai giảng lớp học hè.", "2024-06-17"),
    ],
)
def test_two_days_away(lang, text, expect):
    assert values(text, lang) == [(expect, None)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # the plain words keep their one day
        ("en", "The day before, the rebels had retreated.", []),
        ("en", "Yesterday, the rebels seized the town.", [("2024-06-14", None)]),
        ("th", "เมื่อวานนี้ นายกฯ ไปเชียงใหม่", [("2024-06-14", None)]),
        ("fr", "Demain, le verdict sera rendu.", [("2024-06-16", None)]),
        # "một ngày kia" is "one day", someday
        ("vi", "Một ngày kia, anh sẽ hiểu vì sao mẹ khóc.", []),
    ],
)
def test_two_days_away_look_alikes(lang, text, expect):
    assert values(text, lang) == expect


# --- "this month" ----------------------------------------------------------------


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Earlier this month, the company announced 500 layoffs."),
        ("es", "Este mes, las ventas de coches cayeron un 8%."),
        ("fr", "Ce mois-ci, les prix de l'énergie ont augmenté."),
        ("vi", "Tháng này, giá thịt lợn tăng mạnh ở các tỉnh phía Bắc."),
        ("th", "เดือนนี้ราคาข้าวสารปรับตัวสูงขึ้นอย่างต่อเนื่อง"),
    ],
)
def test_this_month(lang, text):
    assert values(text, lang) == [("2024-06", None)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # a month number with "này" is that month, not "this month"
        ("vi", "Hội nghị sẽ diễn ra vào tháng 7 này.", [("2024-07", None)]),
        # "este mes de julio": the month named, not the current one
        ("es", "Este mes de julio será decisivo.", []),
        ("en", "This monthly report is free.", []),
        ("fr", "Ce moisi sent mauvais.", []),
    ],
)
def test_this_month_look_alikes(lang, text, expect):
    assert values(text, lang) == expect


# --- Spanish "del año pasado" ("de" + "el") and "el pasado mes" --------------


@pytest.mark.parametrize(
    "text,expect",
    [
        ("A finales del año pasado, la inflación bajó al 3%.", [("2023-12", None)]),
        ("A principios del próximo año se abrirá la línea.", [("2025-01", None)]),
        ("A mediados del mes pasado, el Banco Central subió los tipos.", [("2024-05", None)]),
        ("El pasado mes, el paro subió en 30.000 personas.", [("2024-05", None)]),
        ("El pasado año fue el más cálido.", [("2023", None)]),
        # a month or a day with "del año pasado" stays one mention
        ("En enero del año pasado se firmó el acuerdo.", [("2023-01", None)]),
        ("El 3 de mayo del año pasado llovió en Madrid.", [("2023-05-03", None)]),
        # "el pasado mes de enero": the month named
        ("Desde el pasado mes de enero, los precios subieron.", [("2024-01", None)]),
    ],
)
def test_es_del_ano_pasado(text, expect):
    assert values(text, "es") == expect


def test_es_pasado_look_alikes():
    assert values("Modelo del año: el Seat León.", "es") == []
    assert values("Recordó su pasado como minero.", "es") == []


# --- English "mid-March", "mid-2025" (the hyphen joins them) ---------------------


@pytest.mark.parametrize(
    "text,expect",
    [
        # the cue stays outside the span, as "in" / "early" / "late" do
        ("In mid-March, the central bank raised interest rates.", [("March", "2024-03")]),
        ("By mid-2025, the new rail line will open.", [("2025", "2025")]),
        ("Talks resumed in mid-July 2023 in Doha.", [("July 2023", "2023-07")]),
        ("The plant closed in mid 2022.", [("2022", "2022")]),
    ],
)
def test_en_mid(text, expect):
    assert spans(text, "en") == expect


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose in the mid-1990s.",  # a decade
        "The mid-march rally drew crowds.",  # lower case: no month
        "A mid-20 percent rise was recorded.",
    ],
)
def test_en_mid_look_alikes(text):
    assert values(text, "en") == []


# --- English numeric month/day/year -------------------------------------------------


@pytest.mark.parametrize(
    "text,expect",
    [
        ("The report was published on 3/5/2024 by the ministry.", [("2024-03-05", None)]),
        ("He was born 12/25/1990 in Ohio.", [("1990-12-25", None)]),
        ("Filed 03/05/2024.", [("2024-03-05", None)]),
        # day first where the first number cannot be a month (British style)
        ("The contract was signed on 25/12/2023 in London.", [("2023-12-25", None)]),
        ("Polls close on 13/5/2024.", [("2024-05-13", None)]),
        # neither order makes a date, and no date cut out of a longer number
        ("Scores were 13/13/2024 in the file.", []),
        ("It lapsed on 31/02/2024.", []),
        ("The ratio was 1/2/3 across groups.", []),
        ("Version 2.3/5/2024 was withdrawn.", []),
    ],
)
def test_en_numeric_mdy(text, expect):
    assert values(text, "en") == expect


# --- Vietnamese day-month with a dash ("sáng 5-3") and "ngày 10 và 11/6" ---------


@pytest.mark.parametrize(
    "text,published,expect",
    [
        (
            "Tối 20-11, trường tổ chức lễ kỷ niệm ngày Nhà giáo.",
            "2024-11-21",
            [("2024-11-20", None)],
        ),
        ("Sáng 5-3, Chủ tịch nước tiếp đoàn đại biểu.", PUB, [("2024-03-05", None)]),
        ("Đêm 13-6, một vụ cháy lớn xảy ra tại quận Hoàn Kiếm.", PUB, [("2024-06-13", None)]),
        ("Chiều 14-6 (giờ Hà Nội), ông phát biểu tại LHQ.", PUB, [("2024-06-14", None)]),
        ("Ngày 20-11, trường tổ chức lễ kỷ niệm.", "2024-11-21", [("2024-11-20", None)]),
        ("Chiều thứ Hai (10-6), đoàn đến Đà Nẵng.", PUB, [("2024-06-10", None)]),
        (
            "Họ làm việc từ ngày 3-6 đến ngày 7-6 tại Huế.",
            PUB,
            [("2024-06-03", "2024-06-07")],
        ),
        ("Ngày 10 và 11/6, Quốc hội thảo luận về dự án luật.", PUB, [("2024-06-10", "2024-06-11")]),
        ("Ngày 1-6-2024, thành phố tổ chức ngày hội.", PUB, [("2024-06-01", None)]),
    ],
)
def test_vi_dash_day_month(text, published, expect):
    assert values(text, "vi", published) == expect


@pytest.mark.parametrize(
    "text",
    [
        "Đội nhà thắng 3-1 trước đối thủ.",  # a score
        "Từ 3-5 người bị thương trong vụ việc.",  # a count: "từ" is no day cue here
        "Lãi suất tăng từ 3-5% mỗi năm.",
        "Tối 2-3 giờ, trời mưa to.",  # hours
        "Mẫu xe T-12 được trưng bày.",
        "Giá tăng đến 2-3 lần so với trước.",
    ],
)
def test_vi_dash_look_alikes(text):
    assert values(text, "vi") == []


# --- Thai two-digit Buddhist-era years ("3 มี.ค. 66") --------------------------------


@pytest.mark.parametrize(
    "text,expect",
    [
        ("ราคาทองคำวันที่ 3 มี.ค. 66 ปรับขึ้น 50 บาท", [("วันที่ 3 มี.ค. 66", "2023-03-03")]),
        ("ประกาศ ณ วันที่ 20 ธ.ค. 65 โดยกระทรวงการคลัง", [("วันที่ 20 ธ.ค. 65", "2022-12-20")]),
        ("เมื่อวันที่ 3 มีนาคม 66 ตำรวจจับกุมผู้ต้องหา", [("วันที่ 3 มีนาคม 66", "2023-03-03")]),
        ("ยอดขายเดือน มี.ค.67 เพิ่มขึ้นร้อยละ 5", [("เดือน มี.ค.67", "2024-03")]),
        # a time, a count or an amount after the month is no year
        ("วันที่ 5 มี.ค. 10.30 น. มีการประชุม", [("วันที่ 5 มี.ค.", "2024-03-05")]),
        ("ในเดือน มี.ค. 15 คนถูกจับกุม", [("เดือน มี.ค.", "2024-03")]),
        ("วันที่ 8 มิ.ย. 12 ราย ติดเชื้อ", [("วันที่ 8 มิ.ย.", "2024-06-08")]),
        ("เดือนมีนาคม 20 จังหวัดประสบภัยแล้ง", [("เดือนมีนาคม", "2024-03")]),
    ],
)
def test_th_two_digit_be_year(text, expect):
    assert spans(text, "th") == expect


def test_th_two_digit_be_year_wins_over_publication_year():
    # published in January 2025: without its year the date would be read as 2025-03-03
    text = "ราคาทองคำวันที่ 3 มี.ค. 67 ปรับขึ้น 50 บาท"
    assert values(text, "th", "2025-01-05") == [("2024-03-03", None)]


# --- a future word in the clause: a year-less date ahead of publication is not
# penalised (the nearer of the two years wins) -----------------------------------


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("en", "The vote is scheduled for Nov. 5 in all districts.", "2024-11-05"),
        ("en", "The meeting will be held on Nov. 5 in Paris.", "2024-11-05"),
        ("fr", "Le G20 se tiendra en novembre à Rio.", "2024-11"),
        ("es", "La cumbre se celebrará el 5 de noviembre en Lima.", "2024-11-05"),
        ("zh", "峰会计划于11月18日在里约热内卢举行。", "2024-11-18"),
        ("zh", "大桥定于10月1日正式通车。", "2024-10-01"),
        # the nearer year still wins when the date is behind publication
        ("en", "He will stand trial for the attack on March 3.", "2024-03-03"),
    ],
)
def test_future_clause_yearless(lang, text, expect):
    assert values(text, lang) == [(expect, None)]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # no future word: news looks back
        ("en", "The vote took place on Nov. 5 in all districts.", "2023-11-05"),
        ("zh", "会议于11月8日在北京举行。", "2023-11-08"),
        # a future word in another clause does not count
        ("en", "Prices will rise, the agency said on Nov. 5.", "2023-11-05"),
    ],
)
def test_future_clause_yearless_look_alikes(lang, text, expect):
    assert values(text, lang) == [(expect, None)]


# --- quarters: the range of their three months -------------------------------------


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("vi", "Trong quý II/2024, doanh thu của ngân hàng tăng 12%.", ("2024-04", "2024-06")),
        ("vi", "Dự án hoàn thành vào quý 3 năm 2025.", ("2025-07", "2025-09")),
        ("vi", "Quý IV-2023, lợi nhuận giảm mạnh.", ("2023-10", "2023-12")),
        ("th", "ไตรมาส 2 ปี 2567 จีดีพีขยายตัว 2.3%", ("2024-04", "2024-06")),
        ("th", "ในไตรมาสที่ 3/67 ยอดขายรถยนต์ลดลง", ("2024-07", "2024-09")),
        ("zh", "2024年第一季度，GDP同比增长5.3%。", ("2024-01", "2024-03")),
        ("zh", "2023年四季度，出口同比下降。", ("2023-10", "2023-12")),
        ("en", "Sales fell in the third quarter of 2023 as demand slowed.", ("2023-07", "2023-09")),
        ("en", "Revenue grew 8% in Q3 2024, the company said.", ("2024-07", "2024-09")),
        ("es", "En el primer trimestre de 2024, el PIB creció un 0,7%.", ("2024-01", "2024-03")),
        ("fr", "Au deuxième trimestre 2024, le PIB a progressé de 0,2 %.", ("2024-04", "2024-06")),
        ("fr", "Au T3 2024, les ventes ont reculé.", ("2024-07", "2024-09")),
    ],
)
def test_quarter_with_year(lang, text, expect):
    ms = resolve_dates(text, lang, PUB)
    assert [(m.value, m.end_value, m.granularity) for m in ms] == [(*expect, "month")]


@pytest.mark.parametrize(
    "lang,text",
    [
        # a code alone is read only beside a year's part ("Audi Q3" is a car)
        ("en", "The Q3 results were strong."),
        ("en", "The Q7 2024 model is a car."),  # no fifth-and-more quarter
        # a match's quarter
        ("en", "The Lakers led by ten in the third quarter."),
    ],
)
def test_quarter_without_year_is_no_date(lang, text):
    assert values(text, lang) == []


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # a quarter's word alone (test_bare_part_alone): the publication
        # year's, the year before when told as past and not yet begun
        ("en", "In the third quarter, sales fell by a fifth.", ("2023-07", "2023-09")),
        ("fr", "Le 1er trimestre a été difficile.", ("2024-01", "2024-03")),
        ("vi", "Trong quý II, doanh thu tăng.", ("2024-04", "2024-06")),
        ("zh", "第一季度，GDP同比增长5.3%。", ("2024-01", "2024-03")),
        ("es", "El cuarto trimestre fue malo.", ("2023-10", "2023-12")),
    ],
)
def test_quarter_without_year_is_the_publication_years(lang, text, expect):
    assert values(text, lang) == [expect]


# --- half-years: the range of their six months, only with a year, like quarters ----


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("es", "El PIB creció en el segundo semestre de 2024.", ("2024-07", "2024-12")),
        ("es", "En el primer semestre de 2025, las ventas subieron.", ("2025-01", "2025-06")),
        ("es", "En la primera mitad del año 2025 cayó el paro.", ("2025-01", "2025-06")),
        ("en", "Sales rose in the second half of 2024.", ("2024-07", "2024-12")),
        ("en", "Prices should ease in the first half of 2025.", ("2025-01", "2025-06")),
        ("en", "H2 2024 revenue rose 4%.", ("2024-07", "2024-12")),
        ("fr", "Au second semestre 2024, le PIB a progressé.", ("2024-07", "2024-12")),
        ("fr", "Au premier semestre 2025, les ventes ont reculé.", ("2025-01", "2025-06")),
        ("vi", "Nửa cuối năm 2024, giá vàng tăng mạnh.", ("2024-07", "2024-12")),
        ("vi", "Trong 6 tháng đầu năm 2025, xuất khẩu tăng 14%.", ("2025-01", "2025-06")),
        ("vi", "Sáu tháng cuối năm 2024, du lịch phục hồi.", ("2024-07", "2024-12")),
        ("zh", "2024年下半年，出口同比增长。", ("2024-07", "2024-12")),
        ("zh", "2025年上半年，GDP同比增长5.3%。", ("2025-01", "2025-06")),
        ("th", "ครึ่งปีหลังของปี 2567 เศรษฐกิจฟื้นตัว", ("2024-07", "2024-12")),
        ("th", "ครึ่งปีแรกปี 2568 ยอดขายรถยนต์เพิ่มขึ้น", ("2025-01", "2025-06")),
    ],
)
def test_half_year_with_year(lang, text, expect):
    ms = resolve_dates(text, lang, PUB)
    assert [(m.value, m.end_value, m.granularity) for m in ms] == [(*expect, "month")]


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # no year: a match's half is no date; a half-year's word alone is
        # the publication year's (the year before when told as past and not
        # yet begun: test_bare_part_alone)
        ("en", "Chelsea scored twice in the first half.", []),
        ("es", "El Madrid dominó la primera mitad del partido.", []),
        ("fr", "Le second semestre a été difficile.", [("2023-07", "2023-12")]),
        ("zh", "上半年，出口同比增长。", [("2024-01", "2024-06")]),
        ("th", "ครึ่งปีแรก ยอดขายเพิ่มขึ้น", [("2024-01", "2024-06")]),
        # a half of something else, with its year
        # (the budget's year is a date, as the es line's "de 2024": "the
        # 2024 budget" names the year, heldout12's "the 2027 polls")
        ("en", "They spent half of the 2024 budget by March.", [("2024", None), ("2024-03", None)]),
        ("es", "Gastaron la mitad del presupuesto de 2024.", [("2024", None)]),
        ("fr", "La moitié du budget 2024 a été dépensée.", []),
        # durations: six months, and six months after
        ("en", "The works will take six months.", []),
        ("vi", "Dự án kéo dài 6 tháng, từ năm 2024.", [("2024", None)]),
        ("vi", "Trong 16 tháng đầu năm 2025, xuất khẩu tăng.", [("2025", None)]),
        ("vi", "6 tháng sau năm 2020, anh trở lại.", [("2020", None)]),
        ("vi", "Trong 6 tháng, xuất khẩu tăng.", []),
    ],
)
def test_half_year_look_alikes(lang, text, expect):
    assert values(text, lang) == expect


# --- lunar-calendar days are no Gregorian dates -----------------------------------


@pytest.mark.parametrize(
    "lang,text",
    [
        ("vi", "Ngày 3/2 âm lịch, người dân đi lễ chùa."),
        ("vi", "Lễ hội diễn ra ngày 10/3 (âm lịch) hằng năm."),
        ("vi", "Ngày 15 tháng 8 âm lịch là Tết Trung thu."),
        ("zh", "农历八月十五是中秋节。"),
    ],
)
def test_lunar_day_is_no_date(lang, text):
    assert values(text, lang) == []


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # the Gregorian day beside it stays
        ("vi", "Ngày 17/9, tức 15/8 âm lịch, trẻ em rước đèn.", [("2023-09-17", None)]),
        ("zh", "农历新年期间，3月5日起恢复上班。", [("2024-03-05", None)]),
        ("vi", "Ngày 3/2, người dân đi lễ chùa.", [("2024-02-03", None)]),
    ],
)
def test_lunar_look_alikes(lang, text, expect):
    assert values(text, lang) == expect


# --- Spanish / French future verbs as future cues; French "courant 2025" -----------


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        ("es", "El G20 se reunirá en Brasil en noviembre.", [("2024-11", None)]),
        ("es", "Los ministros llegarán el lunes a Bruselas.", [("2024-06-17", None)]),
        ("fr", "Les ministres se réuniront en novembre à Rio.", [("2024-11", None)]),
        ("fr", "Ils se réuniront lundi à Paris.", [("2024-06-17", None)]),
        ("fr", "Courant 2025, le projet sera lancé dans trois régions.", [("2025", None)]),
    ],
)
def test_future_verbs_and_courant(lang, text, expect):
    assert values(text, lang) == expect


@pytest.mark.parametrize(
    "lang,text,expect",
    [
        # a name ending like a future verb is no cue
        ("es", "Durán llegó a la ciudad en noviembre.", [("2023-11", None)]),
        ("es", "En Teherán, el 3 de noviembre, hubo protestas.", [("2023-11-03", None)]),
        ("es", "Los ministros llegaron el lunes a Bruselas.", [("2024-06-10", None)]),
    ],
)
def test_future_verbs_look_alikes(lang, text, expect):
    assert values(text, lang) == expect


# --- "this year" earlier in the sentence than a year-less date ---------------------


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Năm nay, Tết Trung thu rơi vào ngày 17/9.", "vi"),
        ("今年中秋节是9月17日。", "zh"),
        ("This year the harvest festival falls on Sept. 17.", "en"),
        ("Este año, la fiesta del pueblo cae el 17 de septiembre.", "es"),
        ("Cette année, la fête du village tombe le 17 septembre.", "fr"),
        ("ปีนี้ งานประจำปีตรงกับวันที่ 17 ก.ย.", "th"),
    ],
)
def test_this_year_earlier_in_the_sentence_sets_the_year(text, lang):
    got = [v for v, _ in values(text, lang) if v.endswith("-09-17")]
    assert got == ["2024-09-17"]


@pytest.mark.parametrize(
    "text,lang",
    [
        # in another sentence, or past a semicolon: the date looks back as usual
        ("This year was hard. The harvest festival fell on Sept. 17.", "en"),
        ("This year's budget passed; the old one lapsed on Sept. 17.", "en"),
        ("Năm nay khó khăn. Lễ hội đã diễn ra vào ngày 17/9.", "vi"),
    ],
)
def test_this_year_in_another_sentence_does_not(text, lang):
    got = [v for v, _ in values(text, lang) if v.endswith("-09-17")]
    assert got == ["2023-09-17"]


# --- French "mi-2025": the middle of a year, like English "mid-2025" -----------


@pytest.mark.parametrize(
    "text,expect",
    [
        (
            "Les travaux pourraient démarrer mi-2025 et les trains circuler en 2031.",
            [("2025", None), ("2031", None)],
        ),
        ("Un bilan est attendu à la mi-2026.", [("2026", None)]),
        # "mi-mars" keeps its month
        ("Un nouveau rassemblement est prévu mi-mars.", [("2024-03", None)]),
        # a number after "mi-" that is no year stays a non-date
        ("La mi-temps a duré 15 minutes.", []),
    ],
)
def test_fr_mi_year(text, expect):
    assert values(text, "fr") == expect
