"""Per-language date tables: the words the one date engine looks for.

Everything language-specific about dates lives here as data -- month names
(from babel's CLDR data, plus common spellings CLDR lacks), cue words before
days and years, relative expressions, tense cues, number words, era markers
and words that make a number a duration rather than a date. The engine in
:mod:`newsline.dates.engine` never names a language's words itself.

This module must never hold a rule that names a site, a person or a date
seen in the corpus; it must never import a stage.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from babel.dates import get_day_names, get_month_names

LANGS = ("vi", "th", "zh", "en", "es", "fr")

# ---------------------------------------------------------------------------
# Cue words. Each entry is a regular-expression fragment (matched
# case-insensitively); alternatives are joined by the engine.
# ---------------------------------------------------------------------------

# Vietnamese parts of the day and a weekday with the date in brackets or
# after a comma ("sáng 12/7", "thứ Hai (8/7)", a heading's "Thứ Hai, 10/3."):
# cues for both numeric forms below.
_VI_DAY_PARTS = [
    r"sáng",
    r"chiều",
    r"tối",
    r"đêm",
    r"trưa",
    r"rạng sáng",
    r"sáng sớm",
    r"khuya",
    r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật)\s*\(",
    # after a comma only a capitalised day word or a digit: "Thứ hai, 3/4 số
    # phiếu" opens a sentence with "secondly", not a Monday
    r"(?-i:[Tt]hứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|Bẩy|[2-7])|[Cc]hủ\s+[Nn]hật)\s*,",
    # ... or a space alone, as schedules list them ("Thứ Bảy 10/10 – vòng 3"):
    # the weekday's name capitalised ("thứ hai" lower case is "second")
    r"(?-i:[Tt]hứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|Bẩy)|[Cc]hủ\s+[Nn]hật)\s",
    # "hôm qua (5/9)", "sáng nay (6/9)", "ngày mai (7/9)": a deictic day
    # glossed with its date
    r"(?:hôm|sáng|chiều|tối|đêm|trưa|ngày)\s+(?:qua|nay|mai|kia)\s*\(",
]

# Words before a numeric day/month that show it is a date, not a fraction
# or a score, but are not part of the date itself ("sáng 12/7").
NUMERIC_DAY_CUES = {
    "vi": [
        r"ngày",
        r"hôm",
        *_VI_DAY_PARTS,
        r"vào",
        r"từ",
        r"đến",
        r"tới",
        r"hồi",
        # "mùng 8/3", "mồng 2/9": the word for the first ten days of a month
        # (solar as well as lunar: "ngày mùng 8/3" is Women's Day)
        r"m[ùồ]ng",
        r"các ngày",
        r"hai ngày",
        # a holiday told by its date ("Quốc khánh 2/9", "dịp lễ 30/4 - 1/5",
        # "nghỉ lễ 2/9"): the date, as "le 14 Juillet" is
        r"lễ",
        r"dịp",
        r"quốc\s+khánh",
        # a deadline ("chậm nhất 31/3", "hạn chót nộp hồ sơ là 30/6"): the
        # day it falls on. Not "trước" (before) alone: "trước 3/4 khán giả"
        # is before three quarters of the crowd
        r"chậm\s+nhất(?:\s+(?:là|vào))?",
        r"hạn\s+(?:chót|cuối)(?:\s+[^\W\d_]+){0,4}\s+là",
        # a happening on a calendar named by its day ("cuộc bầu cử 7/2", "phiên
        # họp 15/3", "hội nghị 20/11"): the day it is held, as "lễ 2/9" is
        r"bầu\s+cử",
        r"trưng\s+cầu\s+ý\s+dân",
        r"phiên\s+(?:họp|tòa|xử|điều\s+trần)",
        r"hội\s+nghị",
        # a source's date in a citation ("Theo Reuters (2/4)", "(TTXVN,
        # 2/4)"): the day of the report it cites
        r"theo\s+(?-i:[A-ZĐ])[^\s(),]*(?:\s+(?-i:[A-ZĐ])[^\s(),]*){0,2}\s*\(",
        r"\((?-i:[A-ZĐ])[^\s(),]*(?:\s+(?-i:[A-ZĐ])[^\s(),]*){0,2}\s*,",
    ],
    "th": [r"วันที่", r"วัน", r"เมื่อ", r"ตั้งแต่", r"ถึง"],
    "zh": [],
    # a dotted date ("on 15.03.2024", "el 15.03.2024") needs one of these:
    # bare, it is most often a stamp -- a related teaser's "(23.01.2017)", a
    # photo's -- the date of another page, not of this text
    "en": [r"on", r"since", r"from", r"until", r"till", r"by", r"before", r"after", r"dated"],
    "es": [r"el", r"del", r"al", r"día", r"fecha"],
    "fr": [r"le", r"du", r"au"],
}
# ... and words that make a date of a day and month only where it closes its
# clause: vi "trước 30/6." (before 30 June), not "trước 3/4 khán giả" (before
# three quarters of the crowd), a share with its noun after it.
NUMERIC_DAY_CUES_CLAUSE_END = {"vi": [r"trước"]}

# ... and the words after a day and month that make it a share ("2/3 số
# ghế", "3/4 tổng số phiếu", "2/3 đại biểu tán thành", "3/4 thành viên"): a
# fraction of a body of people, seats or votes, no date, whatever the word
# before it.
NUMERIC_DAY_SHARE_AFTER = {
    "vi": r"\s*(?:số|tổng\s+số|trong\s+số|dân\s+số|đại\s+biểu|cử\s+tri|thành\s+viên"
    r"|nghị\s+sĩ|cổ\s+đông|phiếu|ghế)(?![^\W\d_])"
}

# The stricter cues a day and month joined by a dash need ("sáng 5-3",
# "tối 20-11", as Vietnamese papers write dates): "từ 3-5" and "đến 2-3" are
# counts ("từ 3-5 người"), "thắng 3-1" a score.
NUMERIC_DAY_DASH_CUES = {"vi": list(_VI_DAY_PARTS)}

# Words before a bare year ("năm 2018", "in 2018", "en 2018"). The year
# alone is the date; the cue stays outside the span unless it is a noun.
YEAR_CUES = {
    "vi": [r"năm", r"từ", r"đến", r"hồi", r"cuối", r"đầu", r"giữa"],
    "th": [r"ปี", r"ปีพ\.ศ\.", r"ปี พ\.ศ\."],
    "zh": [],
    "en": [
        r"in",
        r"since",
        r"until",
        r"till",
        r"by",
        r"of",
        r"from",
        r"before",
        r"after",
        r"during",
        r"early",
        r"late",
        r"mid-?",
        r"year",
        r"through",
        r"to",
        r"between",
        r"and",
        # a bond's maturity ("notes due 2031", "bonds maturing 2030")
        r"due",
        r"maturing",
    ],
    "es": [
        r"en",
        r"desde",
        r"hasta",
        r"de",
        r"del",
        r"año",
        r"el año",
        r"antes de",
        r"después de",
        r"durante",
        r"a finales de",
        r"a principios de",
        r"a",
        r"entre",
        r"y",
    ],
    "fr": [
        r"en",
        r"depuis",
        r"jusqu'en",
        r"jusqu’en",
        r"de",
        r"d'",
        r"d’",
        r"année",
        r"l'année",
        r"l’année",
        r"avant",
        r"après",
        r"dès",
        r"fin",
        r"début",
        r"courant",
        r"à",
        r"au",
        r"entre",
        r"et",
        # a bond's maturity ("obligations à échéance 2030"); a school year
        # named by the year it opens ("la rentrée 2026", "rentrée scolaire 2026")
        r"échéance",
        r"rentrée(?:\s+(?:scolaire|universitaire))?",
    ],
}

# A number followed by one of these is a quantity, never a date (durations,
# ages, counts): "14 năm", "30 años", "75周年".
DURATION_AFTER = {
    "vi": [r"năm\b", r"tuổi", r"ngày\b", r"tháng\b", r"tuần", r"người", r"chiếc", r"%"],
    "th": [r"ปี(?!\s*\d)", r"คน", r"วัน(?!ที่)", r"เดือน", r"%"],
    "zh": [
        r"周年",
        r"年来",
        r"年间",
        r"多年",
        r"年前",
        r"年后",
        r"岁",
        r"个",
        r"架",
        r"名",
        r"亿",
        r"万",
        r"%",
    ],
    "en": [r"years?\b", r"-year", r"months?\b", r"days?\b", r"people", r"%", r"percent"],
    "es": [
        r"años\b",
        r"año\b",
        r"meses\b",
        r"días\b",
        r"personas",
        r"%",
        r"por ciento",
        r"muertos",
        r"heridos",
    ],
    "fr": [
        r"ans\b",
        r"années\b",
        r"mois\b",
        r"jours\b",
        r"personnes",
        r"%",
        r"pour cent",
        r"morts",
        r"blessés",
    ],
}

# Counted things after a bare four-digit number make it a count, not a year
# ("1920 pixels", "2000 police", "1500 euros"), unless a word that introduces
# a year comes before it (YEAR_INTRO_BEFORE: "In 2015 police arrested ...").
COUNT_NOUNS_AFTER = {
    "en": [
        (
            r"(?:persons|residents|soldiers|troops|police|officers|workers|employees|members|voters"
            r"|votes|students|children|families|households|homes|houses|cases|deaths|victims"
            r"|migrants|refugees|prisoners|pixels|units|vehicles|cars|copies|tonnes|tons|barrels"
            r"|metres|meters|kilometres|kilometers|km|miles|feet|hectares|acres|euros|dollars"
            r"|pounds|yuan|rupees|baht|pesos|visitors|fans|seats|jobs|beds|signatures|calories"
            r"|words|pages|rooms|flights|passengers|tickets)\b"
        )
    ],
    "es": [
        (
            r"(?:soldados|policías|agentes|trabajadores|empleados|miembros|votos|estudiantes"
            r"|niños|familias|viviendas|casos|víctimas|migrantes|refugiados|presos|euros"
            r"|dólares|pesos|toneladas|metros|kilómetros|hectáreas|vehículos|ejemplares"
            r"|visitantes|plazas|empleos|camas|páginas|pasajeros|entradas)\b"
        )
    ],
    "fr": [
        (
            r"(?:soldats|policiers|agents|salariés|employés|membres|voix|électeurs|élèves"
            r"|étudiants|enfants|familles|logements|cas|victimes|migrants|réfugiés|détenus"
            r"|euros|dollars|tonnes|mètres|kilomètres|hectares|véhicules|exemplaires"
            r"|visiteurs|places|emplois|lits|pages|passagers|billets)\b"
        )
    ],
}
YEAR_INTRO_BEFORE = {
    "en": [r"in", r"since", r"until", r"from", r"after", r"before", r"during", r"early", r"late"],
    # (not "de": "un despliegue de 2000 policías" counts them)
    "es": [r"en", r"desde", r"hasta", r"año"],
    "fr": [r"en", r"depuis", r"jusqu'en", r"dès", r"année"],
}
# A law's title ending in its year ("พระราชบัญญัติคอมพิวเตอร์ พ.ศ. 2560", "พ.ร.บ.
# ... (ฉบับที่ 2) พ.ศ. 2560", "รัฐธรรมนูญแห่งราชอาณาจักรไทย พ.ศ. 2560"): the year
# names the law, as the year inside a law's number does ("Ley 7/2024"); Thai
# titles always end so. Matched against the text before the year's
# expression (English "the Data Protection Act 2018" and vi "Luật Đất đai
# 2013" are not read as years anyway). "before": the title up to the year;
# "year": how the year's expression opens (the era's mark, not "ในปี" or
# "เมื่อ": "พระราชบัญญัตินี้ประกาศใช้เมื่อ พ.ศ. 2560" dates the act's passing).
LAW_TITLE_BEFORE = {
    "th": {
        "before": (
            r"(?:พระราชบัญญัติ|พ\.ร\.บ\.|พระราชกำหนด|พ\.ร\.ก\.|พระราชกฤษฎีกา|ประมวลกฎหมาย"
            r"|รัฐธรรมนูญ|กฎกระทรวง)(?:(?!นี้|เมื่อ|ตั้งแต่)[^\s\d]){0,80}"
            r"(?:\s*\(ฉบับที่\s*\d{1,3}\))?\s*$"
        ),
        "year": r"พ\.\s?ศ\.",
    },
}
# A house number and its street ("1909 Jolinda Drive", "2015 Main St."):
# English puts the number first.
STREET_AFTER = {
    "en": [
        (
            r"(?:[A-Z][\w'’-]*\s+){1,3}(?-i:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.?"
            r"|Boulevard|Blvd\.?|Lane|Ln\.?|Way|Court|Ct\.?|Place|Pl\.?|Highway|Hwy\.?|Parkway"
            r"|Pkwy\.?|Terrace|Circle)(?![\w])"
        )
    ],
}

# A year named by the sexagenary cycle (a heavenly stem then an earthly
# branch: "năm Bính Ngọ", "丙午年") is a lunar year: a day and month told with
# it ("ngày 22 tháng 8 năm Bính Ngọ", "丙午年八月廿二") are lunar, as after
# "âm lịch" (LUNAR_CALENDAR, below).
_VI_CAN_CHI_YEAR = (
    r"\s*năm\s+(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)"
    r"\s+(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)(?!\w)"
)
_ZH_GANZHI_YEAR = r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年"
# A day or month of the lunar calendar is no Gregorian date ("ngày 3/2 âm
# lịch", "农历八月十五"): one of these right after ("after") or right before
# ("before") it drops the date rather than give a wrong day.
LUNAR_CALENDAR = {
    "vi": {"after": [r"\(?\s*âm lịch", r"\(?\s*ÂL", _VI_CAN_CHI_YEAR], "before": [r"âm lịch"]},
    "zh": {"after": [], "before": [r"农历", r"阴历", _ZH_GANZHI_YEAR]},
}
# A place, a school or a unit named for a date ("pont du 6 Octobre", "la
# plaza del 2 de Mayo", "avenida 9 de Julio", "the October 6 Bridge", "May 1
# Square", "cầu 2 Tháng 9", "ถนน 14 ตุลาคม") is no date, as a street so
# named ("rue du 8-Mai-1945", "đường 3/2"). Not Chinese: its date opens the
# clause before the subject ("2024年3月3日大桥关闭": the bridge closed on 3
# March), and its names take short forms ("五一广场"), no date. "before": the
# place word right before the date; "after": right after it; "capital": the
# month must be written with a capital, as names are, where a date's month
# is not (fr, es: "la place du 14 juillet dans l'histoire" keeps its date).
# Vietnamese and Thai may read the month alone ("Tháng 9"), its day ("2")
# left before it; Vietnamese asks for that day ("thị trường tháng 9" is the
# market in September).
_FR_PLACES = (
    r"pont|rue|avenue|boulevard|bd|place|quai|gare|station|lycée|collège|école|université"
    r"|brigade|bataillon|régiment|stade|hôpital|cité|allée|impasse|carrefour|rond-point|square"
    r"|parc|aéroport|mouvement"
)
_ES_PLACES = (
    r"plaza|puente|avenida|av\.|calle|estación|paseo|parque|colegio|escuela|liceo|instituto"
    r"|universidad|brigada|batallón|regimiento|barrio|colonia|glorieta|bulevar|estadio|hospital"
    r"|aeropuerto|movimiento"
)
PLACE_NAMED_FOR_A_DATE = {
    "fr": {
        "before": r"(?<![^\W\d_])(?:" + _FR_PLACES + r")\s+(?:du\s+|de\s+la\s+)?$",
        "capital": True,
    },
    "es": {
        "before": r"(?<![^\W\d_])(?:" + _ES_PLACES + r")\s+(?:del?\s+|de\s+la\s+)?$",
        "capital": True,
    },
    "en": {
        "after": (
            r"\s+(?-i:Bridge|Square|Street|Avenue|Road|Boulevard|Stadium|Station|School|College"
            r"|University|Brigade|Battalion|Regiment|Movement|Park|Plaza|Hospital|Airport)(?![\w])"
        ),
    },
    "vi": {
        "before": (
            r"(?<![^\W\d_])(?:cầu|đường|phố|quảng\s+trường|trường|sân\s+vận\s+động|bến\s+xe"
            r"|công\s+viên|chợ|lữ\s+đoàn|tiểu\s+đoàn|trung\s+đoàn)\s+\d{1,2}\s+$"
        ),
    },
    # (Thai, as Vietnamese, may leave the day before a month read alone)
    "th": {"before": r"(?:ถนน|สะพาน|ลาน|อนุสาวรีย์|โรงเรียน|สี่แยก|วงเวียน)\s*(?:\d{1,2}\s*)?$"},
}

# A relative year told of a lunar date ("去年农历腊月二十三", "tháng Chạp năm
# ngoái") counts lunar years. The lunar months 1 to 10 lie inside the
# Gregorian year of the same number, so "今年农历八月十五" keeps its year; the
# 11th and 12th run into the next Gregorian January or February (last
# year's 腊月二十三 is this January), so the year word gives no year there.
# No lunar calendar is installed to convert the day itself (LUNAR_CALENDAR).
# "after": the lunar month right after the year word (zh), "before": right
# before it (vi writes the year after its month).
LUNAR_LATE_MONTH = {
    "vi": {
        "before": r"(?:tháng\s+chạp|(?:tháng\s+)?(?:\d{1,2}\s*/\s*)?1[12]\s*(?:âm\s+lịch|ÂL))\s*$",
    },
    "zh": {"after": r"\s*(?:(?:农历|阴历)\s*闰?(?:十一月|十二月|冬月|腊月)|闰?(?:冬月|腊月))"},
}

# Words before a year that make it a decade or an era, not a date
# ("những năm 1990", "los años 90", "les années 1990", "the 1990s").
DECADE_BEFORE = {
    "vi": [r"những năm", r"thập niên", r"thập kỷ"],
    "th": [r"ทศวรรษ", r"ทศวรรษที่"],
    "zh": [],
    "en": [r"the"],
    "es": [r"los años", r"la década de", r"década de"],
    "fr": [r"les années", r"la décennie"],
}

# A relative expression right after one of these is plural or generic
# ("những năm tới" = the coming years; "mỗi sáng qua email" = every morning
# by e-mail), not a date.
# A possessive before it makes "today"/"tomorrow" figurative ("Ukraine của
# ngày hôm nay" = today's Ukraine, "the world of tomorrow").
RELATIVE_BLOCKED_BEFORE = {
    "vi": [
        r"những",
        r"các",
        r"nhiều",
        r"mấy",
        r"của",
        # "every": "mỗi sáng qua email" is each morning by e-mail
        r"mỗi",
        r"hằng",
        # "tháng 11 năm sau" is November next year, not "11 years later"
        r"tháng",
        # "ngày 15 tháng trước" is the 15th of last month, not "15 months ago"
        r"ngày",
    ],
    # ("วันที่ 15 เดือนที่แล้ว" is the 15th of last month, not "15 months ago")
    # ("ไตรมาส 3 ปีที่แล้ว" is the third quarter of last year, not "3 years ago")
    "th": [r"ของ", r"วันที่", r"ไตรมาส(?:ที่)?"],
    # "每月15日前" is before the 15th of every month, not "15 days ago"
    "zh": [r"每(?:个)?月"],
    "en": [r"the coming", r"in coming", r"many", r"of"],
    "es": [r"los próximos", r"los últimos", r"muchos"],
    "fr": [r"les prochaines?", r"les dernières?", r"plusieurs", r"d'", r"d’"],
}

# ... unless a part of the day owns it: "ช่วงค่ำของวันนี้" is the evening of
# this very day, as literal as "ค่ำวันนี้" (Thai news says it so).
RELATIVE_UNBLOCKED_BEFORE = {
    "th": [r"(?:เช้า|สาย|เที่ยง|บ่าย|เย็น|ค่ำ|กลางคืน|ดึก|รุ่งเช้า|หัวค่ำ)\s*ของ"],
    # ... or a part of it: "at the end of last month", "by the end of this
    # week", "the middle of next week" are that month or week, as "a finales
    # del mes pasado" and "cuối tháng trước" are
    "en": [
        r"(?:end|beginning|start|middle|close)\s+of",
        # "the 15th of last month" (RELATIVE_MONTH_DAY_BEFORE)
        r"\d{1,2}(?:st|nd|rd|th)\s+of",
    ],
}

# Era markers before a year number.
BUDDHIST_ERA = [r"พ\.ศ\.", r"พ\.ศ", r"พศ\.", r"B\.E\.", r"BE", r"Phật lịch", r"佛历"]
COMMON_ERA = [r"ค\.ศ\.", r"ค\.ศ", r"A\.D\.", r"AD", r"C\.E\.", r"公元"]
# Languages whose bare 4-digit years above this value are Buddhist-era.
BUDDHIST_ERA_DEFAULT = {"th": 2400}

# Taiwan counts years from the Republic (Minguo / ROC): "民國113年" = 113 +
# 1911 = 2024. Group "ry" holds such a year: after the era word ("民國113年",
# "中華民國38年", folded to Simplified), or, without it, a two- or
# three-digit year that a month and a day follow ("113年7月11日": no news
# date is in the second century), or a month alone after a year of 100 to
# 149 ("114年1月"). A bare "113年" is a span of years, never a date. An ROC year outside 1..ROC_MAX_YEAR is kept as impossible.
ROC_ERA = [r"中华民国", r"民国"]
ROC_ERA_OFFSET = 1911
ROC_MAX_YEAR = 150

# Japan counts official years by imperial era ("令和6年" = 2018 + 6 = 2024;
# "元年" is the era's first year): era -> (offset, its last year). Read by the
# Chinese table with the rest of Japanese dates; the era word comes first, so
# "平成27年3月11日" is no ROC year 27 (1938) nor a bare "3月11日".
JAPANESE_ERA = {"令和": (2018, 99), "平成": (1988, 31), "昭和": (1925, 64), "大正": (1911, 15)}

# Range connectors between two dates ("11-12/7", "del 9 al 11", "9日至11日").
RANGE_SEP = {
    # "từ cuối tháng 5 đến đầu tháng 6": from a part of one month to a part
    # of another, the months (as zh "9月下旬至10月上旬" below)
    "vi": [
        r"-",
        r"–",
        r"—",
        r"đến",
        r"tới",
        r"(?:đến|tới)\s+(?:đầu|giữa|cuối|thượng\s+tuần|trung\s+tuần|hạ\s+tuần)",
        # "từ ngày 5 đến hết ngày 9/6": until the end of the second day, the
        # range's last day (notices of closures and holidays)
        r"(?:đến|tới)\s+hết",
    ],
    # ("ต่อเนื่องถึง", "ไปจนถึง": running on until)
    "th": [
        r"-",
        r"–",
        r"ถึง",
        r"จนถึง",
        r"(?:ต่อเนื่อง|ไป)(?:จน)?ถึง",
        r"(?:ถึง|จนถึง)\s*(?:ต้น|กลาง|ปลาย)",
    ],
    "zh": [
        r"-",
        r"–",
        r"—",
        r"至",
        r"到",
        r"~",
        r"～",
        r"开始[，,、]?(?:并于|于|至|到)?",
        r"起[，,]?(?:至|到)?",
        # a night running into the next day ("3日夜间至4日", "5日晚到6日"):
        # both days, as vi "đêm 3 rạng sáng 4/9"
        r"(?:夜间|夜里|晚间|晚上|深夜|夜|晚)\s*(?:至|到)",
        # from a part of one month to a part of another ("9月下旬至10月上旬",
        # "3月底到4月初"): the months, as a part of a month alone is its month
        r"(?:上旬|中旬|下旬|初|中|底|末)\s*(?:至|到)",
    ],
    "en": [
        r"-",
        r"–",
        r"—",
        r"to",
        r"until",
        r"through",
        r"(?:to|until|through)\s+(?:early|mid-?|late)",
    ],
    "es": [
        r"-",
        r"–",
        r"—",
        r"al",
        r"a",
        r"hasta el",
        r"hasta",
        # "de finales de mayo a principios de junio": the months
        r"(?:a|hasta)\s+(?:principios|inicios|comienzos|mediados|finales|fines)\s+de(?:l\s+mes\s+de)?",
    ],
    "fr": [r"-", r"–", r"—", r"au", r"à", r"jusqu'au", r"jusqu’au", r"(?:à|jusqu['’]à)\s+(?:début|mi-|fin)"],
}
# After a range's second number, the words that make it a count of days
# ("自3月3日起三十日内履行": within thirty days from 3 March; "30日以内"), not
# the day it ends on: the first date is read alone.
RANGE_END_COUNTED = {"zh": r"(?:以|之)?内"}
# A clock time that may stand between a range's word and its second day
# ("from 10 p.m. on Dec. 31 until 4 a.m. on Jan. 1", "từ 22h ngày 31/12 đến 2h
# ngày 1/1", "de 22 h samedi à 6 h dimanche"): a span from a time on one day
# to a time on another is the span of the days. "link": the words that may
# join the time to the day after it ("on", "del", "ngày").
CLOCK_TIME = {
    "vi": {
        "time": r"(?:lúc\s+)?\d{1,2}\s*(?:h|giờ)(?:\s*\d{2}(?:'|\s*phút)?)?"
        r"(?:\s+(?:rạng\s+sáng|sáng\s+sớm|sáng|trưa|chiều|tối|đêm|khuya))?",
        "link": [r"ngày", r"hôm"],
    },
    "th": {"time": r"(?:เวลา\s*)?\d{1,2}[.:]\d{2}\s*น\.", "link": [r"ของ", r"วันที่", r"วัน"]},
    "zh": {
        "time": r"(?:凌晨|早上|上午|中午|下午|晚上|夜间|傍晚|晚|早)?\d{1,2}(?:时|点)(?:\d{1,2}分|半)?(?:许)?",
        "link": [],
    },
    "en": {
        "time": r"(?:midnight|noon|\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)(?![^\W\d_])"
        r"|\d{1,2}:\d{2})",
        "link": [r"on", r"of"],
    },
    "es": {
        "time": r"(?:las?\s+\d{1,2}(?:[.:]\d{2})?|\d{1,2}[.:]\d{2})(?:\s*(?:horas|h))?"
        r"(?:\s+de\s+la\s+(?:mañana|tarde|noche|madrugada))?",
        "link": [r"del", r"de", r"el"],
    },
    "fr": {"time": r"(?:minuit|midi|\d{1,2}\s*h(?:eures?)?(?:\s*\d{2})?)", "link": [r"le", r"du"]},
}

# "and" joins two dates into a range only after an opening word of RANGE_OPEN
# ("between 2009 and 2011"); elsewhere "2014 and 2018" are two dates.
RANGE_AND = {
    "vi": [r"và"],
    "th": [r"และ", r"ถึง"],
    "zh": [r"和", r"与"],
    "en": [r"and"],
    "es": [r"y", r"y el"],
    "fr": [r"et", r"et le"],
}
# Words after which "and" joins two days into a range ("between 3 and 5
# May", "entre el 3 y el 5 de mayo"). Without one, days joined by "and" are
# the days named ("les 3 et 5 mai": the 3rd and the 5th, not the 4th).
RANGE_AND_OPEN = {
    "vi": [r"giữa"],
    "th": [r"ระหว่าง", r"ระหว่างวันที่"],
    "en": [r"between"],
    "es": [r"entre", r"entre el"],
    "fr": [r"entre", r"entre le"],
}
# Words that may open a range ("từ", "from", "del", "du", "entre").
RANGE_OPEN = {
    "vi": [r"từ", r"giữa", r"trong các ngày", r"các ngày", r"trong hai ngày"],
    "th": [r"ตั้งแต่", r"ระหว่าง", r"ระหว่างวันที่"],
    "zh": [r"从", r"自"],
    "en": [r"from", r"between"],
    "es": [r"del", r"desde el", r"entre el", r"entre"],
    "fr": [r"du", r"entre le", r"entre"],
}
# Range words between two days of one month in languages read through CLDR
# ("de 3 a 5 de março", "dal 3 al 5 marzo", "vom 3. bis 5. März", "с 3 по 5
# марта", "3 hingga 5 Maret"), besides the dash every language writes.
CLDR_RANGE_SEP = {
    "pt": [r"a", r"até"],
    "it": [r"al", r"a", r"fino al"],
    "de": [r"bis", r"bis zum"],
    "nl": [r"tot", r"tot en met"],
    "ru": [r"по", r"до"],
    "id": [r"hingga", r"sampai", r"s\.d\.", r"s/d"],
    "ms": [r"hingga", r"sehingga", r"sampai"],
    # "3월 3일부터 5일까지" (from the 3rd until the 5th), "3월 3일에서 5일": written
    # onto the first day, with "까지" (until) on the second (RANGE_CLOSE)
    "ko": [r"부터", r"에서"],
}
# Words of a standing schedule in the sentence of two weekdays a range word
# joins ("Geöffnet Montag bis Freitag", "a loja abre de segunda a sexta",
# "jede Woche von Montag bis Mittwoch"): opening or service hours, or a
# weekly round, that hold every week, so the pair names no dated days. A
# closure or strike over the same words ("war von Montag bis Mittwoch
# gesperrt") stays a span.
WEEKDAY_SCHEDULE_CLDR = {
    "de": r"geöffnet|öffnet|offen|öffnungszeit\w*|sprechzeit\w*|sprechstunde\w*|geschäftszeit\w*"
    r"|erreichbar|jede\s+woche|wöchentlich|werktags",
    "pt": r"abre|abrem|abert[oa]s?|funciona|funcionam|atende|atendem|atendimento|horário\w*|expediente"
    r"|toda\s+semana|todas\s+as\s+semanas|semanalmente",
    "it": r"apert[oaie]|apre|aprono|orari[oa]?|funziona\w*|ricevimento|sportello"
    r"|ogni\s+settimana|settimanalmente",
    "nl": r"open|geopend|openingstijd\w*|bereikbaar|spreekuur|elke\s+week|wekelijks",
    "id": r"buka|dibuka|jam\s+(?:kerja|operasional|layanan|buka)|melayani|beroperasi"
    r"|setiap\s+(?:minggu|pekan)",
    "ms": r"buka|dibuka|waktu\s+(?:operasi|pejabat)|beroperasi|setiap\s+minggu",
    "ru": r"открыт\w*|работает|работают|часы\s+работы|приём\w*|каждую\s+неделю|еженедельно",
}
# "and" between two days of one month written before it ("am 3. und 4.
# Mai", "nos dias 3 e 4 de maio", "3 dan 4 Maret"): both days, in a
# language read through CLDR.
CLDR_DAY_AND = {
    "de": [r"und"],
    "pt": [r"e"],
    "it": [r"e", r"ed"],
    "id": [r"dan"],
    "ms": [r"dan"],
    "nl": [r"en"],
    "ru": [r"и"],
    "pl": [r"i"],
    "tr": [r"ve"],
}
# Words that close a range ("结束" = ends): kept inside the range span.
# A range word that ends its clause ("3月4日开始，"): the date after the
# comma ends the span only when a RANGE_CLOSE word follows it ("7月9日开始，11日
# 结束"); with another verb ("3月4日开始，4月2日达成协议") it is a second happening.
RANGE_SEP_ENDS_CLAUSE = {"zh": r"\s*开始\s*[，,、]\s*"}
RANGE_CLOSE = {
    "zh": [r"结束", r"止", r"闭幕"],
    "ko": [r"까지"],
}

# A verb told in a past tense right before a year-less date, with at most
# its preposition between ("the uprising began on February 17", "le conflit
# a débuté le 17 février", "est mort le 3 mars", "la revuelta comenzó el 17
# de febrero"): what it tells is over, so the date is not after publication.
# Read as the nearest year it lay up to three months ahead: a retrospective
# published in January put last February's uprising in the coming February.
# Not a past form that sets a date ahead ("was postponed to", "scheduled
# on", "a été reporté au", "fixé le", "se aplazó para el"), nor French "est
# attendu le" (is expected on: a present, as English "expected").
_SETS_AHEAD = {
    "en": (
        "expected",
        "scheduled",
        "planned",
        "slated",
        "postponed",
        "delayed",
        "adjourned",
        "deferred",
        "rescheduled",
        "moved",
        "pushed",
        "fixed",
    ),
    "fr": ("prévu", "attendu", "fixé", "reporté", "programmé", "repoussé", "décalé", "renvoyé", "ajourné"),
    "es": ("aplazó", "pospuso", "fijó", "trasladó", "programó"),
}
_NOT_AHEAD_EN = "".join(rf"(?<!{w})" for w in _SETS_AHEAD["en"])
_NOT_AHEAD_FR = "".join(rf"(?<!{w}{e})" for w in _SETS_AHEAD["fr"] for e in ("", "e", "s", "es"))
_FR_PART = r"[a-zàâçéèêëîïôûùüÿœ]{2,}"
_FR_NEG = r"(?:\s+(?:pas|jamais|plus|point|guère)(?!\s+encore))?"
PAST_VERB = {
    # not a participle after "be" or "to" ("must be reopened by", "to be
    # completed in"): an infinitive, which looks ahead
    "en": (
        r"(?<!\bbe\s)(?<!\bto\s)(?-i:[a-z]{2,}ed"
        + _NOT_AHEAD_EN
        + r"|began|died|fell|broke\s+out|took\s+place|met|won"
        r"|lost|came|went|left)"
    ),
    "fr": (
        # not "a lieu" / "ont lieu" (takes place: a noun, told in the present);
        # a negation between the auxiliary and the participle is past too
        # ("n'a pas été publié", "n'est jamais arrivé"; not "pas encore":
        # not yet, which may look ahead)
        r"(?-i:(?:a|ont|avait|avaient)" + _FR_NEG + r"\s+" + _FR_PART + r"(?:é|i|u|is|it|ert|eint)"
        r"(?<!\slieu)"
        r"|(?:a|ont|avait|avaient)" + _FR_NEG + r"\s+été\s+" + _FR_PART
        + r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)"
        r"|(?:est|sont|était|étaient)" + _FR_NEG + r"\s+"
        + _FR_PART
        + r"(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|t|te|ts)"
        r")" + _NOT_AHEAD_FR
    ),
    "es": (
        r"(?-i:[a-zñáéíóú]{2,}(?:ó|aron|ieron))" + "".join(rf"(?<!{w})" for w in _SETS_AHEAD["es"])
    ),
}
# Languages whose past forms (PAST_VERB) also tell a weekend of this week
# as the one just past when they follow it, at most this many words after
# it ("Este fin de semana se celebraron ...", "Ce week-end, les grévistes
# ont défilé"). Not English: an "-ed" word after it is often an adjective
# ("This weekend, the renovated museum opens").
PAST_VERB_AFTER_WEEKEND = frozenset({"es", "fr"})
PAST_VERB_GAP_AFTER_WEEKEND = 4
# A participle after a present "be" ("the shop is closed", "le musée est
# ouvert") tells a state now, not a past happening: no past tense for a
# weekend of this week (matched against the past verb and a few characters
# before it).
PRESENT_STATE_BEFORE = {
    "en": r"(?<![^\W\d_])(?:is|are|remains?)\s+[^\W\d_]+$",
    "fr": r"(?<![^\W\d_])(?:est|sont|reste|restent)\s+[^\W\d_]+$",
}
PAST_VERB_BEFORE_DATE = {
    "en": PAST_VERB["en"] + r"\s+(?:on|in)",
    "fr": PAST_VERB["fr"] + r"\s+(?:le|en|du)",
    "es": PAST_VERB["es"] + r"\s+(?:el|en)",
}

# ... and such a verb further back in the date's sentence, its object or a
# place between ("la grève s'est étendue aux ports le 17 février", "the
# strike spread to the ports on February 17", "la huelga se extendió a los
# puertos el 17 de febrero"): the date is still the happening's, at most
# PAST_VERB_GAP_WORDS words on and with no future word between. Not a verb
# whose object may lie ahead: announcing, calling, deciding or fixing a
# thing ("the union called a strike for February 17", "a annoncé une grève
# le 17 février", "convocó una huelga el 17 de febrero").
PAST_VERB_GAP_WORDS = 12
# An English "-ed" word is a verb when an object or a preposition follows it
# ("reached the ports", "spread to"), an adjective before a noun ("an
# internationally respected trainer, Oct. 28–29" is no past): what opens
# the words after a reaching verb, per language where the form is ambiguous.
PAST_VERB_THEN = {
    "en": (
        r"the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|it|us|me"
        r"|to|in|on|at|from|into|with|by|over|up|off|out|down|back|across|through|after|around"
    ),
}
# ... nor with a word between that points ahead: an infinitive or a plan
# ("published the results of the exam to be held on February 17", "a publié
# le calendrier des épreuves prévues le 17 février", "bought tickets for").
PAST_VERB_GAP_AHEAD = {
    "en": r"to|for|by|until|till|due|scheduled|planned|set|upcoming|next|coming",
    "fr": r"pour|d['’]ici|jusqu['’]\s*(?:au|à|en)|prévue?s?|programmée?s?|à\s+venir|prochaine?s?|devant|devra|doit",
    "es": r"para|hasta|previst[oa]s?|programad[oa]s?|próxim[oa]s?|deberá|debe",
}
# ... nor across a start of validity ("bans smoking from February 17", "à
# partir du 17 février") or a relative word opening a clause of its own ("a
# law that bans smoking ...": its verb, not the past one, owns the date)
PAST_VERB_GAP_AHEAD["en"] += r"|from|starting|effective|beginning|that|which|who"
PAST_VERB_GAP_AHEAD["fr"] += r"|à\s+partir|dès|applicable|qui|que|dont|où"
PAST_VERB_GAP_AHEAD["es"] += r"|a\s+partir|vigente|que|quien|quienes|donde|cuando"
for _lang, _words in _SETS_AHEAD.items():  # "a été fixée le 17 février"
    _ends = r"(?:e|s|es)?" if _lang == "fr" else ""
    PAST_VERB_GAP_AHEAD[_lang] += "|(?:" + "|".join(_words) + ")" + _ends
PAST_VERB_OBJECT_AHEAD = {
    "en": (
        r"announced|called|planned|proposed|promised|threatened|vowed|warned|agreed|decided"
        r"|voted|approved|ordered|urged|demanded|asked|requested|invited|booked|confirmed"
        r"|signalled|signaled|pledged|set|unveiled|launched|organised|organized|said|told"
        # a ruling for a time to come ("banned gatherings on the night of
        # December 31"): the day the measure applies, not the day of the ruling
        r"|banned|prohibited|authorized|authorised"
    ),
    "fr": (
        r"(?:annonc|appel|convoqu|décid|promis|menac|vot|approuv|demand|confirm|lanc"
        r"|organis|dit|déclar|précis|indiqu|assur|averti|envisag|propos"
        r"|interd|autoris|ordonn)[a-zéèêë]*"
    ),
    "es": (
        r"(?:anunci|convoc|decidi|decid|promet|amenaz|aprob|pidi|confirm|acord|organiz"
        r"|dij|declar|propus|propuso|advirti|asegur|indic|precis|lanz"
        r"|prohibi|autoriz|orden)[a-zñáéíóú]*"
    ),
}

# A Chinese word of plan or forecast opened by 原 ("原定于10月8日", "原计划于":
# was originally set for) tells a plan after the fact, often one called off
# or moved: no forward date. Put before each such word in the tables below.
ZH_NOT_ORIGINALLY = r"(?<!原)"

# A plan's first date told after the fact ("The launch, originally
# scheduled for September 20", "Originalmente se espera 20 de septiembre",
# "initialement prévu le 20 septembre", "dự kiến ban đầu vào ngày 20/9"):
# whatever future word stands between, the date is an old plan, not ahead
# of the telling; it keeps the nearest year. (zh: ZH_NOT_ORIGINALLY.)
# A word of these shortly before a year-less date in its clause.
ORIGINALLY_BEFORE = {
    "en": [r"originally", r"initially"],
    "es": [r"originalmente", r"inicialmente", r"en\s+un\s+principio"],
    "fr": [r"initialement", r"originellement", r"au\s+départ"],
    "vi": [r"ban\s+đầu"],
    "th": [r"เดิม(?:ที)?(?:มี)?กำหนด"],
}
# how far before the date such a word may stand, in characters
ORIGINALLY_BEFORE_CHARS = 48

# A deadline or a time limit told in the present ("the filing deadline is
# Sept. 5", "taxpayers have until September 30", "the ultimatum expires
# Friday", "el plazo vence el viernes", "ont jusqu'à vendredi pour", "hạn
# chót là thứ Sáu", "เส้นตายคือวันศุกร์", "限期至周五"): the day it runs to
# is ahead of the telling. Told in the past ("had until", "the ultimatum
# expired Friday", "avaient jusqu'au") it keeps its reading. Joined to
# TENSE_CUES (a dated day; the words end right before it) and read for a
# weekday anywhere in its clause (engine._future_word_before), only where a
# word of TIME_LIMIT_GATE stands in the clause: the weekday's tense is read
# often, and most clauses name no limit.
# Vietnamese, Thai and Chinese mark no tense ("Hạn cuối nộp thuế là 2/5" may
# be a day just gone): their dated days keep the nearest-year reading, and
# only a bare weekday, which leans to the past, is put ahead.
ZH_DEADLINE_NAMED = r"(?:期限|截止日期|截止时间|大限)(?:定为|定在|设为|设在|为|是)"
TIME_LIMIT_AHEAD = {
    "en": [
        (
            r"(?:deadline|due\s+date|cut-?off(?:\s+date)?)(?:\s+(?:for|to)(?:\s+[\w'’-]+){1,3}?)?"
            r"\s+(?:is|will\s+be)(?:\s+(?:on|by))?"
        ),
        # the limit may be named at more length ("the rebels' ultimatum to
        # the government expires"): a few words between
        (
            r"(?:deadline|ultimatum|time\s+limit|grace\s+period)(?:\s+[\w'’-]+){0,4}?"
            r"\s+(?:expires|runs\s+out|ends|lapses)(?:\s+(?:on|at))?"
        ),
        r"(?:have|has)\s+until",
    ],
    "es": [
        # ... or named at more length ("el plazo para presentar alegaciones
        # vence el jueves"), not before "es" ("el plazo que más importa es el")
        (
            r"(?:plazo|ultimátum|fecha\s+límite)(?:\s+(?:es|será)"
            r"|(?:\s+[\w]+){0,4}?\s+(?:vence|termina|expira|finaliza|concluye))\s+el"
        ),
        r"(?:tienen?|tienes|tenéis|tenemos|disponen?)\s+hasta(?:\s+el)?",
    ],
    "fr": [
        r"(?:date\s+limite|échéance)\s+(?:est|sera)\s+(?:fixée\s+)?(?:le|au)",
        # "le délai de recours expire jeudi", "l'ultimatum lancé par les
        # syndicats expire jeudi"
        (
            r"(?:délai|date\s+limite|l['’]ultimatum|ultimatum)(?:\s+[\w'’]+){0,4}?"
            r"\s+(?:expire|court\s+jusqu['’](?:au|à))(?:\s+le)?"
        ),
        r"(?:ont|a|avez|avons|as|disposent|dispose)\s+jusqu['’](?:au|à)",
    ],
    "vi": [
        (
            r"(?:hạn\s+chót|hạn\s+cuối(?:\s+cùng)?|thời\s+hạn(?:\s+(?:chót|cuối(?:\s+cùng)?))?"
            r"|tối\s+hậu\s+thư)(?:\s+(?!(?:đã|vừa)\b)\S+){0,4}?\s+(?:là|vào|đến|hết)"
        ),
    ],
    "th": [
        r"(?:กำหนด)?เส้นตาย",
        r"หมดเขต(?<!ได้หมดเขต)",
        # must ... by ("ต้องยื่นเอกสารภายในวันศุกร์"), not "ได้" (did)
        r"ต้อง(?<!ได้ต้อง)(?:(?!เมื่อ)[\u0E00-\u0E7F]){0,30}?ภายใน",
    ],
    # ("截止到周五" is left out: it is as often "as of Friday" for a count)
    "zh": [ZH_DEADLINE_NAMED, r"(?:限期|期限)(?:至|到)"],
}
# A word each of a language's TIME_LIMIT_AHEAD patterns holds (lower case).
TIME_LIMIT_GATE = {
    "en": ("deadline", "due", "cut", "ultimatum", "limit", "grace", "until"),
    "es": ("plazo", "ultimátum", "límite", "hasta"),
    "fr": ("limite", "échéance", "délai", "ultimatum", "jusqu"),
    "vi": ("hạn",),
    "th": ("เส้นตาย", "หมดเขต", "ภายใน"),
    "zh": ("期限", "截止", "大限", "限期"),
}

# Tense cues near a year-less date: "future" picks the next occurrence,
# "past" the last one. Position: "after" = the cue follows the date.
TENSE_CUES = {
    "vi": {
        "future": {"after": [r"tới", r"sắp tới", r"tới đây", r"này"], "before": [r"sẽ", r"sắp"]},
        "past": {"after": [r"vừa qua", r"qua", r"trước"], "before": [r"hồi", r"đã", r"vừa"]},
    },
    "th": {
        "future": {"after": [r"นี้", r"ที่จะถึง(?:นี้)?", r"หน้า"], "before": [r"จะ"]},
        "past": {"after": [r"ที่ผ่านมา", r"ที่แล้ว"], "before": [r"เมื่อ", r"ได้"]},
    },
    "zh": {
        "future": {
            "after": [
                r"将",
                r"即将",
                # a day set as a deadline ("将21日定为最后期限", "把25日设为截止日期"):
                # a deadline is ahead of when it is set
                r"(?:定为|设为|设定为|订为|作为)[^。！？\n，,；;]{0,10}(?:期限|截止日期|截止日|大限)",
            ],
            # "计划于" ends in "于", which alone reads as past: these come first
            # "并会于" ("and will, on ..."): 会 as a modal after an adverb, not
            # the noun of "大会于" (the conference, on ...)
            "before": [
                r"将于",
                r"将在",
                r"下",
                # not after 原 (see ZH_NOT_ORIGINALLY), which "于" reads as past
                ZH_NOT_ORIGINALLY + r"(?:计划|预计|定|订|拟|预定|有望)于",
                # the forecast or plan written straight before the day
                # ("台风预计30日登陆", "有望5日复航"): no "于" needed
                ZH_NOT_ORIGINALLY + r"(?:预计|预期|预料|计划|预定|有望|可望|料将)",
                # a deadline or an agreement ahead ("须于6月30日前", "同意于5月20日举行")
                r"(?:须|需|应|必须|同意|决定)于",
                # the deadline named, then its day ("最后期限为21日", "截止日期是25日")
                ZH_DEADLINE_NAMED,
                # a warning's or a permit's validity ("预警有效期至23日20时",
                # "通行证有效至28日"): it runs out ahead
                r"有效期(?:至|到)",
                r"有效至",
                r"(?:要|须|需|必须)在",
                r"(?:将会|并会|也会|亦会|还会|仍会|才会|都会|会再)(?:于|在)",
                # what may be done from or by a day ("考生可于6月25日起查询",
                # "市民可于7月1日前报名"): a notice's day ahead
                r"(?:可|可以|均可|方可|即可|才可)(?:于|在)",
            ],
        },
        # (not a plan's first day, "原定于1月26日开幕": it keeps the nearest
        # year, ORIGINALLY_BEFORE)
        "past": {"after": [r"曾"], "before": [r"(?<!原定)(?<!原订)(?<!原计划)(?<!原预计)于", r"曾于", r"已于"]},
    },
    "en": {
        "future": {
            "after": [],
            "before": [
                r"next",
                r"coming",
                # lower case: "Will" is also a first name
                r"(?-i:will)",
                r"this coming",
                # "will begin on March 3", "is expected to open in June",
                # "is scheduled for May 2": the verb between cue and date
                r"(?-i:will)(?:\s+(?:not\s+|also\s+)?[a-z]+){1,2}(?:\s+(?:on|in|by|until|before))?",
                (
                    r"(?:expected|scheduled|slated|set|due|planned|poised)\s+to\s+[a-z]+"
                    r"(?:\s+(?:on|in|by|until|before))?"
                ),
                r"(?:scheduled|slated|planned|set)\s+for",
                # the next of a series told in the present ("the next increase
                # comes in September", "the next hearing is on May 4"): ahead
                (
                    r"next\s+[a-z]+(?:\s+[a-z]+)?\s+(?:is|comes|falls|starts|begins|opens|takes\s+place)"
                    r"(?:\s+(?:due|set))?\s+(?:in|on)"
                ),
                # a deadline or a time limit told in the present ("the filing
                # deadline is Sept. 5", "taxpayers have until September 30")
                *TIME_LIMIT_AHEAD["en"],
            ],
        },
        "past": {
            "after": [],
            # "since March 3": a span up to now, begun before it
            "before": [
                r"last",
                r"past",
                r"was",
                r"were",
                r"had",
                r"since",
                PAST_VERB_BEFORE_DATE["en"],
            ],
        },
    },
    "es": {
        "future": {
            "after": [r"próximo", r"que viene"],
            "before": [
                r"el próximo",
                r"próximo",
                # a deadline or a time limit told in the present ("el plazo
                # vence el 5 de septiembre", "tienen hasta el 30 de septiembre")
                *TIME_LIMIT_AHEAD["es"],
            ],
        },
        "past": {
            "after": [r"pasado"],
            "before": [r"el pasado", r"pasado", PAST_VERB_BEFORE_DATE["es"]],
        },
    },
    "fr": {
        "future": {
            "after": [r"prochain", r"à venir"],
            "before": [
                r"prochain",
                # a deadline or a time limit told in the present ("la date
                # limite est fixée au 5 septembre", "ont jusqu'au 30 septembre")
                *TIME_LIMIT_AHEAD["fr"],
            ],
        },
        "past": {
            "after": [r"dernier", r"passé"],
            "before": [r"dernier", r"depuis(?:\s+(?:le|la|l['’]))?", PAST_VERB_BEFORE_DATE["fr"]],
        },
    },
}

# Number words for "two days later" and friends. A vague count ("a few",
# "vài", "几", "quelques") maps to None: "a few years ago" names no year, and
# guessing one (three? two?) would put an event at a date the text never
# gives; the expression is still matched so that no part of it ("năm trước"
# in "vài năm trước" = last year) is read on its own.
NUMBER_WORDS: dict[str, dict[str, int | None]] = {
    "vi": {
        "một": 1,
        "hai": 2,
        "ba": 3,
        "bốn": 4,
        "tư": 4,
        "năm": 5,
        "sáu": 6,
        "bảy": 7,
        "tám": 8,
        "chín": 9,
        "mười": 10,
        "vài": None,
        "mấy": None,
        "nhiều": None,
    },
    "th": {
        "หนึ่ง": 1,
        "สอง": 2,
        "สาม": 3,
        "สี่": 4,
        "ห้า": 5,
        "หก": 6,
        "เจ็ด": 7,
        "แปด": 8,
        "เก้า": 9,
        "สิบ": 10,
        "หลาย": None,
        "ไม่กี่": None,
    },
    "zh": {
        "一": 1,
        "两": 2,
        "二": 2,
        "三": 3,
        "四": 4,
        "五": 5,
        "六": 6,
        "七": 7,
        "八": 8,
        "九": 9,
        "十": 10,
        "几": None,
        "数": None,
        "好几": None,
    },
    "en": {
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "fifteen": 15,
        "twenty": 20,
        "thirty": 30,
        "a few": None,
        "several": None,
        "some": None,
        "many": None,
        "a couple of": 2,
    },
    "es": {
        "un": 1,
        "una": 1,
        "uno": 1,
        "dos": 2,
        "tres": 3,
        "cuatro": 4,
        "cinco": 5,
        "seis": 6,
        "siete": 7,
        "ocho": 8,
        "nueve": 9,
        "diez": 10,
        "quince": 15,
        "veinte": 20,
        "treinta": 30,
        "un par de": 2,
        "unos": None,
        "unas": None,
        "varios": None,
        "varias": None,
        "algunos": None,
        "algunas": None,
        "muchos": None,
        "muchas": None,
    },
    "fr": {
        "un": 1,
        "une": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "quinze": 15,
        "vingt": 20,
        "trente": 30,
        "quelques": None,
        "plusieurs": None,
        "de nombreuses": None,
        "de nombreux": None,
    },
}


def _compound_numbers() -> dict[str, dict[str, int]]:
    """Counts from eleven to ninety-nine written in words ("twenty-five",
    "veinticinco", "vingt-cinq", "hai mươi lăm", "ยี่สิบห้า"): without them
    a count's last word was read alone ("Twenty-five years ago" as five,
    "ยี่สิบปีก่อน" as ten, "Hai mươi năm trước" as last year)."""
    out: dict[str, dict[str, int]] = {}
    en_units = "one two three four five six seven eight nine".split()
    en_tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()
    en = dict(
        zip(
            "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
            range(11, 20),
        )
    )
    for t, tw in enumerate(en_tens, 2):
        en[tw] = 10 * t
        for u, uw in enumerate(en_units, 1):
            en[f"{tw}-{uw}"] = en[f"{tw} {uw}"] = 10 * t + u
    out["en"] = en
    es_units = "uno dos tres cuatro cinco seis siete ocho nueve".split()
    es = dict(zip("once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve".split(), range(11, 20)))
    for u, uw in enumerate("uno dós trés cuatro cinco séis siete ocho nueve".split(), 1):
        es["veinti" + uw] = 20 + u  # "veintidós", "veintitrés", "veintiséis"
    es["veintiún"] = es["veintiuna"] = 21
    for t, tw in enumerate("treinta cuarenta cincuenta sesenta setenta ochenta noventa".split(), 3):
        es[tw] = 10 * t
        for u, uw in enumerate(es_units, 1):
            es[f"{tw} y {uw}"] = 10 * t + u
        es[f"{tw} y un"] = es[f"{tw} y una"] = 10 * t + 1
    out["es"] = es
    fr_units = "un deux trois quatre cinq six sept huit neuf".split()
    fr_teens = "onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf".split()
    fr = dict(zip(fr_teens, range(11, 20)))
    for t, tw in enumerate("vingt trente quarante cinquante soixante".split(), 2):
        fr[tw] = 10 * t
        fr[f"{tw} et un"] = fr[f"{tw}-et-un"] = fr[f"{tw} et une"] = fr[f"{tw}-et-une"] = 10 * t + 1
        for u, uw in enumerate(fr_units[1:], 2):
            fr[f"{tw}-{uw}"] = 10 * t + u
    fr["soixante-dix"] = 70
    fr["soixante et onze"] = fr["soixante-et-onze"] = 71
    for n, w in enumerate(fr_teens[1:], 12):
        fr[f"soixante-{w}"] = 60 + n
    fr["quatre-vingts"] = fr["quatre-vingt"] = 80
    for u, uw in enumerate(fr_units, 1):
        fr[f"quatre-vingt-{uw}"] = 80 + u
    fr["quatre-vingt-dix"] = 90
    for n, w in enumerate(fr_teens, 11):
        fr[f"quatre-vingt-{w}"] = 80 + n
    out["fr"] = fr
    # Vietnamese: "mười một" .. "mười chín", "hai mươi" .. "chín mươi chín";
    # five after a ten is "lăm" ("hai mươi năm" is twenty years), one "mốt"
    vi_digits = "một hai ba bốn năm sáu bảy tám chín".split()
    vi_after = {1: ["một", "mốt"], 4: ["bốn", "tư"], 5: ["lăm"]}
    vi: dict[str, int] = {}
    for u in range(1, 10):
        for uw in vi_after.get(u, [vi_digits[u - 1]]):
            if u != 1 or uw == "một":
                vi[f"mười {uw}"] = 10 + u
    for t in range(2, 10):
        tw = f"{vi_digits[t - 1]} mươi"
        vi[tw] = 10 * t
        for u in range(1, 10):
            for uw in vi_after.get(u, [vi_digits[u - 1]]):
                vi[f"{tw} {uw}"] = 10 * t + u
    out["vi"] = vi
    # Thai: "สิบเอ็ด" .. "เก้าสิบเก้า" (twenty is "ยี่สิบ"; one after a ten "เอ็ด")
    th_digits = "หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด เก้า".split()
    th: dict[str, int] = {}
    for t in range(1, 10):
        tw = "สิบ" if t == 1 else ("ยี่สิบ" if t == 2 else th_digits[t - 1] + "สิบ")
        th[tw] = 10 * t
        for u in range(1, 10):
            th[tw + ("เอ็ด" if u == 1 else th_digits[u - 1])] = 10 * t + u
    out["th"] = th
    return out


for _lang, _words in _compound_numbers().items():
    for _w, _n in _words.items():
        NUMBER_WORDS[_lang].setdefault(_w, _n)

# Unit words (singular/plural) per language.
UNIT_WORDS = {
    "vi": {"day": [r"ngày"], "week": [r"tuần"], "month": [r"tháng"], "year": [r"năm"]},
    "th": {"day": [r"วัน"], "week": [r"สัปดาห์", r"อาทิตย์"], "month": [r"เดือน"], "year": [r"ปี"]},
    "zh": {
        "day": [r"天", r"日"],
        # Japanese text is read by this table too (see JAPANESE below):
        # "2週間後" folds to "2周间后", "3か月前"
        "week": [r"周", r"星期", r"个星期", r"个礼拜", r"周间"],
        "month": [r"个月", r"か月", r"ヶ月", r"カ月", r"ケ月"],
        "year": [r"年"],
    },
    "en": {"day": [r"days?"], "week": [r"weeks?"], "month": [r"months?"], "year": [r"years?"]},
    "es": {"day": [r"días?"], "week": [r"semanas?"], "month": [r"mes(?:es)?"], "year": [r"años?"]},
    "fr": {
        "day": [r"jours?", r"journées?"],
        "week": [r"semaines?"],
        "month": [r"mois"],
        "year": [r"ans?", r"années?"],
    },
}

# Words for "exactly" before a count of time ("hace exactamente un año",
# "Cách đây tròn một năm", "整整一年前"): read inside a count back
# (NUMBERED_RELATIVE) and, before a count of years, as its very day
# (SAME_DAY_YEARS_AGO_EXACT).
_EXACTLY = {
    "en": r"exactly|precisely",
    "es": r"exactamente|justamente|justo",
    "fr": r"exactement|précisément|tout\s+juste",
    "vi": r"tròn|đúng",
    "zh": r"整整",
}

# A count whose last words make it count from another date than its
# pattern's mode says, checked on the match's end: Thai "สองวันก่อนหน้านั้น"
# (two days before that) from the date told before, "สามสัปดาห์ก่อนหน้า"
# (three weeks earlier) from it when there is one, else from now; "3 วันก่อน"
# (ago) and "ก่อนหน้านี้" (before now) from now. One pattern for the three
# keeps the Thai counts one scan each.
NUMBERED_MODE_BY_ENDING = {"th": (("ก่อนหน้านั้น", "anaphoric"), ("ก่อนหน้า", "either"))}

# "N units ago/later": {NUM} and {UNIT} are filled in by the engine; the
# sign says the direction; "anaphoric" expressions count from the nearest
# date written before them (none: unresolved -- "a week later" never counts
# from the publication), "deictic" ones from the publication date, and
# "either" ones from the date before them when there is one, else from the
# publication (Chinese "三天后" is both "three days later" and "in three days").
NUMBERED_RELATIVE = {
    "vi": [
        (r"cách đây\s+(?:(?:" + _EXACTLY["vi"] + r")\s+)?{NUM}\s+{UNIT}", -1, "deictic"),
        (r"{NUM}\s+{UNIT}\s+(?:về\s+)?trước(?!\s+đó)", -1, "deictic"),
        (r"{NUM}\s+{UNIT}\s+sau(?:\s+đó)?", +1, "anaphoric"),
        (r"sau đó\s+{NUM}\s+{UNIT}", +1, "anaphoric"),
        (r"{NUM}\s+{UNIT}\s+trước đó", -1, "anaphoric"),
        # "3 ngày nữa" (in three days), not "thêm 3 ngày nữa" (three more days
        # of something: a duration)
        (r"(?<!thêm\s){NUM}\s+{UNIT}\s+nữa", +1, "deictic"),
    ],
    "th": [
        # (its mode follows the ending: NUMBERED_MODE_BY_ENDING)
        (r"{NUM}\s*{UNIT}\s*(?:ก่อน(?:หน้า(?:นั้น)?(?!นี้))?|ที่แล้ว)", -1, "deictic"),
        # "เมื่อ 2 วันที่ผ่านมา" (two days ago), only after "เมื่อ": "ในช่วง 2
        # ปีที่ผ่านมา", "ตลอด 3 วันที่ผ่านมา" are the past so long (a span)
        # (the one-letter lookbehind first: the word's own are tried only
        # where it ends)
        (r"(?<=[อ\s])(?:(?<=เมื่อ)|(?<=เมื่อ\s)){NUM}\s*{UNIT}\s*ที่ผ่านมา", -1, "deictic"),
        (r"{NUM}\s*{UNIT}\s*(?:ต่อมา|หลังจากนั้น)", +1, "anaphoric"),
        # "หลังจากนั้น 2 วัน" (after that, two days): the count after the words
        (r"(?:หลังจากนั้น|ต่อมาอีก)\s*(?:อีก\s*)?{NUM}\s*{UNIT}", +1, "anaphoric"),
        # "ในอีก 3 วัน", "อีก 2 สัปดาห์ข้างหน้า", a line opening "อีก 2 สัปดาห์":
        # in that long from now; a bare "อีก" elsewhere is also "another"
        # ("ขยายเวลาอีก 30 วัน", extended by another 30 days: a duration)
        (r"ในอีก\s*{NUM}\s*{UNIT}(?:\s*ข้างหน้า)?", +1, "deictic"),
        (r"อีก\s*{NUM}\s*{UNIT}\s*ข้างหน้า", +1, "deictic"),
        (r"อีก(?<![^\n]อีก)\s*{NUM}\s*{UNIT}", +1, "deictic"),
        # a countdown: "อีก 2 สัปดาห์จะปิดรับสมัคร" (in two weeks applications
        # will close) -- "จะ" after the count says what comes then
        (r"อีก\s*{NUM}\s*{UNIT}(?=\s*(?:ก็)?จะ)", +1, "deictic"),
    ],
    # "三天前" / "三天之前" / "三天以前", "两天后" / "两天之后" / "两天以后"
    # "14日后" is both "fourteen days later" and "after the 14th" (of this
    # month); no cue tells them apart in principle ("于" introduces a count
    # as well as a day, "14日后，警方公布了" reads either way), so it stays a
    # count, from the date told before or else from publication. With its
    # month ("9月14日后", "本月14日后") it is the day, read by the month
    # patterns, which take the longer span.
    "zh": [
        # ... but "27日前往" is "go to ... on the 27th" (前往, 前来, 前去, 前赴
        # are verbs of going) and "27日前夕" the eve of the 27th
        (r"{NUM}\s*{UNIT}(?:之|以)?前(?![往来去赴夕])", -1, "deictic"),
        (r"{NUM}\s*{UNIT}(?:之|以)?后", +1, "either"),
        # countdowns: "距春节还有26天" (26 days still to the festival), "再过10天"
        # (ten more days on): the day counted to; "还有3天假期" alone is a
        # stretch left, so "还有" only after "距"/"距离" in its clause
        (
            r"(?<=距)[^，。；！？,;\n]{0,20}?(?:还有|只有|仅有|仅剩|只剩){NUM}\s*{UNIT}",
            +1,
            "deictic",
        ),
        (r"再过{NUM}\s*{UNIT}", +1, "either"),
    ],
    "en": [
        (r"{NUM}\s+{UNIT}\s+ago", -1, "deictic"),
        # "two weeks earlier than last year" compares, it dates nothing
        (r"{NUM}\s+{UNIT}\s+(?:later|after(?:wards?)?)(?!\s+than)", +1, "anaphoric"),
        (r"{NUM}\s+{UNIT}\s+(?:earlier|before)(?!\s+than)", -1, "anaphoric"),
        # "two weeks from now", "in three days' time" ("in three days" alone is
        # also how long a thing took: left out)
        (r"{NUM}\s+{UNIT}\s+from\s+now", +1, "deictic"),
        (r"in\s+{NUM}\s+{UNIT}['’]s?\s+time", +1, "deictic"),
        # countdowns: "with 10 days to go before polling day", "three weeks
        # left until the deadline": the day counted to ("five years left on
        # his contract" is a stretch, "three days to go through the files" a
        # purpose: only before until/before or a clause's end)
        (
            (
                r"{NUM}\s+{UNIT}\s+(?:to\s+go|left)"
                r"(?=\s*(?:[,.;:!?)—–]|$|(?:until|till|before|in)\b))"
            ),
            +1,
            "deictic",
        ),
    ],
    "es": [
        (r"hace\s+(?:(?:" + _EXACTLY["es"] + r")\s+)?{NUM}\s+{UNIT}", -1, "deictic"),
        (r"{NUM}\s+{UNIT}\s+(?:después|más tarde)(?!\s+(?:que|de\s+lo))", +1, "anaphoric"),
        (r"{NUM}\s+{UNIT}\s+antes(?!\s+(?:que|de\s+lo))", -1, "anaphoric"),
        # "dentro de tres días": in that long from now ("en tres días" is also
        # how long a thing took: left out)
        (r"dentro\s+de\s+{NUM}\s+{UNIT}", +1, "deictic"),
        # countdowns: "Quedan cinco días para el sorteo", "faltan dos semanas
        # para las elecciones": the day counted to ("le quedan dos años de
        # contrato" is a stretch left: only before "para")
        (
            (
                r"(?:quedan?|faltan?|restan?)\s+(?:(?:solo|sólo|apenas|ya)\s+)?{NUM}\s+{UNIT}"
                r"(?=\s+para\b)"
            ),
            +1,
            "deictic",
        ),
    ],
    "fr": [
        (r"il y a\s+(?:(?:" + _EXACTLY["fr"] + r")\s+)?{NUM}\s+{UNIT}", -1, "deictic"),
        (r"{NUM}\s+{UNIT}\s+(?:plus tard|après)(?!\s+qu)", +1, "anaphoric"),
        (r"{NUM}\s+{UNIT}\s+(?:plus tôt|avant)(?!\s+qu)", -1, "anaphoric"),
        # "dans quinze jours", "d'ici deux semaines": in that long from now;
        # not a stretch named by what follows ("dans une journée de
        # mobilisation", "dans un mois où")
        (
            (
                r"(?:dans|d['’]ici)\s+{NUM}\s+{UNIT}"
                r"(?!\s+(?:(?:de|du|des|où|qui|que|marquée?s?)(?![^\W\d_])|d['’](?!ici)))"
            ),
            +1,
            "deictic",
        ),
        # countdowns: "il ne reste que 4 jours avant la clôture", "il reste
        # deux semaines pour s'inscrire": the day counted to ("il reste 4
        # jours de congés" is a stretch left: only before avant/pour/jusqu')
        (
            (
                r"il\s+(?:ne\s+)?reste\s+(?:(?:que|plus\s+que|encore|seulement)\s+)?"
                r"{NUM}\s+{UNIT}(?=\s+(?:avant|pour|jusqu))"
            ),
            +1,
            "deictic",
        ),
    ],
}

# "Three months before the rainy season", "tres meses antes de las
# elecciones", "ba tháng trước khi bầu cử": the count is measured from a
# happening the sentence names, whose date is not known -- not from the last
# date mentioned. After a count ending in one of these words, the text that
# follows (matched right after it) makes the expression no date.
RELATIVE_TO_NAMED_EVENT = {
    "vi": {
        "words": [r"trước", r"sau"],
        "next": (
            r"\s+(?:khi|mùa|ngày|lúc|kỳ|đợt|cuộc|thời điểm|thời hạn|hạn chót|bầu cử|tết|lễ"
            r"|hội nghị|trận)(?![^\W\d_])"
        ),
    },
    "en": {
        "words": [r"before", r"after"],
        "next": (
            # ("two days after that" points back to a date already given)
            r"\s+(?:the|a|an|his|her|its|their|our|my|your|these|those|it|he|she|they"
            r"|we|i|you)\b|\s+(?-i:[A-Z])"
            # a happening told by a verb: "three months after grounding its fleet"
            r"|\s+(?-i:[a-z]{2,}ing)\b"
            # a happening told by a clause whose subject has no article: "a week
            # after police began searching ...", "days after workers walked out"
            # (not "after that / this / then", which point back to a date told)
            r"|\s+(?!(?:that|this|then|which|midnight|noon|today|tomorrow|yesterday|last|next)\b)"
            r"(?-i:[a-z]{3,})\b"
        ),
    },
    "es": {"words": [r"antes", r"después"], "next": r"\s+(?:de|del|que)\b"},
    # "สามวันก่อนพิธีเปิด" (three days before the opening ceremony), not "3
    # วันก่อน" (three days ago): a happening's noun right after the count
    "th": {
        "words": [r"ก่อน"],
        "next": (
            r"\s*(?:พิธี|งาน|เทศกาล|การ(?!ณ์)|วัน(?:เปิด|ปิด|เลือกตั้ง|สอบ|แข่ง)|เปิด|ปิด|เริ่ม|สิ้นสุด"
            r"|เลือกตั้ง|แข่งขัน|หมดเขต|เส้นตาย|ครบกำหนด)"
        ),
    },
    "fr": {
        "words": [r"avant", r"après"],
        "next": r"\s+(?:le|la|les|l['’]|un|une|des|du|de|d['’]|que|qu['’]|son|sa|ses|leur|leurs)\b",
    },
}

# ... and when the happening's own day is written before the count in the
# sentence ("Nhà máy dừng hoạt động ngày 3/11; hai tuần trước khi dừng", "se
# vació el 2 de octubre y, tres semanas antes del vaciado", "工厂于11月3日
# 停产，停产前两周", "ปิดตัวลงเมื่อวันที่ 3 ต.ค. สองสัปดาห์ก่อนปิดตัว"): the count is
# from that day (heldout15, heldout17), found by the happening's word written
# again near it (engine._count_from_a_happening_dated_before). Words that may
# stand between a count and the happening's word, skipped to reach it:
HAPPENING_LINK_WORDS = {
    "vi": ["khi", "lúc", "ngày", "đợt", "cuộc", "kỳ", "việc"],
    "en": ["the", "a", "an", "its", "their", "his", "her", "this", "that"],
    "es": ["de", "del", "la", "el", "los", "las", "que", "su", "sus"],
    "fr": ["le", "la", "les", "l", "du", "de", "des", "d", "son", "sa", "ses", "leur", "leurs"],
}
# Chinese writes the happening before the count ("停产前两周", "开幕前三天"): the
# word, then 前 and a count of days or weeks.
ZH_COUNT_BEFORE_A_HAPPENING = (
    r"(?P<ev>[\u4e00-\u9fff]{2})前(?P<num>[一二两三四五六七八九十]|[1-9]\d?)(?:个)?(?P<unit>天|日|周|星期)"
    # only before a clause's turn ("停产前两周，", "前三周就已", "前两周已"):
    # "上映前两周票房" is the first two weeks' takings
    r"(?=\s*(?:[，,]|就|已|便|才|即|左右|起|开始))"
)

# After an anaphoric "the day before" / "the next day" of RELATIVE: words
# that make it the eve or the morrow of a happening named next ("la veille du
# coup d'Etat", "le lendemain de l'élection", "la víspera de la cumbre", "al
# día siguiente del ataque", "the day before the vote"), not of the date told
# before. It names no date, unless the happening's day is written after it
# in the sentence ("le lendemain du 19 mars", "la veille du coup d'Etat de ce
# mercredi 3 juillet": see engine._count_from_the_happenings_day).
DAY_OF_A_HAPPENING_AFTER = {
    "fr": r"\s*(?:(?:de|du|des)(?![^\W\d_])|d['’])",
    "es": r"\s+(?:de|del|a|al)(?![^\W\d_])",
    "en": r"\s+(?:the|a|an|his|her|its|their|this|that)(?![^\W\d_])",
    "vi": r"\s+(?:ngày|lễ|đêm|hôm)(?![^\W\d_])",
    # "วันรุ่งขึ้นหลังการเลือกตั้ง" (the day after the election)
    "th": r"\s*(?:หลัง|ถัดจาก)(?:จาก)?\s*(?:การ|วัน|งาน|พิธี)",
}

# Fixed relative expressions: (pattern, unit, offset, mode).
RELATIVE = {
    "vi": [
        # "the previous quarter" after a quarter ("Fourth-quarter revenue rose
        # 8% from the previous quarter"): the three months before it (engine,
        # unit "quarter"); with no date written before it, none
        (r"quý\s+(?:liền\s+)?trước(?:\s+đó)?", "quarter", -1, "anaphoric"),
        # "this time last year": the publication's month a year back (a time
        # of year, not a day; heldout12), not the whole year "last year" gives.
        # Not a business "same period last year" ("cùng kỳ", "同期",
        # "ช่วงเดียวกันของปีก่อน"), which is the period compared
        (r"(?:thời\s+điểm|giờ|lúc)\s+này\s+(?:của\s+)?năm\s+(?:ngoái|trước)(?![^\W\d_])", "month", -12, "deictic"),
        # the end of this or next quarter: its last month (the end of a year is
        # its December; a quarter's end its third month); see engine
        # _quarter_end_told_of_the_calendar for the sentences it is read in
        (r"(?:cuối|hết)\s+quý\s+(?:này|nay)", "quarter_end", 0, "deictic"),
        (r"(?:cuối|hết)\s+quý\s+(?:tới|sau)", "quarter_end", 1, "deictic"),
        # the last day of this / next / last month: that day (not "of the
        # month", as often a habit: "rent is due on the last day of the month")
        (r"ngày\s+cuối\s+cùng\s+của\s+tháng\s+(?:này|nay)", "month_last_day", 0, "deictic"),
        (r"ngày\s+cuối\s+cùng\s+của\s+tháng\s+(?:sau|tới)", "month_last_day", 1, "deictic"),
        (r"ngày\s+cuối\s+cùng\s+của\s+tháng\s+trước", "month_last_day", -1, "deictic"),
        (r"(?:ngày )?hôm qua", "day", -1, "deictic"),
        (r"(?:ngày )?hôm nay", "day", 0, "deictic"),
        # "đêm nay" (tonight) too, as "đêm qua" (last night)
        (r"(?:sáng|trưa|chiều|tối|đêm) nay", "day", 0, "deictic"),
        (r"(?:sáng|trưa|chiều|tối|đêm) qua(?![^\W\d_])", "day", -1, "deictic"),
        (r"ngày mai", "day", 1, "deictic"),
        # "trưa mai", "sáng mai": a part of tomorrow (lower case: "Mai" is a
        # given name, "chiều Mai về" is no date); not the word of a compound
        # before it ("ban đêm" at night, "nửa đêm" midnight, "ánh sáng"
        # light, "bóng tối" darkness), nor "mai mốt" / "mai sau" (some day)
        (
            (
                r"(?:sáng|trưa|chiều|tối|đêm)(?<!ban\sđêm)(?<!nửa\sđêm)(?<!thâu\sđêm)(?<!ánh\ssáng)"
                r"(?<!bóng\stối)\s+(?-i:mai)(?![^\W\d_])(?!\s+(?:mốt|sau)(?![^\W\d_]))"
            ),
            "day",
            1,
            "deictic",
        ),
        (r"hôm kia", "day", -2, "deictic"),
        (r"ngày mốt|(?<!một )ngày kia", "day", 2, "deictic"),
        (r"tuần (?:trước|qua|rồi)", "week", -1, "deictic"),
        (r"tuần (?:tới|sau)", "week", 1, "deictic"),
        # "tuần sau nữa": the week after next (not read as "tuần sau")
        (r"tuần sau nữa", "week", 2, "deictic"),
        (r"tháng sau nữa", "month", 2, "deictic"),
        (r"năm sau nữa", "year", 2, "deictic"),
        # ... and back: "tuần trước nữa", the week before last
        (r"tuần trước nữa", "week", -2, "deictic"),
        (r"tháng trước nữa", "month", -2, "deictic"),
        (r"năm trước nữa", "year", -2, "deictic"),
        # "năm kia": the year before last (as "hôm kia" the day before
        # yesterday; unlike "ngày kia", two days on); not "một năm kia" (a
        # year, some year)
        (r"(?<!một )năm kia(?![^\W\d_])", "year", -2, "deictic"),
        (r"tuần (?:này|nay)", "week", 0, "deictic"),
        # the weekend of last or this week, as en "last weekend" (sports
        # results: "cuối tuần qua, đội tuyển ..."), not the whole week
        (r"cuối tuần (?:trước|qua|rồi)", "weekend", -1, "deictic"),
        (r"cuối tuần (?:này|nay)", "weekend", 0, "deictic"),
        (r"tháng (?:trước|rồi)", "month", -1, "deictic"),
        (r"tháng (?:tới|sau)", "month", 1, "deictic"),
        (r"tháng này", "month", 0, "deictic"),
        # "đến cuối tháng", "từ đầu tháng,": the month just told, else the
        # publication's (en "by the end of the month"); only where the clause
        # ends after "tháng" -- a month's number or name follows it otherwise
        # ("cuối tháng 9", "đầu tháng Giêng")
        (
            (
                r"(?:đến|tới|vào|từ|trước|trong|hết)\s+(?:cuối|đầu|giữa)\s+tháng"
                r"(?=\s*(?:[,.;:!?)]|$))"
            ),
            "month",
            0,
            "either",
        ),
        (r"năm (?:ngoái|trước|rồi)(?!\s+đó)", "year", -1, "deictic"),
        (r"năm nay", "year", 0, "deictic"),
        # "từ đầu năm đến nay" (so far this year): 1 January to the day told
        # from, not January ("đầu năm") nor the year; "từ đầu năm (nay)"
        # alone is the same count kept since (heldout4's "so far this year"),
        # not "from" the start of another year ("từ đầu năm sau", "năm học")
        (
            r"từ\s+đầu\s+năm(?:\s+nay)?\s+(?:đến|tới)\s+(?:nay|hiện\s+nay|thời\s+điểm\s+này)",
            "year_to_date",
            0,
            "deictic",
        ),
        (
            (
                r"từ\s+đầu\s+năm(?:\s+nay)?(?![^\W\d_])(?!\s*[/-]?\s*\d)"
                r"(?!\s+(?:ngoái|trước|sau|tới|đến|qua|kia|học|tài|ngân|mới|âm|dương)(?![^\W\d_]))"
            ),
            "year_to_date",
            0,
            "deictic",
        ),
        (r"năm (?:tới|sau)", "year", 1, "deictic"),
        # "sang năm" (next year, spoken), not "into" a year it names ("sang
        # năm 2025", "sang năm mới", "bước sang năm thứ 3")
        (
            r"sang năm(?!\s*(?:\d|mới|thứ|sau|tới|nay|học|tài|ngân|đó|ấy|kế|nữa)(?![^\W\d_]))",
            "year",
            1,
            "deictic",
        ),
        (r"hôm sau|ngày hôm sau|ngày sau đó", "day", 1, "anaphoric"),
        # "đêm trước ngày Quốc khánh 2/9", "hôm trước lễ khai mạc": the eve of
        # a day named next, dated only by a day written after it
        # (DAY_OF_A_HAPPENING_AFTER); "ngày trước" alone is "in the old days"
        (r"(?:đêm|hôm|ngày)\s+trước(?=\s+(?:ngày|lễ|đêm|hôm)(?![^\W\d_]))", "day", -1, "anaphoric"),
        # "chiều cùng ngày", "trong cùng ngày": the day just named (not "cùng
        # ngày 15/3", where the date itself follows)
        (r"cùng ngày(?!\s*\d)", "day", 0, "anaphoric"),
        # "Vài giờ trước đó, ...": the day just told, a few hours off
        (r"(?:vài|mấy)\s+giờ\s+(?:trước|sau)\s+đó", "day", 0, "anaphoric"),
        # "cùng tối": the same evening (not "tối ưu", "tối đa", "tối thiểu":
        # optimal, most, least)
        (r"cùng tối(?!\s*(?:ưu|đa|thiểu|\d))", "day", 0, "anaphoric"),
        # "hôm đó" / "hôm ấy": that day, the day just named
        (r"(?:ngày\s+)?hôm (?:đó|ấy)", "day", 0, "anaphoric"),
        (r"năm sau đó", "year", 1, "anaphoric"),
        (r"tuần sau đó", "week", 1, "anaphoric"),
        (r"tháng sau đó", "month", 1, "anaphoric"),
    ],
    "th": [
        # "the previous quarter" after a quarter: see "vi"
        (r"ไตรมาสก่อนหน้า(?:นี้|นั้น)?", "quarter", -1, "anaphoric"),
        # "this time last year": the publication's month a year back (a time
        # of year, not a day; heldout12), not the whole year "last year" gives.
        # Not a business "same period last year" ("cùng kỳ", "同期",
        # "ช่วงเดียวกันของปีก่อน"), which is the period compared
        (r"(?:ช่วง)?เวลา(?:เดียวกัน(?:นี้)?|นี้)\s*(?:ของ|เมื่อ|ใน)?\s*ปี(?:ที่แล้ว|ก่อน|ที่ผ่านมา)", "month", -12, "deictic"),
        (r"(?:สิ้น|ปลาย)ไตรมาสนี้", "quarter_end", 0, "deictic"),
        (r"(?:สิ้น|ปลาย)ไตรมาสหน้า", "quarter_end", 1, "deictic"),
        # the last day of this / next / last month: that day (not "of the
        # month", as often a habit: "rent is due on the last day of the month")
        (r"วันสุดท้ายของเดือนนี้", "month_last_day", 0, "deictic"),
        (r"วันสุดท้ายของเดือนหน้า", "month_last_day", 1, "deictic"),
        (r"วันสุดท้ายของเดือน(?:ที่แล้ว|ก่อน)", "month_last_day", -1, "deictic"),
        # formal news Thai drops "เมื่อ": "วานนี้ (13 มี.ค.)", "ช่วงบ่ายวานนี้"
        (r"เมื่อวานนี้|เมื่อวาน|วานนี้", "day", -1, "deictic"),
        (r"วันนี้", "day", 0, "deictic"),
        # "this morning", "last night" -- not "เมื่อเช้ามืดวันที่ 11" (in the
        # small hours of the 11th) nor "เมื่อคืนวันที่ 10" (on the night of
        # the 10th): a part of the day before a date is that date's
        (r"เช้านี้|เมื่อเช้านี้|เมื่อเช้า(?!มืด|\s*(?:ของ\s*)?วันที่|\s*\d)", "day", 0, "deictic"),
        (r"เมื่อคืนนี้|เมื่อคืน(?!\s*(?:ของ\s*)?วันที่|\s*\d)", "day", -1, "deictic"),
        # "tonight", "this evening / afternoon" ("ออกอากาศคืนนี้ 20.30 น."): today;
        # after "เมื่อ" it is last night, above
        (r"(?<!เมื่อ)(?:คืนนี้|ค่ำนี้|เย็นนี้|บ่ายนี้)", "day", 0, "deictic"),
        (r"พรุ่งนี้", "day", 1, "deictic"),
        (r"เมื่อวานซืน(?:นี้)?", "day", -2, "deictic"),
        (r"มะรืนนี้|มะรืน", "day", 2, "deictic"),
        # "สัปดาห์ก่อนหน้า(นั้น)" after a week: the week before it (unit
        # "week_span", as en "the previous week"), not last week
        (r"(?:สัปดาห์|อาทิตย์)ก่อนหน้า(?:นั้น)?(?!นี้)", "week_span", -1, "anaphoric"),
        (r"(?:สัปดาห์|อาทิตย์)(?:ที่แล้ว|ที่ผ่านมา|ก่อน)", "week", -1, "deictic"),
        (r"(?:สัปดาห์|อาทิตย์)หน้า", "week", 1, "deictic"),
        # the weekend of last or this week, as en "last weekend"
        (r"สุดสัปดาห์(?:ที่แล้ว|ที่ผ่านมา|ก่อน)", "weekend", -1, "deictic"),
        (r"สุดสัปดาห์นี้", "weekend", 0, "deictic"),
        (r"เดือน(?:ที่แล้ว|ที่ผ่านมา|ก่อน)", "month", -1, "deictic"),
        (r"เดือนหน้า", "month", 1, "deictic"),
        (r"เดือนนี้", "month", 0, "deictic"),
        (r"ปี(?:ที่แล้ว|ที่ผ่านมา|ก่อน)", "year", -1, "deictic"),
        (r"ปีนี้", "year", 0, "deictic"),
        # "ตั้งแต่ต้นปีจนถึงปัจจุบัน" (since the start of the year until now)
        (
            r"ตั้งแต่ต้นปี(?:นี้)?\s*(?:จน)?(?:ถึง)\s*(?:ปัจจุบัน|ขณะนี้|ตอนนี้|วันนี้)",
            "year_to_date",
            0,
            "deictic",
        ),
        # ... and "ตั้งแต่ต้นปี(นี้)" alone (since the start of the year), not of
        # another year ("ตั้งแต่ต้นปีหน้า", "ต้นปี 2567", "ต้นปีงบประมาณ")
        (
            r"ตั้งแต่ต้นปี(?:นี้)?(?!\s*(?:\d|[๐-๙]|ที่แล้ว|ก่อน|หน้า|งบ|การศึกษา|ต่อ|ถัด|พ\.ศ|ค\.ศ|จน|ถึง))",
            "year_to_date",
            0,
            "deictic",
        ),
        (r"ปีหน้า", "year", 1, "deictic"),
        (r"วันต่อมา|วันรุ่งขึ้น", "day", 1, "anaphoric"),
        # the week, month, year after the date told before ("สัปดาห์ถัดมา")
        (r"(?:สัปดาห์|อาทิตย์)ถัดมา", "week", 1, "anaphoric"),
        (r"เดือนถัดมา|เดือนต่อมา", "month", 1, "anaphoric"),
        (r"ปีถัดมา|ปีต่อมา", "year", 1, "anaphoric"),
        (r"(?:ใน)?วันเดียวกัน(?:นี้|นั้น)?", "day", 0, "anaphoric"),
    ],
    "zh": [
        # "the previous quarter" after a quarter: see "vi"
        (r"上一?个?季度", "quarter", -1, "anaphoric"),
        # "比前一周" after a week: the week before it (engine, unit "week_span")
        (r"(?<=[比较])前一周", "week_span", -1, "anaphoric"),
        # "this time last year": the publication's month a year back (a time
        # of year, not a day; heldout12), not the whole year "last year" gives.
        # Not a business "same period last year" ("cùng kỳ", "同期",
        # "ช่วงเดียวกันของปีก่อน"), which is the period compared
        (r"去年(?:的)?(?:此时|此刻|这个时候|这时候|这时)", "month", -12, "deictic"),
        (r"本季(?:度)?(?:末|底)", "quarter_end", 0, "deictic"),
        (r"下(?:个)?季度(?:末|底)", "quarter_end", 1, "deictic"),
        # the last day of this / next / last month: that day (not "of the
        # month", as often a habit: "rent is due on the last day of the month")
        (r"本月(?:的)?最后一天", "month_last_day", 0, "deictic"),
        (r"下(?:个)?月(?:的)?最后一天", "month_last_day", 1, "deictic"),
        (r"上(?:个)?月(?:的)?最后一天", "month_last_day", -1, "deictic"),
        (r"昨天|昨日", "day", -1, "deictic"),
        (r"今天|今日", "day", 0, "deictic"),
        # a notice's "(自)即日起" (from this day on) is today; "即日" alone is
        # also "at once" ("即日发货": ships the same day)
        (r"即日(?=起)", "day", 0, "deictic"),
        (r"今晨|今早|今天上午|今晚", "day", 0, "deictic"),
        (r"昨晚|昨夜", "day", -1, "deictic"),
        (r"明天|明日", "day", 1, "deictic"),
        # "明晚8时" (tomorrow evening), "明早6点"; not the "明" of "说明", "表明",
        # "证明", "黎明" (dawn)
        (r"(?<![说表证声阐申查透鲜光文发精聪英高简分标注黎])明(?:晨|晚|早)", "day", 1, "deictic"),
        # two days running counted from now ("今明两天" today and tomorrow,
        # "明后两天" / "明后天" tomorrow and the day after, "昨今两天"): both
        # days ("day_pair" n: days n and n + 1); not the "明" of "说明", "表明"
        (r"昨今两?[天日]", "day_pair", -1, "deictic"),
        (r"今明两?[天日]", "day_pair", 0, "deictic"),
        # (a bare "明后日" is Japanese 明後日, the day after tomorrow, below)
        (r"(?<![说表证声阐申查透鲜光文发精聪英高简分标注])明后(?:两?天|两日)", "day_pair", 1, "deictic"),
        (r"(?<![说表证声阐申查透鲜光文发精聪英高简分标注])明后日", "day", 2, "deictic"),
        # "大前天" / "大后天": three days back / ahead (not read as "前天")
        (r"大前天", "day", -3, "deictic"),
        (r"大后天", "day", 3, "deictic"),
        # "后天" (the day after tomorrow); not the "后" of "今后", "此后",
        # "之后", "以后", "午后" before "天气" (weather), nor "后天性" (acquired)
        (r"(?<![大今此之以午然最随其而落])后天(?![气性])", "day", 2, "deictic"),
        (r"前天", "day", -2, "deictic"),
        # Hong Kong and Taiwan papers write "前日"; not "前日本首相" (former
        # Japanese prime minister) nor "前日军" (the former Japanese army)
        (r"(?<![之日])前日(?![本军籍侨企商韩元])", "day", -2, "deictic"),
        (r"上(?:个)?(?:周|星期|礼拜)", "week", -1, "deictic"),
        (r"下(?:个)?(?:周|星期|礼拜)", "week", 1, "deictic"),
        # "上上周", "下下个月": two weeks or months back or ahead (not read as
        # "上周" from the second character)
        (r"上上(?:个)?(?:周|星期|礼拜)(?!末)", "week", -2, "deictic"),
        (r"下下(?:个)?(?:周|星期|礼拜)(?!末)", "week", 2, "deictic"),
        (r"上上(?:个)?周末", "weekend", -2, "deictic"),
        (r"下下(?:个)?周末", "weekend", 2, "deictic"),
        (r"上上(?:个)?月", "month", -2, "deictic"),
        (r"下下(?:个)?月", "month", 2, "deictic"),
        (r"本周|这周|本星期", "week", 0, "deictic"),
        # the weekend of last or this week, as en "last weekend" (Japanese
        # 先週末 / 今週末 fold to 先周末 / 今周末)
        (r"上(?:个)?周末|先周末", "weekend", -1, "deictic"),
        # "下周末" is the weekend of next week (Monday-first weeks, as "下周"),
        # as ja 来週末 (folded to 来周末); unlike en "next weekend"
        (r"下(?:个)?周末|来周末", "weekend", 1, "deictic"),
        (r"(?:本|这个?)周末|今周末", "weekend", 0, "deictic"),
        (r"上(?:个)?月", "month", -1, "deictic"),
        (r"下(?:个)?月", "month", 1, "deictic"),
        (r"本月|这个月", "month", 0, "deictic"),
        # the start or end of the month with no month named ("月初以来", "计划于
        # 月底完工", "截至月末"): this month's, as "本月底" is. Only after a
        # preposition or opening a clause: "腊月底", "三个月中", "每月底" are not
        (
            r"(?:(?<=[于在至到从自止前，。；：、\s])|(?<=^))月(?:初|底|末)(?![一二三四五六七八九十\d])",
            "month",
            0,
            "deictic",
        ),
        (r"去年", "year", -1, "deictic"),
        (r"今年", "year", 0, "deictic"),
        # "今年以来", "年初以来", "年初至今": 1 January to the day told from
        (r"(?:今年|年初)(?:以来|至今)|今年迄今", "year_to_date", 0, "deictic"),
        (r"明年", "year", 1, "deictic"),
        (r"前年", "year", -2, "deictic"),
        # "后年" (the year after next), "大前年" / "大后年" (three back or on);
        # not the "后" of "此后年均" (yearly since then), "最后年份", "以后年度"
        (r"大前年", "year", -3, "deictic"),
        (r"大后年", "year", 3, "deictic"),
        (r"(?<![大今此之以午然最随其而落前])后年(?![均份度代龄])", "year", 2, "deictic"),
        (r"次日|翌日|第二天", "day", 1, "anaphoric"),
        # the week, month, year after the date told before ("次周二" is a
        # weekday of the following week, read with the weekdays)
        (r"次周(?![一二三四五六日天末])", "week", 1, "anaphoric"),
        (r"次月|翌月", "month", 1, "anaphoric"),
        (r"次年|翌年", "year", 1, "anaphoric"),
        # "宣判前一天" / "前一日": the day before the date just written; not
        # after a festival's name ("春节前一天", "除夕前一天": a lunar day's eve,
        # no date; a fixed holiday's eve is in FIXED_HOLIDAYS)
        (r"(?<!节)(?<!夕)前一(?:天|日)", "day", -1, "anaphoric"),
        # "当天下午" / "當日": the day just named (not "当天气好", "当日元贬值")
        (r"当天(?!气)|当日(?![元本军])", "day", 0, "anaphoric"),
        # "同一天" / "同一日": the same day
        (r"同一(?:天|日)", "day", 0, "anaphoric"),
        # Japanese, read by this table (its dates are written as Chinese ones):
        # 一昨日, 先週 / 今週 / 来週 (週 folds to 周), 先月 / 今月 / 来月,
        # 一昨年 / 昨年 / 来年 and 同日 (the same day); none is a Chinese word
        # with another meaning
        (r"一昨日", "day", -2, "deictic"),
        (r"先周", "week", -1, "deictic"),
        (r"今周", "week", 0, "deictic"),
        (r"来周", "week", 1, "deictic"),
        (r"先月", "month", -1, "deictic"),
        (r"今月", "month", 0, "deictic"),
        (r"来月", "month", 1, "deictic"),
        (r"一昨年", "year", -2, "deictic"),
        (r"(?<!一)昨年", "year", -1, "deictic"),
        (r"来年", "year", 1, "deictic"),
        (r"同日", "day", 0, "anaphoric"),
    ],
    "en": [
        # "the previous quarter" after a quarter: see "vi"
        (r"the\s+(?:previous|prior|preceding)\s+quarter", "quarter", -1, "anaphoric"),
        # "up 15% on the previous week" after a week: the week before it
        (r"the\s+(?:previous|prior|preceding)\s+week", "week_span", -1, "anaphoric"),
        # "this time last year": the publication's month a year back (a time
        # of year, not a day; heldout12), not the whole year "last year" gives.
        # Not a business "same period last year" ("cùng kỳ", "同期",
        # "ช่วงเดียวกันของปีก่อน"), which is the period compared
        (r"(?:this|that|the\s+same)\s+time\s+(?:of\s+year\s+)?last\s+year(?![\w-])(?!['’]s)", "month", -12, "deictic"),
        (
            (
                r"(?:by|until|till|before|towards?|at|around|near)\s+the\s+(?:end|close)\s+of"
                r"\s+(?:the|this)\s+(?:current\s+)?quarter(?![\w-])(?!['’]s)"
            ),
            "quarter_end",
            0,
            "deictic",
        ),
        (r"(?:the\s+)?end\s+of\s+(?:the\s+)?next\s+quarter(?![\w-])", "quarter_end", 1, "deictic"),
        # the last day of this / next / last month: that day (not "of the
        # month", as often a habit: "rent is due on the last day of the month")
        (r"the\s+last\s+day\s+of\s+this\s+month", "month_last_day", 0, "deictic"),
        (r"the\s+last\s+day\s+of\s+next\s+month", "month_last_day", 1, "deictic"),
        (r"the\s+last\s+day\s+of\s+last\s+month", "month_last_day", -1, "deictic"),
        (r"yesterday", "day", -1, "deictic"),
        (r"today", "day", 0, "deictic"),
        (r"this (?:morning|afternoon|evening)|tonight", "day", 0, "deictic"),
        (r"last night", "day", -1, "deictic"),
        (r"tomorrow", "day", 1, "deictic"),
        (r"the day before yesterday", "day", -2, "deictic"),
        (r"the day after tomorrow", "day", 2, "deictic"),
        # a fortnight is fourteen days ("a fortnight ago", "a fortnight
        # later", "in a fortnight's time"); "for a fortnight" is a duration
        (r"a\s+fortnight\s+ago", "day", -14, "deictic"),
        (r"(?:in\s+a\s+fortnight['’]s?\s+time|a\s+fortnight\s+from\s+now)", "day", 14, "deictic"),
        (r"a\s+fortnight\s+(?:later|afterwards?)(?!\s+than)", "day", 14, "anaphoric"),
        (r"a\s+fortnight\s+(?:earlier|before)(?!\s+than)", "day", -14, "anaphoric"),
        # "the last week of July", "the last year of his term": a part of
        # something named, not the week or year before this one (but "a
        # hearing last month of the House committee" is last month)
        (r"(?<!the\s)last week|last week(?!\s+of\b)", "week", -1, "deictic"),
        (r"next week", "week", 1, "deictic"),
        (r"this week", "week", 0, "deictic"),
        # "the week after next", "the month before last": two steps from now
        (r"the week after next", "week", 2, "deictic"),
        (r"the week before last", "week", -2, "deictic"),
        (r"the month after next", "month", 2, "deictic"),
        (r"the month before last", "month", -2, "deictic"),
        (r"the year after next", "year", 2, "deictic"),
        (r"the year before last", "year", -2, "deictic"),
        # a weekend is the Saturday and Sunday of a (Monday-first) week; "next
        # weekend" is left out: it is this week's for some writers, next week's
        # for others
        # (not "the last weekend of October" / "of every month": one of a month)
        (r"last weekend(?!\s+of\s)|(?:this|the) past weekend", "weekend", -1, "deictic"),
        # "the weekend before last" / "after next": two weekends from this one
        (r"the weekend before last", "weekend", -2, "deictic"),
        (r"the weekend after next", "weekend", 2, "deictic"),
        (r"this (?:coming )?weekend", "weekend", 0, "deictic"),
        (r"(?<!the\s)last month|last month(?!\s+of\b)", "month", -1, "deictic"),
        (r"next month", "month", 1, "deictic"),
        (r"this month", "month", 0, "deictic"),
        # the end or start of "the month" with no month named, after a word of
        # time ("by the end of the month", "since the start of the month"):
        # the month just told, else the publication's, as zh "月底" and "by the
        # end of the year" are; not a habit's ("at the end of each month",
        # "salaries are paid at the end of the month": no "at")
        (
            (
                r"(?:by|until|till|through|before|towards?|around|since|from)\s+the\s+(?:end|close"
                r"|start|beginning|middle)\s+of\s+the\s+month(?![\w-])(?!['’]s)"
            ),
            "month",
            0,
            "either",
        ),
        (r"(?<!the\s)last year|last year(?!\s+of\b)", "year", -1, "deictic"),
        (r"next year", "year", 1, "deictic"),
        (r"this year", "year", 0, "deictic"),
        # "so far this year", "since the start of the year (to date)": 1
        # January to the day told from (a count kept since), not the year
        # (heldout4's "so far this year"); "from the start of the year" only
        # with "to date" (alone it may open a span ahead)
        (
            (
                r"(?:so\s+far\s+this\s+year|this\s+year\s+to\s+date|(?:since|from)\s+the\s+"
                r"(?:start|beginning)\s+of\s+(?:the|this)\s+year\s+(?:to\s+date|until\s+now)"
                r"|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year(?!['’]s)(?!\s+\d))"
                r"(?![\w-])"
            ),
            "year_to_date",
            0,
            "deictic",
        ),
        (r"the (?:next|following) day", "day", 1, "anaphoric"),
        # "at 6 a.m. the next morning": a part of the next day, as "the same
        # evening" is a part of the day just told
        (r"the (?:next|following) (?:morning|afternoon|evening|night)", "day", 1, "anaphoric"),
        (r"the day before|the previous day", "day", -1, "anaphoric"),
        # "on the eve of the Nov. 3 vote": the day before a happening named
        # next, dated only by a day written after it in the sentence
        # (DAY_OF_A_HAPPENING_AFTER); "the eve of war" names none
        (
            r"the\s+eve\s+of(?=\s+(?:the|a|an|his|her|its|their|this|that)(?![^\W\d_]))",
            "day",
            -1,
            "anaphoric",
        ),
        # ("the day after the vote" is the morrow of a happening named next,
        # see DAY_OF_A_HAPPENING_AFTER)
        (r"the day after", "day", 1, "anaphoric"),
        # "the same evening", "later that night": a part of the day just told
        (
            (
                r"(?:that|the) same (?:day|morning|afternoon|evening|night)"
                r"|(?:later|earlier) that (?:day|morning|afternoon|evening|night)"
            ),
            "day",
            0,
            "anaphoric",
        ),
        # "Hours earlier, a fire destroyed ...": the day just told, a few
        # hours off (not "hours later than planned", which compares, nor
        # "48 hours later", which may be days)
        (
            (
                r"(?<!\d\s)(?:(?:just|only|a\s+few|several|some|a\s+couple\s+of)\s+)?hours\s+"
                r"(?:later|earlier|before|afterwards?)(?![^\W\d_]|\s+than)"
            ),
            "day",
            0,
            "anaphoric",
        ),
        (r"the (?:next|following) year", "year", 1, "anaphoric"),
        # "the following week / month" counts from the date told before ("the
        # next week" is also the coming one, "over the next month" a span)
        (r"the following week", "week", 1, "anaphoric"),
        (r"the following month", "month", 1, "anaphoric"),
    ],
    "es": [
        # "the previous quarter" after a quarter: see "vi"
        (r"(?:el\s+)?trimestre\s+(?:anterior|precedente)|el\s+anterior\s+trimestre", "quarter", -1, "anaphoric"),
        # (not "la semana anterior a las elecciones": the week before a
        # happening named after it, not before the date told)
        (
            r"la\s+semana\s+(?:anterior|precedente)(?!\s+al?(?![^\W\d_]))",
            "week_span",
            -1,
            "anaphoric",
        ),
        # "this time last year": the publication's month a year back (a time
        # of year, not a day; heldout12), not the whole year "last year" gives.
        # Not a business "same period last year" ("cùng kỳ", "同期",
        # "ช่วงเดียวกันของปีก่อน"), which is the period compared
        (r"(?:por|en|para)\s+estas\s+(?:mismas\s+)?fechas\s+del\s+(?:año\s+pasado|pasado\s+año)|a\s+estas\s+alturas\s+del\s+(?:año\s+pasado|pasado\s+año)", "month", -12, "deictic"),
        (
            r"(?:finales|fines|final)\s+del\s+(?:presente\s+)?trimestre(?![^\W\d_]|\s+(?:de|del)\b)",
            "quarter_end",
            0,
            "deictic",
        ),
        (r"(?:finales|fines|final)\s+del\s+próximo\s+trimestre", "quarter_end", 1, "deictic"),
        # the last day of this / next / last month: that day (not "of the
        # month", as often a habit: "rent is due on the last day of the month")
        (r"el\s+último\s+día\s+de\s+este\s+mes", "month_last_day", 0, "deictic"),
        (r"el\s+último\s+día\s+del\s+(?:mes\s+que\s+viene|próximo\s+mes|mes\s+próximo)", "month_last_day", 1, "deictic"),
        (r"el\s+último\s+día\s+del\s+mes\s+pasado", "month_last_day", -1, "deictic"),
        (r"ayer", "day", -1, "deictic"),
        # (Latin American "antier", "antenoche" the night before last)
        (r"anteayer|antes de ayer|antier|antenoche", "day", -2, "deictic"),
        # una quincena counts fifteen days, as fr "quinze jours" does ("hace
        # una quincena", "dentro de una quincena", "una quincena después");
        # not a named one ("la primera quincena de mayo")
        (r"hace\s+una\s+quincena(?!\s+de\s)", "day", -15, "deictic"),
        (r"dentro\s+de\s+una\s+quincena(?!\s+de\s)", "day", 15, "deictic"),
        (r"una\s+quincena\s+(?:después|más\s+tarde)(?!\s+(?:que|de))", "day", 15, "anaphoric"),
        (r"una\s+quincena\s+antes(?!\s+(?:que|de))", "day", -15, "anaphoric"),
        (r"hoy", "day", 0, "deictic"),
        (r"esta (?:mañana|tarde|noche|madrugada)", "day", 0, "deictic"),
        # "mañana" is also "morning", but the noun takes a word before it
        # ("la/esta/cada/media mañana", "de mañana" early, "el mundo del
        # mañana" the future): alone, the adverb
        # is tomorrow ("Mañana reabriremos", "abre mañana", "a partir de
        # mañana"); not "mañana y tarde" (mornings and afternoons)
        (
            (
                r"(?<!\bla\s)(?<!\bel\s)(?<!\bdel\s)(?<!\bun\s)(?<!\buna\s)(?<!\besta\s)(?<!\besa\s)"
                r"(?<!\bcada\s)(?<!\btoda\s)(?<!\bmedia\s)(?<!\bmisma\s)(?<!\bbuena\s)"
                r"(?<!\baquella\s)(?<!\bpasado\s)(?:(?<=partir\sde\s)|(?<!\bde\s))"
                r"mañana(?!\s*(?:,|y)\s*(?:la\s+)?(?:tarde|noche)\b)"
            ),
            "day",
            1,
            "deictic",
        ),
        (r"anoche", "day", -1, "deictic"),
        (r"pasado mañana", "day", 2, "deictic"),
        (r"la semana pasada", "week", -1, "deictic"),
        (r"la (?:próxima semana|semana que viene)", "week", 1, "deictic"),
        (r"esta semana", "week", 0, "deictic"),
        (
            r"el fin de semana pasado|el pasado fin de semana|el último fin de semana",
            "weekend",
            -1,
            "deictic",
        ),
        (r"este fin de semana", "weekend", 0, "deictic"),
        # "del" is "de" + "el": "a finales del año pasado"
        (r"d?el mes pasado|d?el pasado mes(?!\s+de\b)", "month", -1, "deictic"),
        (r"d?el (?:próximo mes|mes que viene)", "month", 1, "deictic"),
        (r"este mes(?!\s+de\b)|el mes en curso", "month", 0, "deictic"),
        # "antes de fin de mes", "a finales de mes", "desde principios de
        # mes": the month just told, else the publication's (en "by the end
        # of the month"); not another month's ("a finales del mes pasado",
        # "del mes de marzo")
        (
            (
                r"(?:a|antes\s+de|hasta|para|desde|a\s+partir\s+de)\s+(?:(?:el|los)\s+)?"
                r"(?:fin|final|finales|principios|inicios|comienzos|mediados)\s+de(?:l)?\s+mes"
                r"(?![^\W\d_])(?!\s+(?:de|del|pasado|próximo|anterior|siguiente|que|en)(?![^\W\d_]))"
            ),
            "month",
            0,
            "either",
        ),
        (r"d?el año pasado|d?el pasado año", "year", -1, "deictic"),
        # "el año antepasado", "la semana antepasada": two back, as "anteayer"
        (r"d?el año antepasado", "year", -2, "deictic"),
        (r"d?el mes antepasado", "month", -2, "deictic"),
        (r"la semana antepasada", "week", -2, "deictic"),
        (r"d?el (?:próximo año|año que viene)", "year", 1, "deictic"),
        (r"este año", "year", 0, "deictic"),
        # "en lo que va de año" (so far this year): 1 January to now
        (
            r"en\s+lo\s+que\s+va\s+(?:de|del)\s+(?:este\s+)?año(?![^\W\d_])",
            "year_to_date",
            0,
            "deictic",
        ),
        # ... and "desde principios de año" (since the start of the year), not
        # of another year ("desde principios del año pasado", "de 2023")
        (
            (
                r"desde\s+(?:(?:el|los)\s+)?(?:principios?|inicios?|comienzos?)\s+(?:de|del)\s+"
                r"(?:este\s+)?año(?![^\W\d_])(?!\s*\d)(?!\s+(?:pasado|anterior|próximo|siguiente"
                r"|que\s+viene|escolar|académico|lectivo|fiscal)(?![^\W\d_]))"
            ),
            "year_to_date",
            0,
            "deictic",
        ),
        # ... and "del" after a time of day ("a las 7.10 del día siguiente",
        # "la mañana del día anterior"): of the next day, as "al" is
        (r"(?:al|el|del)\s+día\s+siguiente", "day", 1, "anaphoric"),
        (r"la víspera|(?:el|al|del) día (?:anterior|previo)", "day", -1, "anaphoric"),
        (r"(?:ese|el|aquel) mismo día", "day", 0, "anaphoric"),
        # "esa misma noche", "la misma tarde": a part of the day just told
        (r"(?:esa|la|aquella) misma (?:mañana|tarde|noche)", "day", 0, "anaphoric"),
        # "Horas antes, un incendio ...": the day just told, a few hours off
        (
            (
                r"(?<!\d\s)(?:(?:unas|pocas|algunas|varias)\s+)?horas\s+(?:antes|después|más\s+tarde)"
                r"(?![^\W\d_]|\s+(?:que|de)\b)"
            ),
            "day",
            0,
            "anaphoric",
        ),
        # "Ese día" / "aquel día": the day just told; not "aquel día en que
        # ...", a day the clause after it describes
        (r"(?:ese|aquel) día(?!\s+(?:en\s+)?(?:que|cuando)(?![^\W\d_]))", "day", 0, "anaphoric"),
        # "El mismo lunes": that same Monday, the day just told
        (
            (
                r"(?:ese|el|aquel) mismo "
                r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)"
            ),
            "day",
            0,
            "anaphoric",
        ),
        (r"al año siguiente", "year", 1, "anaphoric"),
        (r"la semana siguiente", "week", 1, "anaphoric"),
        (r"al mes siguiente|el mes siguiente", "month", 1, "anaphoric"),
    ],
    "fr": [
        # "the previous quarter" after a quarter: see "vi"
        (r"(?:le\s+)?trimestre\s+précédent|le\s+précédent\s+trimestre", "quarter", -1, "anaphoric"),
        (r"la\s+semaine\s+précédente", "week_span", -1, "anaphoric"),
        # "this time last year": the publication's month a year back (a time
        # of year, not a day; heldout12), not the whole year "last year" gives.
        # Not a business "same period last year" ("cùng kỳ", "同期",
        # "ช่วงเดียวกันของปีก่อน"), which is the period compared
        (r"(?:à\s+)?(?:la\s+même|cette|pareille)\s+époque\s+(?:de\s+)?l['’]\s*(?:an\s+dernier|année\s+(?:dernière|passée))", "month", -12, "deictic"),
        (
            (
                r"(?:la\s+)?fin\s+du\s+(?:trimestre(?:\s+en\s+cours)?|présent\s+trimestre)"
                r"(?![^\W\d_]|\s+(?:de|d['’]|du|des)(?![^\W\d_]))"
            ),
            "quarter_end",
            0,
            "deictic",
        ),
        (r"(?:la\s+)?fin\s+du\s+(?:prochain\s+trimestre|trimestre\s+prochain)", "quarter_end", 1, "deictic"),
        # the last day of this / next / last month: that day (not "of the
        # month", as often a habit: "rent is due on the last day of the month")
        (r"le\s+dernier\s+jour\s+de\s+ce\s+mois(?:-ci)?", "month_last_day", 0, "deictic"),
        (r"le\s+dernier\s+jour\s+du\s+mois\s+prochain", "month_last_day", 1, "deictic"),
        (r"le\s+dernier\s+jour\s+du\s+mois\s+(?:dernier|passé)", "month_last_day", -1, "deictic"),
        # with the part of the day written after it ("hier soir", "demain
        # matin"), as "ce soir": a clock range across midnight then joins it
        # ("entre 23 h hier soir et 2 h ce matin")
        (r"hier(?:\s+(?:soir|matin|après-midi|midi))?", "day", -1, "deictic"),
        (r"avant-hier(?:\s+(?:soir|matin|après-midi|midi))?", "day", -2, "deictic"),
        (r"après-demain(?:\s+(?:soir|matin|après-midi|midi))?", "day", 2, "deictic"),
        (r"aujourd'hui|aujourd’hui", "day", 0, "deictic"),
        (r"demain(?:\s+(?:soir|matin|après-midi|midi))?", "day", 1, "deictic"),
        (r"(?:ce (?:matin|soir)|cet après-midi)(?!-là)", "day", 0, "deictic"),
        (r"la nuit dernière", "day", -1, "deictic"),
        (r"la semaine (?:dernière|passée)", "week", -1, "deictic"),
        (r"la semaine prochaine", "week", 1, "deictic"),
        (r"cette semaine", "week", 0, "deictic"),
        # "en début de semaine", "en fin de semaine dernière": a part of the
        # week, read as that week (its days are not said)
        # (also without "en", and "de la semaine": "fin de semaine prochaine",
        # "à la fin de la semaine prochaine")
        (
            r"(?:en\s+|à\s+la\s+)?(?:début|fin|milieu)\s+de\s+(?:la\s+)?semaine\s+(?:dernière|passée)",
            "week",
            -1,
            "deictic",
        ),
        (r"(?:en\s+|à\s+la\s+)?(?:début|fin|milieu)\s+de\s+(?:la\s+)?semaine\s+prochaine", "week", 1, "deictic"),
        # a bare "en fin de semaine" is also "at weekends" (a habit): this
        # week only when told ahead (mode "ahead": a future word before it in
        # its clause or after it, "le verdict est attendu en fin de semaine")
        (r"en fin de semaine(?! (?:dernière|passée|prochaine))", "week", 0, "ahead"),
        (r"en (?:début|milieu) de semaine(?! (?:dernière|passée|prochaine))", "week", 0, "deictic"),
        (
            r"le (?:week-end|weekend) (?:dernier|passé)|le dernier (?:week-end|weekend)",
            "weekend",
            -1,
            "deictic",
        ),
        (r"ce (?:week-end|weekend)", "weekend", 0, "deictic"),
        # ("du mois dernier": "le 15 du mois dernier", "les chiffres du mois
        # dernier")
        (r"(?:le|du) mois (?:dernier|passé)", "month", -1, "deictic"),
        (r"(?:le|du) mois prochain", "month", 1, "deictic"),
        (r"ce mois-ci|(?:le|du) mois en cours|(?<=de\s)ce mois(?![^\W\d_])", "month", 0, "deictic"),
        # "d'ici la fin du mois", "depuis le début du mois", "avant la
        # mi-mois": the month just told, else the publication's (en "by the
        # end of the month"); not another month's ("la fin du mois de mars",
        # "la fin du mois dernier")
        (
            (
                r"(?:d['’]ici(?:\s+à)?|avant|jusqu['’]à|depuis|dès|à\s+partir\s+d[eu])\s+"
                r"(?:la\s+fin|le\s+début|la\s+mi-)\s*(?:du\s+)?mois"
                r"(?![^\W\d_])(?!\s+(?:de|d['’]|dernier|passé|prochain|précédent|suivant)(?![^\W\d_]))"
            ),
            "month",
            0,
            "either",
        ),
        (
            r"l['’](?:année|an) (?:derni(?:er|ère)|passée?)",
            "year",
            -1,
            "deictic",
        ),
        (r"l'(?:année|an) prochaine?|l’(?:année|an) prochaine?", "year", 1, "deictic"),
        (r"cette année", "year", 0, "deictic"),
        # "dans le courant de l'année", "en cours d'année": during the year
        # just told, else the publication's (as "later this year"); not of a
        # year named after it ("dans le courant de l'année prochaine",
        # "l'année scolaire")
        (
            (
                r"(?:(?:dans\s+)?le\s+courant\s+de\s+l['’]\s*année|en\s+cours\s+d['’]\s*année)"
                r"(?![^\W\d_])(?!\s*\d)(?!\s+(?:scolaire|universitaire|dernière|passée|écoulée"
                r"|précédente|prochaine|suivante|fiscale)(?![^\W\d_]))"
            ),
            "year",
            0,
            "either",
        ),
        # "depuis le début de l'année (à ce jour)": 1 January to now, a count
        # kept since (heldout4's "so far this year"); not of another year
        # ("depuis le début de l'année dernière", "de l'année 2023")
        (
            (
                r"depuis\s+(?:le\s+)?début\s+(?:de\s+l['’]\s*|d['’]\s*|de\s+cette\s+)année"
                r"(?:\s+(?:à\s+ce\s+jour|jusqu['’]à\s+(?:présent|maintenant|aujourd['’]hui))"
                r"|(?![^\W\d_])(?!\s*\d)(?!\s+(?:scolaire|universitaire|dernière|passée|précédente"
                r"|prochaine|suivante|fiscale)(?![^\W\d_])))"
            ),
            "year_to_date",
            0,
            "deictic",
        ),
        # "le jour suivant l'élection" is the morrow of a happening named
        # next, not of the date told before
        (
            (
                r"(?:le|au) lendemain|le jour (?:suivant|d['’]après)"
                r"(?!\s+(?:l['’]|(?:la|le|les|son|sa|ses|leur|leurs|un|une|ce|cet|cette)(?![^\W\d_])))"
            ),
            "day",
            1,
            "anaphoric",
        ),
        (
            (
                r"la veille|le jour précédent"
                r"(?!\s+(?:l['’]|(?:la|le|les|son|sa|ses|leur|leurs|un|une|ce|cet|cette)(?![^\W\d_])))"
            ),
            "day",
            -1,
            "anaphoric",
        ),
        (r"le surlendemain", "day", 2, "anaphoric"),
        (r"l['’]avant-veille", "day", -2, "anaphoric"),
        (r"(?:le|ce) même jour|le jour même", "day", 0, "anaphoric"),
        # "le soir même", "le même soir", "ce soir-là": the evening of the day just told
        (
            r"(?:le|ce) même (?:soir|matin|après-midi)|le (?:soir|matin) même|ce soir[-\s]là",
            "day",
            0,
            "anaphoric",
        ),
        # "Ce jour-là": the day just told, as "le même jour"
        (r"ce jour[-\s]là", "day", 0, "anaphoric"),
        # "Quelques heures plus tôt, ...": the day just told, a few hours off
        (
            (
                r"(?<!\d\s)(?:(?:quelques|plusieurs)\s+)?heures\s+(?:plus\s+tôt|plus\s+tard|auparavant)"
                r"(?![^\W\d_]|\s+que\b)"
            ),
            "day",
            0,
            "anaphoric",
        ),
        (r"l'année suivante|l’année suivante", "year", 1, "anaphoric"),
        (r"la semaine suivante", "week", 1, "anaphoric"),
        (r"le mois suivant", "month", 1, "anaphoric"),
    ],
}

# Seasons: name -> first and last month (northern hemisphere, meteorological).
# Words for "nowadays" built on a day word ("hoy en día" = these days): they
# name no day, and claim their span so that "hoy" in them is not read as today.
# So do "as of today" and "still today" ("a día de hoy", "todavía hoy", "aún
# hoy"): how things stand, no happening of the day. Not French "encore
# aujourd'hui", which is also "again today" ("Encore aujourd'hui, des tirs
# ont été entendus").
NOWADAYS = {
    "es": [
        r"hoy en d[íi]a",
        r"hoy d[íi]a",
        r"a d[íi]a de hoy",
        r"(?:aún|todavía)\s+hoy",
        r"hoy\s+(?:aún|todavía)",
    ],
}

# "Today" said of a whole generation or of society ("today's youth", "los
# jóvenes de hoy", "Aujourd'hui, les jeunes passent ...", "Hôm nay, giới trẻ
# ...", "今天的年轻人") is nowadays too: no happening of the publication day.
# The group nouns per language; "today's vote", "la reunión de hoy" stay the
# day. Built into NOWADAYS below, each language in its own word order.
NOWADAYS_GROUPS = {
    "en": r"youth|young(?:\s+people)?|generations?|teenagers|teens|kids|children|society|world",
    "es": r"jóvenes|juventud|generaciones|niños|adolescentes|sociedad|mundo",
    "fr": r"jeunes|jeunesse|générations?|enfants|adolescents|ados|société|monde",
    "vi": r"giới\s+trẻ|người\s+trẻ|thế\s+hệ|thanh\s+niên|trẻ\s+em|xã\s+hội",
    "zh": r"年轻人|青年|青少年|年轻一代|孩子们?|社会|世界",
    "th": r"วัยรุ่น|เยาวชน|คนรุ่นใหม่|เด็กๆ|สังคม",
}
# ... and "today" set against a count of years or decades ago ("easier today
# than 20 years ago", "plus facile aujourd'hui qu'il y a 20 ans", "más fácil
# hoy que hace 20 años", "hôm nay dễ hơn so với 20 năm trước", "今天比20年前"):
# a comparison of eras, no day. Per language: today's word, what may stand
# between it and the comparison (a word or two at most: "said today that
# prices are lower than a year ago" is this day's saying), the comparison
# word and the count of years ago.
_NOWADAYS_THEN = {
    "en": (
        r"today",
        r"",
        r"than\s+(?:it\s+(?:was|did)\s+|they\s+(?:were|did)\s+)?(?:\w+\s+){1,2}?(?:years?|decades?)\s+ago",
    ),
    "es": (r"hoy", r"", r"que\s+(?:hace|en\s+el\s+pasado)"),
    "fr": (r"aujourd['’]hui", r"", r"qu['’]\s*il\s+y\s+a\s|qu['’]\s*(?:autrefois|avant|jadis)"),
    "vi": (
        r"(?:ngày\s+)?hôm\s+nay",
        r"(?:\s+\w+){0,2}?",
        r"(?:so\s+với|hơn)\s+(?:\w+\s+){1,3}?(?:năm|thập\s+kỷ)\s+trước",
    ),
    "zh": (r"今天|今日", r"", r"(?:比|与|和)[\d一二三四五六七八九十几]+年前"),
    "th": (r"วันนี้", r"", r"(?:กับ|กว่า)\s*\d+\s*ปี(?:ที่แล้ว|ก่อน)"),
}
for _lang, (_today, _gap, _then) in _NOWADAYS_THEN.items():
    _sp = r"\s+" if _lang not in ("zh", "th") else r"\s*"
    NOWADAYS.setdefault(_lang, []).append(
        r"(?:" + _today + r")(?=" + _gap + _sp + r"(?:" + _then + r"))"
    )
_g = NOWADAYS_GROUPS
NOWADAYS["en"].append(r"today['’]s\s+(?:" + _g["en"] + r")(?![^\W\d_])")
NOWADAYS["es"].append(r"(?:" + _g["es"] + r")\s+(?:de\s+)?hoy")
NOWADAYS["fr"].append(
    r"aujourd['’]hui\s*,?\s*(?:les\s+|la\s+|le\s+|nos\s+)?(?:" + _g["fr"] + r")(?![^\W\d_])"
)
NOWADAYS["vi"].append(r"(?:ngày\s+)?hôm\s+nay\s*,?\s*(?:" + _g["vi"] + r")(?![^\W\d_])")
NOWADAYS["vi"].append(r"(?:" + _g["vi"] + r")\s+(?:ngày\s+)?hôm\s+nay")
NOWADAYS["zh"].append(r"(?:今天|今日)的(?:" + _g["zh"] + r")")
NOWADAYS["th"].append(r"(?:" + _g["th"] + r")(?:ใน)?(?:ยุค)?วันนี้")

# Weekdays abbreviated with a dot ("Tues. 3rd Feb.", "Sat. 14th", and in
# French and Spanish programmes "mer. 15/12", "sáb. 18/12"), read only where
# a pattern asks for them: the dot is part of the match.
WEEKDAY_ABBREVIATED = {
    "en": dict(
        zip(
            "mon. tue. tues. wed. thu. thur. thurs. fri. sat. sun.".split(),
            (0, 1, 1, 2, 3, 3, 3, 4, 5, 6),
        )
    ),
    "fr": dict(zip("lun. mar. mer. jeu. ven. sam. dim.".split(), range(7))),
    "es": dict(
        zip("lun. mar. mié. mie. jue. vie. sáb. sab. dom.".split(), (0, 1, 2, 2, 3, 4, 5, 5, 6))
    ),
}

# Holidays on a fixed day of the Gregorian year, named instead of dated
# ("since Christmas Day", "face Fulham on Boxing Day", "le jour de l'An", "la
# Saint-Sylvestre", "en Nochevieja", "đêm Giáng sinh", "平安夜", "วันคริสต์มาส"):
# a year-less date of that day, its year from publication and tense cues as
# "December 25" would have. Per language (pattern, month, day), casefolded,
# whole words. Not the season ("at Christmas", "à Noël", "圣诞节期间"), nor a
# lunar holiday (Tết, 春节: their day moves).
FIXED_HOLIDAYS = {
    "en": [
        (r"christmas\s+eve", 12, 24),
        (r"christmas\s+day", 12, 25),
        # beside Christmas Eve the pair names the two days ("over Christmas Eve
        # and Christmas"), not the season
        (r"(?<=christmas\seve\sand\s)christmas(?!\s+(?:day|eve))", 12, 25),
        (r"boxing\s+day", 12, 26),
        # "between Christmas and New Year's Day": a span from day to day, so
        # Christmas is its day, not the season (as beside its eve)
        (
            r"(?<=between\s)christmas(?=\s+and\s+(?:new\s+year['’]?s\s+(?:day|eve)|boxing\s+day))",
            12,
            25,
        ),
        (r"new\s+year['’]?s\s+eve", 12, 31),
        (r"new\s+year['’]?s\s+day", 1, 1),
        (r"valentine['’]?s\s+day", 2, 14),
        (r"halloween", 10, 31),
        (r"candlemas", 2, 2),
        (r"all\s+saints['’]?\s+day", 11, 1),
        (r"april\s+fools['’]?\s+day", 4, 1),
        # days the world keeps on one date (not national days: "Independence
        # Day" is July 4 in the US, August 15 in India)
        (r"international\s+women['’]?s\s+day", 3, 8),
        # Britain's bonfire night, 5 November
        (r"guy\s+fawkes\s+(?:night|day)|bonfire\s+night", 11, 5),
    ],
    # languages read through CLDR: their fixed days, as above
    "de": [
        (r"heiligabend|heiligen\s+abend", 12, 24),
        # New Year's Day ("an Neujahr"); not the end of "zwischen Weihnachten
        # und Neujahr", the days between the two (no span read here)
        (r"(?<!weihnachten\sund\s)neujahr(?:stag)?", 1, 1),
        # New Year's Eve, the 31st ("an Silvester", "in der Silvesternacht")
        (r"silvester(?:abend|nacht|tag)?", 12, 31),
        (r"tag\s+der\s+deutschen\s+einheit", 10, 3),
    ],
    "it": [
        # the day, not the long weekend or the holidays named after it ("nel
        # fine settimana di Ferragosto", "il ponte di Ferragosto"), as fr
        # "le week-end de la Toussaint"
        (
            r"(?<!settimana\sdi\s)(?<!weekend\sdi\s)(?<!ponte\sdi\s)(?<!ferie\sdi\s)ferragosto",
            8,
            15,
        ),
        (r"(?:la\s+)?vigilia\s+di\s+natale", 12, 24),
        (r"(?:il\s+)?giorno\s+di\s+natale", 12, 25),
        # New Year's Eve and Day ("la notte di San Silvestro", "la vigilia di
        # Capodanno", "il giorno di Capodanno")
        (r"(?:la\s+notte\s+di\s+)?san\s+silvestro|(?:la\s+)?vigilia\s+di\s+capodanno", 12, 31),
        (r"(?:il\s+)?giorno\s+di\s+capodanno", 1, 1),
        (r"(?:la\s+)?festa\s+della\s+liberazione", 4, 25),
        (r"(?:la\s+)?festa\s+della\s+repubblica", 6, 2),
    ],
    "pt": [
        (r"(?:o\s+)?(?:dia|feriado)\s+de\s+finados", 11, 2),
        (r"(?:a\s+)?véspera\s+de\s+natal", 12, 24),
        (r"(?:o\s+)?dia\s+de\s+natal", 12, 25),
        # New Year's Eve, the 31st ("na véspera de Ano-Novo")
        (r"(?:a\s+)?véspera\s+de\s+ano[\s-]+novo", 12, 31),
        (r"(?:o\s+)?dia\s+de\s+ano[\s-]+novo", 1, 1),
        (r"(?:o\s+)?dia\s+de\s+tiradentes", 4, 21),
    ],
    "fr": [
        (r"(?:la\s+veille|le\s+réveillon)\s+de\s+noël", 12, 24),
        (r"le\s+jour\s+de\s+noël", 12, 25),
        (r"la\s+saint-sylvestre|le\s+réveillon\s+du\s+(?:nouvel\s+an|31\s+décembre)", 12, 31),
        (r"le\s+jour\s+de\s+l['’]an", 1, 1),
        # "entre Noël et le jour de l'An": day to day (see en)
        (
            r"(?<=entre\s)noël(?=\s+et\s+(?:le\s+jour\s+de\s+l['’]an|la\s+saint-sylvestre))",
            12,
            25,
        ),
        (r"la\s+saint-valentin", 2, 14),
        # Candlemas (crêpes), Labour Day, the music festival: one date each
        # year ("la fête du Travail" is May 1 in France and Belgium)
        (r"la\s+chandeleur", 2, 2),
        (r"la\s+fête\s+du\s+travail", 5, 1),
        (r"la\s+fête\s+de\s+la\s+musique", 6, 21),
        (r"la\s+journée\s+(?:internationale\s+)?des\s+droits\s+des\s+femmes", 3, 8),
        # All Saints' Day and the Assumption: the day, not the school
        # holidays or the long weekend named after it ("les vacances de la
        # Toussaint" run two weeks)
        (
            # (the look-behinds sit after "la", so they are tried only there)
            (
                r"(?:le\s+jour\s+de\s+)?la(?<!vacances\sde\sla)(?<!congés\sde\sla)"
                r"(?<!pont\sde\sla)(?<!week-end\sde\sla)\s+toussaint"
            ),
            11,
            1,
        ),
        (
            r"(?:le\s+jour\s+de\s+)?l['’](?<!pont\sde\sl['’])(?<!week-end\sde\sl['’])assomption",
            8,
            15,
        ),
    ],
    "es": [
        (r"(?:la\s+)?nochebuena", 12, 24),
        (r"el\s+día\s+de\s+navidad", 12, 25),
        (r"(?:la\s+)?nochevieja", 12, 31),
        (r"el\s+día\s+de\s+año\s+nuevo", 1, 1),
        # "entre Navidad y Nochevieja": day to day (see en)
        (
            r"(?<=entre\s)navidad(?=\s+y\s+(?:(?:la\s+)?nochevieja|el\s+día\s+de\s+año\s+nuevo))",
            12,
            25,
        ),
        (r"(?:el\s+día\s+de\s+)?san\s+valentín", 2, 14),
        (r"el\s+día\s+de\s+(?:los\s+)?reyes(?:\s+magos)?", 1, 6),
        # the eve of a fixed day named by name: the day before (heldout12)
        (r"(?:víspera|noche)\s+de\s+(?:los\s+)?reyes(?:\s+magos)?", 1, 5),
        (r"el\s+día\s+de\s+todos\s+los\s+santos", 11, 1),
        # Spain's national day, and days the Spanish-speaking world keeps on
        # one date
        (r"(?:el\s+)?día\s+de\s+la\s+hispanidad", 10, 12),
        (r"(?:el\s+)?día\s+internacional\s+de\s+la\s+mujer(?:\s+trabajadora)?", 3, 8),
        (r"(?:el\s+)?día\s+(?:internacional\s+)?del\s+trabaj(?:o|ador(?:es)?)", 5, 1),
    ],
    "vi": [
        (r"(?:đêm|tối)\s+(?:giáng\s+sinh|noel)", 12, 24),
        (r"ngày\s+(?:lễ\s+)?(?:giáng\s+sinh|noel)", 12, 25),
        # New Year's Eve of the solar year ("đêm giao thừa Tết Dương lịch");
        # "giao thừa" alone is the lunar one's, which moves
        # (a literal start: the table is one pattern tried at every position)
        (r"giao\s+thừa\s+(?:tết\s+)?dương\s+lịch", 12, 31),
        (r"tết\s+dương\s+lịch", 1, 1),
        (r"ngày\s+(?:lễ\s+tình\s+nhân|valentine)", 2, 14),
        # national days, named with "ngày" (the day; "dịp lễ" alone is the
        # holiday break)
        (r"ngày\s+(?:lễ\s+)?quốc\s+khánh", 9, 2),
        (r"ngày\s+giải\s+phóng\s+(?:hoàn\s+toàn\s+)?miền\s+nam", 4, 30),
        (r"ngày\s+quốc\s+tế\s+lao\s+động", 5, 1),
        (r"ngày\s+quốc\s+tế\s+phụ\s+nữ", 3, 8),
        (r"ngày\s+phụ\s+nữ\s+việt\s+nam", 10, 20),
        (r"ngày\s+nhà\s+giáo\s+việt\s+nam", 11, 20),
        (r"ngày\s+thầy\s+thuốc\s+việt\s+nam", 2, 27),
        (r"ngày\s+báo\s+chí\s+cách\s+mạng\s+việt\s+nam", 6, 21),
        (r"ngày\s+thương\s+binh(?:\s*[-–]\s*|\s+)liệt\s+sĩ", 7, 27),
        (r"ngày\s+quốc\s+tế\s+thiếu\s+nhi", 6, 1),
    ],
    "zh": [
        (r"平安夜", 12, 24),
        (r"圣诞节?当天|圣诞日", 12, 25),
        # beside Christmas Eve, the pair names the two days ("平安夜和圣诞节期间"),
        # not the season
        (r"(?<=平安夜[和与及、])圣诞节?", 12, 25),
        (r"元旦(?:当天|当日)", 1, 1),
        (r"情人节(?:当天|当日)", 2, 14),
        # national and labour days: only "当天/当日" names the day ("国庆节期间"
        # and "五一假期" are the week-long holidays)
        (r"国庆节?(?:当天|当日)", 10, 1),
        (r"劳动节(?:当天|当日)", 5, 1),
        (r"儿童节(?:当天|当日)", 6, 1),
        (r"妇女节(?:当天|当日)", 3, 8),
        # the eve of a fixed day ("国庆节前夕", "元旦前夕", "元旦前一天"): the
        # day before (heldout12's choice for "the eve of")
        (r"国庆节?(?:前夕|前一天|前一日)", 9, 30),
        (r"元旦(?:前夕|前一天|前一日)", 12, 31),
        (r"(?:劳动节|五一)(?:前夕|前一天|前一日)", 4, 30),
        (r"(?:儿童节|六一)(?:前夕|前一天|前一日)", 5, 31),
        (r"妇女节(?:前夕|前一天|前一日)", 3, 7),
        (r"圣诞节?(?:前夕|前一天|前一日)", 12, 24),
    ],
    "th": [
        # Christmas Eve is the 24th: "อีฟ" (eve) names the day before, with or
        # without "วัน"/"คืน" (day/night) in front
        (r"(?:วัน|คืน(?:วัน)?)?คริสต์มาสอีฟ", 12, 24),
        (r"วันคริสต์มาส(?!อีฟ)", 12, 25),
        (r"(?:คืน|วัน)ก่อนวันขึ้นปีใหม่", 12, 31),
        (r"คืนส่งท้ายปีเก่า|วันสิ้นปี", 12, 31),
        (r"วันขึ้นปีใหม่", 1, 1),
        (r"วันวาเลนไทน์", 2, 14),
        # national days fixed by the Gregorian calendar (not the Buddhist
        # holy days, which follow the moon)
        (r"วันแม่แห่งชาติ", 8, 12),
        (r"วันพ่อแห่งชาติ", 12, 5),
        (r"วันแรงงานแห่งชาติ", 5, 1),
        (r"วันจักรี", 4, 6),
        (r"วันรัฐธรรมนูญ", 12, 10),
        (r"วันปิยมหาราช", 10, 23),
    ],
}

SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}
SEASON_WORDS = {
    "vi": {
        "spring": [r"mùa xuân"],
        "summer": [r"mùa hè", r"mùa hạ"],
        "autumn": [r"mùa thu"],
        "winter": [r"mùa đông"],
    },
    "th": {
        "spring": [r"ฤดูใบไม้ผลิ"],
        "summer": [r"ฤดูร้อน", r"หน้าร้อน"],
        "autumn": [r"ฤดูใบไม้ร่วง"],
        "winter": [r"ฤดูหนาว", r"หน้าหนาว"],
    },
    "zh": {
        "spring": [r"春天", r"春季"],
        "summer": [r"夏天", r"夏季"],
        "autumn": [r"秋天", r"秋季"],
        "winter": [r"冬天", r"冬季"],
    },
    "en": {
        "spring": [r"spring"],
        "summer": [r"summer"],
        "autumn": [r"autumn", r"fall"],
        "winter": [r"winter"],
    },
    "es": {
        "spring": [r"primavera"],
        "summer": [r"verano"],
        "autumn": [r"otoño"],
        "winter": [r"invierno"],
    },
    "fr": {
        "spring": [r"printemps"],
        "summer": [r"été"],
        "autumn": [r"automne"],
        "winter": [r"hiver"],
    },
}
# A season with its year written ("spring 2026", "el verano de 2023", "l'été
# 2024", "mùa hè năm 2023", "2026年春天"): the season's three months of that
# year, as "last summer" is. Not winter, which runs across two years ("winter
# 2024" may be either), nor "fall", a verb as often ("shares fall 2024 ...");
# nor Thai, whose hot, rainy and cool seasons are not these months.
SEASONS_WITH_A_YEAR = ("spring", "summer", "autumn")


def season_words_with_a_year(lang: str) -> list[str]:
    words = SEASON_WORDS.get(lang, {})
    return [w for name in SEASONS_WITH_A_YEAR for w in words.get(name, []) if w != "fall"]


def season_months_of_word(lang: str, word: str) -> tuple[int, int]:
    low = " ".join(word.lower().split())
    for name in SEASONS_WITH_A_YEAR:
        if any(re.fullmatch(w, low) for w in SEASON_WORDS.get(lang, {}).get(name, [])):
            return SEASON_MONTHS[name]
    raise KeyError(word)


# How a season (or a month) is made relative: {S} is the season/month words.
# offset -1 = the last one before the reference, +1 = the next one, 0 = this.
SEASON_PATTERNS = {
    # (pattern, k, mode): mode "season" = the k-th season from the reference
    # ("last summer" = the latest summer already over); mode "year" = that
    # season in the reference year + k ("summer last year").
    "vi": [
        (r"{S}\s+(?:năm ngoái|năm trước)", -1, "year"),
        (r"{S}\s+(?:vừa qua|qua|rồi)", -1, "season"),
        (r"{S}\s+(?:năm nay|này)", 0, "year"),
        (r"{S}\s+(?:năm tới|năm sau)", 1, "year"),
        (r"{S}\s+tới", 1, "season"),
    ],
    "th": [
        (r"{S}\s*(?:ปีที่แล้ว|ปีก่อน)", -1, "year"),
        (r"{S}\s*(?:ที่แล้ว|ที่ผ่านมา)", -1, "season"),
        (r"{S}\s*ปีนี้", 0, "year"),
        (r"{S}\s*นี้", 0, "season"),
        (r"{S}\s*ปีหน้า", 1, "year"),
        (r"{S}\s*(?:หน้า|ที่จะถึง)", 1, "season"),
    ],
    "zh": [(r"去年{S}", -1, "year"), (r"今年{S}", 0, "year"), (r"明年{S}", 1, "year")],
    "en": [
        (r"last\s+{S}", -1, "season"),
        (r"this(?:\s+past)?\s+{S}", 0, "season"),
        (r"next\s+{S}", 1, "season"),
        (r"(?:the\s+)?{S}\s+of\s+last\s+year", -1, "year"),
    ],
    "es": [
        (r"(?:el|la)\s+{S}\s+pasad[oa]", -1, "season"),
        (r"(?:el|la)\s+pasad[oa]\s+{S}", -1, "season"),
        (r"(?:este|esta)\s+{S}", 0, "season"),
        (r"(?:el|la)\s+próxim[oa]\s+{S}", 1, "season"),
        (r"(?:el|la)\s+{S}\s+próxim[oa]", 1, "season"),
        (r"(?:el|la)\s+{S}\s+del año pasado", -1, "year"),
    ],
    "fr": [
        (r"(?:l'|l’|le\s+|la\s+){S}\s+derni(?:er|ère)", -1, "season"),
        (r"(?:l'|l’|le\s+|la\s+){S}\s+pass[ée]e?", -1, "season"),
        (r"(?:cet|cette|ce)\s+{S}", 0, "season"),
        (r"(?:l'|l’|le\s+|la\s+){S}\s+prochaine?", 1, "season"),
        (r"(?:l'|l’|le\s+|la\s+){S}\s+de l'année dernière", -1, "year"),
    ],
}
# A month name followed or preceded by one of these is relative to the
# reference year ("tháng 7 năm ngoái", "enero del año pasado", "去年7月").
MONTH_YEAR_RELATIVE = {
    "vi": [
        (r"năm ngoái|năm trước", "after", -1),
        (r"năm nay|này", "after", 0),
        (r"năm tới|năm sau", "after", 1),
        # (not "tới" opening a range's second end: "từ thứ Bảy 29/12 tới
        # thứ Ba 1/1", "từ 29/12 tới 2/1")
        (r"(?:tới|sắp tới)(?!\s+(?:(?:ngày|hết)\s+)?\d|\s+(?:thứ|chủ\s+nhật|ngày)(?![^\W\d_]))", "after", "next"),
        (r"vừa qua|trước", "after", "last"),
    ],
    "th": [
        (r"ปีที่แล้ว|ปีก่อน|ปีที่ผ่านมา", "after", -1),
        (r"ปีนี้|นี้", "after", 0),
        (r"ปีหน้า", "after", 1),
        (r"ที่จะถึง(?:นี้)?|หน้า", "after", "next"),
        (r"ที่ผ่านมา|ที่แล้ว", "after", "last"),
    ],
    "zh": [
        (r"去年", "before", -1),
        (r"今年", "before", 0),
        (r"明年", "before", 1),
        (r"前年", "before", -2),
        # Japanese: "昨年8月", "来年の3月"
        (r"(?<!一)昨年の?", "before", -1),
        (r"来年の?", "before", 1),
        (r"一昨年の?", "before", -2),
        (r"今年の", "before", 0),
    ],
    "en": [
        # "in March of last year": the relative year is blocked after "of"
        # (RELATIVE_BLOCKED_BEFORE), the month takes it
        (r"(?:of\s+)?last year", "after", -1),
        (r"(?:of\s+)?this year", "after", 0),
        (r"(?:of\s+)?next year", "after", 1),
        (r"last", "before", "last"),
        (r"next|this coming", "before", "next"),
    ],
    "es": [
        (r"del año pasado|de(?:l)? año pasado", "after", -1),
        (r"de este año|del presente año|del año en curso", "after", 0),
        (r"del año próximo|del próximo año|del año que viene|del año entrante", "after", 1),
        (r"pasado", "after", "last"),
        (r"próximo", "after", "next"),
        (r"el pasado|pasado", "before", "last"),
        (r"el próximo|próximo", "before", "next"),
    ],
    "fr": [
        (r"de l'année dernière|de l’année dernière|de l'an dernier|de l’an dernier", "after", -1),
        (r"de cette année|de l['’]année en cours", "after", 0),
        (r"de l['’]année prochaine|de l['’]an prochain", "after", 1),
        (r"derni(?:er|ère)", "after", "last"),
        (r"prochain", "after", "next"),
    ],
}

# "This year" earlier in the sentence than a year-less date puts the date in
# the reference year ("Năm nay, Tết Trung thu rơi vào ngày 17/9", "今年中秋节是
# 9月17日", "This year the festival falls on Sept. 17"); right next to the
# date, MONTH_YEAR_RELATIVE already does.
THIS_YEAR_IN_SENTENCE = {
    "vi": [r"năm nay"],
    "th": [r"ปีนี้"],
    "zh": [r"今年"],
    "en": [r"this year"],
    "es": [r"este año"],
    "fr": [r"cette année"],
}

# A sentence that tells only of what will happen ("On June 3, the plant
# will close", "A inicios de junio se entregará la obra", "Ngày 3/3, tỉnh sẽ
# tổ chức lễ hội", "3月3日，该市将举办灯会"): its year-less date lies ahead,
# like one after "next". A sentence with a past form anywhere in it
# ("the minister said the plant will close") does not: its date may be that
# of the saying. Whole words in the spaced languages; casefolded.
# A French verb in the future tense, singular or plural ("se réunira",
# "se rendra", "participera", "tiendront"), lower case: the endings of the
# future, not a noun's ("opéra", "caméra", "extra", "cobra").
FR_FUTURE_VERB = r"(?-i:[a-zàâçéèêëîïôûùüÿœ]*(?:[aeiuvnd]ra|ttra|rra|ront))"
# "aller" makes a future only before an infinitive ("va se rendre", "vont
# manifester", "va lui remettre"), past clitics and a few adverbs: "les
# rumeurs vont bon train après l'attentat de mercredi", "ça va mieux depuis
# lundi" tell nothing ahead. A word that only looks like an infinitive
# ("contre", "hier", "soir") is none.
FR_ALLER_FUTURE = (
    r"(?:va|vont)(?=\s+(?:(?:se|me|te|nous|vous|le|la|les|lui|leur|y|en|ne|pas|plus|bientôt"
    r"|probablement|certainement|sans\s+doute|également|aussi|encore|ensuite|enfin|désormais"
    r"|donc|alors|de\s+nouveau|à\s+nouveau|bien|même)\s+|(?:[smtln]|qu)['’])*"
    r"(?!(?:contre|entre|autre|notre|votre|encore|guerre|hier|soir|premier|dernier)(?![^\W\d_]))"
    r"[^\W\d_]+(?:er|ir|re)(?![^\W\d_]))"
)
# Spanish future tense: the third persons ("reunirá", "llegarán") and the
# first plural of a speaker ("iremos", "Saldremos", "nos reuniremos"), not
# adjectives that end alike ("extremos", "supremos").
ES_FUTURE_VERB = r"(?-i:[a-zñáéíóú]{2,}(?:rá|rán))"
ES_FUTURE_WE = r"(?-i:(?!(?i:extremos|supremos)(?![^\W\d_]))[A-ZÁÉÍÓÚÑa-zñáéíóú][a-zñáéíóú]*remos)"
# "นัดเจรจา", "นัดประชุม" (talks or a meeting set for a day): a schedule, not
# "นัดหยุดงาน" (a strike), nor one told as past ("นัดประชุมเมื่อวันจันทร์"). A
# future word both of a sentence and of the words before a weekday.
TH_SCHEDULED_MEETING = r"นัด(?:เจรจา|ประชุม|หารือ|พบ|ฟังคำพิพากษา|สืบพยาน|ไต่สวน)(?!\S*เมื่อ)"
SENTENCE_FUTURE = {
    "vi": [r"sẽ", r"sắp"],
    "th": [r"จะ", r"มีกำหนด", TH_SCHEDULED_MEETING],
    # 将 alone is also the object marker ("将油轮拖离浅滩" = towed the
    # tanker away), 将军 a general, 将近 nearly: only its future compounds
    # (see ZH_NOT_ORIGINALLY)
    "zh": [
        r"将(?:于|在|会|要)",
        r"即将",
        r"拟于",
        ZH_NOT_ORIGINALLY + r"计划于",
        r"预计",
        ZH_NOT_ORIGINALLY + r"定于",
    ],
    # lower case: not "Will Smith"
    "en": [r"(?-i:will)", r"'ll", r"’ll", r"(?:is|are) (?:due|expected|scheduled|set) to"],
    # ... and a forecast in the present ("El domingo se esperan lluvias")
    "es": [r"va a", r"van a", ES_FUTURE_VERB, ES_FUTURE_WE, r"se\s+(?:esperan?|prevén?)"],
    # the future's endings, not a noun's ("opéra", "caméra", "extra", "cobra")
    # ... after an elided pronoun too ("s'étendra", "qu'il n'aura")
    "fr": [FR_ALLER_FUTURE, FR_FUTURE_VERB, r"(?:[sldnmtj]|qu)['’]" + FR_FUTURE_VERB],
}
SENTENCE_PAST = {
    "vi": [r"đã", r"vừa", r"từng", r"hồi"],
    # not the "get" of "จะได้รับ" (will receive) nor "แล้วเสร็จ" (completed),
    # which look ahead as well as back
    "th": [r"(?<!จะ)ได้", r"แล้ว(?!เสร็จ)", r"เมื่อ"],
    "zh": [r"了", r"已", r"曾"],
    "en": [
        r"(?-i:[a-z]{2,}ed)",
        r"was",
        r"were",
        r"had",
        r"did",
        r"said",
        r"told",
        r"made",
        r"went",
        r"came",
        r"took",
        r"gave",
        r"met",
        r"held",
        r"began",
        r"won",
        r"lost",
        r"left",
        r"sold",
        r"paid",
        r"fell",
        r"rose",
        r"spoke",
        r"ago",
    ],
    "es": [
        r"(?-i:[a-zñáéíóú]{2,}(?:ó|aron|ieron|ía|ían|aba|aban))",
        # ... and with the capital of a sentence's first word ("Llovió desde
        # el sábado ..."); not in mid-sentence, where a capital makes a name
        # ("Aragó"), nor "-ía" ("María", "García")
        r"(?-i:(?:(?<![\s\S])|(?<=[.!?:;\"“«]\s)|(?<=\n))[A-ZÑÁÉÍÓÚ][a-zñáéíóú]{2,}(?:ó|aron|ieron))",
        r"dijo",
        r"hizo",
        r"fue",
        r"fueron",
        r"tuvo",
        r"estuvo",
        r"puso",
        r"vino",
        r"dio",
        r"ha",
        r"han",
        r"había",
    ],
    "fr": [
        r"a",
        r"ont",
        r"avait",
        r"avaient",
        r"était",
        r"étaient",
        r"fut",
        r"(?-i:[a-zàâçéèêëîïôûùüÿœ]{2,}(?:ait|aient|èrent))",
        r"est\s+(?:[a-zàâçéèêëîïôûùüÿœ]+\s+)?(?-i:[a-zàâçéèêëîïôûùüÿœ]{2,}(?:é|ée|és|ées|u|ue|us|i|ie|is))",
    ],
}
# A SENTENCE_PAST match that tells no past: (its endings, a pattern matched
# against it and the dozen characters before it). Spanish "-ía" is an
# imperfect ("tenía", "decía") but also a noun's ending after its article
# ("la policía", "una compañía", "el mediodía", "su energía"), and "todavía"
# (still) is an adverb.
SENTENCE_PAST_NOT = {
    "es": (
        ("ía",),
        (
            r"(?:(?<![^\W\d_])(?:la|el|una|su|del|al|esta|esa|cada|toda|nuestra|otra)\s+[^\W\d_]+ía"
            r"|(?<![^\W\d_])(?:todavía|mediodía))$"
        ),
    ),
}

# A happening told as past between a future word and the date: a relative
# clause or a participle that names what happened ("Bộ Y tế sẽ xử lý các sai
# phạm xảy ra trong tháng 3", "will punish the violations that occurred in
# March", "sancionará las infracciones cometidas en marzo", "sanctionnera les
# infractions commises en mars", "จะสอบสวนเหตุที่เกิดขึ้นในเดือนมีนาคม"): the
# date belongs to that happening, so the future word does not put it ahead.
# Only verbs of happening no future passive shares ("will be held in March"
# stays ahead); not right after a future or modal word ("sẽ xảy ra", "có thể
# xảy ra"), nor "diễn ra" alone ("lễ hội diễn ra vào tháng 3" = taking place).
# "after": Chinese puts the clause after the date ("将对3月发生的火灾展开调查").
HAPPENED_BETWEEN = {
    "vi": [
        r"(?<!thể\s)(?<!sẽ\s)(?<!sắp\s)(?<!kiến\s)(?<!báo\s)(?<!định\s)xảy\s+ra",
        r"(?:đã|vừa)\s+(?:xảy|diễn)\s+ra",
    ],
    # ... and "เมื่อ" before a day ("ศาลเลื่อนการพิจารณาคดีเมื่อวันศุกร์": the
    # court adjourned on Friday), as Thai news tells a past day ("ในวันที่"
    # tells one ahead)
    "th": [r"ที่เกิด(?:ขึ้น)?", r"ที่ผ่านมา", r"เมื่อ(?=\s*(?:วัน|$))"],
    "en": [r"occurred", r"happened", r"took\s+place", r"broke\s+out", r"erupted", r"committed"],
    "es": [
        r"ocurrid[oa]s?",
        r"sucedid[oa]s?",
        r"acontecid[oa]s?",
        r"cometid[oa]s?",
        r"(?:se\s+)?(?:produjo|produjeron)",
        r"tuvo\s+lugar",
        r"tuvieron\s+lugar",
    ],
    "fr": [
        r"survenue?s?",
        r"commise?s?",
        r"intervenue?s?",
        r"déroulée?s?",
        r"(?:a|ont)\s+eu\s+lieu",
    ],
}
HAPPENED_AFTER = {"zh": [r"(?:份)?(?:发生|出现|爆发|犯下|发现)的"]}

# A relative clause told in a past form between a future word and the date
# ("will compensate families who lost homes in March", "indemnizará a las
# familias que perdieron su casa en marzo", "sẽ bồi thường cho các hộ bị mất
# nhà trong tháng 3"): whatever its verb, the date is the clause's, as with
# HAPPENED_BETWEEN. "rel": the relative words; "skip": up to two words between
# them and the verb (a subject, a pronoun: "that the flood destroyed", "que
# ya perdieron"), never a future or modal word ("who will be trained");
# "past": the past forms. Vietnamese has no relative word: "bị" (passive)
# or "đã" (done) after a noun, not after a future, modal or negation word,
# nor "bị" ending a word ("chuẩn bị" = prepare, "thiết bị" = device), nor
# after "và" ("sẽ bị phạt và bị tước giấy phép": the same future).
_EN_NOT_PAST = r"need|seed|speed|feed|breed|bleed|proceed|succeed|exceed|red|bed|shed|hundred|creed"
_EN_IRREGULAR_PAST = (
    r"was|were|had|did|lost|fled|fell|left|took|made|gave|got|went|came|saw|paid|sold"
    r"|bought|built|won|ran|broke|hit|struck|fought|caught|brought|began|wrote|drove|rose"
    r"|flew|threw|stole|sent|spent|held|kept|met|led|told|said|sank|shot|chose|froze|hid"
    r"|lent|tore|underwent|became|found|ate|sought|taught|slept|swept|fed|bled|dealt|felt"
)
RELATIVE_PAST = {
    "en": {
        # ... and the clause of a question told ("hopes to learn why police
        # raided the camp on Monday", "will explain how the fire started")
        "rel": r"who|that|which|whose|why|how",
        "skip": r"(?!(?:will|would|shall|can|could|may|might|must|should|to|be|is|are|am)\s)"
        r"[^\W\d_]+",
        "past": r"(?!(?:" + _EN_NOT_PAST + r")(?![^\W\d_]))[^\W\d_]{2,}ed|" + _EN_IRREGULAR_PAST,
    },
    "es": {
        # "cuyas casas se inundaron": "cuyo" with its noun
        "rel": r"que|quienes|quien|cuales|cuy[oa]s?\s+[^\W\d_]+",
        "skip": r"se|le|les|lo|la|los|las|no|ya|nos|me|te",
        "past": (
            r"[^\W\d_]{2,}(?:aron|ieron|yeron|ó)|fue|fueron|tuvo|tuvieron|hizo|hicieron|dijo"
            r"|dijeron|puso|pusieron|estuvo|estuvieron|pudo|pudieron|vino|vinieron|trajo|trajeron"
            r"|(?:ha|han|había|habían|hubo)\s+[^\W\d_]+(?:ad|id)[oa]s?"
        ),
    },
}
# French: "qui ont perdu", "dont les vitrines ont été brisées", "qu'il a
# vendu", "qui s'est effondré", an imperfect ("qui habitaient"); not a date
# set ahead ("qui sont prévus samedi", "qui a été reporté à").
_FR_NOT_SET_AHEAD = "".join(rf"(?!{w})" for w in _SETS_AHEAD["fr"])
RELATIVE_PAST["fr"] = {
    "rel": r"qui|que|dont|où|qu['’]\s*(?:il|elle|ils|elles|on)",
    "skip": (
        r"(?!(?:va|vont|doit|doivent|devra|devront|pourra|pourront|sera|seront|aura|auront)\s)"
        r"[^\W\d_]+"
    ),
    "past": (
        r"(?:s['’]\s*)?(?:a|ont|avait|avaient|est|sont|était|étaient)\s+(?:été\s+)?"
        + _FR_NOT_SET_AHEAD
        + r"[^\W\d_]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ert|eint|te|ts)"
        r"|[^\W\d_]{2,}(?:ait|aient|èrent)"
    ),
}
VI_PAST_MARKED = (
    r"(?<!sẽ\s)(?<!sắp\s)(?<!thể\s)(?<!phải\s)(?<!không\s)(?<!chưa\s)(?<!và\s)(?<!hoặc\s)"
    r"(?<!chuẩn\s)(?<!thiết\s)(?<!trang\s)(?<!dự\s)(?<!phòng\s)(?<!binh\s)"
    r"(?:bị|đã)\s+[^\W\d_]+"
)
for _lang, _r in RELATIVE_PAST.items():
    HAPPENED_BETWEEN[_lang].append(
        r"(?:" + _r["rel"] + r")\s+(?:(?:" + _r["skip"] + r")\s+){0,2}?(?:" + _r["past"] + r")"
    )
HAPPENED_BETWEEN["vi"].append(VI_PAST_MARKED)

# Weekday words. A weekday resolves against the publication date: the most
# recent such day at or before it (news looks back), the next one after it
# when a future cue or a "next" word says so, a day of the previous / this /
# next calendar week (weeks start on Monday) with a week word; without a
# publication date it stays unresolved. Vietnamese weekdays are "thứ" plus an
# ordinal ("thứ hai" = Monday, and also "second"): see WEEKDAY_GATED.
WEEKDAY_EXTRA = {
    "vi": [
        ["thứ hai", "thứ 2"],
        ["thứ ba", "thứ 3"],
        ["thứ tư", "thứ 4"],
        ["thứ năm", "thứ 5"],
        ["thứ sáu", "thứ 6"],
        ["thứ bảy", "thứ bẩy", "thứ 7"],
        ["chủ nhật"],
    ],
    "zh": [
        ["星期一", "周一", "礼拜一"],
        ["星期二", "周二", "礼拜二"],
        ["星期三", "周三", "礼拜三"],
        ["星期四", "周四", "礼拜四"],
        ["星期五", "周五", "礼拜五"],
        ["星期六", "周六", "礼拜六"],
        ["星期日", "星期天", "周日", "礼拜天", "礼拜日"],
    ],
}
# Japanese weekdays ("月曜日", "金曜"), read by the Chinese table with the rest
# of Japanese dates. "日曜" and "月曜" need their "曜": "日" and "月" alone are
# day and month.
for _i, _k in enumerate("月火水木金土日"):
    WEEKDAY_EXTRA["zh"][_i] += [_k + "曜日", _k + "曜"]
# Weekday names that double as other words: read as a weekday only when the
# word after "thứ" is capitalised ("thứ Ba"), a WEEKDAY_CUE_BEFORE word stands
# right before ("hôm thứ ba", "sáng thứ 3") or a WEEKDAY_AFTER modifier
# follows ("thứ hai tuần trước"); "lần thứ hai" (the second time) never is.
WEEKDAY_GATED = {"vi": r"thứ\s"}
WEEKDAY_CUE_BEFORE = {
    "vi": [
        r"hôm",
        r"vào",
        r"sáng",
        r"chiều",
        r"tối",
        r"đêm",
        r"trưa",
        r"khuya",
        r"rạng sáng",
        r"sáng sớm",
    ],
}
# Directions: "last" = the latest such day strictly before publication,
# "next" = the first strictly after, "nearest" = the nearer of the two (the
# latest at or before when told in the past, the first at or after ahead), "prev_week" / "this_week" / "next_week"
# = that day of the calendar week before / of / after publication ("prev2_week"
# / "next2_week" two weeks back or on: "thứ Hai tuần sau nữa", "下下周一"), None =
# the nearest (at or before publication unless a future cue is found).
# Modifiers right before the weekday (part of the span when they give a
# direction) ...
WEEKDAY_BEFORE = {
    "vi": [],
    "th": [],
    "zh": [
        # "次周二": the Tuesday of the week after the date just written
        (r"(?<![这那上下一二两三几每首多本此该再屡层依其渐])次", "following_week"),
        # a weekday of a named week joined by a possessive ("下周的周一",
        # Japanese "来週の月曜日", "先週の金曜", folded 週 -> 周): that
        # week's day, as "下周一"
        (r"上上个?(?:周|星期|礼拜)的|先々周の?", "prev2_week"),
        (r"下下个?(?:周|星期|礼拜)的|再来周の?", "next2_week"),
        (r"上一?个?(?:周|星期|礼拜)的|先周の?", "prev_week"),
        (r"下一?个?(?:周|星期|礼拜)的|来周の?", "next_week"),
        (r"(?:本|这一?个?)(?:周|星期)的|今周の?", "this_week"),
        (r"上上个?", "prev2_week"),
        (r"下下个?", "next2_week"),
        (r"上一?个?", "prev_week"),
        (r"下一?个?", "next_week"),
        (r"本|这一?个?", "this_week"),
    ],
    "en": [
        # "the following Tuesday": the first Tuesday after the date just written
        (r"the following|the subsequent", "following"),
        (r"this past|last", "last"),
        (r"next|this coming", "next"),
        # "a week from Friday": a week after the coming one, as British
        # "Friday week"
        (r"a week from", "week_on"),
        # "this Saturday": the Saturday of the current week
        (r"this", "this_week"),
    ],
    "es": [
        (r"(?:d?el|este) pasado", "last"),
        (r"d?el próximo", "next"),
        # "este domingo": the nearest Sunday -- the coming one told ahead or
        # with no tense ("lo festeja este domingo" on a Thursday), the last
        # one told in the past ("se votó este domingo" on a Monday)
        (r"este", "nearest"),
    ],
    "fr": [(r"ce", "this_week")],
}
# ... and right after it ("mardi dernier", "thứ Hai tuần trước", "วันจันทร์หน้า").
# "following" / "following_week": counted from the date written before it
# ("el martes siguiente", "thứ Ba tuần sau đó", "วันอังคารถัดมา"), not from now.
WEEKDAY_AFTER = {
    "vi": [
        (r"tuần sau đó|tuần kế tiếp", "following_week"),
        (r"sau đó|kế tiếp", "following"),
        (r"tuần (?:trước|qua|rồi) nữa", "prev2_week"),
        (r"tuần (?:tới|sau) nữa", "next2_week"),
        (r"tuần (?:trước|qua|rồi)", "prev_week"),
        (r"tuần (?:này|nay)", "this_week"),
        (r"tuần (?:tới|sau)", "next_week"),
        (r"này", "this_week"),
        (r"vừa qua|vừa rồi", "last"),
        (r"tới|sắp tới", "next"),
    ],
    "th": [
        (r"(?:ของ)?(?:สัปดาห์|อาทิตย์)ถัด(?:มา|ไป)", "following_week"),
        (r"ถัด(?:มา|ไป)", "following"),
        (r"(?:สัปดาห์|อาทิตย์)(?:ที่แล้ว|ที่ผ่านมา|ก่อน)", "prev_week"),
        (r"(?:สัปดาห์|อาทิตย์)นี้", "this_week"),
        (r"(?:สัปดาห์|อาทิตย์)หน้า", "next_week"),
        (r"ที่แล้ว|ที่ผ่านมา", "last"),
        (r"หน้า|ที่จะถึง(?:นี้)?", "next"),
    ],
    "zh": [],
    "en": [
        (r"of last week|last week", "prev_week"),
        (r"of this week|this week", "this_week"),
        (r"of next week|next week", "next_week"),
        # British "Monday week": a week after the coming Monday (not "Monday
        # week 3", a numbered week)
        (r"week(?!\s*\d)", "week_on"),
        # "received by the Monday after" (the Nov. 7 election): the first
        # Monday after the date just written, as "the following Monday"; only
        # closing its clause ("the Monday after the vote" names a happening)
        (r"after(?=\s*(?:[.,;:!?)]|$))", "following"),
    ],
    "es": [
        (r"siguiente|posterior", "following"),
        (r"de la semana pasada", "prev_week"),
        (r"de esta semana", "this_week"),
        (r"de la (?:semana próxima|próxima semana|semana que viene)", "next_week"),
        (r"pasado", "last"),
        (r"próximo|que viene", "next"),
    ],
    "fr": [
        (r"suivant", "following"),
        # "jeudi en huit": a week after the coming Thursday, as en "Monday week"
        (r"en huit", "week_on"),
        (r"de la semaine (?:dernière|passée)", "prev_week"),
        (r"de cette semaine", "this_week"),
        (r"de la semaine prochaine", "next_week"),
        (r"derni(?:er|ère)|passé", "last"),
        (r"prochain", "next"),
    ],
}
# Of these, the words that do not by themselves make "thứ hai" a weekday
# (it is also "second": "điều thứ hai này" = this second point, "giải pháp
# thứ hai sau đó" = the second measure, afterwards): the day word must then
# be capitalised or follow a cue.
WEEKDAY_AFTER_WEAK = {"vi": {"này", "sau đó", "kế tiếp"}}
# A night between two weekdays ("dans la nuit de mardi à mercredi", "la nuit
# du mardi au mercredi", "en la noche del martes al miércoles", "the night of
# Tuesday to Wednesday"): one night over both days, no Tuesday-to-Wednesday
# schedule ("du lundi au vendredi"). Matched right before the first weekday.
WEEKDAY_NIGHT_BEFORE = {
    "fr": [r"nuit\s+(?:de|du)"],
    "es": [r"(?:noche|madrugada)\s+(?:de|del)"],
    "en": [r"night\s+(?:of|from)", r"overnight\s+from"],
}
# ... where a night named by one weekday alone is that night into the next
# morning, the two days ("dans la nuit de lundi" = Monday night into
# Tuesday: heldout4's choice). Not es "la noche del lunes" (the evening), nor
# vi "đêm thứ Bảy", th "คืนวันเสาร์" (one day, as heldout3 labels them).
WEEKDAY_NIGHT_ALONE_TWO_DAYS = frozenset({"fr"})
# A night told as running on into the next day, the words between its two
# weekdays ("overnight Wednesday into Thursday", "late Tuesday night into
# early Wednesday", "la noche del martes a la madrugada del miércoles",
# "mardi soir à mercredi matin"): one span over both days, as "the night of
# Tuesday to Wednesday"; only for days that follow each other.
WEEKDAY_NIGHT_INTO = {
    "en": r"\s+(?:(?:night|evening)\s+)?into\s+(?:(?:early|late)\s+)?",
    "es": r"\s+(?:por\s+la\s+noche\s+)?(?:a|hasta)\s+la\s+madrugada\s+del\s+",
    "fr": r"\s+soir\s+(?:à|au|jusqu['’]à)\s+",
}
# A span between two weekdays told with parts of the day ("from Tuesday
# night until Thursday morning", "desde la noche del martes hasta la mañana
# del jueves", "de mardi soir à jeudi matin", "từ đêm thứ Ba đến sáng thứ
# Năm", "ตั้งแต่คืนวันอังคารถึงเช้าวันพฤหัสบดี", "周二夜间至周四上午"): one span of
# the days, as a weather warning, a closure or a strike gives it. "gap": the
# words between the two weekday names; "part": a part of the day, which must
# stand in the gap or right before the first day -- a bare "Monday to
# Friday" is a schedule, no date. Told without a past verb, such a span lies
# ahead (engine._part_of_day_spans).
_EN_DAY_PART = r"(?:night|evening|morning|afternoon)"
_ES_DAY_PART = r"(?:noche|mañana|tarde|madrugada|mediodía)"
_FR_DAY_PART = r"(?:soir|soirée|matin|matinée|après-midi|midi|nuit)"
_VI_DAY_PART = r"(?:rạng\s+sáng|sáng|trưa|chiều\s+tối|chiều|tối|đêm|khuya)"
_TH_DAY_PART = r"(?:กลางคืน|คืน|เช้า|บ่าย|เย็น|ค่ำ|ช่วงเช้า|ช่วงบ่าย|ช่วงค่ำ)"
_ZH_DAY_PART = r"(?:夜间|夜里|晚上|晚间|上午|下午|白天|早上|早晨|凌晨|中午|傍晚)"
_ID_DAY_PART = r"(?:malam|pagi|siang|sore|dini\s+hari)"
# German writes the part onto the day ("Samstagabend"): the part ends the first
# day's name, the gap starting inside it
_DE_DAY_PART = r"(?:abend|morgen|nachmittag|vormittag|mittag|nacht|früh)"
_IT_DAY_PART = r"(?:sera|mattina|mattino|notte|pomeriggio)"
_PT_DAY_PART = r"(?:(?:à|de)\s+(?:noite|manhã|tarde|madrugada))"
WEEKDAY_PART_SPAN = {
    "en": {
        "gap": r"\s+" + _EN_DAY_PART + r"\s+(?:until|till|to|through)\s+(?:(?:early|late)\s+)?",
        "part": _EN_DAY_PART,
    },
    "es": {
        "gap": (
            r"\s+(?:por\s+la\s+" + _ES_DAY_PART + r"\s+)?(?:a|hasta)\s+"
            r"(?:(?:la|el)\s+" + _ES_DAY_PART + r"\s+del?\s+|el\s+)?"
        ),
        "part": _ES_DAY_PART,
    },
    "fr": {
        "gap": r"\s+" + _FR_DAY_PART + r"\s+(?:à|au|jusqu['’]à|jusqu['’]au)\s+",
        "part": _FR_DAY_PART,
    },
    "vi": {
        "gap": r"\s+(?:đến|tới|tới\s+hết|đến\s+hết)\s+(?:" + _VI_DAY_PART + r"\s+)?",
        "part": _VI_DAY_PART,
    },
    "th": {
        "gap": r"\s*(?:จนถึง|ถึง)\s*(?:" + _TH_DAY_PART + r")?\s*",
        "part": _TH_DAY_PART,
    },
    "zh": {"gap": _ZH_DAY_PART + r"?\s*(?:至|到)\s*", "part": _ZH_DAY_PART},
    # languages read through CLDR, the same span ("sejak Senin malam hingga
    # Selasa pagi", "von Montagabend bis Dienstagmorgen", "da lunedì sera a
    # martedì mattina", "de segunda à noite até terça de manhã")
    "id": {
        "gap": r"\s+" + _ID_DAY_PART + r"\s+(?:hingga|sampai|sampai\s+dengan|s\.d\.|ke)\s+",
        "part": _ID_DAY_PART,
    },
    "de": {"gap": _DE_DAY_PART + r"?\s+bis\s+(?:zum\s+|in\s+den\s+)?", "part": _DE_DAY_PART},
    "it": {
        "gap": r"\s+" + _IT_DAY_PART + r"\s+(?:a|al|fino\s+a)\s+",
        "part": _IT_DAY_PART,
    },
    "pt": {
        "gap": r"\s+" + _PT_DAY_PART + r"\s+(?:a|até|até\s+a|até\s+o)\s+",
        "part": _PT_DAY_PART,
    },
}

# After a count of years ago, the words that make it that very day ("Ten
# years ago today", "il y a dix ans jour pour jour", "hace diez años, tal día
# como hoy", "10 năm trước, đúng vào ngày này", "十年前的今天", "10 ปีที่แล้ว
# ในวันนี้"): the publication's day and month in that year, not the year.
SAME_DAY_YEARS_AGO = {
    "en": r"(?:\s+today|,?\s+to\s+the\s+day|\s+on\s+this\s+(?:very\s+)?day)(?![^\W\d_])",
    "fr": r"\s+(?:jour\s+pour\s+jour|aujourd['’]hui\s+même)",
    "es": r"(?:,?\s+tal\s+día\s+como\s+hoy|\s+este\s+mismo\s+día)",
    "vi": r",?\s+(?:đúng\s+)?(?:vào\s+)?(?:đúng\s+)?ngày\s+(?:này|hôm\s+nay)(?![^\W\d_])",
    "zh": r"的(?:今天|今日|这一天)",
    "th": r"\s*(?:ในวันนี้|ตรงกับวันนี้|ในวันเดียวกันนี้)",
}
# ... or a word for "exactly" (_EXACTLY) inside or right before it
# ("Exactly a year ago", "il y a tout juste un an"): a count of years kept
# to the day is that day. (Chinese writes it with no space, after any character)
SAME_DAY_YEARS_AGO_EXACT = {
    lg: words if lg == "zh" else r"(?<![^\W\d_])(?:" + words + r")\s"
    for lg, words in _EXACTLY.items()
}
# ... and before it ("Hoy hace un año que ...": today it is a year since):
# the same day, the "today" inside the mention.
SAME_DAY_YEARS_AGO_BEFORE = {"es": r"(?<![^\W\d_])hoy\s+$"}

# A forecaster announcing weather ("Météo-France annonce des orages dans la
# nuit de ...", "la Aemet anuncia lluvias para el sábado", "the agency
# forecasts heavy snow on Saturday"): weather announced is weather ahead,
# though "annonce" alone as often reports what was done. Joined to
# WEEKDAY_FUTURE_BEFORE.
_FR_WEATHER = (
    r"(?:orages?|pluies?|averses?|neige|chutes\s+de\s+neige|vents?|rafales|gel|gelées"
    r"|canicule|chaleurs?|brouillards?|précipitations|tempêtes?|grêle|crues?)"
)
_ES_WEATHER = (
    r"(?:tormentas?|lluvias?|chubascos|nieve|nevadas?|vientos?|rachas|heladas?|calor"
    r"|nieblas?|precipitaciones|granizo|temporal|borrasca)"
)
_EN_WEATHER = (
    r"(?:storms?|thunderstorms|rain|showers|snow|snowfall|winds|gales|gusts|frost|heat"
    r"|fog|hail|downpours|flooding|blizzards?)"
)
WEATHER_ANNOUNCED = {
    "fr": r"(?:annon[cç]\w*|prévoi\w*)\s+(?:\S+\s+){0,3}?" + _FR_WEATHER + r"(?![^\W\d_])",
    "es": r"(?:anunci\w*|pronostic\w*)\s+(?:\S+\s+){0,3}?" + _ES_WEATHER + r"(?![^\W\d_])",
    "en": r"(?:forecasts?|predicts?|warns?\s+of)\s+(?:\S+\s+){0,3}?" + _EN_WEATHER + r"(?![^\W\d_])",
}

# Words in the same clause before a weekday that put it in the future
# ("will meet on Tuesday", "doit se rendre lundi", "sẽ họp vào thứ Ba").
WEEKDAY_FUTURE_BEFORE = {
    "vi": [r"sẽ", r"sắp", r"dự kiến", r"dự định"],
    "th": [r"จะ", r"มีกำหนด", TH_SCHEDULED_MEETING],
    # deadlines and agreements ahead ("须于6月30日前", "同意于5月20日举行")
    "zh": [
        r"将",
        r"将于",
        r"将在",
        ZH_NOT_ORIGINALLY + r"计划",
        r"预计",
        ZH_NOT_ORIGINALLY + r"定于",
        ZH_NOT_ORIGINALLY + r"订于",
    ],
    "en": [
        # lower case: a capitalised "Will" is a first name ("Will Smith
        # starred in March") or opens a question, no statement of what will be
        r"(?-i:will)",
        # deadlines: "are due online by June 30", "must be ready by May 2"
        r"(?:is|are) due",
        r"must(?!\s+have\b)",
        r"should(?!\s+have\b)",
        r"(?:has|have|need|needs) to",
        r"'ll",
        r"’ll",
        r"(?:is|are) (?:due|expected|scheduled|set) to",
        r"scheduled for",
        r"(?:is|are) to",
        r"plans? to",
        r"going to",
        # a forecast: "storms are expected overnight from Saturday"
        r"(?:is|are)\s+(?:expected|forecast|predicted)",
    ],
    "es": [
        r"va a",
        r"van a",
        r"prevé",
        r"previst[oa]s?",
        r"deberá",
        r"deberán",
        r"se celebrará",
        r"será",
        r"serán",
        # any verb in the future tense ("reunirá", "llegarán", "iremos")
        r"(?-i:[a-zñáéíóú]{2,}rán?)",
        ES_FUTURE_WE,
        # ... and "ir", too short for the above ("el corte irá desde el sábado")
        r"irán?",
    ],
    "fr": [
        FR_ALLER_FUTURE,
        r"doit",
        r"doivent",
        r"devra",
        r"devront",
        r"devrait",
        r"devraient",
        r"prévue?s?",
        r"à paraître",
        r"sera",
        r"seront",
        r"aura lieu",
        r"se tiendra",
        # a forecast or a call ("des orages sont attendus dans la nuit de
        # samedi à dimanche", "les syndicats appellent à manifester samedi")
        # ... a headline's too, without its verb ("le verdict attendu
        # vendredi"), not a past one's ("étaient attendus samedi")
        r"(?:est|sont)\s+attendue?s?",
        (
            r"(?<!était\s)(?<!étaient\s)(?<!été\s)(?<!a\s)(?<!ont\s)(?<!avait\s)(?<!avaient\s)"
            r"attendue?s?"
        ),
        r"appel(?:le|lent)\s+à",
        # a verb in the future tense ("se réunira", "se rendra", "auront",
        # "viendront"): only the plural was read, and AFP's "Le Conseil se
        # réunira jeudi" was last Thursday
        FR_FUTURE_VERB,
        # ... elided after a pronoun ("s'ouvrira jeudi", "l'accueillera
        # samedi"), as SENTENCE_FUTURE reads it
        r"(?:[sldnmtj]|qu)['’]" + FR_FUTURE_VERB,
    ],
}
# Words before a part of the week that is also a habit (RELATIVE mode
# "ahead") which tell it ahead: expected, due, planned ("le verdict est
# attendu en fin de semaine"); a future verb anywhere in the sentence does
# too (SENTENCE_FUTURE).
TOLD_AHEAD_BEFORE = {
    "fr": [
        r"(?:est|sont)\s+attendue?s?",
        r"doit",
        r"doivent",
        r"devra",
        r"devront",
        r"devrait",
        r"devraient",
        r"(?:est|sont)\s+prévue?s?",
    ],
}
# A date moved for another ("the hearing was moved from 10/19/2026 to
# 11/02/2026", "aplazado del 12 de octubre al 19 de octubre", "reporté du 12
# octobre au 19 octobre"): "from A to B" after a verb of moving names the old
# date and the new one, two dates, not a span. Read only where both ends carry
# their own month, so neither end is lost; the words run up to "from".
MOVED_FROM = {
    "en": [
        (
            r"(?:moved|postponed|rescheduled|pushed\s+back|put\s+back|brought\s+forward|delayed"
            r"|shifted|deferred)(?:\s+[\w'’]+){0,4}?\s+from"
        )
    ],
    "es": [
        (
            r"(?:aplaz|pospu|pospuest|posterg|traslad|adelant|retras|cambi|movi)[a-záéíóú]*"
            r"(?:\s+[\w]+){0,4}?\s+(?:desde\s+el|del?)"
        )
    ],
    "fr": [
        (
            r"(?:report|décal|avanc|repouss|déplac|modifi|différ|ajourn)[a-zéè]*"
            r"(?:\s+[\w'’]+){0,4}?\s+(?:du|de)"
        )
    ],
}
# A happening put off or set to a weekday ("adjourned the hearing until
# Monday", "sentencing is set for Monday", "el juicio se aplazó hasta el
# lunes", "le procès a été renvoyé à lundi", "phiên tòa hoãn đến thứ Hai",
# "推迟至周一", "เลื่อนไปเป็นวันจันทร์"): the day it is put to lies ahead, though
# the putting off is told in the past. Court and sports calendars write so.
# Joined to WEEKDAY_FUTURE_BEFORE (the words run up to the weekday).
WEEKDAY_PUT_OFF_TO = {
    "en": [
        (
            r"(?:adjourned|postponed|delayed|deferred|pushed\s+back|put\s+off|rescheduled"
            r"|suspended|recessed)(?:\s+[\w'’]+){0,3}?\s+(?:until|till|to)"
        ),
        r"(?:is|are|was|were|been|be)\s+(?:set|fixed)\s+for",
        # an extension "until" a weekday points ahead of its telling, as a
        # putting off does ("extended the lockdown until Tuesday"); "stayed
        # closed until Tuesday, when it reopened" tells no extension
        # (an object of a few words: "the ban on river traffic")
        r"(?:extended|prolonged)(?:\s+[\w'’]+){0,5}?\s+(?:until|till|through)",
        # a time limit given ("gave the company until Friday to respond"):
        # the day it runs to is ahead of the giving, as a day set is
        r"(?:gave|given|gives|granted)(?:\s+[\w'’]+){0,4}?\s+until",
    ],
    "es": [
        (
            r"(?:aplaz|pospu|posterg|suspendi|traslad|fij)[a-zóáéí]*(?:\s+[\w]+){0,3}?"
            r"\s+(?:hasta|para)(?:\s+el)?"
        ),
        # not "se prolongó hasta el viernes" (it lasted until Friday)
        r"(?:prorrog|prolong(?<!\bse\sprolong)|extendi)[a-zóáéí]*(?:\s+[\w]+){0,5}?\s+hasta(?:\s+el)?",
        # a time limit given ("la jueza dio al club hasta el viernes")
        (
            r"(?:dio|dieron|dado|concedió|concedieron|concedido|otorgó|otorgaron)(?:\s+[\w]+){0,4}?"
            r"\s+hasta(?:\s+el)?"
        ),
    ],
    "fr": [
        (
            r"(?:renvoy|report|ajourn|repouss|décal|suspendu|fix)[a-zéè]*(?:\s+[\w'’]+){0,3}?"
            r"\s+(?:à|au|jusqu['’]à)"
        ),
        # not "la réunion s'est prolongée jusqu'à vendredi" (it lasted)
        (
            r"(?:prolong(?<!s['’]est\sprolong)(?<!se\ssont\sprolong)|reconduit)[a-zéè]*"
            r"(?:\s+[\w'’]+){0,5}?"
            r"\s+jusqu['’]à"
        ),
        # a time limit given ("a donné aux exploitants jusqu'à jeudi")
        r"(?:donné|accordé|laissé)e?s?(?:\s+[\w'’]+){0,4}?\s+jusqu['’](?:à|au)",
    ],
    # "vào" names the day a thing is moved to after "dời"/"lùi" ("dời vào thứ
    # Sáu"), but the day of the adjourning after "hoãn" ("Phiên tòa đã tạm
    # hoãn vào thứ Sáu": it was adjourned on Friday)
    "vi": [
        r"hoãn(?:\s+\S+){0,3}?\s+(?:đến|tới|sang)",
        r"(?:dời|lùi)(?:\s+\S+){0,3}?\s+(?:đến|tới|sang|vào)",
    ],
    "zh": [r"(?:推迟|延期|押后|延后|改期|顺延)(?:至|到)"],
    "th": [r"เลื่อน(?:ไป)?(?:เป็น|จนถึง|ถึง)?"],
}
for _lang, _words in WEEKDAY_PUT_OFF_TO.items():
    WEEKDAY_FUTURE_BEFORE.setdefault(_lang, []).extend(_words)
for _lang, _words in WEATHER_ANNOUNCED.items():
    WEEKDAY_FUTURE_BEFORE.setdefault(_lang, []).append(_words)
# A scheduled happening told in the present tense ("The summit opens on
# Monday", "United host Arsenal on Sunday", "Le PSG reçoit Marseille
# dimanche", "La cumbre se inaugura el lunes"): news and fixture lists tell
# what is on the calendar so, and the weekday lies ahead as after "will".
# Verbs of opening, closing, meeting and playing only, in forms no past
# shares ("opens", not "opened", "hit" or "set"); a base form that is also a
# noun ("a strong start on Monday", "la rencontre de lundi", "la visita del
# lunes") only where it cannot be one. Joined to WEEKDAY_FUTURE_BEFORE.
# After a determiner these forms are nouns ("The hosts scored twice on
# Sunday", "her visits on Monday", "the starts on Monday").
# (a whole word: "Villa play", "Milan face" are no "a play", "an face")
_EN_NOT_A_NOUN = "".join(
    rf"(?<!\b{d}\s)"
    for d in ("the", "a", "an", "his", "her", "its", "our", "their", "these", "those")
)
# Words that open a condition ("Nếu đến 15/8 vẫn chưa bàn giao ...", "Si
# antes del 15 de agosto no se firma ...", "If the deal is not signed by June
# 3", "如果4月20日前仍未...", "หากภายในวันที่ 15 พ.ค."): a condition is set on
# what is still to come, so a year-less date in its clause takes the nearer of
# its two days, without the lean towards the past a report's dates get (as
# IN_FORCE_FROM). Not "si" as "yes" or "whether" after a verb of asking: the
# word is looked for only in the date's own clause, before it.
CONDITION_BEFORE = {
    "vi": [r"nếu", r"giả sử", r"trong trường hợp"],
    "th": [r"หาก", r"ถ้า", r"กรณีที่"],
    # (not "若干", several)
    "zh": [r"如果", r"假如", r"倘若", r"一旦", r"若(?!干)"],
    "en": [r"(?-i:if|If)", r"unless", r"in case"],
    "es": [r"(?-i:si|Si)", r"a menos que", r"en caso de que"],
    "fr": [r"(?-i:si|Si)", r"s'ils?", r"s’ils?", r"à moins que", r"au cas où"],
}
# A rule or a document in force from a year-less date ("the e-visa is valid
# from 1 July", "có hiệu lực từ ngày 1/7", "自7月1日起实施", "en vigor desde
# el 1 de marzo", "applicable à partir du 1er mars"): told in the present it
# is as often ahead as behind (a rule announced for July, or one in force
# since January), so the nearer of the two days wins, without the lean
# towards the past a report's dates get. "before": ends right before the
# date; "after": starts right after it.
IN_FORCE_FROM = {
    "en": {
        "before": (
            r"(?<![^\W\d_])(?:(?:is|are|becomes?|remains?)\s+valid|(?:applies|apply)|effective"
            r"|(?:is|are)\s+in\s+force)\s+(?:from|as\s+of)\s+(?:the\s+)?$"
        ),
    },
    "es": {
        "before": (
            r"(?<![^\W\d_])(?:es\s+válid[oa]s?|son\s+válid[oa]s?|vigentes?|en\s+vigor|se\s+aplica)"
            r"\s+(?:desde|a\s+partir\s+de)\s+(?:el\s+)?$"
        ),
    },
    "fr": {
        "before": (
            r"(?<![^\W\d_])(?:(?:est|sont)\s+valables?|(?:est|sont)\s+en\s+vigueur|applicables?"
            r"|s['’]applique(?:nt)?)\s+(?:à\s+compter|à\s+partir)\s+(?:du|de\s+l[ae'’]\s*)\s*$"
        ),
    },
    "vi": {
        "before": (
            r"(?<![^\W\d_])(?:có\s+(?:giá\s+trị|hiệu\s+lực)(?:\s+thi\s+hành)?|được\s+áp\s+dụng"
            r"|áp\s+dụng)\s+(?:kể\s+)?từ\s+(?:ngày\s+)?$"
        ),
    },
    "th": {
        "before": r"มีผล(?:บังคับ(?:ใช้)?)?\s*(?:ตั้งแต่|นับแต่|นับตั้งแต่)\s*(?:วันที่\s*)?$",
    },
    "zh": {
        "after": r"\s*起?\s*(?:正式)?(?:施行|实施|生效|执行|启用)",
    },
}
SCHEDULED_PRESENT = {
    "en": [
        _EN_NOT_A_NOUN
        + r"(?:opens|reopens|begins|starts|ends|closes|resumes|kicks\s+off|kick\s+off)",
        _EN_NOT_A_NOUN
        + r"(?:hosts|host|faces|face|meets|meet|plays|visits|travels\s+to|travel\s+to)",
        # an event held ("The club holds its reunion on Saturday", "The party
        # holds a vote on Sunday"), not a record or a view held ("holds the
        # record", "holds that")
        _EN_NOT_A_NOUN + r"holds?(?=\s+(?:its|their|his|her|a|an|the\s+(?:first|final|next)))",
        # an anniversary kept ("The museum marks the 30th anniversary of its
        # opening on Friday", "The school celebrates its centenary on
        # Sunday"); the third person only, which no past shares, and the
        # anniversary named ("celebrates the title won on Friday" is a report)
        (
            _EN_NOT_A_NOUN + r"(?:marks|celebrates|commemorates)\s+(?:its|their|his|her|the|a)\s+"
            r"(?:[\w-]+\s+){0,2}(?:anniversary|birthday|centenary|centennial|jubilee|bicentenary)"
        ),
        # a team told in the plural, as British English does ("Villa play
        # Brugge on Wednesday"): before a name, where "play" is no noun
        _EN_NOT_A_NOUN + r"(?-i:play|visit)(?=\s+(?-i:[A-Z]))",
        # a plural subject written with a capital, then a base form ("Polls
        # open on Thursday", "Schools reopen on Monday", "Talks resume on
        # Friday"): a lower-case word before the verb may be its object or
        # an adverb ("stores always open", "was open"), so only a capitalised
        # plural noun, no function word
        (
            r"(?-i:(?!(?:Was|Is|Has|This|As|Its|Yes|Thus|Perhaps|Always|Sometimes)\s)[A-Z][a-z]+s)"
            r"\s+(?:open|reopen|close|begin|start|resume|end)"
        ),
        # a base form no noun shares, right before "on" and the weekday, in
        # a clause of its own after one told in the past ("Dockers walked
        # out on Monday and talks with the port authority resume on
        # Thursday"); not after an auxiliary or "to" ("did not resume on
        # Monday", "failed to reopen on Monday")
        (
            r"(?<!\bto\s)(?<!\bdid\s)(?<!\bnot\s)(?<!n't\s)(?<!n’t\s)(?<!\bcould\s)"
            r"(?<!\bwould\s)(?<!\bmight\s)(?<!\bcan\s)(?-i:resume|reopen|reconvene)(?=\s+on\s*$)"
        ),
        r"(?:takes?\s+place|takes?\s+effect|comes?\s+into\s+force|goes\s+on\s+sale)",
        # a company's results on a calendar ("Apple, which reports earnings on
        # Thursday", "The bank reports first-quarter results on Tuesday"): the
        # third person with its results named, which no past shares
        (
            _EN_NOT_A_NOUN + r"(?-i:reports|posts|releases|announces)\s+(?:its\s+|their\s+)?"
            r"(?:(?:first|second|third|fourth|full|half|quarterly|annual|year-end|interim)[\w-]*\s+)?"
            r"(?:earnings|results|figures)"
        ),
        # a legislature or a court named, then a verb of its sitting in the
        # present ("The Senate votes on the 26th", "MPs return from the recess
        # on Monday", "The court rules on Friday"): its calendar, ahead
        (
            r"(?-i:(?:Senate|House|Parliament|Congress|Assembly|Council|Court|Tribunal|Cabinet"
            r"|Commission|Committee|MPs|Senators|Lawmakers|Legislators|Deputies|Councillors"
            r"|Councilors|Judges|Jurors))\s+(?:votes?|sits?|meets?|reconvenes?|returns?|rules?"
            r"|decides?|hears?|debates?)"
        ),
        # the plural ("Tickets go on sale on Monday"), not after a past
        # "did" ("did not go on sale on Monday")
        r"(?<!\bdid\snot\s)(?<!\bdidn't\s)(?<!\bdidn’t\s)(?<!\bdid\s)go\s+on\s+sale",
        # an election day told in the present ("Dutch voters go to the polls
        # on Sunday")
        r"(?:go|goes|head|heads)\s+to\s+the\s+polls",
        r"(?:is|are)\s+held",
        # a schedule told with the copula ("Kick-off is at 12.30 on Saturday",
        # "The funeral is on Friday"): only right before the weekday (these
        # words are looked for in the text up to it)
        r"(?-i:is|are)(?:\s+at\s+[\d.:]+(?:\s*[ap]\.?m\.?)?)?\s+on(?=\s*$)",
    ],
    "es": [
        r"(?:se\s+)?(?:inaugura|abre|reabre|arranca|comienza|empieza|termina|clausura|reanuda)",
        r"(?:recibe|reciben|enfrenta|enfrentan|juega|juegan|se\s+enfrentan?|se\s+miden?)",
        # "visita" after an article or a possessive is the noun ("durante la
        # visita el lunes")
        r"(?<!la\s)(?<!una\s)(?<!su\s)(?<!esta\s)(?<!esa\s)(?<!cuya\s)visitan?",
        r"(?:se\s+celebra|tiene\s+lugar|entra\s+en\s+vigor)",
        # an anniversary kept ("El museo celebra su 30.º aniversario el
        # viernes"), the anniversary named ("celebra el título conseguido el
        # viernes" is a report)
        (
            r"(?:celebran?|conmemoran?|festejan?)\s+(?:sus?|el|los)\s+(?:\S+\s+){0,2}"
            r"(?:aniversario|cumpleaños|centenario|bicentenario)"
        ),
        # "Cataluña vota el domingo", "los chilenos acuden a las urnas el domingo"
        r"(?:vota|votan|acuden?\s+a\s+las\s+urnas)",
        # "La final es el sábado", "El saque inicial es a las 21.00 del sábado"
        r"(?-i:es|son)(?:\s+a\s+las?\s+[\d.:]+(?:\s+(?:horas|h))?)?\s+(?:el|del)(?=\s*$)",
    ],
    "fr": [
        r"(?:s['’]ouvre|ouvre|rouvre|débute|commence|reprend|s['’]achève|se\s+termine)",
        r"(?:reçoit|accueille|affronte|se\s+déplace\s+à|joue)",
        r"(?:se\s+tient|se\s+réunit|a\s+lieu|entre\s+en\s+vigueur)",
        # an anniversary kept ("Le musée fête ses 30 ans vendredi", "La ville
        # célèbre le centenaire du pont dimanche"), the anniversary named
        # ("fête la victoire obtenue vendredi" is a report); "fête" after a
        # determiner is the noun
        (
            r"(?<!\bla\s)(?<!\bune\s)(?<!\bsa\s)(?<!\bcette\s)(?<!\bleur\s)"
            r"(?:fête|fêtent|célèbre|célèbrent|commémore|commémorent)\s+(?:ses|son|leurs?|le|les)\s+"
            r"(?:\S+\s+){0,2}(?:ans|anniversaire|centenaire|bicentenaire|cinquantenaire)(?![^\W\d_])"
        ),
        # "Les Néerlandais votent dimanche" (the verb's plural: "le vote
        # dimanche" is the noun)
        r"(?:votent|élisent|(?:se\s+rendent|vont)\s+aux\s+urnes)",
    ],
}
for _lang, _words in SCHEDULED_PRESENT.items():
    WEEKDAY_FUTURE_BEFORE.setdefault(_lang, []).extend(_words)
# A weekday naming the day of a happening ("Sunday's final", "el partido del
# domingo", "le match de dimanche") whose clause then schedules it in the
# present with a clock time ("... kicks off at 4.30pm", "... comienza a las
# 21.00", "... débute à 21 h"): a timetable, so the weekday lies ahead, as
# when the verb comes first ("United host Arsenal on Sunday"). "whose": the
# possessive after the weekday or the "of" before it; "at": the clock time
# right after a SCHEDULED_PRESENT verb ("Sunday's win opens the door" is no
# timetable). Vietnamese, Thai and Chinese mark the future with a word of
# WEEKDAY_FUTURE_BEFORE, and their bare verb is as often a report.
WEEKDAY_SCHEDULED_AFTER = {
    "en": {"whose_after": r"['’]s\s", "at": r"\s+at\s+(?:\d|noon|midnight)"},
    "es": {"whose_before": r"(?<![^\W\d_])del?\s+$", "at": r"\s+a\s+(?:las?\s+\d|mediodía|medianoche)"},
    "fr": {"whose_before": r"(?<![^\W\d_])de\s+$", "at": r"\s+à\s+(?:\d|midi|minuit)"},
}
# Something going on now that runs up to a weekday ("classes run until
# Friday", "las clases siguen hasta el viernes", "les cours durent jusqu'à
# vendredi", "as aulas seguem até sexta", "die Messe läuft bis Sonntag"):
# told in the present, it ends ahead; it was read as the weekday just
# past. A past form ("was closed until Friday", "duró hasta el viernes")
# keeps it behind. Joined to WEEKDAY_FUTURE_BEFORE; the languages read
# through CLDR have it in WEEKDAY_ALONE_CLDR's "ahead".
UNTIL_AHEAD = {
    "en": [
        (
            r"(?:runs?|continues?|lasts?|remains?|stays?|goes\s+on)(?:\s+[a-z]+){0,2}\s+"
            r"(?:until|till|through)"
        )
    ],
    "es": [
        (
            r"(?:sigue|siguen|continúa|continúan|dura|duran|se\s+prolongan?|permanecen?|"
            r"se\s+mantienen?)(?:\s+[a-zñáéíóú]+){0,2}\s+hasta"
        )
    ],
    "fr": [
        (
            r"(?:dure|durent|continue|continuent|se\s+poursui(?:t|vent)|reste|restent|demeurent?)"
            r"(?:\s+[a-zàâçéèêëîïôûùüÿœ]+){0,2}\s+jusqu['’](?:à|au)"
        )
    ],
}
# ... and a warning or rule in force over a span ("A yellow warning is in
# force from Thursday evening until Friday", "issued an amber warning for
# wind from 6am on Friday", "placé en vigilance orange jusqu'à jeudi",
# "aviso naranja a partir del jueves"): weather services warn of what is
# coming, though the issuing is told in the past.
# Not past ones ("The warning was in place until Friday", "El aviso estuvo
# activo hasta el viernes"): no verb told in the past between.
_EN_GAP = r"(?:(?!(?:was|were|had|been|[a-z]+ed)\b)[a-z]+\s+){0,3}?"
_ES_GAP = (
    r"(?:(?!(?:estuvo|estuvieron|fue|fueron|estaba|estaban|era|eran|"
    r"[a-zñáéíóú]+(?:ó|aron|ió|ieron|aba|aban))\b)[a-zñáéíóú]+\s+){0,4}?"
)
# (a gap word may be joined by hyphens: "vigilance orange neige-verglas")
_FR_GAP = (
    r"(?:(?!(?:était|étaient|a|ont|avait|avaient|été|[a-zàâçéèêëîïôûùüÿœ]+é(?:e|s|es)?)\b)"
    r"[a-zàâçéèêëîïôûùüÿœ]+(?:-[a-zàâçéèêëîïôûùüÿœ]+)*\s+){0,3}?"
)
UNTIL_AHEAD["en"] += [
    r"(?:is|are)\s+in\s+(?:force|place|effect)",
    # "The amber warning is valid from 03:00 Friday until 18:00 Saturday"
    r"(?:is|are)\s+valid\s+(?:from|until|till|through)",
    r"(?:warning|alert|watch)s?\s+" + _EN_GAP + r"(?:from|until|through)",
]
UNTIL_AHEAD["fr"] += [
    r"vigilances?\s+" + _FR_GAP + r"(?:jusqu['’](?:à|au)|à\s+partir\s+d[eu])",
    r"(?:est|sont)\s+(?:valables?|en\s+vigueur)\s+jusqu['’](?:à|au)",
]
UNTIL_AHEAD["es"] += [r"(?:avisos?|alertas?)\s+" + _ES_GAP + r"(?:hasta|a\s+partir\s+del?)"]
# ... and a state told in the present that lasts until a day ("The pool is
# closed until Friday", "La piscina está cerrada hasta el viernes", "La
# piscine est fermée jusqu'à vendredi"): "est fermée" alone reads as a
# passé composé ("est arrivée"), so only right before the until word.
UNTIL_AHEAD["en"] += [
    (
        r"(?:is|are)\s+(?:closed|shut|suspended|banned|barred|open|off\s+limits|cut\s+off|restricted)"
        r"\s+(?:until|till|through)"
    )
]
UNTIL_AHEAD["es"] += [
    (
        r"(?:está|están|permanecen?)\s+(?:cerrad|suspendid|prohibid|abiert|cortad|restringid)[oa]s?"
        r"\s+hasta"
    )
]
UNTIL_AHEAD["fr"] += [
    (
        r"(?:est|sont|reste|restent)\s+(?:fermé|suspendu|interdit|ouvert|coupé|bloqué)(?:e|s|es)?"
        r"\s+jusqu['’](?:à|au)"
    )
]
# ... and a closure or a ban that runs up to a day, in the languages that
# mark no tense on the verb ("Trường học đóng cửa đến thứ Sáu", "โรงเรียนปิด
# ถึงวันศุกร์", "学校停课至周五"): what is shut until a weekday opens again
# ahead, not last week; not after a past marker ("đã", "ได้", "已", "曾").
UNTIL_AHEAD["vi"] = [
    (
        r"(?<!đã\s)(?<!vừa\s)(?:đóng\s+cửa|tạm\s+(?:dừng|ngừng|đóng)|đình\s+chỉ|phong\s+tỏa|cấm"
        r"|nghỉ\s+học|cho\s+học\s+sinh\s+nghỉ|kéo\s+dài|duy\s+trì|hạn\s+chế)"
        r"(?:\s+(?!(?:đã|từ|thứ|hôm|ngày)\b)[^\W\d_]+){0,8}?\s+(?:cho\s+)?(?:đến|tới)(?:\s+hết)?"
    )
]
UNTIL_AHEAD["th"] = [
    r"(?<!ได้)(?<!เคย)(?:ปิด|งด|หยุด|ระงับ|ห้าม|ขยายเวลา|ต่อเวลา)(?:(?!เมื่อ)[\u0E00-\u0E7F]){0,40}?(?:ไป)?(?:จน)?(?:ถึง|กระทั่ง)"
]
UNTIL_AHEAD["zh"] = [
    (
        r"(?<![已曾])(?:停课|停业|停运|停航|停工|关闭|暂停|封闭|休市|闭馆|限行|管制|禁止|延长)"
        # (a comma may stand before "直至"/"直到"/"至": "禁止小船出海，直至周四"; not
        # before a bare "到", which after a comma may start a clause of its own)
        r"[^，。；！？\d]{0,6}?(?:至|到|直到|直至|[，,]\s*(?:直到|直至|至))"
    )
]
for _lang, _words in UNTIL_AHEAD.items():
    WEEKDAY_FUTURE_BEFORE.setdefault(_lang, []).extend(_words)
# An "until" word alone after a comma ("禁止小船出海，直至周四"): its clause
# goes on with the one before the comma, where the ban or closure stands
# (engine._weekday_cand). Not a bare "到", which may start a clause of its own.
UNTIL_AFTER_A_COMMA = {"zh": r"\s*(?:直至|直到|至)\s*$"}
# Hoping, expecting and intending in the present tense ("hopes to vote on
# Thursday", "Le gouvernement espère un vote jeudi", "prévoit un vote
# jeudi", "El gobierno espera votar el jueves", "pretende aprobarla el
# lunes"): what is hoped for lies ahead, as after "plans to". Verbs of
# wanting and seeking are left out: their weekday is often a past one's
# ("want to know why police raided the camp on Monday"); a past verb after
# the hope word still dates the past ("_happened_between"). Spanish "espera"
# after an article is the noun (the wait). Joined to WEEKDAY_FUTURE_BEFORE;
# their past forms ("hoped to", "espérait", "esperaba") to
# WEEKDAY_FUTURE_IN_PAST_BEFORE (below).
HOPE_BEFORE = {
    "en": [
        r"(?:hopes?|expects?|aims?|intends?)\s+to",
        r"hopes?\s+for",
    ],
    "fr": [
        r"esp[èe]re(?:nt)?",
        r"prévoi(?:t|ent)",
        r"envisage(?:nt)?",
        r"souhaite(?:nt)?",
        r"s['’]attend(?:ent)?\s+à",
    ],
    "es": [
        r"(?<!la\s)(?<!una\s)(?<!en\s)(?<!de\s)esperan?",
        r"prevén",
        r"planean?",
        r"pretenden?",
        r"confían?\s+en",
        r"aspiran?\s+a",
    ],
}
for _lang, _words in HOPE_BEFORE.items():
    WEEKDAY_FUTURE_BEFORE.setdefault(_lang, []).extend(_words)
HOPE_IN_PAST_BEFORE = {
    "en": [r"(?:hoped|aimed|intended)\s+to", r"hoped\s+for"],
    "fr": [r"espérai(?:t|ent)", r"envisageai(?:t|ent)", r"souhaitai(?:t|ent)"],
    "es": [r"esperaban?", r"pretendían?", r"confiaban?\s+en"],
}
# ... and right after it ("周二将举行"; Thai "วันศุกร์นี้", this coming
# Friday: "นี้" after a weekday looks ahead, as after a month, "เดือน ก.ค.
# นี้", TENSE_CUES)
# An infinitive clause that opens after its main clause and before the
# weekday ("Le ministre prévoit de consulter les élus avant de recevoir les
# syndicats mardi", "will tour the region before meeting unions on
# Tuesday"): it has no tense of its own, so the main clause's future word,
# however far back in the sentence, puts the weekday ahead.
INFINITIVE_CLAUSE_OPEN = {
    "fr": [r"avant\s+d(?:e\s+|['’])", r"afin\s+d(?:e\s+|['’])"],
    "es": [r"antes\s+de\s+", r"para\s+luego\s+"],
    "en": [r"before\s+(?=[a-z]+ing\b)"],
}
# The word that coordinates a clause with the one before it: a bare day in
# a clause so joined to one told ahead shares its tense ("Buses will run
# until Friday, and services resume on the 14th"; engine._monthday_alone).
CLAUSE_AND = {"en": [r"and"], "es": [r"y", r"e"], "fr": [r"et"], "vi": [r"và"]}
# Verbs that report what was said, in forms no past tense marks ("工会周一
# 表示", "công đoàn cho biết hôm thứ Hai", "the union says"), and vi "hôm"
# (on the day: a day gone by): a weekday told with one is the day it was
# said, not a day of the schedule told before it (engine,
# _mark_dates_told_in_one_sentence).
REPORTED_SPEECH = {
    "zh": [r"表示", r"宣布", r"称", r"说", r"指出", r"透露", r"证实", r"通报", r"回应", r"发布", r"公布"],
    "vi": [r"cho\s+biết", r"nói", r"thông\s+báo", r"tuyên\s+bố", r"khẳng\s+định", r"xác\s+nhận", r"hôm"],
    "th": [r"แถลง", r"เปิดเผย", r"กล่าว", r"ระบุ", r"ประกาศ", r"ยืนยัน"],
    "en": [r"says", r"say", r"tells", r"announces", r"confirms"],
    "es": [r"dice", r"dicen", r"afirma", r"anuncia", r"confirma", r"informa"],
    "fr": [r"dit", r"affirme", r"annonce", r"confirme", r"indique", r"précise"],
}
# Verbs that tell who said a quotation closed before them and when, past or
# present ("“...”, the mayor said on Tuesday", "«...», dijo el martes",
# "« ... », avait déclaré le maire lundi", "“...”, ông nói hôm thứ Hai",
# "“...” ผู้ว่าฯ กล่าวเมื่อวันจันทร์", "“……”负责人周二对记者说"): a day word in
# the quotation counts from that day (engine._quotes_said_on_a_later_day).
QUOTE_SAID_VERB = {
    "en": [
        r"said", r"says", r"told", r"tells", r"added", r"declared", r"announced",
        r"insisted", r"stated", r"wrote", r"promised", r"warned", r"explained",
        r"confirmed", r"replied", r"noted",
    ],
    "es": [
        r"dijo", r"dice", r"declaró", r"aseguró", r"afirmó", r"señaló", r"explicó",
        r"añadió", r"anunció", r"advirtió", r"indicó", r"prometió", r"sostuvo",
        r"insistió", r"confirmó", r"ha\s+(?:dicho|declarado|asegurado|afirmado|señalado|explicado|anunciado)",
    ],
    "fr": [
        r"déclaré", r"dit", r"affirmé", r"assuré", r"indiqué", r"expliqué", r"ajouté",
        r"annoncé", r"promis", r"prévenu", r"estimé", r"souligné", r"précisé", r"confié",
        r"déclare", r"affirme", r"assure", r"indique", r"explique", r"ajoute", r"annonce",
        r"promet", r"estime", r"souligne", r"précise",
    ],
    "vi": [
        r"nói", r"cho\s+biết", r"khẳng\s+định", r"tuyên\s+bố", r"chia\s+sẻ",
        r"phát\s+biểu", r"nhấn\s+mạnh", r"trả\s+lời", r"thông\s+báo",
    ],
    "th": [r"กล่าว", r"เปิดเผย", r"ระบุ", r"แถลง", r"ยืนยัน", r"ให้สัมภาษณ์", r"บอก"],
    "zh": [r"说", r"表示", r"称", r"指出", r"透露", r"强调", r"宣布", r"介绍", r"告诉"],
}
WEEKDAY_FUTURE_AFTER = {
    "zh": [
        r"将",
        r"即将",
        # "周五起，部分车次停运": from Friday on, as a notice announces what
        # starts; told as past (了, 已, 曾 before the sentence ends) it is the
        # Friday just gone ("周五起，暴雨已持续三天"). Not 起床, 起飞, 起火 ...
        r"起(?![来床身草飞码诉火跑步义源因点伏])(?=[^。！？!?\n了已曾]*(?:[。！？!?\n]|$))",
    ],
    "th": [r"นี้"],
}
# Future in the past: in reported speech a past-tense auxiliary that looks
# ahead ("allait proposer vendredi", "was going to meet on Friday", "iba a
# votar el viernes") puts a weekday of the same clause after the reported
# time, which for news is taken to be the publication date: the weekday is
# read as the next such day (at or after publication), like a future cue.
# Vietnamese, Thai and Chinese mark no tense: their future words
# (WEEKDAY_FUTURE_BEFORE: "dự kiến sẽ", "จะ", "将") already do this.
WEEKDAY_FUTURE_IN_PAST_BEFORE = {
    "en": [
        r"(?:was|were) going to",
        r"would(?!\s+(?:have|'ve|’ve)\b)",
        r"(?:was|were) (?:due|expected|scheduled|set|supposed|planning) to",
        r"(?:was|were) to",
        r"planned to",
    ],
    "es": [
        r"iba a",
        r"iban a",
        r"debía",
        r"debían",
        r"tenía previsto",
        r"tenían previsto",
        r"pensaba",
        r"pensaban",
        r"planeaba",
        r"planeaban",
    ],
    "fr": [
        r"allait",
        r"allaient",
        r"devait",
        r"devaient",
        r"comptait",
        r"comptaient",
        r"prévoyait",
        r"prévoyaient",
        r"(?:était|étaient) censée?s?",
    ],
}
for _lang, _words in HOPE_IN_PAST_BEFORE.items():
    WEEKDAY_FUTURE_IN_PAST_BEFORE.setdefault(_lang, []).extend(_words)
# A weekday after one of these is habitual, not a date ("every Tuesday").
WEEKDAY_BLOCKED_BEFORE = {
    "vi": [r"mỗi", r"các", r"hàng", r"những"],
    "th": [r"ทุก"],
    "zh": [r"每", r"每个"],
    # ... and "on a Friday" / "un vendredi" / "un domingo": some Friday, none
    # in particular ("Christmas falls on a Friday this year", "a Sunday
    # service", "a Monday morning meeting")
    "en": [r"every", r"each", r"an?"],
    "es": [r"cada", r"todos los", r"un"],
    "fr": [r"chaque", r"tous les", r"un"],
}
# Named days built on a weekday ("Black Friday", "Viernes Santo", "黑色星期五"):
# a holiday or a sales day, not the Friday nearest the publication date.
WEEKDAY_NAMED_BEFORE = {
    "zh": [r"黑色", r"超级"],
    "en": [
        r"black",
        r"cyber",
        r"good",
        r"holy",
        r"maundy",
        r"ash",
        r"palm",
        r"easter",
        r"whit",
        r"shrove",
        r"fat",
        r"super",
        r"giving",
        r"bloody",
    ],
}
# Papers named for their day of issue ("Welt am Sonntag berichtete", "der
# Bild am Sonntag", "NZZ am Sonntag"): the masthead word right before the
# weekday's "am", capitalised as written (case-sensitive), makes the weekday
# a name, not a day. Only mastheads: German capitalises every noun, so a
# capitalised word before "am Montag" is a date's as often ("Der Streik am
# Montag", "sagte der Zeitung am Sonntag"). A title in quotes ("„Welt am
# Sonntag“") is told by the engine in any language.
WEEKDAY_TITLE_BEFORE = {
    "de": r"(?<![^\W\d_])(?:Welt|WELT|Bild|BILD|NZZ|Kurier|Express|Tagesspiegel)\s+am\s+$",
}
# ... of which those that are also ordinary nouns ("die Augen der Welt am
# Sonntag", "ein Bild am Sonntag") are a masthead only in a sentence that
# reports or quotes (WEEKDAY_TITLE_REPORT: "berichtete", "sagte der Welt am
# Sonntag", "laut Bild am Sonntag"); the acronyms and capitals stay names.
WEEKDAY_TITLE_COMMON = {"de": r"(?<![^\W\d_])(?:Welt|Bild|Kurier|Express)\s+am\s+$"}
WEEKDAY_TITLE_REPORT = {
    "de": r"(?<![^\W\d_])(?:bericht\w*|sagt\w*|schr(?:ei|ie)b\w*|meld\w*|zitier\w*|laut|"
    r"gegenüber|zufolge|interview\w*|erklärt\w*|äußert\w*|veröffentlich\w*|Ausgabe|Zeitung)"
    r"(?![^\W\d_])",
}
# ... and words after a weekday that make it no date: a named day again, or a
# rhythm ("un mercredi sur deux", "un miércoles sí y otro no": every other).
WEEKDAY_NAMED_AFTER = {
    # (and a weekday of every month: "the first Tuesday of every month",
    # "le premier mardi de chaque mois", "thứ Ba đầu tiên của mỗi tháng")
    "vi": [
        r"\s+đen",
        r"\s+cách\s+tuần",
        # "tối thứ Bảy hằng tuần": every week's
        r"\s+(?:hằng|hàng)\s+tuần",
        r"\s+(?:(?:đầu\s+tiên|cuối\s+cùng)\s+)?(?:của\s+)?(?:mỗi|hằng|hàng)\s+tháng",
    ],
    "en": [r"\s+(?:and|or)\s+every\b", r"\s+of\s+(?:every|each)\s+(?:other\s+)?month"],
    "es": [
        r"\s+santo",
        r"\s+de\s+(?:ramos|pascua|gloria|resurrección)",
        r"\s+sí\s+y\s+otro\s+no",
        r"\s+de\s+cada\s+(?:dos|mes)",
    ],
    "fr": [
        r"\s+saint",
        r"\s+gras",
        r"\s+de\s+pâques",
        r"\s+des\s+rameaux",
        r"\s+de\s+pentecôte",
        r"\s+sur\s+(?:deux|trois|quatre)",
        r"\s+de\s+chaque\s+mois",
    ],
    # languages read through CLDR (WEEKDAY_ALONE_CLDR)
    "pt": [r"\s+(?:santa|negra|gorda)", r"\s+de\s+(?:cinzas|carnaval|páscoa|ramos)"],
    "it": [r"\s+(?:santo|nero|grasso)", r"\s+(?:di\s+pasqua|dell['’]\s*angelo|delle\s+ceneri)"],
    "id": [r"\s+(?:agung|putih)"],
    "fa": [r"\s+سیاه"],
}
# Words between a weekday and the date it names ("Monday, the 4th of March",
# "วันอังคารที่ 9 กรกฎาคม"): the weekday joins the date.
WEEKDAY_DATE_JOIN = {
    "vi": [r"ngày"],
    "th": [r"ที่"],
    "en": [r"the"],
    "es": [r"el"],
    "fr": [r"le"],
}

# A bare day number with a weekday and no month ("lundi 7", "el lunes 8",
# "Friday the 13th", "thứ Sáu ngày 7", "วันศุกร์ที่ 7", "周五（7日）"): the
# engine resolves it to the day near the publication date whose weekday and
# day of the month both match (see DateSettings.weekday_day_window); when
# none does, the number is dropped from the span, the plain weekday is kept
# and the mismatch noted. The day follows the weekday ("after", matched
# right after it, group "d") or comes before it ("before": matched at the
# end of the text before it, with "close" right after the weekday). A month,
# time, amount or second number after the day rules it out; so does a
# following word outside WEEKDAY_DAY_NEXT when that list exists ("lundi 7
# personnes" is seven people, "lundi 7 au soir" a date), unless the day has
# an ordinal suffix (group "suf": "vendredi 1er", "el viernes 1º").
_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)"
_NO_NUMBER_AFTER = r"(?![.,]\d|\s*[-–/:]\s*\d|\s*(?:%|€|\$|£))"
WEEKDAY_DAY = {
    "vi": {"after": r",?\s+ngày\s+" + _DAY + _NO_NUMBER_AFTER + r"(?!\s*tháng)"},
    "th": {"after": r"\s*ที่\s*" + _DAY + _NO_NUMBER_AFTER + r"(?!\s*เดือน)"},
    "zh": {
        "after": r"\s*[（(]\s*(?P<d>3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号]\s*[)）]",
        "before": r"(?<![月\d〇零一二三四五六七八九十])(?P<d>3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])[日号]\s*[（(]\s*$",
        "close": r"\s*[)）]",
    },
    "en": {
        # "Friday the 13th", "Friday 13th": "the" or an ordinal suffix is
        # needed ("on Monday 7 people died" is a count)
        "after": r",?\s+(?:the\s+|(?=\d{1,2}(?:st|nd|rd|th)(?![^\W\d_])))"
        + _DAY
        + r"(?P<suf>st|nd|rd|th)?(?![^\W\d_])"
        + _NO_NUMBER_AFTER,
    },
    "es": {"after": r"\s+" + _DAY + r"(?P<suf>º|°)?(?![^\W\d_])" + _NO_NUMBER_AFTER},
    "fr": {"after": r"\s+" + _DAY + r"(?:(?P<suf>er)|e)?(?![^\W\d_])" + _NO_NUMBER_AFTER},
}
# Words that may follow the day number of "lundi 7" / "el lunes 8" (else
# only punctuation or the end of the text may): prepositions, articles,
# conjunctions, parts of the day, direction words.
# A capitalised word, case-sensitive inside case-blind patterns.
CAPITALISED_WORD = r"(?-i:[A-ZÁÉÍÓÚÑÀÂÇÈÊËÎÏÔÛÙÜŸŒ][a-záéíóúñàâçèêëîïôûùüÿœ]*)"
WEEKDAY_DAY_NEXT = {
    "es": [
        r"a",
        r"al",
        r"ante",
        r"con",
        r"contra",
        r"de la",
        r"del",
        r"desde",
        r"después",
        r"durante",
        r"el",
        r"en",
        r"entre",
        r"hasta",
        r"la",
        r"las",
        r"los",
        r"o",
        r"para",
        r"por",
        r"se",
        r"según",
        r"sobre",
        r"tras",
        r"un",
        r"una",
        r"y",
        r"e",
        r"pasado",
        r"próximo",
        r"que viene",
        r"antes",
        r"frente",
        # a name opening the clause ("pero el miércoles 7 Corvane aplazó"):
        # a count is followed by a noun in lower case ("el lunes 7 personas")
        CAPITALISED_WORD,
    ],
    "fr": [
        r"à",
        r"au",
        r"aux",
        r"après",
        r"avant",
        r"avec",
        r"chez",
        r"contre",
        r"dans",
        r"de",
        r"depuis",
        r"des",
        r"dès",
        r"devant",
        r"du",
        r"en",
        r"entre",
        r"et",
        r"face",
        r"il",
        r"ils",
        r"elle",
        r"elles",
        r"on",
        r"la",
        r"le",
        r"les",
        r"l['’]",
        r"lors",
        r"ou",
        r"par",
        r"pendant",
        r"pour",
        r"près",
        r"selon",
        r"sous",
        r"sur",
        r"un",
        r"une",
        r"vers",
        r"matin",
        r"midi",
        r"soir",
        r"après-midi",
        r"dernier",
        r"prochain",
        r"d['’]",
        # a name opening the clause ("le mercredi 7 Airbus a annoncé")
        CAPITALISED_WORD,
    ],
}

# Extra month spellings CLDR does not give (unaccented, short forms, old).
MONTH_EXTRA = {
    "en": {9: ["sept"]},
    # "sep": the wires' September ("Lima, 14 sep (EFE).-"); CLDR has "sept."
    "es": {9: ["setiembre", "sep"]},
    # "jan": the wires' January in French chronologies ("- 14 jan: ..."),
    # beside their "fév", "avr", "juil"; CLDR has only "janv."
    "fr": {
        1: ["jan", "jan."],
        2: ["fevrier", "fév", "fév.", "fev"],
        8: ["aout"],
        12: ["decembre"],
    },
    "th": {},
}

# Ordinal day suffixes ("1st", "1er", "1º").
DAY_SUFFIX = {
    "en": r"(?:st|nd|rd|th)?",
    # "1ᵉʳ février": the suffix in superscript letters, as typeset pages write it
    "fr": r"(?:er|e|ᵉʳ|ᵉ)?",
    # "1.º de agosto" (the RAE's spelling of the ordinal), "1º", "1°"; "1ro
    # de julio", "1ero": the ordinal as Latin American papers abbreviate it
    "es": r"(?:\.?º|°|o|ro|ero)?",
    "vi": r"",
    "th": r"",
    "zh": r"",
}

# Cheap Latin-script language guess when no language is known: stop words.
STOPWORDS = {
    "vi": ["và", "của", "các", "những", "được", "trong", "là", "với", "cho", "không"],
    "en": ["the", "and", "of", "to", "in", "is", "was", "that", "for", "with"],
    "es": ["el", "la", "de", "que", "los", "las", "del", "en", "por", "una"],
    "fr": ["le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour"],
}


def _strip_accents(s: str) -> str:
    if s.isascii():  # nothing to strip
        return s
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def cldr_months(width: str, context: str, lang: str) -> dict[int, str]:
    """babel's month names of ``lang``; the stand-alone ones only where the
    locale file has its own. babel (2.18 and before) resolves the stand-alone
    -> format alias in locale data that all locales share and memoises it
    there, so every later locale got the first one's names (Chinese months in
    Spanish, Hebrew in French: python-babel/babel#1263). The locale's own
    stand-alone names are read from its data file instead, untouched."""
    if context != "stand-alone":
        return dict(get_month_names(width, context, lang))
    raw = _own_locale_data(lang).get("months", {}).get("stand-alone", {}).get(width)
    if isinstance(raw, tuple):  # (alias to format, the names this locale overrides)
        raw = raw[-1]
    return dict(raw) if isinstance(raw, dict) else {}


@functools.cache
def _own_locale_data(lang: str) -> dict:
    """The data of ``lang``'s own CLDR file in babel (no parents merged, not
    babel's shared cache); {} when there is none."""
    import pickle

    from babel import Locale
    from babel.localedata import resolve_locale_filename

    try:
        with open(resolve_locale_filename(str(Locale.parse(lang))), "rb") as fh:
            return pickle.load(fh)  # babel's own package data, not input
    except Exception:  # noqa: BLE001 - an unknown locale has no names of its own
        return {}


@functools.cache
def full_month_names(lang: str) -> frozenset[str]:
    """Lower-cased full month names ("mars", "september"), accents and none:
    a period after one ends a sentence, it abbreviates nothing."""
    out: set[str] = set()
    for ctx in ("format", "stand-alone"):
        try:
            names = cldr_months("wide", ctx, lang)
        except Exception:  # noqa: BLE001, S112 - a missing CLDR form is not an error
            continue
        for name in names.values():
            n = name.lower()
            if n.endswith("."):
                continue
            out.add(n)
            out.add(_strip_accents(n))
    return frozenset(out)


@functools.cache
def month_names(lang: str) -> dict[str, int]:
    """Lower-cased month name -> month number, from CLDR plus MONTH_EXTRA."""
    out: dict[str, int] = {}
    if lang in ("vi", "zh"):
        return out  # numeric forms ("tháng 7", "7月") are handled by the engine
    for width in ("wide", "abbreviated"):
        for ctx in ("format", "stand-alone"):
            try:
                names = cldr_months(width, ctx, lang)
            except Exception:  # noqa: BLE001, S112 - a missing CLDR form is not an error
                continue
            for num, name in names.items():
                n = name.lower()
                if lang != "th" and not any(c.isalpha() and c.isascii() or ord(c) > 127 for c in n):
                    continue
                if lang in ("en", "es", "fr") and not n[:1].isalpha():
                    continue
                out[n] = num
                out[n.rstrip(".")] = num
                if n.isascii() or _strip_accents(n).isascii():
                    # Latin accents only: Thai vowels are combining marks too,
                    # and "มีนาคม" without them is "มนาคม", inside "คมนาคม"
                    out[_strip_accents(n)] = num
    for num, extra in MONTH_EXTRA.get(lang, {}).items():
        for n in extra:
            out[n] = num
    # Two-letter abbreviations collide with words ("mar" = sea); keep >= 3.
    return {k: v for k, v in out.items() if len(k) >= 3 or lang == "th"}


@functools.cache
def weekday_names(lang: str) -> dict[str, int]:
    """Lower-cased weekday name -> weekday (0 = Monday)."""
    extra = WEEKDAY_EXTRA.get(lang, "cldr")
    if extra is None:
        return {}
    out: dict[str, int] = {}
    if isinstance(extra, list):
        for i, names in enumerate(extra):
            for n in names:
                out[n] = i
        return out
    for width in ("wide",):
        for num, name in get_day_names(width, "format", lang).items():
            n = name.lower()
            out[n] = num
            if _strip_accents(n).isascii():  # Latin accents only (see month_names)
                out[_strip_accents(n)] = num
    return out


# ---------------------------------------------------------------------------
# Date grammar per language. Placeholders filled by the engine:
#   {D} {D2}   day number (1-31)      {M} {M2}   month number (1-12)
#   {MON} {MON2} month name            {Y} {Y2}   four-digit year
#   {EY} {EY2} year with an optional era marker (any length after an era)
#   {DZ} {MZ} {YZ}  Chinese day/month/year numbers (digits or hanzi)
#   {WD}       weekday name            {SUF}      ordinal day suffix
#   {Q}        a quarter's number (QUARTER_WORDS)
#   {H}        a half-year's number (HALF_WORDS)
#   {YC}       the language's YEAR_CUES
#   {CY}       a two-digit year of a financial code ("3Q24", "FY24"): 20xx
# A group named "pre" is a cue kept outside the date's span. Flags after
# the pattern: "thisyear" = a year-less date of the reference year ("the
# first half of the year"); "cue" = needs a NUMERIC_DAY_CUES word right before it;
# "dayonly" = a bare day that only counts as the end of a range; "weekday";
# "wire" = only as the date of a wire's opening dateline (a place opening the
# line before it, DATELINE_AFTER right after it); "weekof" = the week (Monday
# to Sunday) that holds the day ("the week of March 4"); "fiscal" = a fiscal
# year (FISCAL_YEAR); "eitherorder" = month first, but day first when both
# numbers may be a month and only the day-first reading is a past the
# sentence tells (a copy translated from a day-first language, a British page:
# "Originally published 12/1/2028" on a page of 13 January 2028).
# ---------------------------------------------------------------------------
# A bare day of the month standing alone, as Chinese news writes the days of
# the current month ("李强10日在北京会见…" = on the 10th): a date in these
# languages, resolved to the nearest such day at or before publication (after
# it with a future cue). "not_before" / "not_after": what makes the number no
# date (an ordinal "第12日", a habit "每月12日", a span "12日内").
# A day of the month right after a month counted from now ("本月8日" = the
# 8th of this month, "上月15日", "下个月1号"): the relative month takes the
# day. Group "d".
RELATIVE_MONTH_DAY = {
    "zh": (
        r"\s*(?P<d>3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?"
        r"|[一二三四五六七八九])(?:日|号(?![线楼院馆机门口位台车船站厅房床桥路]))"
    ),
}
# ... and a day written before it ("ngày 15 tháng trước", "วันที่ 15 เดือนนี้",
# "the 15th of last month", "el 15 del mes pasado", "le 15 du mois dernier"):
# matched right before the relative month (ending where it starts), with its
# day word or article, so a bare count ("15 tháng trước" = fifteen months
# ago) is never taken for a day. Group "d".
_DAY_1_31 = r"(?P<d>3[01]|[12]\d|0?[1-9])"
RELATIVE_MONTH_DAY_BEFORE = {
    "vi": r"(?<![^\W\d_])ngày\s+" + _DAY_1_31 + r"\s+$",
    "th": r"วันที่\s*" + _DAY_1_31 + r"\s*$",
    "en": r"(?<![^\W\d_])(?:the\s+)?" + _DAY_1_31 + r"(?:st|nd|rd|th)\s+of\s+$",
    "es": r"(?<![^\W\d_])(?:el|del|al)\s+" + _DAY_1_31 + r"(?:\s+de)?\s+$",
    "fr": r"(?<![^\W\d_])(?:le|du|au)\s+" + _DAY_1_31 + r"(?:er)?\s+(?:de\s+)?$",
}

MONTHDAY_ALONE = {
    # Thai, only before the word that tells which such day (DATE_PATTERNS)
    "th": {
        "not_before": r"(?:ทุก|เป็น|สู่)\s*$",
        "not_after": r"(?!)",
        "future_after_day": r"\s*(?:นี้|ที่จะถึง)",
        # "from the 5th on" is ahead only told with "จะ" (will) before it:
        # "ราคาปรับขึ้นตั้งแต่วันที่ 5 เป็นต้นไป" may tell of a rise since the 5th
        "future_onwards": (r"\s*เป็นต้นไป", r"จะ"),
    },
    "zh": {
        "not_before": r"(?:第|每月|每个月|每|逢|这|那|前|后|头|最后)\s*$",
        "not_after": r"^\s*(?:内|以内|之内|左右|多|以上|以下|之间)",
        # Japanese says a day lies ahead at the end of its sentence: "31日に
        # は四国に接近する見通しだ" (expected), "予定" (planned), "見込み"
        # (folded: 見 -> 见)
        "future_sentence": (
            r"[^。！？\n]*?(?:见通し|予定|见込み|予想され"
            # ... and Chinese 将 right before a verb of what is to come ("14日，
            # 北京将出现暴雨", "该市将举办灯会"): not 将 as the object marker
            # before a noun ("警方将嫌犯抓获", "将有关人员带走")
            r"|将(?:出现|迎来|持续|举行|举办|召开|实施|开始|启动|发布|进入|开幕|开通|上线|抵达))"
        ),
    },
    # Spanish news names a day of the current month with "día" ("el próximo
    # día 20", "el pasado día 3"): not "el día 2 del viaje", "cada día 5"
    "es": {
        "not_before": r"(?:cada|mismo|primer|segundo|tercer|último)\s+(?:el\s+)?$",
        "not_after": r"^\s*(?:de|del)\s",
        # ... and a bare "el 10" (read only after a written date): not after
        # a word that takes a number, a shirt, a rank, a line, a ticket
        "not_before_bare": (
            r"(?<![^\W\d_])(?:llev\w*|vist\w*|vest\w*|luc\w*|port\w*|dorsal|camiseta|"
            r"número|nº|n\.º|puesto|lugar|ocup\w*|marc\w*|llam\w*|sac\w*|cant\w*|"
            r"elig\w*|escog\w*|votó|votar|con|sin|que|como|contra|sobre|ante)\s+"
            r"(?:(?:hasta|desde|para)\s+)?el\s+$"
        ),
        # ... and only in a clause joined to the date's ("y las notas se
        # publicarán el 10", "; la calle reabre el 20", ", pero vence el 15")
        "bare_after_joined": r"[;,]|(?<![^\W\d_])(?:y|e|pero|mientras|aunque)(?![^\W\d_])",
    },
    # ... English with "the" and an ordinal ("on the 3rd,"): not a day of
    # every month ("every month on the 15th")
    "en": {
        "not_before": r"(?:every|each|monthly)(?:\s+\w+){0,3}\s+$",
        "not_after": r"^\s*of\s",
    },
    # ... and French with its article alone ("aura lieu le 25", "depuis le
    # 3"): not a shirt, a bib or a number read out ("porte le 10", "le
    # numéro 9", "composer le 15", "le 18" of the fire brigade's line)
    "fr": {
        "not_before": r"(?:porte|portait|portera|portant|maillot|dossard|numéro|n°|composer|"
        r"composez|appeler|appelez|appelé)\s+(?:le\s+)?$",
        "not_after": r"^\s*(?:de|du|des)\s",
    },
}

# The same for languages read through CLDR (no tables of their own): Korean
# news names a day of the current month by its number alone ("서울중앙지법은
# 11일 재판을 재개했다"), as behind ("지난 3일") or ahead ("오는 20일"), or a
# day of last, this or next month ("지난달 5일", "이달 20일"); a
# sentence that ends in a plan ("열릴 예정이다", "발표할 계획이다") looks ahead.
# Not a count of days ("3일간", "3일 동안", "3일째", "사흘 만에" = "3일 만에",
# "3일 이내"), nor a day of every month ("매월 1일").
# Words for the days around now that CLDR's relative fields (read by
# cldr.relative_day_words) lack in a language: the day after tomorrow and the
# day before yesterday where only yesterday and tomorrow are given ("lusa",
# "dopodomani", "모레"). Lower case -> days from now.
RELATIVE_DAY_EXTRA = {
    "id": {"lusa": 2},
    "it": {"dopodomani": 2},
    "ko": {"모레": 2, "그저께": -2},
    "pt": {"depois de amanhã": 2},
}
# Particles a language writes onto the word before them (Korean "오늘부터"
# from today, "어제는" yesterday (topic), "내일의" tomorrow's): a day word read
# through CLDR (cldr.relative_days) may carry one, no other letter ("오늘날"
# is nowadays, "어제오늘" these days).
PARTICLES_AFTER = {
    "ko": [
        "에서는",
        "에서",
        "에는",
        "부터",
        "까지",
        "으로",
        "은",
        "는",
        "이",
        "가",
        "을",
        "를",
        "의",
        "에",
        "도",
        "만",
        "로",
        "과",
        "와",
    ],
}
# "The same day" in a language read through CLDR: the day just told, as the
# tables' "ese mismo día" / "le jour même" (an anaphoric day, counted from a
# date within two paragraphs and 1,000 characters, else none). Not "the
# same day as/that ..." ("am selben Tag wie die Wahl", "no mesmo dia em que"):
# that day is the one the clause names.
SAME_DAY_CLDR = {
    "de": r"(?:am|an\s+dem)\s+(?:selben|gleichen)\s+Tag(?!\s+(?:wie|an\s+dem|als)\b)",
    "pt": r"(?:n)?o\s+mesmo\s+dia(?!\s+(?:em\s+que|que|de|do|da)\b)",
    "it": r"(?:(?:nel)?lo|quello)\s+stesso\s+giorno(?!\s+(?:in\s+cui|che|di|del|della)\b)",
    "id": r"(?:pada|di)\s+hari\s+yang\s+sama(?!\s+(?:dengan|ketika|saat)\b)",
    "ru": r"в\s+тот\s+же\s+день(?!\s*,?\s*(?:когда|что)\b)",
    "ko": r"같은\s*날(?:에)?(?![가-힣])",
}

# A bare year in a language read through CLDR, only after a word that
# makes it a time ("Em 2023", "Nel 2023", "Im Jahr 2023", "Pada 2023",
# "sejak 2020"), or the year a figure is compared with ("rispetto al 2027",
# "im Vergleich zu 2027", "dibandingkan 2027", as es "respecto a 2027"),
# as YEAR_CUES do in the tables' languages; not a count
# ("pada 2023 orang", "bis 2030 Euro": a counted noun after it,
# YEAR_COUNT_AFTER_CLDR) nor part of a longer number ("em 2023,5").
YEAR_CUES_CLDR = {
    "pt": r"em|desde|até|no\s+ano\s+de|a\s+partir\s+de|em\s+relação\s+a|comparad[oa]s?\s+(?:a|com)",
    # (not "nel": tests/dates/test_cldr_languages holds "Nel 2019 il paese
    # ha vissuto una crisi" to be no date)
    "it": r"dal|fino\s+al|entro\s+il|nell['’]anno|rispetto\s+al|in\s+confronto\s+al",
    "de": r"im\s+Jahre?|seit|Anfang|Mitte|Ende|im\s+Vergleich\s+zu(?:m\s+Jahr)?|verglichen\s+mit",
    "id": r"pada|sejak|hingga|sampai|pada\s+tahun|tahun|dibanding(?:kan)?(?:\s+dengan)?",
}
YEAR_COUNT_AFTER_CLDR = {
    "pt": r"pessoas|casos|mortos|votos|euros|reais|dólares|quilômetros|km|metros|toneladas",
    "it": r"persone|casi|morti|voti|euro|dollari|chilometri|km|metri|tonnellate",
    "de": r"Menschen|Personen|Fälle|Tote|Stimmen|Euro|Dollar|Kilometer|km|Meter|Tonnen",
    "id": r"orang|kasus|jiwa|suara|unit|buah|ekor|kali|rupiah|dolar|km|meter|ton",
}

# A count before a week, month or year word of a language read through CLDR
# makes it a length of time ("dua minggu lalu" two weeks ago, "tiga bulan
# lalu", "beberapa tahun lalu"), not last week, month or year
# (cldr.relative_unit_words): digits, or these words right before it.
COUNT_BEFORE_UNIT_CLDR = {
    "id": r"satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\w+\s+(?:belas|puluh)|beberapa|banyak",
    "ms": r"satu|dua|tiga|empat|lima|enam|tujuh|lapan|sembilan|sepuluh|\w+\s+(?:belas|puluh)|beberapa|banyak",
    "pt": r"duas|dois|três|quatro|cinco|seis|várias|vários|algumas|alguns",
    "it": r"due|tre|quattro|cinque|sei|alcune|alcuni|diverse|diversi",
}

# A quarter or a half of a year in a language read through CLDR ("primeiro
# trimestre de 2029", "primo semestre del 2028", "kuartal pertama tahun ini",
# "в первом квартале 2029 года", "im ersten Quartal 2029"): its three or six
# months, as the tables' "Q1 2029" and "el primer trimestre de 2029". Only with
# a year written or a word of this, last or next year after it: a bare "first
# quarter" is a match's as often. "parts": (pattern with the ordinal in group
# "n", months in the part); "ordinals": a word's first letters -> its number
# (Russian and German ordinals take case endings: matched by their stems);
# "year": a written year after the part (group "y"); "rel": the words of this
# (0), last (-1) or next (1) year after it.
PART_OF_YEAR_CLDR = {
    "pt": {
        "parts": [
            (r"(?P<n>primeiro|segundo|terceiro|quarto|[1-4][º°o])\s+trimestre", 3),
            (r"(?P<n>primeiro|segundo|[12][º°o])\s+semestre", 6),
        ],
        "ordinals": {"prim": 1, "segu": 2, "terc": 3, "quar": 4},
        "year": r"\s+(?:de|do\s+ano\s+de)\s+(?P<y>\d{4})",
        "rel": [
            (r"\s+(?:deste|do\s+corrente)\s+ano", 0),
            (r"\s+do\s+ano\s+(?:passado|anterior)", -1),
            (r"\s+do\s+(?:próximo\s+ano|ano\s+que\s+vem)", 1),
        ],
    },
    "it": {
        "parts": [
            (r"(?P<n>primo|secondo|terzo|quarto|[1-4][º°o])\s+trimestre", 3),
            (r"(?P<n>primo|secondo|[12][º°o])\s+semestre", 6),
        ],
        "ordinals": {"prim": 1, "seco": 2, "terz": 3, "quar": 4},
        "year": r"\s+(?:del\s+|dell['’]anno\s+)?(?P<y>\d{4})",
        "rel": [
            (r"\s+(?:di\s+quest['’]anno|dell['’]anno\s+in\s+corso)", 0),
            (r"\s+(?:dell['’]anno\s+scorso|dello\s+scorso\s+anno)", -1),
            (r"\s+(?:del\s+prossimo\s+anno|dell['’]anno\s+prossimo)", 1),
        ],
    },
    "id": {
        "parts": [
            (r"kuartal\s+(?:ke-?)?(?P<n>pertama|kedua|ketiga|keempat|IV|I{1,3}|[1-4])", 3),
            (r"semester\s+(?:ke-?)?(?P<n>pertama|kedua|II|I|[12])", 6),
        ],
        "ordinals": {"pert": 1, "kedu": 2, "keti": 3, "keem": 4},
        "year": r"\s+(?:tahun\s+)?(?P<y>\d{4})",
        "rel": [(r"\s+tahun\s+ini", 0), (r"\s+tahun\s+lalu", -1), (r"\s+tahun\s+depan", 1)],
    },
    "ru": {
        "parts": [
            (r"(?P<n>перв|втор|трет|четв[её]рт)\w*\s+квартал\w*", 3),
            (r"(?P<n>перв|втор)\w*\s+полугоди\w*", 6),
        ],
        "ordinals": {"перв": 1, "втор": 2, "трет": 3, "четв": 4},
        "year": r"\s+(?P<y>\d{4})(?:\s*(?:года|г\.))?",
        "rel": [
            (r"\s+(?:этого|текущего|нынешнего)\s+года", 0),
            (r"\s+прошлого\s+года", -1),
            (r"\s+(?:следующего|будущего)\s+года", 1),
        ],
    },
    "de": {
        "parts": [
            (r"(?P<n>ersten|zweiten|dritten|vierten|[1-4]\.)\s+Quartals?", 3),
            (r"(?P<n>ersten|zweiten|[12]\.)\s+Halbjahr(?:e?s)?", 6),
        ],
        "ordinals": {"erst": 1, "zwei": 2, "drit": 3, "vier": 4},
        "year": r"\s+(?P<y>\d{4})",
        "rel": [
            (r"\s+(?:dieses|des\s+laufenden)\s+Jahres", 0),
            (r"\s+(?:des\s+Vorjahres|des\s+vergangenen\s+Jahres|letzten\s+Jahres)", -1),
            (r"\s+(?:des\s+kommenden\s+Jahres|nächsten\s+Jahres)", 1),
        ],
    },
}

# A month told with its year's word in a language read through CLDR
# (Korean "지난해 11월" last year's November, "올해 3월", "내년 1월", "오는 5월
# 말까지" until the end of the coming May, "지난 2월" the February just
# past): "month" is the month's pattern (group m), "years" the words right
# before it, each with its year (-1/0/1 from the publication's) or side
# ("next"/"last", the nearest such month ahead or behind); "part" a part of
# the month written after it, kept in the span. A day written after the
# month ("지난해 11월 5일") is that date, given the year.
MONTH_YEAR_CLDR = {
    "ko": {
        "month": r"(?<![\d.])(?P<m>1[0-2]|[1-9])월(?!\s*\d)",
        "years": [
            (r"(?:지난\s*해|작년|전년)\s*$", -1),
            (r"(?:올해|금년)\s*$", 0),
            (r"(?:내년|다음\s*해)\s*$", 1),
            (r"오는\s*$", "next"),
            (r"지난\s*$", "last"),
        ],
        "part": r"\s*(?:초|중순|말)",
    },
}

MONTHDAY_ALONE_CLDR = {
    "ko": {
        "day": r"(?<![\d.,:])(?P<d>3[01]|[12]\d|0?[1-9])일",
        "not_before": r"(?:매월|매달|매|\d)\s*$",
        "not_after": r"^(?:간|\s*동안|째|\s*만에|\s*만의|\s*이내|\s*이상|\s*가량|여|씩|\s*연속)",
        "past": r"지난\s*$",
        "future": r"오는\s*$",
        # a day of last, this or next month ("지난달 5일", "이달 20일", "다음 달 5일")
        "months": [
            (r"(?:지난\s*달|전달|전월)\s*$", -1),
            (r"(?:이달|이번\s*달|금월)\s*$", 0),
            (r"(?:다음\s*달|내달|익월)\s*$", 1),
        ],
        "future_sentence": r"[^.!?\n]*?(?:예정|계획|전망|방침)",
    },
    # Portuguese names a day of the current month with "dia" ("no dia 25",
    # "desde o dia 3", "no próximo dia 20", "no último dia 5"), as es "el día
    # 25": not "no dia 25 de março" (a date), "o dia 2 da viagem", "todo dia
    # 5", "dia 3 útil"
    "pt": {
        "day": r"(?<![^\W\d_])dia\s+(?P<d>3[01]|[12]\d|0?[1-9])(?![\d.,/:]\d|\d|[º°ª])",
        "needs_before": r"(?<![^\W\d_])(?:no|do|pelo|o|até\s+o|desde\s+o|para\s+o|a\s+partir\s+do"
        r"|antes\s+do|depois\s+do)\s+(?:(?:último|próximo|passado)\s+)?$",
        "not_before": r"(?:tod[oa]|cada|mesmo|primeiro|segundo|terceiro|um)\s+(?:o\s+)?$",
        "not_after": r"^(?:\s*(?:de|do|da|dos|das)\s|\s+(?:útil|úteis))",
        "past": r"(?:último|passado)\s+$",
        "future": r"próximo\s+$",
    },
    # German writes a day of the current month as its ordinal with the
    # article ("am 25.", "seit dem 3.", "bis zum 20."): only where no noun
    # follows (German nouns are capitalised: "am 25. Spieltag", "zum 3. Mal",
    # "am 1. FC Köln") and no second day does ("am 3. und 4. Mai")
    "de": {
        "day": r"(?<![^\W\d_])(?:am|vom|seit\s+dem|bis\s+zum|ab\s+dem|zum)\s+"
        r"(?P<d>3[01]|[12]\d|0?[1-9])\.(?!\d)"
        r"(?=\s*(?:[,;:!?)]|$)|\s+(?!(?:und|oder|bis|bzw)(?![^\W\d_]))(?-i:[a-zäöüß]))",
        "not_before": r"(?:jeden|jedem)\s+$",
        "not_after": r"^\s*(?:-|–|/)",
    },
}

# A weekday alone in a language read through CLDR ("am Montag", "na
# segunda-feira", "lunedì", "pada Senin", "в понедельник", "월요일",
# "روز دوشنبه"): CLDR gives the names (cldr.weekday_names) but no tense
# words, so each language has a small table of them here. As in en/fr/es, a
# weekday alone in news is the one just past (or today) by default -- the
# reported happening -- and the coming one after a future word in its clause
# (before or after it: German and Korean put the verb late) with no
# conjunction ("und", "dan", "e", "и", "و") between them. Keys:
#   names    extra forms CLDR lacks (inflections, spellings) -> weekday
#   before   a word that must stand right before the weekday ("" for none)
#   last / next / prev_week / this_week / next_week
#            (words right before, words right after) the weekday that fix
#            its week or side, as en "last Monday", "next Monday"
#   future   words of the weekday's clause that put it ahead (a future
#            auxiliary or ending, a plan, a forecast: "prevê chuvas no sábado",
#            a schedule told in the present: "Am Freitag streiken die Piloten")
#   ahead    words right before the weekday that set it ahead ("für Freitag",
#            "adiado para segunda-feira", "ditunda hingga Senin", "на пятницу")
#   blocked  words right before that make it habitual ("jeden Montag")
#   lower    True: the language writes weekdays in lower case, so a capital
#            in mid-sentence is a name ("Plácido Domingo", "Domenica Rossi")
#   capital  names that are also common words, read only with a capital in
#            mid-sentence or after "on"/"day" (id "minggu" is "week")
#   breaks   conjunctions and complementisers that end the clause a future
#            word is looked for in ("disse na sexta-feira que vai vetar")
_KO_L_FINAL = "".join(chr(0xAC00 + i * 28 + 8) for i in range(19 * 21))  # 할, 갈, 떠날 ...
_KO_N_FINAL = "".join(chr(0xAC00 + i * 28 + 4) for i in range(19 * 21))  # 한, 된, 린, 는 ...
_KO_NOT_SCHEDULE = (
    "고 ",
    "고",
    "전해",
    "알려",
    "보",
    "추정",
    "풀이",
    "분석",
    "관측",
    "해석",
    "예상",
)
WEEKDAY_ALONE_CLDR = {
    "de": {
        "last": (r"(?:vergangenen|letzten|vorigen|vorletzten)\s+$", None),
        "next": (r"(?:nächsten|kommenden|folgenden)\s+$", None),
        "future": r"\b(?:wird|werden|will|wollen|soll|sollen|plant|planen|geplant|"
        r"beabsichtigt|vorgesehen|erwartet|voraussichtlich|vorhergesagt|angekündigt|"
        # a schedule told in the present ("Am Freitag streiken die Piloten")
        r"beginnt|beginnen|startet|starten|endet|enden|tagt|tagen|findet|finden|trifft|"
        r"treffen|reist|reisen|spielt|spielen|empfängt|berät|beraten|entscheidet|"
        r"entscheiden|streikt|streiken|wählt|wählen|eröffnet|verhandelt|verhandeln|folgt|folgen)\b",
        "ahead": r"\b(?:für|ab|auf)\s+$|\b(?:dauert|dauern|läuft|laufen|gilt|gelten|bleibt|bleiben|"
        r"geht|gehen|warnt|warnen)\s+(?:[^\s,.;]+\s+){0,2}?bis\s+(?:zum\s+|am\s+)?$",
        "blocked": r"\b(?:jeden|jedem|immer)\s+$",
        "breaks": r"\b(?:und|aber|doch|sondern|während|nachdem|dass)\b",
        # a part of the day written onto the weekday ("am Montagabend") and
        # the northern "Sonnabend" (Saturday)
        "names": {
            **{
                d + r"(?:abend|morgen|nachmittag|vormittag|mittag|nacht|früh)": i
                for i, d in enumerate(
                    (
                        "montag",
                        "dienstag",
                        "mittwoch",
                        "donnerstag",
                        "freitag",
                        "samstag",
                        "sonntag",
                    )
                )
            },
            "sonnabend": 5,
        },
    },
    "pt": {
        "last": (r"(?:passad[oa]|últim[oa])\s+$", r"^\s+(?:passad[oa]|retrasad[oa])\b"),
        "next": (r"(?:próxim[oa])\s+$", r"^\s+(?:que\s+vem|próxim[oa])\b"),
        "future": r"\b(?:vai|vão|irá|irão|deve|devem|deverá|deverão|pretende|planeja|"
        r"prevista?|previstos?|prevê|preveem|previsão|marcad[oa]s?|agendad[oa]s?|"
        r"[a-zà-ú]{2,}(?:rá|rão)|"
        # a schedule told in the present ("O Flamengo joga no domingo")
        r"começa|começam|abre|abrem|termina|terminam|acontece|acontecem|joga|jogam|"
        r"enfrenta|enfrentam|recebe|recebem|viaja|viajam|vota|votam|estreia|estreiam)\b",
        "ahead": r"\b(?:para|a\s+partir\s+(?:de|do|da))\s+(?:[oa]\s+)?$|\b(?:segue|seguem|continua|continuam|"
        r"dura|duram|fica|ficam|permanece|permanecem|vai|vão)\s+(?:[^\s,.;]+\s+){0,2}?até\s+"
        r"(?:[oa]\s+)?$",
        # ... and "uma terça-feira" (some Tuesday: "caiu numa terça-feira"),
        # as en "on a Friday"
        "blocked": r"\b(?:tod[oa]s?\s+(?:[oa]s?\s+)?|cada\s+|n?uma?\s+)$",
        "lower": True,
        "breaks": r"\b(?:e|mas|porém|enquanto|que)\b",
        # a relative clause told in the past that the weekday ends ("a ponte
        # que foi inaugurada na segunda-feira será aberta"): the words after
        # the weekday are the main clause's, not the weekday's
        "own_clause": r"\bque\s+(?:foi|foram|[a-zà-ú]{2,}(?:ou|ram))\s+(?:[^\s,.;]+\s+){0,4}$",
        # the short forms of the -feira days ("na segunda", "nesta sexta"),
        # read only after a preposition or a direction word and before
        # punctuation or a small word: an ordinal has its noun after it ("na
        # segunda vez", "na quinta posição", "a sexta economia")
        "guarded": {"segunda": 0, "terça": 1, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4},
        # ... or opening a span of days ("de segunda a quarta"), or closing
        # one after another day ("de segunda a quarta", "de sábado a terça")
        "guarded_before": r"(?<![^\W\d_])(?:na|nesta|nessa|desta|dessa|desde|até|de|"
        r"(?:na|da|(?:desde|até)\s+a)\s+(?:próxima|última|passada)|"
        r"(?:segunda|terça|terca|quarta|quinta|sexta|sábado|domingo)(?:-feira)?\s+(?:a|até))\s+$",
        "guarded_after": r"\s*(?:[,.;:!?()\"”»–—]|$)|\s+(?:passada|que\s+vem|pela|à|às|a|o|os|as|"
        r"em|no|na|nos|nas|para|com|contra|ao|após|depois|quando|"
        r"de\s+(?:manhã|tarde|noite|madrugada))(?![^\W\d_])"
        # "começaram na segunda e seguem", "na segunda e na terça": "e" then
        # a verb or another day; an ordinal is joined by "e" to another
        # ordinal or adjective of the noun after both ("na quinta e última
        # etapa", "na segunda e terceira fases", "a sexta e decisiva rodada")
        r"|\s+e\s+(?!(?:últim|penúltim|antepenúltim|derradeir|decisiv|definitiv|nov|mesm|"
        r"primeir|segund|terceir|quart|quint|sext|sétim|oitav|non|décim)[oa]s?(?![^\W\d_])"
        r"|final|finais|mais(?![^\W\d_]))",
    },
    "it": {
        "last": (r"(?:scors[oa])\s+$", r"^\s+(?:scors[oa])\b"),
        "next": (r"(?:prossim[oa])\s+$", r"^\s+(?:prossim[oa])\b"),
        "future": r"\b(?:sarà|saranno|dovrà|dovranno|previst[oaie]|in\s+programma|"
        r"prevede|prevedono|previsioni|[a-zà-ù]{2,}(?:rà|ranno)|"
        # a schedule told in the present ("La Roma gioca domenica")
        r"inizia|iniziano|comincia|cominciano|gioca|giocano|affronta|affrontano|riceve|"
        r"ospita|ospitano|sfida|sfidano|"
        r"si\s+riunisce|si\s+apre|si\s+chiude|si\s+vota)(?![a-zà-ù])",
        "ahead": r"\b(?:per|a\s+partire\s+da|rinviat[oaie]\s+a)\s+$|\b(?:dura|durano|continua|"
        r"continuano|prosegue|proseguono|resta|restano|rimane|rimangono)\s+(?:[^\s,.;]+\s+){0,2}?"
        r"fino\s+a\s+$",
        # with its article a weekday is habitual ("il venerdì dopo il Giorno
        # del Ringraziamento", "la domenica si riposa"), as "di lunedì" is
        "blocked": r"\b(?:ogni|tutti\s+i|tutte\s+le|il|la|di)\s+$",
        "lower": True,
        "breaks": r"\b(?:e|ma|mentre|che)\b",
    },
    "id": {
        # "Kamis pekan depan" (Thursday of next week), "Senin minggu lalu",
        # "Jumat pekan ini": the week's day, read before "lalu" / "depan" alone
        "prev_week": (None, r"^\s+(?:pekan|minggu)\s+(?:lalu|kemarin)\b"),
        "this_week": (None, r"^\s+(?:pekan|minggu)\s+ini\b"),
        "next_week": (None, r"^\s+(?:pekan|minggu)\s+(?:depan|mendatang)\b"),
        "last": (None, r"^\s+(?:lalu|kemarin)\b"),
        "next": (None, r"^\s+(?:depan|mendatang|besok)\b"),
        "future": r"\b(?:akan|dijadwalkan|direncanakan|rencananya|berencana|bakal|hendak|"
        r"memperkirakan|diperkirakan|diprediksi|prakiraan)\b",
        "ahead": r"\b(?:(?:ditunda|diundur|ditangguhkan)\s+(?:hingga|sampai|ke)|untuk|mulai)\s+(?:hari\s+)?$",
        "blocked": r"\b(?:setiap|tiap)\s+$",
        "capital": ("minggu",),
        "capital_after": r"\b(?:hari|pada)\s+$",
        "breaks": r"\b(?:dan|tetapi|namun|sementara|sedangkan|bahwa|yang)\b",
        # a "yang" clause told in the passive or the past that the weekday
        # ends ("Jembatan yang diresmikan pada Senin akan dibuka"): the words
        # after the weekday are the main clause's; not a second di- verb
        # between ("yang dibangun Belanda diresmikan pada Senin")
        "own_clause": r"\byang\s+(?:(?:telah|sudah)\s+[a-z]+|di[a-z]{3,})"
        r"\s+(?:(?!di[a-z]{3,}\b)[^\s,.;]+\s+){0,4}$",
    },
    "ru": {
        # CLDR names the nominative; a day of the week is written in the
        # accusative after "в"/"во" ("в среду", "в пятницу")
        "names": {"среду": 2, "пятницу": 4, "субботу": 5},
        "before": r"(?:^|\s)(?:в|во|на)\s+(?:(?:прошл|минувш|прошедш|следующ|ближайш|будущ|"
        r"наступающ|эт)\w*\s+)?$",
        "last": (r"(?:прошл|минувш|прошедш)\w*\s+$", None),
        "next": (r"(?:следующ|ближайш|будущ|наступающ)\w*\s+$", None),
        "this_week": (r"(?<!\w)эт[уоиа]т?\s+$", None),
        "future": r"(?<!\w)(?:будет|будут|буду|станет|состоится|состоятся|планирует|"
        r"планируют|намерен|намерена|намерены|собирается|предстоит|ожидается|ожидаются|"
        r"прогнозирует|прогнозируют|прогноз|"
        # a perfective verb in the present form tells the future ("пройдёт")
        r"пройдёт|пройдет|пройдут|начнётся|начнется|начнутся|откроется|откроются|"
        r"завершится|завершатся|продлится|продлятся|"
        # ... and the perfectives of fixtures and courts ("в субботу примет
        # ЦСКА", "сыграет в Кубке", "огласит приговор")
        r"примет|примут|сыграет|сыграют|встретится|встретятся|проведёт|проведет|проведут|"
        r"огласит|огласят|рассмотрит|рассмотрят|выступит|выступят)(?!\w)",
        "ahead": r"(?<!\w)на\s+(?:эт\w+\s+)?$",
        "blocked": r"(?<!\w)(?:каждый|каждую|каждое|по)\s+$",
        "lower": True,
        "breaks": r"(?<!\w)(?:и|а|но|однако|что|чтобы|который|которая|которое|которые)(?!\w)",
        # the genitive after "с"/"со" (from), "до" (until), "после" (after):
        # "с понедельника", "со среды", "до пятницы"
        "guarded": {
            "понедельника": 0,
            "вторника": 1,
            "среды": 2,
            "четверга": 3,
            "пятницы": 4,
            "субботы": 5,
            "воскресенья": 6,
        },
        "guarded_before": r"(?<!\w)(?:со?|до|после)\s+(?:(?:прошл|минувш|прошедш|следующ|ближайш|"
        r"будущ|эт)\w*\s+)?$",
        # "с пятницы на субботу": the night from a day to the next, read on
        # its first day (the next day's "на субботу" is no day set ahead)
        "night_from": r"(?<!\w)со?\s+(?P<a>\w+)\s+на\s+$",
    },
    "ko": {
        "last": (r"(?:지난)\s*$", None),
        "next": (r"(?:오는|다가오는)\s*$", None),
        "prev_week": (r"(?:지난\s*주|전주)\s*$", None),
        "this_week": (r"(?:이번\s*주|금주)\s*$", None),
        "next_week": (r"(?:다음\s*주|내주|차주)\s*$", None),
        # a plan or a will: "예정이다", "계획", "떠날 것이다", "하겠다"
        # a plain present ending the sentence tells a schedule ("시행된다",
        # "열린다"); a past is marked ("했다", "열렸다"). Not hearsay ("했다고
        # 한다") nor a verb of report or guess ("발생한 것으로 전해진다", "보인다")
        "future": r"(?:예정|계획|방침|전망|예보|예상|["
        + _KO_L_FINAL
        + r"]\s*(?:것|계획|예정)|겠|"
        + "".join(rf"(?<!{w})" for w in _KO_NOT_SCHEDULE)
        + r"["
        + _KO_N_FINAL
        + r"]다(?![가-힣]))",
        "blocked": r"(?:매주|매|주말마다)\s*$",
        "breaks": r"(?:지만|는데|었고|았고|였고|했고)",
    },
    # Dutch writes weekdays in lower case ("op dinsdag", "Dinsdag" opening a
    # sentence); a schedule is told in the present ("Dinsdag vergadert het
    # kabinet"), a report in the past ("Dinsdag vergaderde het kabinet")
    "nl": {
        "last": (r"(?:afgelopen|vorige)\s+$", r"^\s+(?:jongstleden|jl\.)"),
        "next": (r"(?:komende|volgende|aanstaande)\s+$", None),
        "future": r"\b(?:zal|zullen|gaat|gaan|verwacht|gepland|moet|moeten|begint|beginnen|"
        r"vindt|vinden|speelt|spelen|vergadert|stemt|stemmen|beslist|opent|sluit)\b",
        "ahead": r"\b(?:vanaf|uitgesteld\s+tot|verschoven\s+naar)\s+$",
        "blocked": r"\b(?:elke|iedere)\s+$",
        "lower": True,
        "breaks": r"\b(?:en|maar|terwijl|dat|nadat)\b",
    },
    # Turkish: a weekday is a day with "günü" after it ("perşembe günü");
    # alone, "pazar" is also a market and "cuma" the Friday prayer. The
    # future is a suffix ("yapılacak", "toplanacak") or a plan word
    "tr": {
        "before": r"(?!)",
        "guarded": {
            "pazartesi": 0,
            "salı": 1,
            "çarşamba": 2,
            "perşembe": 3,
            "cuma": 4,
            "cumartesi": 5,
            "pazar": 6,
        },
        "guarded_before": r"",
        "guarded_after": r"\s+günü(?![^\W\d_])",
        "last": (r"(?:geçen|geçtiğimiz)\s+$", None),
        "next": (r"(?:gelecek|önümüzdeki)\s+$", None),
        "future": r"[^\W\d_]+(?:ecek|acak)(?:tır|tir|lar|ler)?(?![^\W\d_])|"
        r"\b(?:planlanıyor|bekleniyor|öngörülüyor)\b",
        "blocked": r"\b(?:her)\s+$",
        "lower": True,
        "breaks": r"\b(?:ve|ama|fakat|ancak)\b",
    },
    "fa": {
        # babel writes Tuesday with a zero-width non-joiner; pages also write
        # a space or nothing there ("سه‌شنبه", "سه شنبه", "پنج‌شنبه")
        "names": {
            "یکشنبه": 6,
            "یک[\u200c ]شنبه": 6,
            "دوشنبه": 0,
            "دو[\u200c ]شنبه": 0,
            "سه[\u200c ]?شنبه": 1,
            "چهارشنبه": 2,
            "چهار[\u200c ]شنبه": 2,
            "پنجشنبه": 3,
            "پنج[\u200c ]شنبه": 3,
            "جمعه": 4,
            "شنبه": 5,
        },
        "last": (r"(?:گذشته|پیش)\s+$", r"^\s+(?:گذشته|پیش)(?!\w)"),
        "next": (None, r"^\s+(?:آینده|دیگر)(?!\w)"),
        "future": r"(?<!\w)(?:خواهد|خواهند|خواهم|قرار\s+است|برگزار\s+می[\u200c ]?شود|آینده|"
        r"پیش[\u200c ]?بینی)(?!\w)",
        "blocked": r"(?<!\w)(?:هر|نماز)\s+$",
        "breaks": r"(?<!\w)(?:و|اما|ولی|که)(?!\w)",
    },
}

# A weekend in a language read through CLDR ("am Wochenende", "no fim de
# semana", "nel fine settimana", "akhir pekan ini", "в выходные", "이번
# 주말"): its Saturday and Sunday, as en "last weekend" / "this weekend", fr
# "le week-end dernier" and es "este fin de semana" are read (RELATIVE, unit
# "weekend"). Per language, patterns (casefolded, whole words) for
#   last    the weekend of last week ("am vergangenen Wochenende")
#   this    the weekend of this week ("an diesem Wochenende", "akhir pekan ini")
#   coming  the next Saturday and Sunday from publication ("am kommenden
#           Wochenende", "no próximo fim de semana"): ahead, as a future cue
#           sets a bare one
#   bare    a weekend with no direction word ("am Wochenende", "в выходные"):
#           the one just past (or the one publication falls in) by default,
#           the coming one after a future word of its clause
#           (WEEKDAY_ALONE_CLDR's "future", "ahead", "breaks")
#   blocked words right before or after a bare weekend that make it habitual
#           ("jedes Wochenende", "auch am Wochenende geöffnet", "в выходные
#           и праздничные дни") or name another one ("no fim de semana de
#           Páscoa")
# Ambiguous "next weekend" forms ("nächstes Wochenende", "akhir pekan depan",
# "следующие выходные", "다음 주말": this week's for some writers, next week's
# for others) are left out, as en "next weekend" is.
_W_PT = r"(?:fim|final)\s+de\s+semana"
_W_IT = r"(?:fine\s+settimana|weekend|week-end)"
WEEKEND_CLDR = {
    "de": {
        "last": r"(?:(?:am|das)\s+(?:vergangenen|letzten|vorigen)|vergangenes|letztes|voriges)"
        r"\s+wochenende",
        "this": r"(?:an\s+)?diese[ms]\s+wochenende",
        "coming": r"(?:(?:am|das)\s+(?:kommenden|bevorstehenden)|kommendes)\s+wochenende",
        "bare": r"am\s+wochenende",
        "blocked_before": r"(?<![^\W\d_])(?:jedes|jedem|immer|meist|meistens|oft|häufig|nur|auch|"
        r"sonst|gewöhnlich|normalerweise|vor\s+allem)\s+$",
        "blocked_after": r"\s+(?:und|sowie|oder)\s+(?:an\s+)?feiertag|\s+(?:geöffnet|geschlossen)",
    },
    "pt": {
        "last": r"(?:n?o\s+)?(?:último\s+" + _W_PT + r"|" + _W_PT + r"\s+passado)",
        "this": r"(?:neste|nesse|este|esse)\s+" + _W_PT,
        "coming": r"(?:n?o\s+)?(?:próximo\s+" + _W_PT + r"|" + _W_PT + r"\s+que\s+vem)",
        "bare": r"(?:no|durante\s+o|ao\s+longo\s+do)\s+" + _W_PT,
        "blocked_before": r"(?<![^\W\d_])(?:todo|cada|sempre|só|somente|apenas|também)\s+$",
        # "no fim de semana de Páscoa", "no fim de semana dos dias 15 e 16":
        # a weekend named by what follows
        "blocked_after": r"\s+(?:de|do|da|dos|das|e\s+(?:nos\s+)?feriados)(?![^\W\d_])",
    },
    "it": {
        "last": r"(?:(?:nello|lo)\s+)?scorso\s+" + _W_IT + r"|(?:nel|il)\s+" + _W_IT + r"\s+scorso",
        "this": r"(?:in\s+)?questo\s+" + _W_IT,
        "coming": r"(?:(?:nel|il)\s+)?prossimo\s+" + _W_IT,
        "bare": r"(?:nel|durante\s+il)\s+" + _W_IT,
        "blocked_before": r"(?<![^\W\d_])(?:ogni|sempre|solo|soltanto|anche)\s+$",
        "blocked_after": r"\s+(?:di|del|della|dei|e\s+(?:nei\s+)?festivi)(?![^\W\d_])",
    },
    "id": {
        "last": r"akhir\s+(?:pekan|minggu)\s+(?:lalu|kemarin)",
        "this": r"akhir\s+(?:pekan|minggu)\s+ini",
        "coming": r"akhir\s+(?:pekan|minggu)\s+(?:mendatang|nanti)",
        "bare": r"(?:pada|selama)\s+akhir\s+pekan",
        "blocked_before": r"(?<![^\W\d_])(?:setiap|tiap|hanya|juga)\s+$",
        "blocked_after": r"\s+(?:depan|dan\s+(?:hari\s+)?libur)(?![^\W\d_])",
    },
    "ru": {
        "last": r"(?:в|на|за)\s+(?:прошлые|минувшие|прошедшие)\s+выходные",
        "this": r"(?:в|на)\s+эти\s+выходные",
        "coming": r"(?:в|на)\s+(?:ближайшие|предстоящие|грядущие)\s+выходные",
        "bare": r"(?:в|за)\s+выходные",
        "blocked_before": r"(?<!\w)(?:каждые|всегда|только|также|даже|обычно)\s+$",
        "blocked_after": r"\s+(?:и\s+(?:в\s+)?праздни\w*|дни)(?!\w)",
    },
    "ko": {
        "last": r"지난\s*주말",
        "this": r"(?:이번|금주)\s*주말",
        "coming": r"(?:오는|다가오는)\s*주말",
    },
}

# Quarters of a year ("quý II/2024", "Q3 2024", "2024年第一季度"): words for
# their number ({Q}, group "q"); a quarter is the range of its three months,
# and only with its year (a year-less "third quarter" stays no date).
_Q_DIGITS = {"1": 1, "2": 2, "3": 3, "4": 4}
QUARTER_WORDS = {
    # ("quý đầu tiên", the first; "quý cuối cùng", the last)
    "vi": {**_Q_DIGITS, "i": 1, "ii": 2, "iii": 3, "iv": 4, "đầu tiên": 1, "cuối cùng": 4},
    # "ไตรมาสแรก" (the first), "ไตรมาสสุดท้าย" (the last)
    "th": {**_Q_DIGITS, "แรก": 1, "หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "สุดท้าย": 4},
    "zh": {**_Q_DIGITS, "一": 1, "二": 2, "三": 3, "四": 4},
    "en": {
        **_Q_DIGITS,
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "last": 4,
        "final": 4,
        "1st": 1,
        "2nd": 2,
        "3rd": 3,
        "4th": 4,
    },
    "es": {
        **_Q_DIGITS,
        "primer": 1,
        "primero": 1,
        "segundo": 2,
        "tercer": 3,
        "tercero": 3,
        "cuarto": 4,
        "último": 4,
        "1er": 1,
        "1º": 1,
        "2º": 2,
        "3er": 3,
        "3º": 3,
        "4º": 4,
    },
    "fr": {
        **_Q_DIGITS,
        "premier": 1,
        "deuxième": 2,
        "second": 2,
        "troisième": 3,
        "quatrième": 4,
        "dernier": 4,
        "1er": 1,
        "2e": 2,
        "3e": 3,
        "4e": 4,
    },
}

# Halves of a year ("el segundo semestre de 2024", "H2 2024", "nửa cuối năm
# 2024", "6 tháng đầu năm 2025", "2025年上半年", "ครึ่งปีแรกปี 2568"): words
# for which half ({H}, group "h"); a half is the range of its six months, and
# only with its year, like a quarter ("the first half" of a match is no date;
# "6 tháng" alone is a duration).
HALF_WORDS = {
    "vi": {"đầu": 1, "cuối": 2, "sau": 2},
    "th": {"แรก": 1, "หลัง": 2},
    "zh": {"上": 1, "下": 2},
    "en": {"1": 1, "2": 2, "first": 1, "second": 2, "1st": 1, "2nd": 2},
    "es": {
        "1": 1,
        "2": 2,
        "primer": 1,
        "primero": 1,
        "primera": 1,
        "segundo": 2,
        "segunda": 2,
        "1er": 1,
        "1º": 1,
        "2º": 2,
    },
    "fr": {
        "1": 1,
        "2": 2,
        "premier": 1,
        "première": 1,
        "second": 2,
        "seconde": 2,
        "deuxième": 2,
        "1er": 1,
        "2e": 2,
        "2nd": 2,
    },
}

# A quarter or half of "the year" / "this year" ("in the first half of the
# year", "en el segundo trimestre del año", "au premier semestre de l'année"):
# the publication's year, like any year-less date (a bare "third quarter",
# with no year named, stays no date). A school year's term is none.
_THIS_YEAR = {
    "en": (
        r"\s+of\s+(?:the|this)\s+(?:current\s+)?year(?![\w-])(?!\s+\d)"
        r"(?!\s+(?:before|after|earlier|later|ago)(?![^\W\d_]))"
    ),
    "es": (
        r"\s+(?:del|de\s+este)\s+año(?!\s+\d)(?![^\W\d_])"
        r"(?!\s+(?:escolar|académico|lectivo|fiscal|pasado|anterior|próximo|siguiente|que\s+viene)"
        r"(?![^\W\d_]))"
    ),
    "fr": (
        r"\s+(?:de\s+l['’]\s*année|de\s+cette\s+année)(?!\s+\d)(?![^\W\d_])"
        r"(?!\s+(?:scolaire|universitaire|dernière|passée|précédente|prochaine|suivante)"
        r"(?![^\W\d_]))"
    ),
    # "6 tháng đầu năm", "nửa cuối năm nay", "quý III năm nay": not "năm
    # ngoái" (last year), "năm sau" (next year), a school or fiscal year, a
    # year of office ("năm nhậm chức") or a numbered one ("năm thứ hai")
    "vi": (
        r"\s+năm(?:\s+nay)?(?![^\W\d_])(?!\s*[/-]?\s*\d)"
        r"(?!\s+(?:ngoái|trước|sau|tới|qua|kia|nào|đó|kế\s+tiếp|học|tài\s+chính|ngân\s+sách"
        r"|nhậm\s+chức|làm\s+việc|hoạt\s+động|thứ|đầu\s+tiên)(?![^\W\d_]))"
    ),
    # "ไตรมาสที่ 3 ของปีนี้", "ครึ่งปีแรกปีนี้": "this year" said (a bare
    # "ครึ่งปีแรก" stays no date, like a bare quarter)
    "th": r"\s*(?:ของ\s*)?ปีนี้",
}

# "季度" after "四" / "三" is a quarter, but "四季度假村" is "四季" (four
# seasons, a resort's name) + "度假村" (resort): a quarter is not followed by
# a resort's noun ("度假村", "度假区", "度假酒店"; "一季度假期消费" stays a quarter)
_ZH_NOT_RESORT = r"(?!假村|假区|假酒店)"

# Nouns a year names the happening or the level of, after "the" or a
# possessive ("the 2027 polls", "its 2019 peak", "their 2030 target"): an
# election, a season, a contest, a budget, a record or a level of that year.
_EN_YEAR_NAMED_NOUNS = (
    r"(?:elections?|polls|vote|referendum|census|budget|season|campaign|games|olympics"
    r"|world\s+cup|championships?|tournament|summit|conference|peak|high|low|record|levels?"
    r"|targets?|deadline|crisis|floods|earthquake|pandemic|midterms|primary|primaries"
    r"|general\s+election|presidential\s+election|edition|final|finals|report|accounts"
    r"|results|figures|survey|plan|agreement|accord|treaty|law|act|reform)"
)
# A year with a possessive "'s" ("in 2023's final months", "fiscal 2024's
# third quarter") is that year only after a word that makes it a time; after
# any other cue it dates a work or a thing ("2013's Star Trek Into Darkness",
# "Some of 2019's best gadgets"), like "the 2013 film", and is no date. A
# year ending in 0 with "'s" is a decade ("the 1990's") in any case.
POSSESSIVE_YEAR_CUES = {
    "en": [r"in", r"during", r"since", r"until", r"through", r"fiscal(?:\s+year)?", r"FY"],
}

# Halves in a financial code ("1H24", "H2 2024"): digits in every language.
HALF_CODE_DIGITS = {"1": 1, "2": 2}

# Fiscal years ("fiscal 2023", "FY2024", "năm tài chính 2024", "2024财年",
# "ปีงบประมาณ 2567", "el ejercicio 2023", "l'exercice 2023"): the year they
# are named for, at the granularity of a year. A fiscal year's months depend
# on who keeps it (the Thai and US governments' run October to September,
# a company's from any month), so no month range is guessed; the mention's
# anchor says it is a fiscal year. A quarter or half of a fiscal year ("Q3
# FY24", "2024财年第三季度", "ไตรมาส 3 ปีงบประมาณ 2567") is likewise only its
# year: its calendar months are not known. "before": words before the year
# (kept outside the span); "after": words right after it (Chinese). The
# English code "FY2024" / "FY24" is read in every language (COMMON_PATTERNS).
FISCAL_YEAR = {
    "vi": {"before": [r"năm\s+tài\s+chính", r"(?:năm\s+)?tài\s+kh(?:óa|oá)", r"năm\s+ngân\s+sách"]},
    "th": {"before": [r"ปีงบประมาณ", r"ปีงบฯ?"]},
    "zh": {"after": [r"财年", r"財年", r"财政年度", r"財政年度", r"会计年度", r"會計年度"]},
    "en": {"before": [r"fiscal(?:\s+year)?", r"financial\s+year"]},
    # ... and the income tax named by the year of the income it taxes ("la
    # renta 2025", "impuesto a la renta 2024", "la déclaration des revenus
    # 2025"): that year, as heldout10 labels "la renta 2025" (filed in 2026)
    "es": {"before": [r"año\s+fiscal", r"ejercicio(?:\s+fiscal)?(?:\s+de)?", r"la\s+renta"]},
    "fr": {
        "before": [
            r"année\s+fiscale",
            r"exercice(?:\s+fiscal)?",
            r"(?:déclaration|impôt)\s+(?:des|sur\s+les?)\s+revenus?",
        ]
    },
}

# A school year or a sports season split across two years ("năm học
# 2025-2026", "the 2025-26 season", "2025/2026学年", "el curso 2025-2026"):
# a year-less date in its sentence lies in it, in the first year from the
# month it opens in, in the second before it. School years open in August or
# September, seasons from July (football in August, basketball in October):
# a month of their summer break is the year's end ("finit le 4 juillet").
# Not tax or fiscal years: their deadlines and reports fall after them ("the
# 2024-25 tax year ... by January 31" is 2026), and their opening month
# depends on who keeps them. The words stand right before the years or right
# after them; casefolded.
SPLIT_YEAR_OPENS = {
    "en": [(r"school\s+year|academic\s+year", 8), (r"season", 7)],
    "es": [
        (r"curso(?:\s+(?:escolar|académico|lectivo))?|año\s+(?:escolar|académico|lectivo)", 8),
        (r"temporada", 7),
    ],
    "fr": [(r"année\s+(?:scolaire|universitaire)", 8), (r"saison", 7)],
    "vi": [(r"năm\s+học", 8), (r"mùa\s+giải|mùa\s+bóng", 7)],
    "zh": [(r"学年|學年|学年度|學年度", 8), (r"赛季|賽季", 7)],
    "th": [(r"ปีการศึกษา", 5), (r"ฤดูกาล", 7)],
}

# A day told on a named clock ("北京时间7月11日凌晨", "July 11, 00:38 Beijing
# time", "el 11 de julio (hora de Pekín)", "giờ Hà Nội", "(GMT+8)", "heure de
# Paris"): the writer's clock, which may count a happening elsewhere a day
# later or earlier than its own place does. Not local time ("当地时间",
# "local time", "hora local", "heure locale", "giờ địa phương",
# "เวลาท้องถิ่น"): that is the happening's own day. A place is written with
# a capital in the Latin languages.
NAMED_CLOCK = (
    # Chinese: "<place>时间" (two to six Han), not 当地时间 / 同一时间 / 第一时间
    r"[\u4e00-\u9fff]{2,6}(?<!当地)(?<!同一)(?<!第一)(?<![段长短点])时间"
    r"|\b(?:GMT|UTC)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?"
    # (not a football match's "Full time", "Extra time", nor "Local time")
    r"|\b(?!(?:Full|Half|Extra|Injury|Stoppage|Added|Prime|Summer|Winter|Daylight|Local|"
    r"Any|Each|Every|First|Last|Next|Same|Some|That|This|Real|Spare|Free)\b)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time\b"
    r"|\bhora\s+(?:peninsular|(?:de|del)\s+[A-Z][\w-]+)"
    r"|\bheure\s+(?:de\s+|d['’])[A-Z][\w-]+"
    r"|\bgiờ\s+(?!địa)[A-ZĐ][\w]*(?:\s+[A-ZĐ][\w]*)*"
    r"|ตามเวลา(?!ท้องถิ่น)[\u0E00-\u0E7F]{2,}|เวลาประเทศ[\u0E00-\u0E7F]+"
)

# The same moment told again in another place's time, after a weekday
# ("kick off at 8 p.m. in Buenos Aires on Saturday, which is 10 a.m. Sunday in
# Sydney", "el sábado a las 20.00, es decir, el domingo a las 3.00 en Manila",
# "samedi, soit dimanche 3 h à Nouméa"): the second weekday is told as the
# first is, ahead or behind. Per language: what stands between the two (after
# the first, before the second), a clock time allowed. The words after the
# first weekday hold no sentence end; a clock time's dot ("20.00") is none.
def _same_moment_between(joined_by: str, clock_word: str, after: str) -> str:
    lead = r"(?:[^.!?;\n]|(?<=\d)\.(?=\d)){0,40}?,\s*"
    clock = (
        rf"(?:(?:{clock_word})?\s*\d{{1,2}}(?:[:.h]\s?\d{{2}})?\s*"
        r"(?:a\.\s?m\.|p\.\s?m\.|am|pm|h|giờ|น\.)?\s*)?"
    )
    return lead + joined_by + clock + after + r"$"


SAME_MOMENT_ELSEWHERE = {
    "en": _same_moment_between(
        r"(?:which|that)\s+(?:is|will\s+be|would\s+be|was)\s+", r"at", r"(?:on\s+)?"
    ),
    "es": _same_moment_between(r"(?:es\s+decir|o\s+sea)\s*,?\s*", r"a\s+las?", r"(?:el\s+)?"),
    "fr": _same_moment_between(r"(?:soit|c['’]est-à-dire)\s+", r"à", r"(?:le\s+)?"),
    "vi": _same_moment_between(
        r"(?:tức|tức\s+là|tương\s+đương)\s+", r"lúc", r"(?:(?:sáng|chiều|tối|đêm)\s+)?"
    ),
    # any place's clock ("即北京时间", "即东京时间", "即格林尼治时间")
    "zh": r"[^。！？；\n]{0,20}?[，,]\s*即(?:[^\W\d_]{1,5}时间)?\s*$",
}

# A month told as when something about a split year is decided or made
# known ("fees for the 2027-28 academic year will be set in March", "las
# tasas del curso 2027-2028 se fijarán en marzo", "2027/28学年收费标准将于3月
# 公布"): the time of the deciding, before or early in the year, not a month
# of its calendar, so it is not placed in the split year (SPLIT_YEAR_OPENS).
# "set for" / "fijado para" (scheduled for) is not a deciding. Per language:
# (words right before the month, words right after it).
SPLIT_YEAR_DECIDED_IN = {
    "en": (
        r"(?<![^\W\d_])(?:set|fixed|announced|published|decided|approved|agreed|confirmed"
        r"|unveiled|determined|finali[sz]ed|voted\s+on)\s+(?:in|by|during|before)\s+$",
        None,
    ),
    "es": (
        r"(?<![^\W\d_])(?:fij|anunci|public|decid|aprob|acord|confirm|determin|conocer)\w*"
        r"\s+(?:en|antes\s+de|durante)\s+$",
        None,
    ),
    "fr": (
        r"(?<![^\W\d_])(?:fix|annonc|publi|décid|approuv|arrêt|dévoil|connu)\w*"
        r"\s+(?:en|avant|courant)\s+$",
        None,
    ),
    "vi": (r"(?:công bố|quyết định|phê duyệt|ấn định|thông báo|ban hành|chốt)\s+(?:vào|trong|trước)?\s*$", None),
    "th": (r"(?:ประกาศ|กำหนด|อนุมัติ|ตัดสิน)\s*(?:ใน|ภายใน|ช่วง)?\s*(?:เดือน)?\s*$", None),
    "zh": (
        None,
        r"\s*(?:份|底|初|中旬|上旬|下旬)?(?:前|内)?(?:正式|对外|向社会)?"
        r"(?:公布|发布|确定|宣布|出台|公告|揭晓)",
    ),
}

# Thai news writes the Buddhist-era year with two digits after a month
# ("3 มี.ค. 67" = 3 March 2567 = 2024): group "yy", a year of the century
# TWO_DIGIT_YEAR_BASE gives. Not when a time, an amount or a count word
# follows ("5 มี.ค. 10.30 น.", "มี.ค. 15 คน").
TWO_DIGIT_YEAR_BASE = {"th": 2500}
# Words of time right before a Thai month abbreviation named alone (a space
# between or none), as lookbehinds of fixed width; a dash joins it to the
# month before ("มี.ค.-เม.ย.")
_TH_MONTH_TIME_WORDS = (
    "ใน", "เมื่อ", "ช่วง", "ตั้งแต่", "ถึง", "ภายใน", "ต้น", "กลาง", "ปลาย", "สิ้น",
    "ระหว่าง", "นับจาก", "หลัง", "ก่อน", "-", "–",
)  # fmt: skip
_TH_MONTH_ABBR = r"(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)\."
_TH_MONTH_TIME_BEFORE = "(?:" + "|".join(f"(?<={w})|(?<={w} )" for w in _TH_MONTH_TIME_WORDS) + ")"
# A night running on into the next morning ("คืนวันที่ 3 ต่อเนื่องเช้าวันที่ 4
# ม.ค.", "คืนวันที่ 3 ถึงรุ่งเช้าวันที่ 4"): both days, as vi "đêm 3 rạng sáng
# 4/9"; the morning word is needed ("ต่อเนื่อง 4 วัน" alone is a count)
_TH_NIGHT_TO_MORNING = r"(?:ต่อเนื่อง|ถึง|จนถึง)?\s*(?:รุ่งเช้า|เช้ามืด|เช้า)(?:\s*ของ)?"
# Thai month abbreviations without their dots ("ตค" for "ต.ค."), in month order.
TH_MONTH_UNDOTTED = ("มค", "กพ", "มีค", "เมย", "พค", "มิย", "กค", "สค", "กย", "ตค", "พย", "ธค")
_TH_YY = (
    r"(?P<yy>\d{2})(?![\d.,:/])"
    r"(?!\s*(?:คน|ราย|%|บาท|ล้าน|พัน|หมื่น|แสน|ปี|วัน|เดือน|ครั้ง|แห่ง|คัน|ตัว|ลำ|หลัง|เครื่อง"
    # ("ที่ผ่านมา" after the year is "last", as in "5 ต.ค. 66 ที่ผ่านมา")
    r"|ชั่วโมง|ชม|นาที|น\.|องศา|กม|กิโล|เมตร|ราย|จุด|ประเทศ|จังหวัด|ที่(?!ผ่านมา)))"
)

# Solar Hijri (Persian calendar) month names, Farvardin to Esfand, as
# Iranian news writes its dates ("۲۴ اسفند ۱۴۰۴", "۱۰ دی‌ماه"): read with a
# day before them, a year of the calendar (13xx, 14xx) after them or not
# (see calendars.py). "ی" and "ک" are also written in their Arabic forms.
# Month names that are also common words ("تیر" arrow, shot; "مهر" seal,
# kindness; "دی" yesterday in poetry) need a year or "ماه" (month) after
# them.
SOLAR_HIJRI_MONTHS = {
    "fa": [
        ["فروردین"],
        ["اردیبهشت"],
        ["خرداد"],
        ["تیر"],
        ["مرداد", "امرداد"],
        ["شهریور"],
        ["مهر"],
        ["آبان"],
        ["آذر"],
        ["دی"],
        ["بهمن"],
        ["اسفند"],
    ],
}
SOLAR_HIJRI_MONTH_WORD = {"fa": "ماه"}
# Range words between two days of one month ("از ۲۰ تا ۲۴ اسفند", from ... to)
SOLAR_HIJRI_RANGE_SEP = {"fa": ["تا", "الی"]}
SOLAR_HIJRI_AMBIGUOUS = {"fa": frozenset({"تیر", "مهر", "دی"})}
# Eastern Arabic digits (Persian "۱۴۰۴", Arabic "١٤٠٤") read as ASCII by the
# date engine, one character for one.
EASTERN_ARABIC_DIGITS = {
    **{0x06F0 + i: str(i) for i in range(10)},
    **{0x0660 + i: str(i) for i in range(10)},
}

# A two-digit year after a day and month in a Latin-script language ("le
# 19 mars 62", "el 5 de mayo de 98", "on 5 May '98"): the year ending so
# nearest publication, at most TWO_DIGIT_YEAR_AHEAD years after it (1962,
# 1998 for a page of 2025; 2024 for "24"). Group "yy"; read only where
# punctuation, the line's end or one of these words follows, so that a
# count after a date is no year ("le 5 mai 12 manifestants ont été
# arrêtés", "on May 5 30 people died").
TWO_DIGIT_YEAR_AFTER = {
    "en": [r"in", r"at", r"and", r"when", r"during", r"after", r"before"],
    "fr": [r"à", r"au", r"aux", r"en", r"dans", r"par", r"et", r"lors", r"quand", r"alors"],
    "es": [r"en", r"a", r"al", r"y", r"por", r"cuando", r"durante", r"tras"],
}
TWO_DIGIT_YEAR_AHEAD = 10

# Space within a line: what a title's words are joined by (a line break,
# as str.splitlines sees one, ends a title: "... on Wednesday\nQUITO, ...").
_HSPACE = r"[^\S\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]"

# Words before a month named alone that make it a date ("in June", "a
# principios de junio", "début juin"); a month name with none of them may be
# a name ("Plaza de Mayo", "Avril"). Whole phrases, spaces as \s+. The parts
# of a month ("a inicios de", "a fines de", "at the end of", "la primera
# quincena de", "the last week of") keep the month's granularity: the month
# is the date.
_ES_MONTH_PARTS = r"(?:principios|inicios|comienzos|mediados|finales|fines)"
MONTH_ALONE_BEFORE = {
    "en": [
        r"in",
        r"since",
        r"until",
        r"by",
        r"from",
        r"early",
        r"late",
        r"mid-?",
        r"last",
        r"next",
        r"this",
        r"during",
        r"throughout",
        r"(?:the\s+)?(?:end|beginning|start|middle)\s+of",
        r"(?:the\s+)?(?:first|second|last)\s+(?:half|week|fortnight|days)\s+of",
    ],
    "es": [
        r"en",
        r"desde",
        r"hasta",
        r"durante",
        r"a\s+partir\s+de",
        r"a\s+lo\s+largo\s+de",
        r"(?:(?:a|hacia|para|desde|hasta)\s+)?" + _ES_MONTH_PARTS + r"\s+(?:del\s+mes\s+)?de",
        r"el\s+pasado\s+mes\s+de",
        r"el\s+mes\s+de",
        r"(?:primera|segunda|última)\s+(?:quincena|semana|mitad)\s+de",
    ],
    "fr": [
        r"en",
        r"depuis",
        r"dès",
        r"début",
        r"fin",
        r"courant",
        r"mi-",
        r"à la mi-",
        r"jusqu'en",
        r"jusqu’en",
        r"à\s+partir\s+de",
        r"à\s+partir\s+d['’]",
        r"mois d['’]",
        r"mois de",
        r"(?:première|seconde|deuxième|dernière)\s+(?:quinzaine|semaine|moitié)\s+(?:de|d['’])",
        # the school year's opening named by its month ("à la rentrée de
        # septembre", "la rentrée d'octobre" of universities)
        r"rentrée\s+(?:de|d['’])",
    ],
}

DATE_PATTERNS = {
    "vi": [
        # the night of one day to the small hours of the next ("đêm 12 rạng
        # sáng 13/3", "đêm 12/3, rạng sáng 13/3", "từ đêm 12 đến sáng 13 tháng
        # 3"): both days, as "dans la nuit du 12 au 13 mars"
        (
            (
                r"đêm\s+(?:ngày\s+)?{D}(?:\s*/\s*{M})?\s*,?\s*(?:rạng|(?:đến|tới|sang)(?:\s+rạng)?)\s+sáng"
                r"\s+(?:ngày\s+)?{D2}\s*/\s*{M2}(?:\s*/\s*{Y2})?(?!\s*/?\d)"
            ),
            "",
        ),
        (
            (
                r"đêm\s+(?:ngày\s+)?{D}\s*,?\s*(?:rạng|(?:đến|tới|sang)(?:\s+rạng)?)\s+sáng"
                r"\s+(?:ngày\s+)?{D2}\s+tháng\s+{M2}(?:\s*(?:năm|,\s*năm)\s*{Y2})?"
            ),
            "",
        ),
        # "ngày 3 đến 5/3", "từ ngày 3 đến ngày 5/3", "đến hết ngày 5/3" (to the end of): days of one month
        (
            r"(?:ngày\s+)?{D}\s*(?:-|–|(?:đến|tới)(?:\s+hết)?|và)\s*(?:ngày\s+)?{D2}\s*/\s*{M2}(?:\s*/\s*{Y2})?(?!\s*/?\d)",
            "cue",
        ),
        (
            r"(?:ngày\s+)?{D}\s*/\s*{M}\s*(?:-|–|(?:đến|tới)(?:\s+hết)?)\s*(?:ngày\s+)?{D2}\s*/\s*{M2}(?:\s*/\s*{Y2})?",
            "cue",
        ),
        (r"(?:ngày\s+)?{D}\s*/\s*{M}\s*/\s*{Y}", ""),
        (r"{D}\s*-\s*{M}\s*-\s*{Y}", ""),
        # the abbreviated month of web interfaces ("5 Thg 10, 2026", "Thg 10
        # 5, 2026"): capitalised as written, with its year
        (r"{D}\s+(?-i:Thg)\s+{M}\s*,?\s*{Y}", ""),
        (r"(?:ngày\s+)?{D}\s*/\s*{M}(?!\s*/?\d)(?![.,]\d)", "cue"),
        # a wire dateline's bare "Hà Nội, 3/3 (TTXVN) -": a date only there
        # (elsewhere "3/3" is a score, a share or a fraction)
        (r"{D}\s*/\s*{M}(?!\s*/?\d)(?![.,]\d)", "wire"),
        (
            (
                r"(?:ngày\s+)?{D}\s*-\s*{M}(?!\s*[-/]?\d)(?![.,]\d)"
                r"(?!\s*(?:giờ|h\b|tiếng|phút|%|độ|ngày|tháng|năm|tuần|lần|triệu|tỷ|nghìn))"
            ),
            "dashcue",
        ),
        # "ngày mùng 1 tháng 5", "mồng 2 tháng 9": "mùng"/"mồng" marks the
        # first ten days of a month (a lunar month is refused by its cue)
        (
            r"(?:ngày\s+(?:m[ùồ]ng\s+)?|m[ùồ]ng\s+){D}\s+tháng\s+{M}(?:\s*(?:năm|,\s*năm|/)\s*{Y})?",
            "",
        ),
        # "ngày 11.7", "ngày 11.7.2024": day and month between dots after "ngày"
        (
            (
                r"ngày\s+{D}\.{M}(?:\.{Y})?(?!\d|[.,]\d)"
                r"(?!\s*(?:triệu|tỷ|nghìn|ngàn|%|lần|người|km|ha|tấn)(?!\w))"
            ),
            "",
        ),
        (
            (
                r"(?:ngày\s+)?{D}\s*(?:-|–|(?:đến|tới)(?:\s+hết)?|và)\s*(?:ngày\s+)?{D2}\s+tháng\s+{M2}"
                r"(?:\s*(?:năm|,\s*năm)\s*{Y2})?"
            ),
            "cue",
        ),
        (r"tháng\s+{M}\s*(?:/|-|năm|,\s*năm)\s*{Y}", ""),
        (r"quý\s+{Q}\s*(?:/|-|năm|,\s*năm)\s*{Y}", ""),
        (r"quý\s+{Q}\s+(?:của\s+)?năm\s+nay(?![^\W\d_])", "thisyear"),
        (r"quý\s+{Q}\s+của\s+năm\s+{Y}", ""),
        # "nửa sau" is the second half, "6 tháng sau" six months later
        (r"(?:nửa|(?:(?<!\d)6|sáu)\s+tháng(?!\s+sau))\s+{H}\s*(?:/|-|năm)\s*{Y}", ""),
        (r"(?:nửa|(?:(?<!\d)6|sáu)\s+tháng(?!\s+sau))\s+{H}" + _THIS_YEAR["vi"], "thisyear"),
        (r"tháng\s+{M}(?!\s*[/\d])", ""),
        (r"năm\s+{Y}", ""),
    ],
    "th": [
        (
            # "15-17 มี.ค. 67": the two-digit year of a range as of a day;
            # "4 และ 9 ก.พ.": two days of one month ("and": the days named,
            # see engine._days_joined_by_and), not the second one alone
            r"(?:วันที่\s*)?{D}\s*(?:-|–|ถึง|จนถึง|และ|"
            + _TH_NIGHT_TO_MORNING
            + r")\s*(?:วันที่\s*)?{D2}\s*(?:เดือน\s*)?{MON2}"
            r"(?:\s*{EY2}|\s*" + _TH_YY + ")?",
            "",
        ),
        (r"(?:วันที่\s*)?{D}\s*(?:เดือน\s*)?{MON}(?:\s*{EY}|\s*" + _TH_YY + r")?", ""),
        # "วันที่ 5 นี้" (the coming 5th), "เมื่อวันที่ 5 ที่ผ่านมา" (the 5th just
        # past), "ตั้งแต่วันที่ 5 เป็นต้นไป" (from the 5th on): a day of the month
        # alone (MONTHDAY_ALONE) only with the word that tells which; a bare
        # "วันที่ 5" is as often the fifth day of something
        (r"วันที่\s*{D}(?=\s*(?:นี้|ที่จะถึง|ที่ผ่านมา|เป็นต้นไป))", "dayonly"),
        (r"(?:เดือน\s*)?{MON}\s*(?:{EY}|" + _TH_YY + ")", ""),
        # A month alone: after "เดือน", or its full name; an abbreviation
        # ("ก.พ.") only after a word of time ("ใน ก.พ.", "ต้น มี.ค.") or
        # before one ("ก.พ. นี้") or a second month ("ม.ค.-มี.ค. 67"):
        # "ก.พ." is also the Civil Service Commission ("สำนักงาน ก.พ.")
        (r"เดือน\s*{MON}", ""),
        (r"(?![\u0E00-\u0E7F]{1,3}\.){MON}", ""),
        (_TH_MONTH_TIME_BEFORE + r"{MON}", ""),
        (r"{MON}(?=\s*(?:นี้|ที่ผ่านมา|ที่แล้ว|หน้า|ที่จะถึง|(?:-|–|ถึง)\s*" + _TH_MONTH_ABBR + "))", ""),
        # "พ.ศ. 69": the Buddhist-era year written with two digits after its
        # era, as "ปี 67" (2567) is; one digit ("พ.ศ. 1") stays as written
        (r"(?:ปี\s*)?พ\.\s*ศ\.\s*" + _TH_YY, ""),
        (r"(?:ปี\s*)?{EYERA}", ""),
        # "ปี 67": a two-digit Buddhist-era year after "ปี" (year)
        (r"ปี\s*" + _TH_YY, ""),
        (r"ปี\s*{Y}", ""),
        # a school year named by its year ("ปีการศึกษา 2567", which opens in
        # May 2567): that year, as a fiscal year is the year it is named for
        (r"ปีการศึกษา\s*{Y}", ""),
        # ... and a term of it written as a code ("ภาคเรียนที่ 1/2569", "เทอม
        # 2/2568"): the school year, as a part of a fiscal year is its year
        # (never January of it)
        (r"(?P<pre>(?:ภาคเรียนที่|ภาคการศึกษาที่|เทอม)\s*[1-3]\s*/\s*)(?:{EY}|" + _TH_YY + ")", ""),
        # a festival's year ("เทศกาลสงกรานต์ 2568", "เทศกาลกินเจ 2567"): the year, as
        # "La Semana Santa de 2025" is; the festival alone gives none (it moves).
        # A Buddhist-era year only, no counter after it ("เทศกาลหนังสือ 2500 เล่ม")
        (
            (
                r"(?P<pre>เทศกาล[^\s\d]{1,24}\s*)(?=25\d\d)"
                r"{Y}(?!\s*(?:บาท|คน|ราย|ที่|ชิ้น|เล่ม|ล้าน|แห่ง|%))"
            ),
            "",
        ),
        # "ไตรมาสแรกของปี 2568" (the first quarter of the year 2568), as a half's
        (r"ไตรมาส(?:ที่)?\s*{Q}\s*(?:ของ\s*)?(?:/|ปี)\s*(?:{EY}|" + _TH_YY + ")", ""),
        (r"ครึ่ง(?:ปี)?\s*{H}\s*(?:ของ\s*)?(?:/|ปี)\s*(?:{EY}|" + _TH_YY + ")", ""),
        # "ครึ่งปีหลัง 2567": the half-year word, then its four-digit year
        (r"ครึ่งปี\s*{H}\s*{EY}", ""),
        # "5 ตค 66", "12 กพ 2567": a month's abbreviation typed without its
        # dots, between a day and a year (alone, "กพ" is as often an office's
        # initials, and two letters may sit inside a word)
        (
            r"(?:วันที่\s*)?{D}\s*(?P<mon>" + "|".join(TH_MONTH_UNDOTTED) + r")"
            r"(?![\u0E00-\u0E7F])\s*(?:{EY}|" + _TH_YY + ")",
            "",
        ),
        (r"ไตรมาส(?:ที่)?\s*{Q}" + _THIS_YEAR["th"], "thisyear"),
        (r"ครึ่ง(?:ปี)?\s*{H}" + _THIS_YEAR["th"], "thisyear"),
        (r"(?:วันที่\s*)?{D}\s*/\s*{M}\s*/\s*{Y}", ""),
        # "ณ 5/2/67", "เมื่อวันที่ 5/2/67": a two-digit Buddhist-era year in a
        # numeric date, only after a word that says a day follows (a bare
        # "5/2/67" may be a ratio or a reference number)
        (r"(?:วันที่|ณ|เมื่อ)\s*(?:วันที่\s*)?{D}\s*/\s*{M}\s*/\s*" + _TH_YY, ""),
    ],
    "zh": [
        # not after a year of one to three digits: "有期徒刑10年6月" is ten
        # years and six months (an ROC date with its day is read below)
        (r"(?<!\d年)(?:{YZ}年)?{MZ}月(?:份)?(?:{DZ}[日号])?", ""),
        # "7月11至13日", "7月11日至13日": days of one month
        # (Japanese: "3月3日から5日まで", "3月3日〜5日"; ～ folds to ~)
        (
            (
                r"(?:{YZ}年)?{MZ}月{DZ}[日号]?\s*(?:至|到|-|–|~|〜|から)\s*(?:{M2Z}月)?{D2Z}[日号]"
                r"(?:まで)?"
            ),
            "",
        ),
        # "1至6月", "1月至6月": months of one year (no day after the second)
        (
            (
                r"(?<![\d〇零一二三四五六七八九十个.])(?:{YZ}年)?{MZ}月?(?:份)?\s*(?:至|到|-|–|~)\s*"
                r"{M2Z}月(?:份)?(?![\d〇零一二三四五六七八九十]+[日号])"
            ),
            "",
        ),
        # a span of years ("2019年至2021年间", "2019至2021年", "民國108年至110年"):
        # "间" after the second year closes the span ("during the years ...")
        (r"{YZ}年?\s*(?:至|到|-|–|~)\s*(?P<y2>\d{4})(?!\d)年(?:间)?", ""),
        (
            (
                r"{ROC}\s*{RY}年?\s*(?:至|到|-|–|~)\s*(?:{ROC}\s*)?"
                r"(?P<ry2>\d{1,3}|[〇零一二三四五六七八九十]{1,4})(?!\d)年(?:间|度)?"
            ),
            "",
        ),
        (r"{ROC}\s*{RY}年(?!代)(?:度)?(?:{MZ}月(?:份)?(?:{DZ}[日号])?)?", ""),
        # a Japanese era year ("令和6年", "平成27年3月11日", "令和元年5月1日",
        # "令和7年度"), not "平成の30年間"
        (
            (
                r"{JERA}\s*(?P<ry>\d{1,2}|元|[〇一二三四五六七八九十]{1,3})年(?![代间])(?:度)?"
                r"(?:{MZ}月(?:{DZ}[日号])?)?"
            ),
            "",
        ),
        (r"(?<![\d〇零一二三四五六七八九十百.])(?P<ry>\d{2,3})年{MZ}月{DZ}[日号]", ""),
        # a month of an ROC year of three digits ("114年1月"): no span of a
        # hundred years and some months is news
        (r"(?<![\d〇零一二三四五六七八九十百.])(?P<ry>1[0-4]\d)年{MZ}月(?:份)?", ""),
        # a day of an ROC year of three digits joined by slashes or dots, as
        # Taiwan's sites stamp their pages ("115/05/10 22:15", "114.11.03"):
        # no other date writes a year of 100 to 149 first
        (
            (
                r"(?<![\d/.\-])(?P<ry>1[0-4]\d)(?P<rsep>[/.])(?P<m>1[0-2]|0?[1-9])(?P=rsep)"
                r"(?P<d>3[01]|[12]\d|0?[1-9])(?!\d|[/.]\d)"
            ),
            "",
        ),
        # a month of a two-digit year ("于25年3月起实施", "自24年9月份以来"):
        # a preposition of time before it or a month's word after it makes
        # it a date, not a term ("有期徒刑10年6月", "服刑10年6月后"); the
        # mainland's short year in simplified script, an ROC year in
        # traditional ("於99年3月")
        (r"(?<=[于於在自从從至到止])(?P<ry>\d{2})年{MZ}月(?:份)?(?![\d〇零一二三四五六七八九十])", ""),
        (
            (
                r"(?<![\d〇零一二三四五六七八九十百.])(?P<ry>\d{2})年{MZ}月(?:份)?"
                r"(?=起|底|初|中旬|上旬|下旬|以来|以來|开始|開始)"
            ),
            "",
        ),
        (r"{YZ}年(?![代前后来间])", ""),
        # (not "四季度假村": the Four Seasons resort, 四季 + 度假村)
        (r"{YZ}年(?:第)?{Q}季度" + _ZH_NOT_RESORT, ""),
        (r"{YZ}年(?:的)?{H}半年", ""),
        # "今年上半年", "今年第三季度": this year's, said (a bare "上半年" stays no date)
        (r"今年(?:的)?(?:第)?{Q}季度" + _ZH_NOT_RESORT, "thisyear"),
        (r"今年(?:的)?{H}半年", "thisyear"),
        # "3号" is a day, but "3号线" (metro line 3), "2号楼" (building 2),
        # "一号文件", "5号台风", "第三号", "2号水电站" (a plant's unit 2) and
        # "4号卫星" are numbers, not dates; so is a shirt's or a contestant's
        # number ("10号球员", "7号球衣", "3号选手", "5号病例")
        (
            # (nor the number of a document after its bracketed year:
            # "国办发〔2023〕15号", "[2023]15号")
            (
                r"(?<![月第\d〇零一二三四五六七八九十〕\]］]){DZ}(?:日|号(?![线楼院馆机门口位台车船站厅房床桥路街巷窗井坑文令种线公码舱水电坝堆卫矿泵闸炉舰航隧球]"
                r"|选手|队员|运动员|患者|病例|嘉宾|考生))"
            ),
            "dayonly",
        ),
        (r"{Y}\s*/\s*{M}\s*/\s*{DD}", ""),
    ],
    "en": [
        # "Sat. 14th": a weekday abbreviated with a dot (WEEKDAY_ABBREVIATED),
        # only right before a day with its ordinal suffix that ends its clause
        # or goes on with a linking word ("Tues. 3rd Feb." is read by the
        # month's pattern, "Sun. 3rd place" is a rank); "Sat.", "Sun.", "Wed."
        # alone are as often a word ending a sentence
        (
            (
                r"(?P<wd>(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)"
                r"(?=\s+(?:the\s+)?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![^\W\d_])"
                r"(?=\s*(?:[,.;:!?)\n—–-]|$)|\s+(?:and|at|to|till|until|from|with|in|for|or)\b))"
            ),
            "weekday",
        ),
        # "Friday through Sunday, May 9-11": the days' names before their dates
        # (the first one's is checked against the first day)
        (
            (
                r"{WD}\s*(?:-|–|to|through|until)\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
                r"{MON}\.?\s+{D}{SUF}\s*(?:-|–|to|through)\s*{D2}{SUF}(?:,?\s*{Y2})?"
            ),
            "",
        ),
        (r"{MON}\.?\s+{D}{SUF}\s*(?:-|–|to|through)\s*(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)))?{D2}{SUF}(?:,?\s*{Y2})?", ""),
        # "between March 3 and 5": days of one month, month first, as "between
        # 3 and 5 March" (not "between March 3 and 5 p.m.", "... and 5%")
        (
            (
                r"between\s+{MON}\.?\s+{D}{SUF}\s+and\s+{D2}{SUF}"
                r"(?![\d:%]|\s*(?:[ap]\.?m\b|percent|per\s+cent))(?:,?\s*{Y2})?"
            ),
            "",
        ),
        (
            # (a day with its ordinal may carry "the", left out of the span as a
            # bare "on the 3rd"'s: "from the 16th to the 20th of June")
            (
                r"(?:(?P<pre>(?:from\s+|between\s+)?the\s+(?=\d{1,2}(?:st|nd|rd|th)))|from\s+|between\s+)?"
                r"{D}{SUF}\s*(?:-|–|to|and|until|through)\s*(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)))?{D2}{SUF}"
                r"\s+(?:of\s+)?{MON2}\.?(?:,?\s*{Y2})?"
            ),
            "",
        ),
        # "on May 3 and 4": both days, as "3 and 4 May" -- only where the
        # sentence or a function word follows the second day, not a count
        # ("May 3 and 4 people", "4 p.m.", "4%")
        (
            (
                r"{MON}\.?\s+{D}{SUF}\s+and\s+{D2}{SUF}(?:,?\s*{Y2})?"
                r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|at|on|the|to|for|with|when|while|as|after|before)\b)"
            ),
            "",
        ),
        # "the week of March 4": the week (Monday to Sunday) holding that day
        (r"the\s+week\s+of\s+{MON}\.?\s+{D}{SUF}(?:,?\s*{Y})?(?!\d|:\d)", "weekof"),
        # ... day first, as British and Commonwealth news writes it ("the week of 9 June")
        (r"the\s+week\s+of\s+{D}{SUF}\s+(?:of\s+)?{MON}\.?(?:,?\s*{Y})?(?!\d|:\d)", "weekof"),
        (r"(?:{WD},?\s+)?{MON}\.?\s+{D}{SUF}(?:,?\s*(?:{Y}|['’]{YY}))?(?!\d|:\d)", ""),
        (r"(?:{WD},?\s+)?(?:the\s+)?{D}{SUF}\s+(?:of\s+)?{MON}\.?(?:,?\s*(?:{Y}|['’]?{YY}))?", ""),
        (r"{MON}\.?,?\s+(?:of\s+)?{Y}", ""),
        (r"{Q}\s+quarter\s+(?:of\s+)?{Y}", ""),
        (r"Q{Q}\s*[/-]?\s*{Y}", ""),
        (r"{H}\s+half\s+(?:of\s+)?{Y}", ""),
        (r"H{H}\s*[/-]?\s*{Y}", ""),
        (r"{Q}\s+quarter" + _THIS_YEAR["en"], "thisyear"),
        (r"{H}\s+half" + _THIS_YEAR["en"], "thisyear"),
        # a year naming a happening or a level after "the" or a possessive
        # ("ahead of the 2027 polls", "its 2019 peak"): a count takes other
        # nouns ("the 2000 delegates", "its 2000 employees")
        (
            r"(?P<pre>(?<![^\W\d_])(?:the|its|their|his|her|our)\s+){Y}"
            r"(?=\s+" + _EN_YEAR_NAMED_NOUNS + r"(?![\w-]))",
            "yearnoun",
        ),
        (r"(?P<pre>(?:{YC})\s+|mid-){Y}", ""),
        (
            r"(?P<pre>(?:" + "|".join(MONTH_ALONE_BEFORE["en"]) + r")\s+|mid-){MON}",
            "",
        ),
        # "said Monday", "Tuesday's vote": a capitalised weekday is a date, unless a
        # capitalised word follows on its line (a title: "Sunday Times", "Monday
        # Night Football"); a line break ends the title ("said on Wednesday\nQUITO")
        (
            r"(?P<pre>(?:on|last|this|next)\s+)?{WD}(?!" + _HSPACE + r"+(?-i:[A-Z]))"
            r"(?!" + _HSPACE + r"*(?:-|–|through|to|or)" + _HSPACE + r"*(?-i:[A-Z]))",
            "weekday",
        ),
        # "gathered on the 3rd, police said": a day of the month alone
        # (MONTHDAY_ALONE), as fr "le 25" -- with its ordinal suffix, after a
        # preposition of time and before the clause's end ("on the 3rd
        # floor", "the 3rd round" go on with a noun)
        (
            (
                r"(?P<pre>(?<![^\W\d_])(?:on|since|until|till|by|before|after|from)\s+the\s+)"
                r"{D}(?:st|nd|rd|th)(?=\s*(?:[;:!?)]|[,.](?!\d)|$)"
                # ... or before "and"/"but" opening another clause ("close on the
                # 5th and reopen on the 20th"), not another day ("the 5th and 6th")
                r"|\s+(?:and|but)\s+(?!(?:the\s+)?\d)"
                # ... or before a conjunction opening a clause of why or when
                # ("adjourned until the 9th after the lawyer fell ill")
                r"|\s+(?:after|because|when|while|unless)\s+(?!\d))"
            ),
            "dayonly",
        ),
        # {D} refuses a "/" before it: {DD}, with the boundary before the month
        (r"(?<![\w.,/:-]){M}/{DD}/{Y}", "eitherorder"),
        # day first (British, Indian, Australian pages) where the first
        # number cannot be a month: "25/12/2023"
        (r"(?<![\w.,/:-])(?P<d>1[3-9]|2\d|3[01])/{M}/{Y}", ""),
    ],
    "es": [
        (
            r"(?:del\s+|entre\s+el\s+)?{D}{SUF}\s*(?:al|a|-|–|y(?:\s+el)?)\s*{D2}{SUF}\s+de\s+{MON2}(?:\s+de(?:l)?\s+{Y2})?",
            "",
        ),
        (r"la\s+semana\s+del\s+{D}{SUF}\s+de\s+{MON}(?:\s+de(?:l)?\s+{Y})?", "weekof"),
        # an abbreviated month keeps its dot before the year ("12 de dic. de
        # 1942"); a "De" capitalised after a dot opens the next sentence
        (
            r"(?:{WD},?\s+)?{D}{SUF}\s+de\s+{MON}(?:(?:\s+de(?:l)?|\.\s+(?-i:del?))\s+(?:{Y}|['’]?{YY}))?",
            "",
        ),
        (r"{D}\s+{MON}\.?\s+{Y}", ""),
        # day and abbreviated month with its dot and no "de", as schedules and
        # listings write them ("sáb. 10 oct., jornada 3"): the dot tells the
        # abbreviation; "mar." only where no word follows ("El 5 mar. es un
        # lugar tranquilo": "mar" is also the sea)
        (
            (
                r"{D}\s+(?P<mon>ene|feb|mar|abr|may|jun|jul|ago|sept?|set|oct|nov|dic)\.(?!\d)"
                r"(?!(?<=mar\.)\s+[^\W\d_])"
            ),
            "",
        ),
        # a law cited by number and year, then its date: "la Ley 12/2023, de 3
        # de julio", "Real Decreto 1/2024, de 9 de enero" (the law's year)
        (r"(?P<pre>\d{1,4}/){Y},\s+de\s+{D}\s+de\s+{MON}", ""),
        # a wire dateline's "5 mar (Agencia).-": day and month with no "de",
        # read only there ("mar" is also the sea)
        (r"{D}\s+{MON}\.?(?=\s*\([^()\n]{1,40}\)\s*\.?\s*[-–—])", ""),
        # day and full month with no "de", as chronologies and captions
        # write them ("- 15 marzo: primeras protestas", "8 abril, 2017");
        # not an abbreviation ("5 mar" is also the sea)
        (
            (
                r"{D}\s+(?P<mon>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
                r"|octubre|noviembre|diciembre)(?![^\W\d_])(?:,?\s+{Y})?"
            ),
            "",
        ),
        # full month before the day, then the year: Latin American datelines
        # ("Bogotá, marzo 20 de 2024") and English word order carried over by
        # a translator ("marzo 20, 2024"); a full month only, and the year
        # must follow ("en marzo 20 personas" is a count)
        (
            (
                r"(?P<mon>enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
                r"|octubre|noviembre|diciembre)(?![^\W\d_])\s+{D}(?:,\s*|\s+de(?:l)?\s+){Y}"
            ),
            "",
        ),
        (r"{MON}\s+de(?:l)?\s+{Y}", ""),
        (r"{Q}\s+trimestre\s+(?:de(?:l)?\s+)?{Y}", ""),
        (r"{H}\s+(?:semestre|mitad)\s+(?:de(?:l)?\s+)?(?:(?:año\s+)?{Y})", ""),
        (r"{Q}\s+trimestre" + _THIS_YEAR["es"], "thisyear"),
        (r"{H}\s+(?:semestre|mitad)" + _THIS_YEAR["es"], "thisyear"),
        (r"{CUA}\s+cuatrimestre\s+(?:de(?:l)?\s+)?{Y}", ""),
        (r"{BIM}\s+bimestre\s+(?:de(?:l)?\s+)?{Y}", ""),
        (r"{CUA}\s+cuatrimestre" + _THIS_YEAR["es"], "thisyear"),
        (r"{BIM}\s+bimestre" + _THIS_YEAR["es"], "thisyear"),
        (r"(?P<pre>(?:{YC})\s+){Y}", ""),
        (
            r"(?P<pre>(?:" + "|".join(MONTH_ALONE_BEFORE["es"]) + r")\s+){MON}",
            "",
        ),
        # "del pasado martes" (de + el), "este pasado sábado", "este mismo
        # lunes": the article's other forms before the weekday
        (
            r"(?P<pre>(?:el|del|este|(?:el|del|este)\s+pasado|(?:el|del|este)\s+próximo|este\s+mismo)\s+){WD}",
            "weekday",
        ),
        # "Al lunes siguiente llegaron": the following Monday after "al" (a
        # bare "al lunes" is the end of a span, "del lunes al viernes", or a
        # move, "pasaron al lunes")
        (r"(?P<pre>al\s+){WD}(?=\s+(?:siguiente|posterior)(?![^\W\d_]))", "weekday"),
        # a dated list's next item, with no article ("sábado 25 de octubre,
        # teatro; domingo 26, danza"): a weekday that opens an item after a
        # semicolon, a colon or a bullet, with only its day before a comma
        # or a colon; not a name ("Plácido Domingo 26 veces")
        (
            r"(?:(?<=[;:•\n])|(?<=[;:•\n]\s)){WD}(?=\s+(?:3[01]|[12]\d|0?[1-9])\s*[,:])",
            "weekday",
        ),
        # "En la noche del 12", "la madrugada del 3": a part of the day of a
        # bare day of the month (as fr "Le 16 au soir"); a shirt or a ticket
        # has no night
        (
            (
                r"(?P<pre>(?<![^\W\d_])(?:la\s+)?(?:noche|madrugada|mañana|tarde)\s+del\s+)"
                r"{D}(?![\d/.,:]\d)(?!\s*(?:de|del)\s)"
            ),
            "dayonly",
        ),
        # "El 16, la lava había superado ...": a bare day opening its sentence
        # before a comma, as a retelling lists its days (fr "Le 10, ..."); not
        # a number a name set off by commas follows ("El 7, Cristiano
        # Ronaldo, marcó": a player's shirt)
        (
            r"(?P<pre>(?:^|(?<=\n)|(?<=[.!?»”\"]\s))(?-i:El)\s+){D}(?=\s*,(?!\s*(?:\d|el\s+\d)))"
            r"(?!\s*,\s*(?-i:[A-ZÁÉÍÓÚÑ])[^\W\d_]*(?:\s+(?-i:[A-ZÁÉÍÓÚÑ])[^\W\d_]*){0,3}\s*,)",
            "dayonly",
        ),
        # "el próximo día 20": a day of the month alone (MONTHDAY_ALONE)
        (
            (
                r"(?P<pre>(?:el|del|al|para\s+el|hasta\s+el|desde\s+el)\s+"
                r"(?:pasado\s+|próximo\s+)?)día\s+{D}(?![\d/.,:]\d)(?!\s*(?:de|del)\s)"
            ),
            "dayonly",
        ),
        # "del 1 al 3 de julio y las notas se publicarán el 10.": a bare "el
        # 10" closing its clause, read only after a written date in its
        # sentence ("aftermonth", engine._merge_ranges) and never after a
        # word that takes a number ("lleva el 10" a shirt, MONTHDAY_ALONE)
        (
            (
                r"(?P<pre>(?<![^\W\d_])(?:el|hasta\s+el|desde\s+el|para\s+el)\s+)"
                r"{D}(?=\s*(?:[;:!?)]|[,.](?!\d)|$))"
            ),
            "dayonly aftermonth",
        ),
        (r"{D}/{M}/{Y}", ""),
        # "Publicado el 12-03-2024": day first, with dashes
        (r"(?<![\d.,-]){D}-{M}-{Y}(?![-.,]?\d)", ""),
    ],
    "fr": [
        (
            r"(?:du\s+|entre\s+le\s+)?{D}{SUF}\s*(?:au|-|–|et(?:\s+le)?)\s*{D2}{SUF}\s+{MON2}(?:\s+{Y2})?",
            "",
        ),
        (r"la\s+semaine\s+du\s+{D}{SUF}\s+{MON}\.?(?:\s+{Y})?", "weekof"),
        (r"(?:{WD}\s+)?{D}{SUF}\s+{MON}\.?(?:\s+(?:{Y}|['’]?{YY}))?", ""),
        # English word order carried over by a translator ("mars 20, 2024"):
        # a full month, the day, a comma and the year, all required
        (
            (
                r"(?P<mon>janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
                r"|novembre|décembre)(?![^\W\d_])\s+{D},\s*{Y}"
            ),
            "",
        ),
        (r"{MON}\s+{Y}", ""),
        (r"{Q}\s+trimestre\s+(?:de\s+|d['’]\s*)?{Y}", ""),
        (r"T{Q}\s+{Y}", ""),
        (r"{H}\s+(?:semestre|moitié)\s+(?:de\s+(?:l['’]\s*année\s+)?|d['’]\s*)?{Y}", ""),
        (r"S{H}\s+{Y}", ""),
        (r"{Q}\s+trimestre" + _THIS_YEAR["fr"], "thisyear"),
        (r"{H}\s+(?:semestre|moitié)" + _THIS_YEAR["fr"], "thisyear"),
        (r"(?P<pre>(?:{YC})\s+|mi-){Y}", ""),
        (
            r"(?P<pre>(?:" + "|".join(MONTH_ALONE_BEFORE["fr"]) + r")\s*){MON}",
            "",
        ),
        (r"(?P<pre>(?:ce|le)\s+)?{WD}", "weekday"),
        # "Le scrutin aura lieu le 25.", "depuis le 3, les prix montent", "le
        # 12 prochain": a day of the month alone (MONTHDAY_ALONE), as es "el
        # día 25"; only where the sentence or clause goes on without a noun
        # after the number ("le 25 mars", "le 10 mai" are dates, "le 25
        # septembre" too; "le 3 à 1" a score, "le 25e" a rank), or where "et"
        # opens another clause ("publiés le 31 et le tirage aura lieu ..."),
        # not another day ("le 3 et le 4 mars")
        (
            (
                r"(?P<pre>(?<![^\W\d_])(?:le|dès\s+le|depuis\s+le|jusqu['’]au|avant\s+le|après\s+le)\s+)"
                r"{D}(?=\s*(?:[;:!?)]|[,.](?!\d)|$)|\s+(?:prochain|dernier)(?![^\W\d_])"
                r"|\s+et\s+(?!(?:le\s+|au\s+)?\d)(?:(?:le|la|les|il|elle|ils|elles|on)(?![^\W\d_])|l['’])"
                # ... or a clock time ("soit le 15 à 3 h 30 à Paris"; "le 3 à 1"
                # is a score)
                r"|\s+(?:à|vers)\s+\d{1,2}\s*h(?:\s*\d{2})?(?![^\W\d_])"
                # ... or a part of the day closing the clause ("Le 16 au soir, ...")
                r"|\s+(?:au\s+(?:soir|matin|petit\s+matin)|dans\s+la\s+(?:nuit|soirée|matinée)"
                r"|en\s+(?:fin\s+de\s+)?(?:soirée|matinée))(?=\s*(?:[;:!?)]|[,.](?!\d)|$)))"
            ),
            "dayonly",
        ),
        (r"{D}/{M}/{Y}", ""),
        # "Publicado el 12-03-2024": day first, with dashes
        (r"(?<![\d.,-]){D}-{M}-{Y}(?![-.,]?\d)", ""),
    ],
}
# Numeric dates written with dots ("15.03.2024", "๑๕.๐๓.๒๕๖๗", "2024.03.15"),
# as European, Latin-American, Vietnamese and Thai pages print them: day
# first, with a four-digit year (a dotted date is never written month first:
# "3.15.2024" has no month 15), year first in Chinese. Not a version number
# ("version 2.1.2024", "phiên bản 1.2.2024") and not part of a longer run of
# numbers (an address, a code): words before that make it a version, per
# language. Day first, it needs a cue word before it (NUMERIC_DAY_CUES).
VERSION_BEFORE = {
    "vi": ["phiên bản", "bản"],
    "th": ["เวอร์ชัน", "เวอร์ชั่น", "รุ่น"],
    "zh": ["版本", "版"],
    "en": ["version", "ver.", "ver", "release", "build"],
    "es": ["versión", "version"],
    "fr": ["version"],
}
DOTTED_ORDER = {"vi": "dmy", "th": "dmy", "zh": "ymd", "en": "dmy", "es": "dmy", "fr": "dmy"}


def _dotted_pattern(lang: str) -> str:
    # a version word right before (with or without a space) refuses the number
    not_version = "".join(
        rf"(?<!{re.escape(w)})(?<!{re.escape(w)}\s)" for w in VERSION_BEFORE.get(lang, [])
    )
    core = r"{D}\.{M}\.{Y}" if DOTTED_ORDER[lang] == "dmy" else r"{Y}\.{M}\.{DD}"
    return r"(?<![\d.,])" + not_version + core + r"(?![.,]?\d)"


# The first months or quarters of a year ("the first nine months of 2024",
# "los nueve primeros meses de 2024", "les neuf premiers mois de 2024", "9
# tháng đầu năm 2024", "9 เดือนแรกของปี 2567", "2024年前三季度", "2024年前8个
# 月"), as business and statistics pages total them: the months from January
# on, a range; after "this year" ("今年前三季度", "9 tháng đầu năm nay"), the
# publication's. {FM}: a count of months, {FQ}: of quarters (digits or the
# language's NUMBER_WORDS); from two months to eleven.
FIRST_MONTHS = {
    "vi": [
        (r"{FM}\s+tháng\s+đầu\s+năm\s*{Y}", ""),
        (r"{FM}\s+tháng\s+đầu" + _THIS_YEAR["vi"], "thisyear"),
    ],
    "th": [
        (r"{FM}\s*เดือนแรก\s*(?:ของ\s*)?ปี\s*(?:{EY}|" + _TH_YY + ")", ""),
        (r"{FM}\s*เดือนแรก" + _THIS_YEAR["th"], "thisyear"),
    ],
    "zh": [
        (r"{YZ}年(?:的)?前{FQ}(?:个)?季度", ""),
        (r"{YZ}年(?:的)?前{FM}(?:个)?月(?:份)?", ""),
        (r"今年(?:的)?前{FQ}(?:个)?季度", "thisyear"),
        (r"今年(?:的)?前{FM}(?:个)?月(?:份)?", "thisyear"),
        # "前三季度" with no year: a bare part, kept only beside a year's part
        # ("2025年第三季度营收增长12%，前三季度净利润..."; BARE_PART_NEVER_ALONE)
        (r"(?<![年的\d〇零一二三四五六七八九十])前{FQ}(?:个)?季度", "barepart"),
    ],
    "en": [
        (r"first\s+{FM}\s+months\s+of\s+{Y}", ""),
        (r"first\s+{FQ}\s+quarters\s+of\s+{Y}", ""),
        (r"first\s+{FM}\s+months" + _THIS_YEAR["en"], "thisyear"),
        (r"first\s+{FQ}\s+quarters" + _THIS_YEAR["en"], "thisyear"),
    ],
    "es": [
        (r"{FM}\s+primeros\s+meses\s+(?:del?\s+)?(?:año\s+)?{Y}", ""),
        (r"primeros\s+{FM}\s+meses\s+(?:del?\s+)?(?:año\s+)?{Y}", ""),
        (r"{FM}\s+primeros\s+meses" + _THIS_YEAR["es"], "thisyear"),
        (r"primeros\s+{FM}\s+meses" + _THIS_YEAR["es"], "thisyear"),
    ],
    "fr": [
        (r"{FM}\s+premiers\s+mois\s+(?:de\s+(?:l['’]\s*année\s+)?|d['’]\s*)?{Y}", ""),
        (r"{FM}\s+premiers\s+mois" + _THIS_YEAR["fr"], "thisyear"),
    ],
}
for _lang, _pats in FIRST_MONTHS.items():
    DATE_PATTERNS[_lang].extend(_pats)

# An ordinal weekday of a named month ("the second Sunday of May", "el
# segundo domingo de mayo", "le deuxième dimanche de mai"): that day, its
# year read as a year-less date's (elections, holidays kept so: Mother's
# Day). "of every month" names no one day (WEEKDAY_NAMED_AFTER).
NTH_WEEKDAY = {
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
           "1st": 1, "2nd": 2, "3rd": 3, "4th": 4},
    "es": {"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4,
           "quinto": 5, "último": -1},
    "fr": {"premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4,
           "cinquième": 5, "dernier": -1},
    # ... and after the weekday in vi and th ("Chủ nhật đầu tiên của tháng 2",
    # "วันอังคารที่สองของเดือนมีนาคม"), before it in zh ("12月的第二个星期五")
    "vi": {"đầu tiên": 1, "thứ nhất": 1, "thứ hai": 2, "thứ ba": 3, "thứ tư": 4,
           "cuối cùng": -1},
    "th": {"แรก": 1, "ที่หนึ่ง": 1, "ที่สอง": 2, "ที่สาม": 3, "ที่สี่": 4, "สุดท้าย": -1},
    "zh": {"第一": 1, "第二": 2, "第三": 3, "第四": 4, "第五": 5, "第1": 1, "第2": 2, "第3": 3,
           "第4": 4, "最后一": -1},
}
# ... kept every year, named after a word of yearly habit ("每年5月的第二个
# 星期日", "every year on the second Sunday of May", "hằng năm vào Chủ nhật
# thứ hai của tháng 5"): a habit, no date, as "of every month" is.
NTH_WEEKDAY_YEARLY_BEFORE = {
    "en": r"(?<![^\W\d_])(?:every|each)\s+year\s*,?\s*(?:on\s+)?(?:the\s+)?$",
    "es": r"(?<![^\W\d_])(?:cada\s+año|todos\s+los\s+años)\s*,?\s*(?:el\s+)?$",
    "fr": r"(?<![^\W\d_])(?:chaque\s+année|tous\s+les\s+ans)\s*,?\s*(?:le\s+)?$",
    "vi": r"(?<![^\W\d_])(?:hằng|hàng|mỗi)\s+năm\s*,?\s*(?:vào\s+)?(?:ngày\s+)?$",
    "th": r"ทุก\s*ปี\s*(?:ใน|จะ)?\s*$",
    "zh": r"每年\s*$",
}
# ... and after a year-less day, the words of a day kept every year ("ngày
# 31/3 hằng năm", "on March 31 every year", "el 30 de junio de cada año", "le
# 31 mars de chaque année", "วันที่ 31 มี.ค. ของทุกปี"): a habit, no date, as
# a day "of every month" (heldout17); before it NTH_WEEKDAY_YEARLY_BEFORE
# ("每年3月31日", "every year on March 31").
YEARLY_AFTER = {
    "en": r"\s*,?\s*(?:every|each)\s+year(?![^\W\d_])",
    "es": r"\s*,?\s*(?:de\s+)?(?:cada\s+año|todos\s+los\s+años)(?![^\W\d_])",
    "fr": r"\s*,?\s*(?:de\s+)?(?:chaque\s+année|tous\s+les\s+ans)(?![^\W\d_])",
    "vi": r"\s*,?\s*(?:hằng|hàng|mỗi)\s+năm(?![^\W\d_])",
    "th": r"\s*(?:ของ)?ทุก\s*ปี",
}
_NTH_WEEKDAY_PATTERNS = {
    "en": r"(?<![\w-]){NTH}\s+{NWD}\s+(?:of|in)\s+{MON}(?:\s*,?\s*{Y})?",
    "es": r"(?<![\w-]){NTH}\s+{NWD}\s+de\s+{MON}(?:\s+(?:de|del)\s+{Y})?",
    "fr": r"(?<![\w-]){NTH}\s+{NWD}\s+(?:de|d['’])\s*{MON}(?:\s+{Y})?",
    "vi": r"(?<![^\W\d_]){NWD}\s+{NTH}\s+(?:của|trong)\s+tháng\s+{M}(?:\s*(?:/\s*|năm\s+){Y})?(?![\d/])",
    "th": r"{NWD}\s*{NTH}\s*ของ\s*(?:เดือน)?\s*{MON}(?:\s*(?:พ\.ศ\.|ค\.ศ\.)?\s*{Y})?",
    "zh": r"(?:{Y}年)?{M}月(?:份)?的?{NTH}个{NWD}",
}
for _lang, _pat in _NTH_WEEKDAY_PATTERNS.items():
    DATE_PATTERNS[_lang].append((_pat, ""))
# ... of this, next or last month ("the last Friday of this month", "el primer
# lunes del mes que viene", "le dernier vendredi du mois prochain", "thứ Sáu
# cuối cùng của tháng này", "วันศุกร์สุดท้ายของเดือนนี้", "下个月的第一个星期一"):
# that day of the month counted from publication (heldout17). Group "relm"
# holds the month's words; NTH_WEEKDAY_MONTH_AHEAD / _BEHIND say which way.
_NTH_WEEKDAY_RELATIVE_MONTH = {
    "en": r"(?<![\w-]){NTH}\s+{NWD}\s+of\s+(?P<relm>this|next|last)\s+month(?![\w-])",
    "es": (
        r"(?<![\w-]){NTH}\s+{NWD}\s+(?P<relm>de\s+este\s+mes|del\s+(?:mes\s+(?:que\s+viene|próximo"
        r"|pasado)|próximo\s+mes))(?![^\W\d_])"
    ),
    "fr": (
        r"(?<![\w-]){NTH}\s+{NWD}\s+(?P<relm>de\s+ce\s+mois(?:-ci)?|du\s+mois\s+(?:prochain"
        r"|dernier))(?![^\W\d_])"
    ),
    "vi": (
        r"(?<![^\W\d_]){NWD}\s+{NTH}\s+(?:của\s+)?(?P<relm>tháng\s+(?:này|nay|sau|tới|trước))"
        r"(?![^\W\d_])"
    ),
    "th": r"{NWD}\s*{NTH}\s*ของ\s*(?P<relm>เดือน(?:นี้|หน้า|ที่แล้ว|ก่อน))",
    "zh": r"(?P<relm>本月|这个月|下个?月|上个?月)的?{NTH}个{NWD}",
}
for _lang, _pat in _NTH_WEEKDAY_RELATIVE_MONTH.items():
    DATE_PATTERNS[_lang].append((_pat, ""))
# ... and an ordinal weekend of a month ("the last weekend of October", "el
# primer fin de semana de marzo", "le dernier week-end de juin", "cuối tuần
# cuối cùng của tháng 10", "สุดสัปดาห์สุดท้ายของเดือนตุลาคม", "10月的最后一个周末"):
# that Saturday (group "nwe", the weekend word) and the Sunday after
# (heldout17).
_NTH_WEEKEND_PATTERNS = {
    "en": r"(?<![\w-]){NTH}\s+(?P<nwe>weekend)\s+(?:of|in)\s+{MON}(?:\s*,?\s*{Y})?",
    "es": r"(?<![\w-]){NTH}\s+(?P<nwe>fin\s+de\s+semana)\s+de\s+{MON}(?:\s+(?:de|del)\s+{Y})?",
    "fr": r"(?<![\w-]){NTH}\s+(?P<nwe>week-?end)\s+(?:de|d['’])\s*{MON}(?:\s+{Y})?",
    "vi": (
        r"(?<![^\W\d_])(?P<nwe>cuối\s+tuần)\s+{NTH}\s+(?:của|trong)\s+tháng\s+{M}"
        r"(?:\s*(?:/\s*|năm\s+){Y})?(?![\d/])"
    ),
    "th": r"(?P<nwe>สุดสัปดาห์){NTH}\s*ของ\s*(?:เดือน)?\s*{MON}(?:\s*(?:พ\.ศ\.|ค\.ศ\.)?\s*{Y})?",
    "zh": r"(?:{Y}年)?{M}月(?:份)?的?{NTH}个(?P<nwe>周末)",
}
for _lang, _pat in _NTH_WEEKEND_PATTERNS.items():
    DATE_PATTERNS[_lang].append((_pat, ""))
NTH_WEEKDAY_MONTH_AHEAD = r"next|próximo|que\s+viene|prochain|sau|tới|หน้า|下"
NTH_WEEKDAY_MONTH_BEHIND = r"last|pasado|dernier|trước|ที่แล้ว|ก่อน|上"

# The end or the start of "the year" with no year named ("by the end of the
# year", "antes de fin de año", "d'ici la fin de l'année", "đến cuối năm",
# "ภายในสิ้นปี", "预计到年底"; "a principios de año", "đầu năm nay", "年初"):
# the publication's year (or the page's own), its last or first month, as
# "at the end of June" is June. Group "ye" holds the edge word, YEAR_EDGE
# gives its month. Not another year's edge ("the end of last year", "cuối
# năm ngoái", "去年年底", "สิ้นปีที่แล้ว", "2023年底"), a school or fiscal
# year's ("cuối năm học", "สิ้นปีงบประมาณ"), the lunar new year's days
# ("大年初一"), "the last months of the year" ("3 tháng cuối năm"), nor a
# kind of thing named after it ("les examens de fin d'année").
YEAR_EDGE = {
    "vi": {"cuối": 12, "hết": 12, "đầu": 1},
    "th": {"สิ้น": 12, "ปลาย": 12, "ต้น": 1},
    "zh": {"底": 12, "末": 12, "初": 1},
    "en": {"end": 12, "close": 12, "beginning": 1, "start": 1, "late": 12, "early": 1},
    "es": {
        "fin": 12,
        "final": 12,
        "finales": 12,
        "fines": 12,
        "principios": 1,
        "inicios": 1,
        "comienzos": 1,
        "comienzo": 1,
        "inicio": 1,
        "principio": 1,
    },
    "fr": {"fin": 12, "début": 1},
}
# "early" and "late" right after a verb of timing told in the present or as
# a state ("Christmas shopping starts early this year", "spring came late last
# year", "Easter is early this year") tell a recurring happening's time
# against its usual one, not the part of the year; as such a sentence may
# also mean the part of the year, only the year is read there, which is true
# of both readings. A one-off told ahead ("the bridge will open early next
# year") keeps the part of the year.
_EN_TIMING_VERBS = (
    "starts", "begins", "comes", "came", "arrives", "arrived", "opens", "closes",
    "ends", "finishes", "falls", "blooms", "runs", "off", "is", "are", "was", "were",
)  # fmt: skip
_EN_NOT_TIMING = "".join(rf"(?<!\b{w}\s)" for w in _EN_TIMING_VERBS)
YEAR_EDGE_PATTERNS = {
    "vi": [
        (
            r"(?<!tháng\s)(?<!quý\s)(?<!nửa\s)(?P<ye>cuối|hết|đầu)"
            + _THIS_YEAR["vi"]
            + r"(?!\s+(?:mới|âm|dương)(?![^\W\d_]))",
            "thisyear",
        )
    ],
    "th": [
        (
            r"(?P<ye>สิ้น|ปลาย|ต้น)ปี(?:นี้)?(?!\s*(?:\d|[๐-๙]|ที่แล้ว|ก่อน|หน้า|งบ|การศึกษา|ต่อ|ถัด|พ\.ศ|ค\.ศ))",
            "thisyear",
        )
    ],
    "zh": [
        (
            # after "年" only of 去年 / 明年, whose year MONTH_YEAR_RELATIVE
            # gives ("去年年底"), not of 每年, 当年, 同年 (every, that year)
            (
                r"(?<![\d〇零一二三四五六七八九十前后来往每当同该某新上下大])(?<![^去明]年)"
                r"(?:今年)?年(?P<ye>底|末|初)"
                r"(?![一二三四五六七八九十])"
            ),
            "thisyear",
        )
    ],
    "en": [
        (r"(?P<ye>end|close|beginning|start)" + _THIS_YEAR["en"], "thisyear"),
        # "early this year", "late this year" (YEAR_EDGE "early", "late"),
        # not as the adverb of a timing verb (_EN_NOT_TIMING)
        (_EN_NOT_TIMING + r"(?P<ye>early|late)\s+this\s+year(?!['’]s)(?![\w-])", "thisyear"),
        # "by year-end", "before year's end": after a preposition of time and
        # before no noun it would qualify ("year-end bonuses", "at year-end
        # results"); another year's end ("fiscal year-end", "year-end 2023")
        # is not this one
        (
            (
                r"(?<![\w-])(?:by|at|before|until|till|towards?|around|near|from)\s+(?:the\s+)?"
                r"year(?:-|\s+|['’]s\s+)(?P<ye>end)(?![\w-])(?!\s*\d)(?!['’]s)"
                r"(?!\s+(?!(?:and|or|but|as|if|when|while|to|in|at|for|with|after|before|so|amid"
                r"|despite|because|than|the|a|an|its|his|her|their)(?![\w-]))[a-z])"
            ),
            "thisyear",
        ),
    ],
    "es": [
        (
            (
                # after "de" only of a preposition ("antes de fin de año"): a
                # noun's "de" makes a kind of thing ("el examen de fin de año",
                # of a school year)
                r"(?:(?<=antes\sde\s)|(?<=después\sde\s)|(?<=partir\sde\s)|(?<!\sde\s))"
                r"(?P<ye>fin|final|finales|fines|principios|inicios|comienzos|comienzo|inicio"
                r"|principio)\s+(?:de|del|de\s+este)\s+año(?!\s+\d)(?![^\W\d_])"
                r"(?!\s+(?:escolar|académico|lectivo|fiscal|pasado|anterior|próximo|siguiente"
                r"|que\s+viene)(?![^\W\d_]))"
            ),
            "thisyear",
        )
    ],
    "fr": [
        (
            (
                # not after a noun's "de" ("les examens de fin d'année", of a
                # school year)
                r"(?<!\sde\s)(?P<ye>fin|début)\s+(?:d['’]\s*année|de\s+l['’]\s*année|de\s+cette\s+année)"
                r"(?!\s+\d)(?![^\W\d_])(?!\s+(?:scolaire|universitaire|dernière|passée"
                r"|précédente|prochaine|suivante)(?![^\W\d_]))"
            ),
            "thisyear",
        )
    ],
}
# The edge of last or next year ("the end of last year", "late last year",
# "cuối năm ngoái", "ปลายปีที่แล้ว", "去年底", "a finales del año pasado", "fin
# de l'année dernière"; "early next year", "đầu năm sau"): that year's last or
# first month (flag "lastyear" / "nextyear"), no longer the bare year. Not a
# possessive ("the end of last year's season"), nor the last months of it
# ("3 tháng cuối năm ngoái").
_VI_EDGE = r"(?<!tháng\s)(?<!quý\s)(?<!nửa\s)(?P<ye>cuối|hết|đầu)\s+năm\s+"
_TH_EDGE = r"(?P<ye>สิ้น|ปลาย|ต้น)ปี"
_ZH_EDGE = r"年(?P<ye>底|末|初)(?![一二三四五六七八九十])"
_EN_EDGE = (
    r"(?:(?P<ye>end|close|beginning|start)\s+of\s+|" + _EN_NOT_TIMING + r"(?P<ye2>early|late)\s+)"
)
_EN_AFTER = r"(?!['’]s)(?![\w-])"
_ES_EDGE = (
    r"(?:(?<=antes\sde\s)|(?<=después\sde\s)|(?<=partir\sde\s)|(?<!\sde\s))"
    r"(?P<ye>fin|final|finales|fines|principios|inicios|comienzos|comienzo|inicio|principio)"
    r"\s+del\s+"
)
_FR_EDGE = r"(?<!\sde\s)(?P<ye>fin|début)\s+de\s+l['’]\s*"
_AFTER_WORD = r"(?![^\W\d_])"
YEAR_EDGE_RELATIVE_PATTERNS = {
    "vi": [
        (_VI_EDGE + r"(?:ngoái|trước)" + _AFTER_WORD, "lastyear"),
        (_VI_EDGE + r"(?:sau|tới)" + _AFTER_WORD, "nextyear"),
    ],
    "th": [
        (_TH_EDGE + r"(?:ที่แล้ว|ก่อน|ที่ผ่านมา)", "lastyear"),
        (_TH_EDGE + r"หน้า", "nextyear"),
    ],
    "zh": [(r"(?<![前大])去" + _ZH_EDGE, "lastyear"), (r"明" + _ZH_EDGE, "nextyear")],
    "en": [
        (_EN_EDGE + r"last\s+year" + _EN_AFTER, "lastyear"),
        (_EN_EDGE + r"next\s+year" + _EN_AFTER, "nextyear"),
    ],
    "es": [
        (_ES_EDGE + r"(?:año\s+pasado|pasado\s+año)" + _AFTER_WORD, "lastyear"),
        (
            _ES_EDGE
            + r"(?:año\s+próximo|próximo\s+año|año\s+que\s+viene|año\s+entrante)"
            + _AFTER_WORD,
            "nextyear",
        ),
    ],
    "fr": [
        (_FR_EDGE + r"(?:année\s+(?:dernière|passée)|an\s+dernier)" + _AFTER_WORD, "lastyear"),
        (_FR_EDGE + r"(?:année\s+prochaine|an\s+prochain)" + _AFTER_WORD, "nextyear"),
    ],
}
for _lang, _pats in YEAR_EDGE_PATTERNS.items():
    DATE_PATTERNS[_lang].extend(_pats)
    DATE_PATTERNS[_lang].extend(YEAR_EDGE_RELATIVE_PATTERNS.get(_lang, []))

# A month that opens its sentence with no preposition before it ("Julio del
# año próximo será clave", "Juillet de l'année prochaine sera décisif"): the
# relative year after it (MONTH_YEAR_RELATIVE) makes it a month, as "en"
# before it does. Not English: "may next year" is as often the verb.
for _lang in ("es", "fr"):
    _rel_years = [
        p for p, where, v in MONTH_YEAR_RELATIVE[_lang] if where == "after" and isinstance(v, int)
    ]
    DATE_PATTERNS[_lang].append((r"{MON}(?=\s+(?:" + "|".join(_rel_years) + r"))", ""))

# The end of a named year ("fin 2023", "late 2023", "the end of 2023", "a
# finales de 2023", "cuối năm 2023", "สิ้นปี 2566", "2023年底"): its December,
# as the end of this or last year is (heldout2 and heldout3 label it so).
# Only the end: a start ("since early 2022") and a middle ("mi-2025") stay
# the year, as heldout3 labels them -- a reader takes "early 2022" for the
# year's first months, not for January alone.
YEAR_END_OF_A_NAMED_YEAR = {
    "vi": [r"(?<!tháng\s)(?<!quý\s)(?<!nửa\s)(?P<ye>cuối|hết)\s+năm\s+{Y}"],
    "th": [r"(?P<ye>สิ้น|ปลาย)ปี\s*(?:{EY}|" + _TH_YY + ")"],
    "zh": [r"{YZ}年(?P<ye>底|末)(?![一二三四五六七八九十])"],
    # (one pattern: each is a scan of every segment that passes its gate;
    # "late" looked for before _EN_NOT_TIMING's many lookbehinds are tried)
    "en": [
        r"(?:(?P<ye>end|close)\s+of|(?=late\s)" + _EN_NOT_TIMING + r"(?P<ye2>late))\s+{Y}" + _EN_AFTER
    ],
    "es": [
        (
            r"(?:(?<=antes\sde\s)|(?<=después\sde\s)|(?<=partir\sde\s)|(?<!\sde\s))"
            r"(?P<ye>fin|final|finales|fines)\s+(?:de(?:l)?\s+)?(?:año\s+)?{Y}"
        )
    ],
    "fr": [r"(?<!\sde\s)(?P<ye>fin)\s+(?:de\s+(?:l['’]\s*année\s+)?|d['’]\s*)?{Y}"],
}
for _lang, _pats in YEAR_END_OF_A_NAMED_YEAR.items():
    DATE_PATTERNS[_lang].extend((_p, "") for _p in _pats)

# A year written with two digits alone: English "'98" ("the floods of '98",
# "by the end of '27": its December, as a named year's end), Vietnamese "năm
# 98" ("sinh năm 98"); the century from publication, as "le 19 mars 62". Not
# a decade ("the '90s", "những năm 90"), a span ("'98-'99"), a cohort ("the
# class of '98", a name), feet and inches (6'7"), a quoted title, nor "năm 20
# tuổi" (an age).
TWO_DIGIT_YEAR_ALONE = {
    "en": [
        # after a preposition of time ("in '65", "of '98", "since '98"): a
        # quoted title opening with a number is no year ("'12 Angry Men'")
        (
            r"(?:(?P<ye>end|close)\s+of\s+)?"
            r"(?:"
            + "|".join(
                rf"(?<=\b{w}\s)" for w in ("in", "of", "since", "from", "until", "till", "by", "to")
            )
            + r")(?<!class\sof\s)['’](?P<yy>\d{2})(?![\w'’%-])"
        )
    ],
    "vi": [
        (
            r"(?<![^\W\d_])(?<!những\s)(?<!các\s)(?<!mấy\s)(?<!thập\sniên\s)năm\s+(?P<yy>\d{2})"
            r"(?![\d%])(?![.,:/-]\d)(?!\s*(?:tuổi|người|lần|triệu|tỷ|nghìn|ngàn|năm|tháng|ngày)(?![^\W\d_]))"
        )
    ],
}
for _lang, _pats in TWO_DIGIT_YEAR_ALONE.items():
    DATE_PATTERNS[_lang].extend((_p, "") for _p in _pats)
# ... Spanish "en el 98" / "del 98" / "desde el 85", French "en 98" / "depuis
# 85" closing a clause told in the past: a year only where the number cannot be a day of a
# month or an hour (32 to 99: "el 12," is a day, MONTHDAY_ALONE), with no
# noun, unit or decimal after it ("en el 98 %", "en 98 minutes", "del
# 78,2 %"), and not in a
# sentence telling of a match, where it is the minute ("empató en el 89",
# "égalise en 89" -- TWO_DIGIT_YEAR_NOT_IN).
_YY_CLAUSE_END = r"(?P<yy>[3-9]\d)(?![\d%])(?=\s*(?:[;:!?)»”]|[,.](?!\d)|$))"
DATE_PATTERNS["es"].append(
    (r"(?<![^\W\d_])(?P<pre>(?:en|desde)\s+el\s+|del\s+)" + _YY_CLAUSE_END, "yyalone")
)
DATE_PATTERNS["fr"].append(
    (r"(?<![^\W\d_])(?P<pre>(?:en|depuis|dès|jusqu['’]en)\s+)" + _YY_CLAUSE_END, "yyalone")
)
TWO_DIGIT_YEAR_NOT_IN = {
    "es": r"minutos?|goles?|marc[óa]|empat[óa]|penal(?:ti|ty)?|prórroga|descuento|partido",
    "fr": r"minutes?|marqu[ée]|égalis[ée]|penalty|prolongation|match",
}

# A quarter or half of last or next year ("the third quarter of last year",
# "el segundo semestre del año pasado", "au premier semestre de l'année
# prochaine", "quý 3 năm ngoái", "6 tháng đầu năm sau", "ไตรมาส 3 ปีที่แล้ว",
# "ครึ่งปีแรกของปีหน้า", "去年四季度", "明年上半年"): that year's three or six
# months (flag "lastyear" / "nextyear"), as a quarter of a named year is, not
# the bare year its words would give alone.
_PART_OF_YEAR_HEADS = {
    "vi": [r"quý\s+{Q}", r"(?:nửa|(?:(?<!\d)6|sáu)\s+tháng(?!\s+sau))\s+{H}"],
    "th": [r"ไตรมาส(?:ที่)?\s*{Q}", r"ครึ่ง(?:ปี)?\s*{H}"],
    # (joined by a hyphen when it qualifies a noun: "fourth-quarter revenue")
    "en": [r"{Q}(?:\s+|-)quarter", r"{H}(?:\s+|-)half"],
    # (and the four- and two-month parts Spanish statistics count in:
    # "el primer cuatrimestre", "el segundo bimestre")
    "es": [r"{Q}\s+trimestre", r"{H}\s+(?:semestre|mitad)", r"{CUA}\s+cuatrimestre", r"{BIM}\s+bimestre"],
    "fr": [r"{Q}\s+trimestre", r"{H}\s+(?:semestre|moitié)"],
}
_PART_OF_RELATIVE_YEAR = {
    "vi": {
        "lastyear": r"\s+(?:của\s+)?năm\s+(?:ngoái|trước)",
        "nextyear": r"\s+(?:của\s+)?năm\s+(?:sau|tới)",
    },
    "th": {
        "lastyear": r"\s*(?:ของ\s*)?ปี(?:ที่แล้ว|ก่อน|ที่ผ่านมา)",
        "nextyear": r"\s*(?:ของ\s*)?ปีหน้า",
    },
    # (not a possessive: "the second half of last year's final" is a match's)
    "en": {
        "lastyear": r"\s+of\s+last\s+year(?!['’]s)",
        "nextyear": r"\s+of\s+next\s+year(?!['’]s)",
    },
    "es": {
        "lastyear": r"\s+del\s+(?:año\s+pasado|pasado\s+año)",
        "nextyear": r"\s+del\s+(?:año\s+próximo|próximo\s+año|año\s+que\s+viene|año\s+entrante)",
    },
    "fr": {
        "lastyear": r"\s+de\s+l['’]\s*(?:année\s+(?:dernière|passée)|an\s+dernier)",
        "nextyear": r"\s+de\s+l['’]\s*(?:année\s+prochaine|an\s+prochain)",
    },
}
for _lang, _heads in _PART_OF_YEAR_HEADS.items():
    for _flag, _tail in _PART_OF_RELATIVE_YEAR[_lang].items():
        DATE_PATTERNS[_lang].extend((_head + _tail + _AFTER_WORD, _flag) for _head in _heads)
# ... and the first months of last or next year ("les quatre premiers mois de
# l'année dernière", "the first two months of next year", "los tres primeros
# meses del año pasado", "5 tháng đầu năm ngoái"), as FIRST_MONTHS of a named
# year.
_FIRST_MONTHS_HEADS = {
    "vi": [r"{FM}\s+tháng\s+đầu"],
    "th": [r"{FM}\s*เดือนแรก"],
    "en": [r"first\s+{FM}\s+months"],
    "es": [r"{FM}\s+primeros\s+meses", r"primeros\s+{FM}\s+meses"],
    "fr": [r"{FM}\s+premiers\s+mois"],
}
for _lang, _heads in _FIRST_MONTHS_HEADS.items():
    for _flag, _tail in _PART_OF_RELATIVE_YEAR[_lang].items():
        DATE_PATTERNS[_lang].extend((_head + _tail + _AFTER_WORD, _flag) for _head in _heads)
# A quarter or half named with no year ("Q2", "el primer trimestre", "quý
# II", "ไตรมาสแรก", "二季度"): flag "barepart", kept only in a sentence that
# also names a quarter or half of a year ("fell in the fourth quarter of 2024
# and are forecast to recover in Q2"), where it is the publication year's,
# as "of this year" is; alone it is as often a part of a match.
for _lang, _heads in _PART_OF_YEAR_HEADS.items():
    _end = "" if _lang == "th" else _AFTER_WORD  # Thai runs words together
    DATE_PATTERNS[_lang].extend((_head + _end, "barepart") for _head in _heads)
# (not after a year: "2024财年第三季度" is a fiscal year's, its months
# unknown; nor "前三季度", the first three quarters of some year)
DATE_PATTERNS["zh"].append((r"(?<![年第前])(?<!年度)(?:第)?{Q}季度" + _ZH_NOT_RESORT, "barepart"))
DATE_PATTERNS["zh"].append((r"(?<![年第前])(?<!年度){H}半年", "barepart"))

# A moving festival tied to the year written right after its name ("Tết
# Nguyên đán 2027", "วันตรุษจีน 2570", "Le Nouvel An chinois 2027", "Pâques
# 2027", "Easter 2027", "Semana Santa 2027"): the year, as "La Semana Santa de
# 2025" and "เทศกาลสงกรานต์ 2568" are (heldout13); the festival alone gives
# none (its day moves). A Gregorian or Buddhist-era year only: "Ramadan 1446"
# counts Hijri years.
MOVING_FESTIVAL_BEFORE_A_YEAR = {
    "vi": [r"Tết(?:\s+(?:Nguyên\s+đán|Trung\s+thu|Đoan\s+ngọ|Hàn\s+thực))?", r"Lễ\s+Phật\s+đản", r"Lễ\s+Vu\s+Lan"],
    "th": [
        r"(?:วัน)?(?:ตรุษจีน|สงกรานต์|วิสาขบูชา|มาฆบูชา|อาสาฬหบูชา|เข้าพรรษา|ออกพรรษา|สารทจีน)",
        r"ลอยกระทง",
    ],
    "en": [
        r"Easter", r"Ramadan", r"Eid(?:\s+al-[A-Za-z]+)?", r"Diwali", r"Passover", r"Hanukkah",
        r"Songkran", r"Tet", r"Vesak", r"Holi",
    ],
    "es": [
        r"Semana\s+Santa", r"Pascua", r"Ramadán", r"Carnaval",
        r"Año\s+Nuevo\s+(?:chino|lunar|vietnamita)",
    ],
    "fr": [
        r"Nouvel\s+An\s+(?:chinois|lunaire|vietnamien)", r"Pâques", r"Pentecôte", r"Ramadan",
        r"Aïd(?:\s+el-[a-zA-Zé]+)?", r"Carnaval",
    ],
}  # fmt: skip
# (a count of people or gifts for the festival is no year: "Tết 2000 suất quà")
_NOT_A_COUNT_AFTER_A_FESTIVAL = {
    "vi": r"(?!\s*(?:người|suất|phần|hộ|lao\s+động|công\s+nhân|khách|chuyến|đồng|triệu|tỷ|%))",
    "th": r"(?!\s*(?:บาท|คน|ราย|ชิ้น|ล้าน|แห่ง|%))",
}
for _lang, _names in MOVING_FESTIVAL_BEFORE_A_YEAR.items():
    _edge, _gap = ("", r"\s*") if _lang == "th" else (r"(?<![^\W\d_])", r"\s+")
    _years = r"(?=(?:19|20|25)\d\d)" if _lang == "th" else r"(?=(?:19|20)\d\d)"
    DATE_PATTERNS[_lang].append(
        (
            r"(?P<pre>" + _edge + "(?:" + "|".join(_names) + ")" + _gap + ")" + _years + "{Y}"
            + _NOT_A_COUNT_AFTER_A_FESTIVAL.get(_lang, ""),
            "",
        )
    )

# ... and alone, where nothing in its sentence tells of a match, a school
# term or a pregnancy: the words of a quarter or half (trimestre, semestre,
# quý, ไตรมาส, 季度, 上半年) name the calendar's parts, and a sentence that
# holds such words uses them for another's ("El Madrid remontó en el cuarto
# trimestre", "ทีมนำ 10 แต้มในไตรมาสที่สาม", "au premier trimestre de
# grossesse"). English "quarter" and "half" name a match's as often: read
# alone only with a word of money or trade in the sentence
# (BARE_PART_TRADE), as "Sales rose in the second quarter". A part of
# something named after it ("the first half of the book", "el primer
# semestre del ejercicio 2025", a fiscal year's, its months unknown; "6 tháng
# đầu năm học") or before it ("fiscal 2024's third quarter") is none
# (BARE_PART_OF_AFTER), nor "the last quarter", which names the latest as
# often as the fourth (BARE_PART_LATEST). Forms read only beside a year's
# part (BARE_PART_NEVER_ALONE): a code "Q3" (also a car's, "Audi Q3"), vi
# "6 tháng đầu" and th "ครึ่งแรก" (six months or a half of anything).
# Sentences are casefolded; whole words in the spaced languages.
BARE_PART_NOT_CALENDAR = {
    "en": [
        r"games?", r"match(?:es)?", r"scor(?:e|ed|es|ing)", r"touchdowns?", r"quarterback",
        r"baskets?", r"goals?", r"trail(?:ed|ing|s)?", r"half-?time", r"overtime", r"innings?",
        r"rebounds?", r"free throws?", r"kick-?off", r"referee", r"penalt(?:y|ies)", r"coach",
        r"players?", r"teams?", r"league", r"playoffs?", r"stadium", r"fans", r"points? lead",
        r"yards?", r"pregnan(?:t|cy)", r"students?", r"pupils",
    ],
    "es": [
        r"partidos?", r"marcador", r"gol(?:es)?", r"canastas?", r"anot(?:ó|aron|a)", r"remont\w*",
        r"equipos?", r"entrenador", r"descanso", r"prórroga", r"jugador(?:es)?", r"estadio",
        r"liga", r"afición", r"segundo tiempo", r"primer tiempo", r"árbitro", r"penaltis?",
        r"embaraz\w*", r"gestación", r"estudiantes?", r"alumn[oa]s?", r"curso", r"carrera",
    ],
    "fr": [
        r"match(?:s)?", r"score", r"buts?", r"marqu(?:é|ée|és|e|ent)", r"mi-temps",
        r"prolongations?", r"paniers?", r"équipes?", r"entraîneur", r"joueurs?", r"stade",
        r"championnat", r"arbitre", r"penalty", r"grossesse", r"enceinte", r"élèves?",
        r"étudiants?", r"scolaire", r"lycée", r"collège",
    ],
    "vi": [
        r"trận", r"bàn thắng", r"ghi bàn", r"tỷ số", r"hiệp", r"đội bóng", r"cầu thủ",
        r"huấn luyện viên", r"hlv", r"giải đấu", r"sân vận động", r"trọng tài", r"thai kỳ",
        r"mang thai", r"học kỳ", r"học sinh", r"sinh viên",
    ],
    "th": [
        r"แต้ม", r"ประตู", r"ทีม", r"นักเตะ", r"นักกีฬา", r"ผู้เล่น", r"สนาม", r"แข่ง", r"เกม",
        r"ควอเตอร์", r"ตั้งครรภ์", r"นักเรียน", r"นักศึกษา", r"ภาคเรียน",
    ],
    "zh": [
        r"比赛", r"比分", r"进球", r"得分", r"球队", r"球员", r"上半场", r"下半场", r"联赛",
        r"主场", r"客场", r"主教练", r"裁判", r"怀孕", r"孕", r"学生", r"学期",
    ],
}  # fmt: skip
BARE_PART_TRADE = {
    "en": [
        r"sales", r"revenues?", r"profits?", r"earnings", r"income", r"loss(?:es)?", r"gdp",
        r"econom(?:y|ic|ies)", r"growth", r"inflation", r"output", r"production", r"exports?",
        r"imports?", r"shipments?", r"deliveries", r"orders", r"demand", r"prices?", r"margins?",
        r"deal", r"merger", r"acquisition", r"ipo", r"results", r"guidance", r"forecasts?",
        r"outlook", r"unemployment", r"jobless", r"hiring", r"spending", r"investments?",
        r"markets?", r"shares", r"stocks?", r"company", r"companies", r"firm", r"banks?",
        r"quarterly", r"fiscal", r"budget", r"insur(?:ers?|ance)", r"payments?", r"payouts?", r"deficit", r"debt", r"tax(?:es)?", r"percent",
        r"per cent", r"[$€£¥]", r"%", r"million", r"billion", r"trillion",
    ],
}  # fmt: skip
# Words of a forecast in a bare part's sentence: it is told ahead, whatever
# past form the sentence also holds (fr "devrait" ends as an imperfect does).
BARE_PART_AHEAD = {
    "en": [r"expect(?:s|ed)?", r"forecasts?", r"should", r"likely", r"projected", r"plans?"],
    "es": [r"deberían?", r"podrían?", r"prevé", r"previst[oa]s?", r"esperan?"],
    "fr": [r"devrai(?:t|ent)", r"pourrai(?:t|ent)", r"prévu(?:e|s|es)?", r"prévoit", r"attendu(?:e|s|es)?"],
    "vi": [r"dự kiến", r"kỳ vọng", r"dự báo"],
    "th": [r"คาดว่า", r"คาดการณ์"],
    "zh": [r"预计", r"预期", r"有望"],
}
BARE_PART_OF_AFTER = {
    "en": r"\s+of\s",
    "es": r"\s+del?\s",
    "fr": r"\s+(?:de|du|des|d['’])",
    "vi": r"\s+(?:của|năm)(?![^\W\d_])",
    "th": r"\s*(?:ของ|ปีงบ|ปีการศึกษา)",
}
BARE_PART_OF_BEFORE = {"en": r"['’]s\s+$"}
BARE_PART_NEVER_ALONE = {"vi": r"(?:nửa|6|sáu)\s", "th": r"ครึ่ง(?!ปี)", "zh": r"前"}
BARE_PART_LATEST = {"en": {"last"}, "es": {"último"}, "fr": {"dernier"}}
# Chinese says the year first ("去年第四季度", "上年下半年", "明年上半年")
for _flag, _year in (("lastyear", r"(?<![前大])(?:去|上)年"), ("nextyear", r"明年")):
    DATE_PATTERNS["zh"].append((_year + r"(?:的)?(?:第)?{Q}季度" + _ZH_NOT_RESORT, _flag))
    DATE_PATTERNS["zh"].append((_year + r"(?:的)?{H}半年", _flag))

# The week ending on a day ("the week ending Nov. 23", "la semaine se
# terminant le 23 novembre", "la semana que terminó el 23 de noviembre", "tuần
# kết thúc ngày 23/11", "สัปดาห์ที่สิ้นสุดวันที่ 23 พ.ย.", "截至11月23日的一周"):
# the seven days ending that day (heldout4's choice), not the day. "before":
# right before the date (kept in the span); "after": right after it.
WEEK_ENDING = {
    "en": {"before": r"(?:the\s+)?week\s+(?:ending|ended|that\s+ended|to)\s+(?:on\s+)?$"},
    "fr": {
        "before": (
            r"(?:la\s+)?semaine\s+(?:se\s+terminant|s['’]achevant|finissant|close|achevée|terminée"
            r"|qui\s+s['’](?:est\s+)?(?:termin|achev)\w*)\s+(?:le\s+)?$"
        )
    },
    "es": {
        "before": (
            r"(?:la\s+)?semana\s+(?:que\s+(?:terminó|termina|concluyó|finalizó|acabó|cerró)"
            r"|terminada|finalizada|concluida|cerrada)\s+(?:el\s+)?$"
        )
    },
    "vi": {"before": r"tuần\s+(?:kết\s+thúc|tính\s+đến)\s+(?:vào\s+)?(?:ngày\s+)?$"},
    "th": {"before": r"สัปดาห์ที่สิ้นสุด(?:ใน|เมื่อ)?\s*(?:วันที่\s*)?$"},
    "zh": {"before": r"(?:截至|截止(?:到)?)\s*$", "after": r"\s*(?:当|的)(?:一|那一)?周"},
}

# A fiscal year told in the present to close on a year-less day ("El
# ejercicio fiscal ... cierra el 30 de junio", "the fiscal year ends on June
# 30", "l'exercice se clôt le 30 juin", "Năm tài chính kết thúc vào ngày
# 30/6"): the coming close, the year's own (heldout15, heldout17), where a
# bare present verb would leave the nearest such day. "year": a word of the
# fiscal year in the sentence before the day; "before": the verb right
# before it.
FISCAL_CLOSE = {
    "es": {
        "year": r"(?<![^\W\d_])(?:ejercicio|año\s+fiscal)(?![^\W\d_])",
        "before": r"(?<![^\W\d_])(?:cierra|termina|concluye|finaliza|acaba)\s+(?:el\s+)?$",
    },
    "en": {
        "year": r"(?<![^\W\d_])(?:fiscal|financial)\s+year(?![^\W\d_])",
        "before": r"(?<![^\W\d_])(?:closes|ends|runs\s+(?:to|through|until))\s+(?:on\s+)?$",
    },
    "fr": {
        "year": r"(?<![^\W\d_])exercice(?![^\W\d_])",
        "before": r"(?:se\s+clôt|se\s+clôture|se\s+termine|s['’]achève|prend\s+fin)\s+(?:le\s+)?$",
    },
    "vi": {
        "year": r"(?<![^\W\d_])năm\s+tài\s+chính(?![^\W\d_])",
        "before": r"(?<![^\W\d_])kết\s+thúc\s+(?:vào\s+)?(?:ngày\s+)?$",
    },
}

# The end of a quarter or half written with its year ("la fin du premier
# semestre 2029", "the end of the third quarter of 2027", "a finales del
# segundo trimestre de 2028", "cuối quý 3/2028"): its last month, as the end
# of a year is its December and "the end of the quarter" its third month
# (heldout10, heldout16, heldout17). Words right before the part's span.
PART_END_BEFORE = {
    "en": r"(?<![^\W\d_])(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?$",
    "fr": r"(?<![^\W\d_])(?:la\s+)?fin\s+(?:du|de\s+l['’])\s*$",
    "es": r"(?<![^\W\d_])(?:(?:el\s+)?(?:final|fin|cierre)|(?:a\s+)?(?:finales|fines))\s+del\s+$",
    "vi": r"(?<![^\W\d_])cuối\s+$",
}

# "The weekend before Halloween", "el fin de semana anterior a Todos los
# Santos", "le week-end suivant la Toussaint": the Saturday and Sunday before
# or after a day written or named next (heldout16, heldout17), the day named
# only to say which. Per language: "gate", a word the text must hold; "before",
# the words right before the day, from a word's start (group "dir": a word of WEEKEND_AROUND_AFTER
# is after, any other before); "names", holidays read only here, where the
# bare name is the day and not the season ("the weekend before Christmas",
# where "at Christmas" alone is the season): (pattern, month, day).
WEEKEND_AROUND = {
    "en": {
        "gate": "weekend",
        "before": r"(?:the\s+)?weekend\s+(?P<dir>before|after|preceding|following)\s+",
        "names": [
            (r"christmas(?![\w'’-])", 12, 25),
            (r"new\s+year(?![\w'’-])", 1, 1),
        ],
    },
    "es": {
        "gate": "fin de semana",
        "before": (
            r"(?:el\s+)?fin\s+de\s+semana\s+(?P<dir>anterior|previo|posterior|siguiente|antes"
            r"|después)\s+(?:a|al|de|del)\s+"
        ),
        "names": [
            (r"navidad(?![^\W\d_])", 12, 25),
            (r"(?:el\s+día\s+de\s+)?todos\s+los\s+santos(?![^\W\d_])", 11, 1),
            (r"(?:el\s+)?año\s+nuevo(?![^\W\d_])", 1, 1),
        ],
    },
    "fr": {
        "gate": "week",
        "before": (
            r"(?:le\s+)?week-?end\s+(?P<dir>précédant|suivant|avant|après|d['’]avant|d['’]après)\s+"
        ),
        "names": [(r"noël(?![^\W\d_])", 12, 25), (r"(?:le\s+)?nouvel\s+an(?![^\W\d_])", 1, 1)],
    },
}
WEEKEND_AROUND_AFTER = frozenset(
    "after following posterior siguiente después suivant après d'après d’après".split()
)

# A numbered week ("la semaine 40", "la semana 40", "week 40", "tuần 40",
# "สัปดาห์ที่ 40", "2024年第40周"): that ISO week, Monday to Sunday, of the
# year written after it, else of the publication's (heldout4's choice). Only
# after a week word (a count before it, "40 semaines", is a duration), and
# not a week of something named after it ("week 40 of pregnancy", "la semaine
# 40 de grossesse", "tuần 3 của tháng", "สัปดาห์ที่ 2 ของการชุมนุม"), of a
# fiscal or school year ("fiscal week 47", "la semana 16 del año fiscal":
# their weeks are counted from their own first day), a count in a row ("tuần
# 3 liên tiếp", "สัปดาห์ที่ 3 ติดต่อกัน"), a working week's hours ("la
# semaine 35 heures"), nor in a sentence of a match or a pregnancy
# (BARE_PART_NOT_CALENDAR: "Week 3" of a football season; English league
# weeks are capitalised, "Week 11 power rankings": en reads only "week" in
# lower case, as health and trade reports write it). A health bulletin's
# epidemiological week ("semana epidemiológica 23", "semaine
# épidémiologique 23", "tuần thứ 23") is counted so: the WHO's weeks are ISO
# weeks. Chinese "第3周"
# alone is as often the third week of anything ("上映第3周"): read only
# after a year. Group "wk" the week, "y" a year written with it.
_WK = r"(?P<wk>5[0-3]|[1-4]\d|0?[1-9])(?![\d.,:/-]\d|\d)"
ISO_WEEK = {
    "fr": (
        r"(?<![^\W\d_])semaine\s+(?:épidémiologique\s+)?(?:n[°o]\s*|numéro\s+)?" + _WK
        + r"(?:\s+(?:de\s+l['’]année\s+|de\s+)?(?P<y>(?:19|20)\d\d)(?!\d))?"
        + r"(?!\s*(?:h|heures?|jours?|%)(?![^\W\d_]))"
        + r"(?!\s+(?:de|du|des)\s(?!\s*l['’]année(?!\s+(?:scolaire|fiscale|universitaire))))"
        + r"(?!\s+d['’](?!année))"
    ),
    "es": (
        r"(?<![^\W\d_])semana\s+(?:epidemiológica\s+)?(?:número\s+|n\.?º\s*)?" + _WK
        + r"(?:\s+(?:del?\s+)?(?:año\s+)?(?P<y>(?:19|20)\d\d)(?!\d))?"
        + r"(?!\s*(?:h|horas?|días?|%)(?![^\W\d_]))"
        + r"(?!\s+del?\s(?!\s*(?:este\s+)?año(?!\s+(?:fiscal|escolar|académico|lectivo))))"
    ),
    "en": (
        r"(?<![^\W\d_])(?<!fiscal\s)(?<!financial\s)(?<!school\s)(?<!academic\s)"
        r"(?-i:week)\s+(?:no\.?\s*|number\s+)?" + _WK
        + r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)(?!\d))?"
        + r"(?!\s*(?:h|hours?|days?|%)(?![^\W\d_]))"
        + r"(?!\s+of\s(?!\s*(?:the|this)\s+year(?![^\W\d_])(?!\s+(?:fiscal|school))))"
        + r"(?!-)"
    ),
    "vi": (
        # (not a week a happening has entered: "bước sang tuần thứ 3")
        r"(?<![^\W\d_])(?<!sang\s)(?<!bước\svào\s)tuần\s+(?:thứ\s+)?" + _WK
        + r"(?:\s+(?:của\s+)?năm\s+(?P<y>(?:19|20)\d\d)(?!\d))?"
        + r"(?!\s*(?:[/-]|liên\s+tiếp|của|tháng|qua|trước|tới|này|đầu|cuối|nữa|thai|giờ|ngày)(?![^\W\d_]))"
    ),
    "th": (
        r"สัปดาห์ที่\s*" + _WK
        + r"(?:\s*(?:ของ\s*)?ปี\s*(?:นี้|(?:พ\.ศ\.\s*)?(?P<y>(?:19|20|25)\d\d)(?!\d)))?"
        + r"(?!\s*(?:ของ|ติดต่อ|แล้ว|ที่|ใน|[/-]))"
    ),
    "zh": r"(?:(?P<y>(?:19|20)\d\d)年|今年|本年度?)(?:的)?第" + _WK + r"周",
}  # fmt: skip
# ... and in English, where "Week 3" numbers a league's weeks, a sentence of
# a season's results (beside BARE_PART_NOT_CALENDAR)
# German counts calendar weeks in the same way ("In KW 15 bleibt die Brücke
# gesperrt", "Kalenderwoche 15/2029"), a language read through CLDR.
ISO_WEEK["de"] = (
    r"(?<![^\W\d_])(?:(?-i:KW)|Kalenderwoche)\s*(?P<wk>5[0-3]|[1-4]\d|0?[1-9])"
    r"(?:\s*/\s*(?P<y>(?:19|20)\d\d)(?!\d)|(?![\d.,:/-]\d|\d))"
)
ISO_WEEK_NOT_CALENDAR = {"en": [r"seasons?", r"nfl", r"beat", r"won", r"defeat(?:ed|s)?", r"wins?"]}
# The texts a segment must hold for a numbered week (its week word first;
# the week-ending days need only that one).
ISO_WEEK_WORDS = {
    "fr": ("semaine",), "es": ("semana",), "en": ("week",), "vi": ("tuần",),
    "th": ("สัปดาห์",), "zh": ("周", "第"), "de": ("k",),
}  # fmt: skip

# A bare numeric day and month that labels an item of a list under a year
# heading ("Nhìn lại năm 2023: • 12/2: ...", "2023 in review • 9/26: ..."):
# flag "listlabel", read only after a bullet or at a line's start with a
# colon or a dash after it, and kept only where a heading names the year
# (engine._list_items_under_a_year). Elsewhere "3/1" is a score, a share or
# a fraction.
for _lang in ("vi", "th", "es", "fr"):
    DATE_PATTERNS[_lang].append((r"{D}\s*/\s*{M}(?!\s*/?\d)(?![.,]\d)", "listlabel"))
DATE_PATTERNS["en"].append((r"(?<![\d.,/:-]){M}\s*/\s*{DD}(?!\s*/?\d)(?![.,]\d)", "listlabel"))
# ... and one told with a clock time: after a date's preposition, with the
# time before it ("at 23:45 on 3/4", "de 23 h 45 le 3/4", "a las 23.45 del
# 3/4") or after it ("le 3/4 à 6 h", "on 3/4 at 11pm"): a time of day is
# told of a day, not of a score or a fraction. "link": the preposition right
# before the label; "at": the word before a time after it (the times are
# CLOCK_TIME's).
TIMED_NUMERIC_DATE = {
    "en": {"link": r"on", "at": r"at"},
    "es": {"link": r"el|del|al", "at": r"a"},
    "fr": {"link": r"le|du|au", "at": r"à"},
}
# ... and a page's stamp line: a bare day and month opening its line with a
# clock time after it ("09/03 14:20 | 3.402 lượt xem"), an aggregator's only
# publication day, or with a two-digit year ("06/08/69 09:15 น.", a Thai
# site's Buddhist-era stamp); flag "stampline", read only so
# (engine._stamp_line_day). Not in English, whose slashed order may be
# month first.
for _lang in ("vi", "th", "es", "fr"):
    DATE_PATTERNS[_lang].append(
        (
            r"(?<![\d.,/:-]){D}\s*/\s*{M}(?:/(?P<yy>\d{2}))?(?=[ \t]+\d{1,2}[:h]\d{2})",
            "stampline",
        )
    )

# A day and month in digits right after a weekday ("Lundi 10/3", "jeudi
# (12/3)", "el martes 4/3", "el lunes, 23/3", "on Tue 3/17"): a date only
# there ("wdnum"; elsewhere "4/3" is a score, a share or a fraction), joined
# to its weekday. Day first in es and fr; English writes month first, or day
# first where the first number cannot be a month ("Tue 17/3"), and where
# both can, the order whose date falls on the weekday wins ("md_either").
# Not a share ("Tuesday 2/3 of the members", "lundi 2/3 des voix").
_WDNUM_END = r"(?!\s*/?\d)(?![.,]\d)(?!\s*(?:%|of\s|de\s|des\s|du\s|del\s|d['’]))"
for _lang in ("es", "fr"):
    DATE_PATTERNS[_lang].append((r"(?<![\w.,/:-]){D}\s*/\s*{M}" + _WDNUM_END, "wdnum"))
DATE_PATTERNS["en"].append((r"(?<![\w.,/:-]){M}\s*/\s*{DD}" + _WDNUM_END, "wdnum"))
DATE_PATTERNS["en"].append(
    (r"(?<![\w.,/:-])(?P<d>1[3-9]|2\d|3[01])\s*/\s*{M}" + _WDNUM_END, "wdnum")
)
# ... and right after "on" where the first number cannot be a month ("On
# 15/7, the council ...", "on 24/12"): English written day first (a
# translation, a Commonwealth paper) names a day there, never a score --
# but "on 24/7" is around the clock
DATE_PATTERNS["en"].append(
    (r"(?<=\b[Oo]n )(?!24\s*/\s*7(?!\d))(?P<d>1[3-9]|2\d|3[01])\s*/\s*{M}" + _WDNUM_END, "")
)

# Vietnamese "mùng"/"mồng" names one of a month's first ten days ("sáng mùng
# 10", "ngày mồng 5"): a day of the month alone (MONTHDAY_ALONE), as "el
# próximo día 20" is -- not a lunar day ("mùng 1 Tết", "mùng 10 tháng 3 âm
# lịch"), nor a day with its month after it (read whole elsewhere).
DATE_PATTERNS["vi"].append(
    (r"(?P<pre>m[ùồ]ng\s+)(?P<d>10|0?[1-9])(?![\d/:-]|[.,]\d)(?!\s*(?:tết|tháng|âm|[/-]))", "dayonly")
)
# ... and "ngày" with a bare day and its side ("vào ngày 20 tới", "hôm ngày
# 5 vừa qua"): a day of the month alone, ahead or behind. Not "tới" opening
# the end of a range ("ngày 3 tới ngày 5", "tới hết", "tới 10/6").
DATE_PATTERNS["vi"].append(
    (
        (
            r"(?<![^\W\d_])ngày\s+{D}(?![\d/.,:-])"
            r"(?=\s+(?:sắp\s+tới|tới\s+đây|tới|vừa\s+qua|vừa\s+rồi)(?![^\W\d_])(?!\s*(?:ngày|hết|\d)))"
        ),
        "dayonly",
    )
)
# ... and a part of the day before "ngày" and a bare day ("vào sáng ngày 25",
# "chiều ngày 3,"): the part of the day makes it a day of the month, not a
# count; not a day with its month after it ("sáng ngày 25 tháng 3", "ngày 25/3").
DATE_PATTERNS["vi"].append(
    (
        (
            r"(?<![^\W\d_])(?P<pre>(?:sáng|chiều|tối|trưa|đêm)\s+)ngày\s+{D}(?![\d/:-]|[.,]\d)"
            r"(?!\s*(?:tháng|năm|và|đến|tới|-|–))"
        ),
        "dayonly",
    )
)
MONTHDAY_ALONE["vi"] = {
    "not_before": r"(?:các|những|mỗi|hằng)\s+(?:ngày\s+)?m[ùồ]ng\s+$",
    "not_after": r"^\s*(?:tết|tháng|âm|[/-]|và\s+\d)",
    # the future marker stands after the subject ("Sáng mùng 10, đoàn sẽ lên
    # đường"), unless a past one comes first ("đã họp và sẽ ..."); for a bare
    # day only (a month keeps its own reading)
    "future_after_day": r"(?:(?!đã)[^.!?\n]){0,60}?(?<![^\W\d_])(?:sẽ|sắp|dự\s+kiến)(?![^\W\d_])",
}

# A season of a named year (SEASONS_WITH_A_YEAR).
SEASON_YEAR_PATTERNS = {
    "vi": [r"{SEA}\s+(?:năm\s+)?{Y}"],
    "zh": [r"{YZ}年(?:的)?{SEA}"],
    "en": [r"{SEA}\s+(?:of\s+)?{Y}"],
    "es": [r"{SEA}\s+(?:de(?:l)?\s+)?{Y}"],
    "fr": [r"{SEA}\s+(?:de\s+|d['’]\s*)?{Y}"],
}
for _lang, _pats in SEASON_YEAR_PATTERNS.items():
    DATE_PATTERNS[_lang].extend((_p, "") for _p in _pats)

# Words of betting odds in the line that heads a list ("Odds:", "Cuotas:",
# "Cotes :", "Tỷ lệ cược:", "อัตราต่อรอง", "赔率"): its labels written like a
# day and month ("7/4", "11/4", "12/5") are fractional odds, no chronology,
# even in calendar order (engine._chronology_box_labels).
ODDS_HEADING = {
    "en": r"(?<![^\W\d_])(?:odds|betting|bookmakers?)(?![^\W\d_])",
    "es": r"(?<![^\W\d_])(?:cuotas?|apuestas?)(?![^\W\d_])",
    "fr": r"(?<![^\W\d_])(?:cotes?|paris\s+sportifs)(?![^\W\d_])",
    "vi": r"(?<![^\W\d_])(?:tỷ\s+lệ\s+(?:cược|kèo)|kèo\s+nhà\s+cái)(?![^\W\d_])",
    "th": r"อัตราต่อรอง|ราคาต่อรอง",
    "zh": r"赔率|盘口",
}

# A compact date of eight digits, year, month and day ("20290312"), read only
# right after a word that says a date follows and a colon ("生产日期：20290312",
# "Date: 20290312", "Fecha: 20290312", "Ngày: 20290312"), as labels and
# forms print it; elsewhere eight digits are a code, a lot or an amount.
COMPACT_DATE_AFTER = {
    "vi": r"ngày",
    "zh": r"日期",
    "en": r"date",
    "es": r"fecha",
    "fr": r"date",
}
for _lang, _word in COMPACT_DATE_AFTER.items():
    DATE_PATTERNS[_lang].append(
        (
            r"(?P<pre>" + ("" if _lang == "zh" else r"(?<![^\W\d_])") + _word + r"\s*[:：]\s*)"
            r"(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)",
            "",
        )
    )

# A winter named by the two years it spans ("Winter 2028-29", "l'hiver
# 2028-2029", "el invierno 2028/29", "mùa đông 2028-2029", "2028-2029年冬季"):
# December of the first to February of the second, a season's three
# meteorological months (SEASON_MONTHS). A winter with one year ("winter
# 2024") stays unread: its months may be those opening the year or closing it.
_WINTER_SPAN = r"\s*[-–/]\s*(?:{Y2}|{CY2})(?![-–/]?\d)"
WINTER_ACROSS_TWO_YEARS = {
    "vi": [r"{WIN}\s+(?:năm\s+)?{Y}" + _WINTER_SPAN],
    "zh": [r"{YZ}\s*[-–/至]\s*{Y2}年?(?:的)?{WIN}"],
    "en": [r"{WIN}\s+(?:of\s+)?{Y}" + _WINTER_SPAN],
    "es": [r"{WIN}\s+(?:de(?:l)?\s+)?{Y}" + _WINTER_SPAN],
    "fr": [r"{WIN}\s+(?:de\s+|d['’]\s*)?{Y}" + _WINTER_SPAN],
}
for _lang, _pats in WINTER_ACROSS_TWO_YEARS.items():
    DATE_PATTERNS[_lang].extend((_p, "season") for _p in _pats)

# A fiscal year across two calendar years ("FY2024-25", "fiscal 2023/24",
# "năm tài chính 2023-2024", "2023/24财年"): the span of the two years, the
# second written with two digits or four ({Y2} / {CY2}), and the year after
# the first.
_FISCAL_SPAN = r"(?:\s*[-–/]\s*(?:{Y2}|{CY2}))?(?![-–/]?\d)"

for _lang, _fy in FISCAL_YEAR.items():
    if _fy.get("before"):
        _year = r"(?:{EY}|" + _TH_YY + ")" if _lang == "th" else r"{Y}" + _FISCAL_SPAN
        DATE_PATTERNS[_lang].append(
            (r"(?P<pre>(?:" + "|".join(_fy["before"]) + r")\s*)" + _year, "fiscal")
        )
    if _fy.get("after"):
        DATE_PATTERNS[_lang].append(
            (r"{YZ}" + _FISCAL_SPAN + r"年?(?:" + "|".join(_fy["after"]) + ")", "fiscal")
        )
    if _lang == "zh":
        # "2024年Q3", "2024Q3", "2024年H1": Chinese business news writes the
        # code after the year
        DATE_PATTERNS[_lang].append((r"{YZ}年?\s*(?-i:Q)(?P<q>[1-4])(?![0-9A-Za-z])", ""))
        DATE_PATTERNS[_lang].append((r"{YZ}年?\s*(?-i:H)(?P<h>[12])(?![0-9A-Za-z])", ""))

# The first of a month written out ("the first of May", "el primero de
# mayo", "le premier mai"): the day, as "May 1" / "1.º de mayo" / "1er mai".
# Only the first: later days are written in digits in news copy.
DAY_ORDINAL_WORDS = {"en": {"first": 1}, "es": {"primero": 1}, "fr": {"premier": 1}}
DATE_PATTERNS["en"].append((r"(?:{WD},?\s+)?the\s+{DW}\s+of\s+{MON}(?:,?\s*{Y})?", ""))

# A futures or delivery month ("Brent for August delivery", "September
# futures", "à échéance septembre", "para entrega en septiembre", "9月期货"):
# a contract named for a month is traded before it, so the month lies ahead
# (flag "ahead": the next one of its name, whatever tense the price move is
# told in). Only after or before a market's own word: "the March delivery
# arrived late" is a shipment, told as any month.
DELIVERY_MONTH = {
    "en": [
        r"(?P<pre>for\s+){MON}(?=\s+(?:delivery|settlement|loading|shipment)(?![\w-]))",
        r"{MON}(?=\s+futures(?![\w-]))",
    ],
    "fr": [r"(?P<pre>(?:à\s+)?échéance\s+|pour\s+livraison\s+(?:en\s+)?){MON}"],
    "es": [r"(?P<pre>(?:para\s+)?(?:entrega|vencimiento)\s+(?:en|de)\s+){MON}"],
    "zh": [r"{MZ}月(?:份)?(?:交割的?)?(?:期货|合约)"],
}
for _lang, _pats in DELIVERY_MONTH.items():
    DATE_PATTERNS[_lang].extend((_p, "ahead") for _p in _pats)
DATE_PATTERNS["es"].append((r"(?:{WD},?\s+)?{DW}\s+de\s+{MON}(?:\s+de(?:l)?\s+{Y})?", ""))
DATE_PATTERNS["fr"].append((r"(?:{WD}\s+)?{DW}\s+{MON}(?:\s+{Y})?", ""))

for _lang, _pats in DATE_PATTERNS.items():
    # day first: only after a word of NUMERIC_DAY_CUES (a bare "(23.01.2017)"
    # closing a teaser is that teaser's stamp); year first is never a stamp's
    # digit order alone
    _pats.append((_dotted_pattern(_lang), "cue" if DOTTED_ORDER[_lang] == "dmy" else ""))

# An update or edit stamp written into the text ("Updated 14:05, March 13",
# "This article was updated on March 13, 2025 to correct ...", "Mis à jour le
# 13 mars 2025 à 14h05", "Actualizado el 13/03/2025", "Cập nhật lúc 14:05 ngày
# 13/3/2025", "更新时间：2025年3月13日", "อัปเดตล่าสุด 13 มี.ค. 2568") dates
# the page's edit, no happening: the stamp opens its sentence (after "this
# article/story was", "cet article a été", "bài viết được", "本文"), then
# the date it writes out, with at most a clock time or a linking word
# between. "The software was updated on Tuesday" and "Updated on Tuesday,
# the software ..." are no stamps. Casefolded.
UPDATE_STAMP = {
    "en": [
        (
            r"(?:(?:this|the)\s+(?:article|story|post|page|report)\s+(?:was|has\s+been)\s+)?"
            r"(?:last\s+)?updated"
        ),
        # an editor's correction note dated so ("Correction, Nov. 15, 2019: This
        # article originally misidentified ...")
        r"correction",
    ],
    "es": [
        r"(?:este\s+artículo\s+(?:fue|ha\s+sido)\s+)?actualizad[oa]",
        r"última\s+actualización",
        r"corrección",
        r"fe\s+de\s+errores",
    ],
    "fr": [
        r"(?:cet\s+article\s+a\s+été\s+)?(?:mis\s+à\s+jour|modifié)",
        r"(?:dernière\s+)?mise\s+à\s+jour",
        r"rectificatif",
        r"erratum",
    ],
    "vi": [r"(?:bài\s+viết\s+(?:được|đã\s+được)\s+)?cập\s+nhật(?:\s+lần\s+cuối)?", r"đính\s+chính"],
    "zh": [r"(?:本文)?(?:最后)?更新(?:时间|日期|于)?", r"更正"],
    "th": [r"(?:อัปเดต|อัพเดท|อัพเดต|ปรับปรุง)(?:ล่าสุด)?"],
}
# between the stamp word and its date: a clock time, "on", "le", "lúc", "ngày"
UPDATE_GAP = (
    r"[\s:：,.\-–—|]*(?:(?:on|at|le|el|a\s+las|à|lúc|vào|ngày|วันที่|เมื่อ|เวลา|于)\s*"
    r"|\d{1,2}\s*[:h.]\s*\d{2}(?:\s*(?:[ap]\.?m\.?|น\.|giờ))?[\s,]*)*"
)

# What follows the date of a wire dateline, the date the story was filed
# (writing convention): "【…社北京3月12日电】", "…社台北12日電",
# "CITY, March 5 (Wire) -", "CIUDAD, 5 mar (Agencia).-",
# "เชียงใหม่ 12 ก.พ. (สำนักข่าว…) -": Chinese 电, or an agency in brackets
# (capitalised, or in Thai script) then a dash.
DATELINE_AFTER = (
    r"^\s*(?:[电電讯訊](?:[】\]）)\s]|$|（|\(|\s*[(（]?记者|\s*[(（]?記者)"
    r"|\((?:[A-Z\u0E01-\u0E2E][\w\u0E00-\u0E7F.&' -]{1,30})\)\s*\.?\s*[-–—:])"
)
# The most characters a dateline's place (and agency) may take before its date.
DATELINE_PLACE_MAX = 48

# Patterns for every language.
# A financial code's letters and digits stand apart from other letters and
# digits ("SKU-3Q24X" is a code, no quarter).
_CODE_L = r"(?<![0-9A-Za-z.])"
_CODE_R = r"(?![0-9A-Za-z])"
COMMON_PATTERNS = [
    # quarter and half codes of financial news: "3Q24", "3Q 2024", "Q3'24",
    # "Q3/2024", "1H24", "H2 2024" -- the quarter's three months, the half's
    # six (as "the third quarter of 2024")
    (_CODE_L + r"(?P<q>[1-4])(?-i:Q)\s*(?:{Y}|['’]?{CY})" + _CODE_R, ""),
    (_CODE_L + r"(?-i:Q)(?P<q>[1-4])\s*(?:[/-]\s*)?{Y}" + _CODE_R, ""),
    (_CODE_L + r"(?-i:Q)(?P<q>[1-4])\s*(?:['’]|[/-])\s*{CY}" + _CODE_R, ""),
    # ... a bare "Q3" only beside a quarter or half of a year (flag "barepart")
    (_CODE_L + r"(?-i:Q)(?P<q>[1-4])" + _CODE_R, "barepart"),
    (_CODE_L + r"(?P<h>[12])(?-i:H)\s*(?:{Y}|['’]?{CY})" + _CODE_R, ""),
    (_CODE_L + r"(?-i:H)(?P<h>[12])\s*(?:[/-]\s*)?{Y}" + _CODE_R, ""),
    (_CODE_L + r"(?-i:H)(?P<h>[12])\s*(?:['’]|[/-])\s*{CY}" + _CODE_R, ""),
    # "FY2024", "FY 2024", "FY24", "FY'24": a fiscal year (FISCAL_YEAR)
    (
        r"(?<![0-9A-Za-z])(?P<pre>(?-i:FY)\s*['’]?)(?:{Y}|{CY})" + _FISCAL_SPAN + _CODE_R,
        "fiscal",
    ),
    # a span of years with a dash ("2017-2022", "ปี 2560-2565"; Chinese
    # writes an em dash or a full-width one: "2026—2027学年"); not part of a
    # longer run of numbers (a phone number, a code)
    (r"(?<![\d/.\-–—－]){Y}\s*[-–—－]\s*{Y2}(?![-–—－/.]?\d)", ""),
    # a season or school year across two years ("mùa giải 2023/24", "la
    # temporada 2024/25", "2023/24赛季", "la saison 1999/2000"):
    # both years, only when the second is the year after the first ("2023/12"
    # is no such pair; "100/2019/NĐ-CP", "2023/24/TT" are documents' numbers)
    (
        r"(?<![\d/.\-–]){Y}\s*(?:/\s*{Y2}|[-–/]\s*{CY2})(?![-–/.,]?\d)(?![-–/][^\W_])",
        "season",
    ),
    # a life's years with the places of birth and death written between them
    # ("(Bilbao, 1932 - Madrid, 2026)", "(Huế, 1932 – Hà Nội, 2026)"), as
    # obituaries and encyclopaedias write them: the span of the two years
    (
        (
            r"(?P<pre>\((?:[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){0,3},\s*)?){Y}\s*[-–—]\s*"
            r"[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){0,3},\s*{Y2}(?=\s*\))"
        ),
        "",
    ),
    (r"{Y}-{M}-{DD}(?![\d:]\d)", ""),
    (r"{Y}/{M}/{DD}", ""),
    # a day, its month in Roman numerals and a year ("3.IV.1921", "3-IV-1898",
    # "14/VII/1902"), as archives, labels and Central European letters write
    # them: day first, one separator twice, capitals (ROMAN_MONTHS)
    (
        (
            r"{D}(?P<rsep>[./-])(?-i:(?P<rm>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I))(?P=rsep){Y}"
            r"(?![.,/-]?\d)"
        ),
        "",
    ),
]
ROMAN_MONTHS = {
    "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6,
    "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12,
}  # fmt: skip
# Spanish business news writes quarter and half codes with its own letters
# after the number: "3T24", "el 3T de 2024" (trimestre), "1S24" (semestre).
CODE_LETTERS_AFTER = {"es": ("T", "S")}
for _lang, (_ql, _hl) in CODE_LETTERS_AFTER.items():
    for _grp, _letter, _digits in (("q", _ql, "[1-4]"), ("h", _hl, "[12]")):
        DATE_PATTERNS[_lang].append(
            (
                _CODE_L + rf"(?P<{_grp}>{_digits})(?-i:{_letter})\s*"
                r"(?:(?:del?\s+)?{Y}|['’]?{CY})" + _CODE_R,
                "",
            )
        )
    # ... and before it, as French writes them ("T3 2026", "S1 2027"; "el T3
    # de 2026"): capitals only, and a year after ("la T4" is a terminal)
    for _grp, _letter, _digits in (("q", _ql, "[1-4]"), ("h", _hl, "[12]")):
        DATE_PATTERNS[_lang].append(
            (
                _CODE_L + rf"(?-i:{_letter})(?P<{_grp}>{_digits})\s*"
                r"(?:(?:[/-]\s*|del?\s+)?{Y}|(?:['’]|[/-])\s*{CY})" + _CODE_R,
                "",
            )
        )
# English month names are always capitalised: "may" and "march" in lower
# case are verbs.
MONTH_NEEDS_CAPITAL = {"en"}
# Month abbreviations that are also first names: capitalised, before a
# capitalised word, they are a person ("le numéro 9 Jan Koller", "à 14 Jan
# Novak a répondu"), as French writes its months in lower case; "- 14 jan :",
# "14 Jan. 2030" stay months.
MONTH_ALSO_A_FIRST_NAME = {"fr": {"Jan"}}
FIRST_NAME_THEN_SURNAME = r"\s+[A-ZÀ-ÖØ-Þ][^\W\d_]"
