"""Per-language cue tables for the document flags -- data only, no logic.

Written from general knowledge of each language (how news reports tense, how
calendars are marked, what words name SEO site farms), never from a seed
page's lines. The engine in :mod:`newsline.flags.rules` treats every
language's table the same way; adding a language means adding entries here.

The block classifier's cue tables (:mod:`newsline.clean.cues`, categories
``farm``, ``spam``, ``powered_by``) are merged in at run time when present.

This module must never hold a site's name, a person's name or a seed's text.
"""

from __future__ import annotations


def _add_words(table: dict[str, list[str]], more: dict[str, list[str]]) -> None:
    """Append to a per-language word table the words it lacks, in order: the
    tables grow in commented groups (one trade, one form of order) below."""
    for lang, words in more.items():
        have = table.setdefault(lang, [])
        have.extend(w for w in words if w not in have)

# Words that name site-farm / SEO-network systems, with a gloss a reader of
# any language understands. Matched as substrings (case-insensitive).
FARM_CUES: dict[str, dict[str, str]] = {
    "zh": {
        "站群": "site cluster (one operator running many look-alike sites)",
        "蜘蛛池": "spider pool (pages built to trap search-engine crawlers)",
        "泛目录": "catch-all directory pages made for search engines",
        "寄生虫": "parasite pages planted on other sites",
        "采集站": "scraper site (copies other sites' articles)",
        "外推": "outbound link pushing (SEO spam)",
        "万词霸屏": "keyword-flooding SEO service",
    },
    "en": {
        "seo network": "SEO site network",
        "private blog network": "private blog network (SEO link farm)",
        "link network": "link network (SEO link farm)",
        "multisite": "one installation serving many sites",
        "auto blog": "automatically filled blog",
        "spun content": "machine-rewritten ('spun') articles",
    },
    "vi": {
        "hệ thống website vệ tinh": "satellite-website system (SEO link farm)",
        "web vệ tinh": "satellite website (SEO link farm)",
        "site vệ tinh": "satellite website (SEO link farm)",
    },
    "th": {
        "เว็บไซต์ดาวเทียม": "satellite website (SEO link farm)",
        "เครือข่ายเว็บไซต์": "website network",
    },
    "ja": {"サテライトサイト": "satellite site (SEO link farm)"},
    "ko": {"백링크": "backlink selling (SEO spam)"},
    "id": {"jaringan blog pribadi": "private blog network (SEO link farm)"},
    "ru": {"сетка сайтов": "site network (SEO link farm)", "дорвей": "doorway page (SEO spam)"},
}

# Phrases that mark a sentence as reporting the past / the future. Matched as
# whole words in spaced languages and as substrings in zh/ja/th.
# Reporting verbs ("said", "cho biết", "表示") are left out on purpose: they
# date the speaking, not the event ("he said missions could begin in 2022").
PAST_MARKERS: dict[str, list[str]] = {
    "vi": ["đã", "vừa", "từng", "hôm qua", "đã diễn ra", "kết thúc", "trước đó"],
    "en": [
        "was",
        "were",
        "had",
        "has been",
        "have been",
        "held",
        "took place",
        "ended",
        "last week",
        "yesterday",
        "earlier",
    ],
    "zh": [
        "了",
        "已经",
        "已",
        "曾",
        "举行",
        "结束",
        "开始",
        "昨天",
        "上周",
        # (the same in traditional characters)
        "已經",
        "舉行",
        "結束",
        "開始",
        "上週",
    ],
    # (a past verb ends in "-た" after any stem, "始めた", "増えた": at the
    # sentence's end or before "という", "reportedly", it is the past tense)
    "ja": ["した", "しました", "だった", "でした", "昨日", "先週", "た。", "たという", "ました"],
    "th": ["แล้ว", "เมื่อ", "ได้", "ที่ผ่านมา", "เมื่อวาน"],
    # endings of the verb (matched inside words): "-했다", "-됐다", "-었다" ...
    "ko": [
        "했다",
        "였다",
        "었다",
        "았다",
        "됐다",
        "했습니다",
        "었습니다",
        "됐습니다",
        "어제",
        "지난",
    ],
    "es": ["fue", "fueron", "celebró", "ayer", "se reunió", "había"],
    "fr": ["a été", "ont été", "hier", "s'est tenu", "avait"],
    "de": ["wurde", "wurden", "hatte", "gestern", "fand statt"],
    # ("sejak Senin (13/1/2025)": since that day, so it lies behind)
    "id": ["telah", "sudah", "kemarin", "lalu", "sejak"],
    "ms": ["telah", "sudah", "semalam", "lalu", "sejak"],
    "ru": ["был", "была", "было", "были", "вчера", "прошла", "состоялся"],
    "it": [
        "è stato",
        "è stata",
        "sono stati",
        "sono state",
        "ieri",
        "si è tenuto",
        "si è svolto",
        "aveva",
    ],
    "pt": ["foi", "foram", "ontem", "realizou", "aconteceu", "tinha"],
    "nl": ["werd", "werden", "gisteren", "vond plaats", "had"],
    "pl": ["został", "została", "zostało", "zostały", "wczoraj", "odbył się", "odbyła się"],
    "tr": ["dün", "yapıldı", "gerçekleşti", "açıldı", "oldu"],
}
# Future, plans, possibility and deadlines: a date in such a sentence may lie ahead.
# A compound past tense -- the auxiliary "have" conjugated for a third
# person, then a past participle of a regular ending ("a annoncé", "ont
# validé", "ha anunciado", "hanno approvato") -- in the languages that report
# news in it: the sentence tells what happened. Only these endings: "a lieu"
# (takes place), "ha de" (must) and "a + noun" are no past.
PAST_FORMS: dict[str, str] = {
    "fr": r"(?<![\w'’])(?:a|ont|avait|avaient)\s+(?:(?:d[ée]j[àa]|aussi|également|notamment"
    r"|enfin|finalement)\s+)?\w{2,}(?:é|ée|és|ées|i|is|it)(?!\w)",
    "es": r"(?<!\w)(?:ha|han|había|habían)\s+(?:\w+\s+)?\w{2,}(?:ado|ada|ido|ida)(?!\w)",
    "it": r"(?<!\w)(?:ha|hanno|aveva|avevano)\s+(?:\w+\s+)?\w{2,}(?:ato|ata|ito|ita|uto|uta)(?!\w)",
}

# A simple future or conditional verb ("se tiendra", "rouvrira",
# "n'ouvrirait", "abrirá", "riaprirà"): a sentence in the compound past that
# holds one announces a plan ("a annoncé qu'elle rouvrira le 14 juin"), and
# its dates may lie ahead. Nouns of these endings ("opéra", "retrait") only
# withhold the past cue, never raise a flag.
FUTURE_FORMS: dict[str, str] = {
    "fr": r"(?<!\w)\w{2,}r(?:a|ont|ai|ait|aient)(?!\w)",
    "es": r"(?<!\w)\w{2,}r(?:á|án|ía|ían)(?!\w)",
    "it": r"(?<!\w)\w{2,}r(?:à|anno|ebbe|ebbero)(?!\w)",
}

FUTURE_MARKERS: dict[str, list[str]] = {
    "vi": [
        "sẽ",
        "sắp",
        "sắp tới",
        "dự kiến",
        "dự định",
        "tháng tới",
        "năm tới",
        "có thể",
        "đến cuối",
        "kế hoạch",
        "hạn chót",
        # "is expected (to)": what is awaited lies ahead
        "được mong đợi",
        "được kỳ vọng",
    ],
    "en": [
        "will",
        "would",
        "could",
        "should",
        "might",
        "may",
        "is to",
        "are to",
        "plans",
        "planned",
        "expected",
        "upcoming",
        "this coming",
        "next",
        "scheduled",
        "to be held",
        "starting",
        "by the end of",
        "until",
        "through",
        "deadline",
        "aims",
        "target",
    ],
    # (single characters such as 会 "will" also mean "meeting" inside words: left out)
    "zh": [
        "将",
        "将于",
        "计划",
        "预计",
        "即将",
        "拟",
        "下周",
        "明年",
        "可能",
        "将会",
        "截至",
        # (the same in traditional characters)
        "將",
        "將於",
        "計劃",
        "預計",
        "即將",
        "擬",
        "下週",
        "將會",
        # "may / must / please ... by <date>": a deadline ("可在7月18日前申请")
        "可在",
        "可于",
        "可於",
        "请于",
        "請於",
        "须于",
        "須於",
        "应于",
        "應於",
    ],
    "ja": ["予定", "見通し", "来週", "来年", "まで"],
    "th": ["จะ", "คาดว่า", "กำหนด", "แผน", "ในอนาคต", "ภายใน"],
    "ko": ["예정", "계획", "할 것", "다음", "까지"],
    "es": ["será", "serán", "podría", "prevé", "previsto", "planea", "próximo", "próxima", "hasta"],
    "fr": [
        "sera",
        "seront",
        "pourrait",
        "prévu",
        "prévoit",
        "prochain",
        "prochaine",
        "jusqu'à",
        "d'ici",
    ],
    "de": [
        "wird",
        "werden",
        "würde",
        "könnte",
        "geplant",
        "soll",
        "nächste",
        "nächsten",
        "bis",
        # "am kommenden Sonntag": German tells a coming day in the present tense
        "kommenden",
        "kommende",
    ],
    "id": ["akan", "bisa", "rencana", "direncanakan", "mendatang", "depan", "hingga"],
    "ms": ["akan", "boleh", "rancangan", "dijadual", "akan datang", "depan", "hingga"],
    "ru": ["будет", "будут", "может", "планирует", "планируется", "предстоящ", "следующ", "до"],
    "it": ["sarà", "saranno", "potrebbe", "previsto", "prevista", "prossimo", "prossima", "entro"],
    "pt": ["será", "serão", "poderá", "previsto", "prevista", "próximo", "próxima", "até"],
    "nl": ["zal", "zullen", "zou", "gepland", "volgende", "tot"],
    "pl": ["będzie", "będą", "może", "planowany", "planowana", "przyszły", "przyszłym", "do"],
    "tr": ["olacak", "edecek", "planlanıyor", "gelecek", "kadar"],
}
# A plain future right before a date ("将于2022年7月1日", "will open on",
# "sẽ diễn ra vào ngày", "akan digelar pada"): the text tells that day as
# still ahead. Not the conditional ("would", "could"): a plan reported from
# the past. Matched as FUTURE_MARKERS are.
FUTURE_AHEAD: dict[str, list[str]] = {
    "zh": ["将于", "將於", "将在", "將在", "将从", "將從", "拟于", "擬於", "即将", "即將"],
    "ja": ["予定"],
    "ko": ["예정"],
    "en": ["will", "is to", "are to", "to be held", "this coming", "upcoming"],
    "vi": ["sẽ", "dự kiến"],
    "th": ["จะ"],
    "id": ["akan"],
    "ms": ["akan"],
    "es": ["será", "serán", "se celebrará", "entrará en vigor", "el próximo", "la próxima"],
    "fr": ["sera", "seront", "aura lieu", "entrera en vigueur", "prochain", "prochaine"],
    "de": ["wird", "werden", "soll", "kommenden", "kommende"],
    "pt": ["será", "serão", "entrará em vigor", "o próximo", "a próxima"],
    "it": ["sarà", "saranno", "entrerà in vigore", "il prossimo", "la prossima"],
    "ru": ["будет", "будут"],
}
# "Last year" and the like: a yearless date in such a sentence belongs to the
# year before the stamp.
PREVIOUS_YEAR_MARKERS: dict[str, list[str]] = {
    "vi": ["năm ngoái", "năm trước", "năm qua"],
    "en": ["last year", "a year ago", "previous year"],
    "zh": ["去年", "上一年"],
    "ja": ["昨年", "去年"],
    "th": ["ปีที่แล้ว", "ปีก่อน", "ปีที่ผ่านมา"],
    "ko": ["작년", "지난해"],
    "es": ["el año pasado"],
    "fr": ["l'an dernier", "l'année dernière"],
    "de": ["letztes jahr", "im vorjahr", "vergangenes jahr"],
    "id": ["tahun lalu"],
    "ms": ["tahun lalu", "tahun lepas"],
    "ru": ["в прошлом году"],
    "it": ["l'anno scorso", "lo scorso anno"],
    "pt": ["no ano passado", "o ano passado"],
    "nl": ["vorig jaar", "afgelopen jaar"],
    "pl": ["w zeszłym roku", "w ubiegłym roku"],
    "tr": ["geçen yıl"],
}

# Calendar era markers written before (or after) a year, and the number to
# subtract to get the Common Era year. Buddhist Era = CE + 543.
ERA_MARKERS: dict[str, int] = {
    "พ.ศ.": 543,
    "พ.ศ": 543,
    "B.E.": 543,
    "BE": 543,
    "Phật lịch": 543,
    "佛历": 543,
    "佛曆": 543,
    "ค.ศ.": 0,
    "ค.ศ": 0,
    "A.D.": 0,
    "AD": 0,
    "CE": 0,
    "公元": 0,
    "Công nguyên": 0,
}

# Punctuation that is never preceded by a space in careful writing of these
# languages (French puts a thin space before ; : ! ? so only . and , count).
NO_SPACE_BEFORE: dict[str, str] = {
    "default": ".,;:!?",
    "fr": ".,",
    "th": ".,;:!?",
}

# Case endings of names in languages that decline them: "мэр Москвы Сергей
# Собянин" and "мэра Москвы Сергея Собянина" are one man in two cases, not
# two spellings. Two forms with one stem and endings from this list are one
# name declined ('-' is the bare stem).
# fmt: off
NAME_CASE_ENDINGS: dict[str, list[str]] = {
    "ru": ["-", "а", "я", "у", "ю", "е", "и", "ы", "й", "ь", "ом", "ем", "ём", "ой", "ей", "ою",
           "ею", "ым", "им", "ых", "их", "ый", "ий", "ая", "яя", "ую", "юю", "ого", "его", "ому",
           "ему", "ами", "ями", "ах", "ях"],
    "uk": ["-", "а", "я", "у", "ю", "е", "є", "і", "ї", "и", "й", "ь", "ом", "ем", "єм", "ою",
           "ею", "ий", "ій", "ого", "ому", "им", "их"],
    "bg": ["-", "а", "я", "ът", "ят", "о", "е", "и"],
}
# fmt: on

# Names romanised from Arabic, in Latin script: the particles that mark them
# (a page that writes two of them writes Arabic names) and the letters each
# romanisation picks for one Arabic sound. Arabic writes no short vowels, so
# a fatha is 'a' or 'e' (Ahmad/Ahmed), a kasra 'i' or 'e' (Salih/Saleh), a
# damma 'u' or 'o' (Husni/Hosni, Usama/Osama), a diphthong 'ei' or 'ai'
# (Hussein/Husain); jim is 'j' or, in Egypt, 'g' (Jamal/Gamal); qaf is 'q',
# 'k' or, in Libya and the Gulf, 'g' (Qaddafi/Gaddafi). A machine's change of
# a letter outside these (Katarina/Katerina on a page with no Arabic names,
# Jamal/Kamal, Hassan/Hussein) stays a sign of re-transliteration.
# particles joined to the next name with a hyphen ("al-Assad"), then words
ARABIC_NAME_PARTICLES: list[str] = [
    "al-",
    "el-",
    "ad-",
    "ash-",
    "as-",
    "ar-",
    "an-",
    "at-",
    "az-",
    "abdel",
    "abdul",
    "abdal",
    "abd",
    "abu",
    "abou",
    "ibn",
    "bin",
    "bint",
    "ould",
]
ARABIC_ROMANISED_DIGRAPHS: list[tuple[str, str]] = [("dj", "j"), ("ou", "u"), ("ph", "f")]
ARABIC_ROMANISED_LETTERS: list[tuple[str, str]] = [
    ("a", "e"),
    ("i", "e"),
    ("u", "o"),
    # a case vowel before the article of a compound name (Abdullah/Abdallah)
    ("u", "a"),
    ("j", "g"),
    ("q", "g"),
    ("q", "k"),
    # French writes qaf 'c' (Rafic/Rafiq), English a final long i 'y' (Morsy/Morsi)
    ("q", "c"),
    ("i", "y"),
]
# Countries of the Arab world (ISO codes; their names come from CLDR in the
# page's language): a page that names one writes about the Arab world, and a
# name it spells in two romanisations above (Hosni/Husni Mubarak, Abdulla/
# Abdullah Saleh) is a romanisation, even with no particle (Abdel, al-) in it.
ARAB_WORLD_TERRITORIES: list[str] = [
    "AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY",
    "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE",
]  # fmt: skip

# Words that qualify place names (North/South Korea, New/Old Delhi): two names
# differing only in such a word are two places, not one name spelled twice.
NAME_QUALIFIERS: dict[str, list[str]] = {
    "en": [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "new",
        "old",
        "upper",
        "lower",
        "great",
        "greater",
        "little",
        "central",
        "saint",
    ],
    "fr": [
        "nord",
        "sud",
        "est",
        "ouest",
        "nouveau",
        "nouvelle",
        "vieux",
        "haute",
        "basse",
        "saint",
        "sainte",
    ],
    "es": [
        "norte",
        "sur",
        "este",
        "oeste",
        "nuevo",
        "nueva",
        "viejo",
        "alto",
        "bajo",
        "san",
        "santa",
    ],
    "de": ["nord", "süd", "ost", "west", "neu", "alt", "ober", "unter", "groß", "klein"],
    "id": ["utara", "selatan", "timur", "barat", "baru", "lama", "besar", "kecil"],
    "ms": ["utara", "selatan", "timur", "barat", "baru", "lama", "besar", "kecil"],
    "vi": ["bắc", "nam", "đông", "tây", "tân", "cựu", "thượng", "hạ"],
}

# Common nouns a language capitalises in titles, offices and place names
# ("Wali Kota", "Balai Kota", "Kantor Bupati"; "Town Hall"): two such names
# sharing a word ("Wali Kota" / "Balai Kota") are two things, not one person
# spelled two ways. Casefolded; a word of the shared pair or either variant.
CAPITALISED_COMMON_NOUNS: dict[str, list[str]] = {
    "id": [
        "kota",
        "wali",
        "balai",
        "kabupaten",
        "provinsi",
        "desa",
        "kecamatan",
        "kelurahan",
        "bupati",
        "gubernur",
        "camat",
        "lurah",
        "dinas",
        "kantor",
        "badan",
        "dewan",
        "kepala",
        "wakil",
        "ketua",
        "menteri",
        "kementerian",
        "presiden",
        "rumah",
        "sakit",
        "jalan",
        "pasar",
        "taman",
        "gedung",
        "istana",
        "masjid",
        "gereja",
        "pura",
        "sungai",
        "gunung",
        "pulau",
        "danau",
        "teluk",
        "selat",
        "tanjung",
        "bandara",
        "pelabuhan",
        "stasiun",
        "sekolah",
        "universitas",
        "polisi",
        "polda",
        "polres",
        "pengadilan",
        "negeri",
        "daerah",
        "umum",
        "raya",
    ],
    "ms": [
        "bandar",
        "daerah",
        "negeri",
        "majlis",
        "dewan",
        "jabatan",
        "kementerian",
        "menteri",
        "ketua",
        "timbalan",
        "perdana",
        "jalan",
        "pasar",
        "taman",
        "hospital",
        "sungai",
        "bukit",
        "gunung",
        "pulau",
        "masjid",
        "sekolah",
        "universiti",
        "balai",
        "datuk",
        "bandaraya",
        "raya",
    ],
    "en": [
        "city",
        "town",
        "county",
        "state",
        "hall",
        "council",
        "street",
        "road",
        "avenue",
        "square",
        "park",
        "bridge",
        "river",
        "lake",
        "mount",
        "island",
        "bay",
        "port",
        "station",
        "airport",
        "hospital",
        "school",
        "university",
        "college",
        "court",
        "house",
        "palace",
        "department",
        "ministry",
        "minister",
        "mayor",
        "governor",
    ],
}

# Languages so close that a detector confuses their short texts (Indonesian and
# Malay): a block in one on a page in the other is not "foreign".
CLOSE_LANGUAGES: list[frozenset[str]] = [
    frozenset({"id", "ms"}),
    frozenset({"sr", "hr", "bs"}),
    frozenset({"da", "no", "nb", "nn"}),
    frozenset({"cs", "sk"}),
]

# Notes added after publication ("Updated", "Correction"): a date in them may
# follow the stamp legitimately.
# Words that put a day as the target of what a sentence reports ("called a
# hearing for 12 December", "un'assemblea per il 5 novembre", "verschoben auf
# den 4. Dezember"): the day is when the thing is set to happen, so a past
# verb in the sentence dates the setting, not that day. Right before the date,
# lower case.
DAY_SET_FOR: dict[str, list[str]] = {
    "en": ["for", "for the"],
    "it": ["per il", "per l'", "per l’", "per la giornata del"],
    "es": ["para el", "para el día"],
    "pt": ["para o", "para o dia", "para dia"],
    "fr": ["pour le", "pour la journée du"],
    "de": ["für den", "für", "auf den"],
    "id": ["untuk tanggal"],
    "vi": ["cho ngày"],
}

UPDATE_NOTE_MARKERS: dict[str, list[str]] = {
    "en": ["update", "updated", "correction", "corrected", "editor's note", "clarification"],
    "vi": ["cập nhật", "đính chính", "sửa lại"],
    "zh": ["更新", "更正", "编者按"],
    "ja": ["更新", "訂正"],
    "th": ["อัปเดต", "แก้ไข"],
    "ko": ["업데이트", "정정"],
    "es": ["actualizado", "actualizada", "actualización", "corrección", "fe de erratas"],
    "fr": ["mis à jour", "mise à jour", "correction", "rectificatif"],
    "de": ["aktualisiert", "korrektur", "berichtigung"],
    "id": ["diperbarui", "pembaruan", "koreksi", "ralat"],
    "ms": ["dikemas kini", "pembetulan", "ralat"],
    "ru": ["обновлено", "исправлено", "поправка"],
    "pt": ["atualizado", "atualizada", "atualização", "correção", "errata"],
    "it": ["aggiornato", "aggiornata", "aggiornamento", "rettifica"],
}

# Vocabulary of the trades that buy injected lines (gambling, quick loans,
# pills, link selling), general phrases of each language, never one page's
# slogan. Bare words such as "betting" or "apuestas" are left out: a
# responsible-gambling helpline ("if betting is a problem, call ...") ends
# many sports pages. Alone such a word may be the article's topic; the spam rule needs
# it together with a way to reach the seller (a handle, a phone number, a
# link) on one short line. Matched as whole words in spaced languages and as
# substrings in zh/ja/th; "…" in a phrase lets a few words (characters in
# zh/ja/th) stand between its parts (rules._gapped).
SOLICIT_CUES: dict[str, list[str]] = {
    "en": [
        # credential phishing and crypto pumps: "verify your account at <domain>",
        # "presale ends tonight ... t.me/..." (beside a way to write, as the rest;
        # none opening on a common word, for the reason above)
        "verify your account",
        "confirm your account",
        "presale",
        "pre-sale",
        "100x",
        "1000x",
        "guaranteed gains",
        "betting group",
        "betting site",
        "betting tips",
        "bet now",
        "online casino",
        "casino bonus",
        "live casino",
        "online slots",
        "slot games",
        "jackpot",
        "free spins",
        "free spin",  # "FREE SPIN 500": the offer's name, in the singular
        "sure win",
        "sure-win",
        "win big",
        # "…": a few words may stand between ("instant cash loans", "payday
        # installment loans"); each word may take a plural
        "instant…loan",
        "payday…loan",
        "quick loans",
        "no credit check",
        "cash fast",
        "money in your account",
        "without prescription",
        "no prescription",
        "online pharmacy",
        "generic pills",
        "viagra",
        "cialis",
        "levitra",
        "without rx",
        "no rx",
        "backlinks",
        "seo services",
        "welcome bonus",
        "no deposit bonus",
        "deposit bonus",
        # a bookmaker's offers ("£30 free bet", "boosted odds")
        "free bet",
        "free bets",
        "boosted odds",
        "enhanced odds",
        # easy money and "investment" pitches (each opening on a word news
        # seldom uses: a table's first words gate every paragraph)
        "earn money from home",
        "earn money online",
        "guaranteed returns",
        "guaranteed profit",
        "crypto signals",
        # followers and likes for sale, slimming pills, paid 'like and share' tasks
        "buy followers",
        "real followers",
        "instagram followers",
        "buy likes",
        "slimming pills",
        "weight loss pills",
        "fat burner pills",
        "lose weight fast",
        "money-back guarantee",
        # investment-signal groups and trading schemes (heldout8's styles;
        # none opening on a common word: "trading", "risk", "signal" would
        # open the gate on every market report)
        "forex signals",
        "vip signals",
        # forged diplomas and certificates for sale
        "fake diploma",
        "fake degree",
        "buy a degree",
        "novelty diploma",
        # bank accounts and SIM cards bought, sold or rented (money mules),
        # bad credit records "cleared"
        "bank accounts for sale",
        "buy bank accounts",
        "sell your bank account",
        "rent your bank account",
        "fix your credit score",
    ],
    "vi": [
        "xác thực tài khoản",
        "xác minh tài khoản",
        "vay tiền nhanh",
        "vay tiền online",
        "không thẩm định",
        "vay nhanh",
        "vay online",
        "kèo",
        "cá độ",
        "cá cược",
        "nhà cái",
        "nổ hũ",
        "tài xỉu",
        "đổi thưởng",
        "nạp rút",
        "tỷ lệ thắng",
        "lô đề",
        "casino trực tuyến",
        "casino online",
        # ("việc nhẹ lương cao" left out: "việc" opens half of all sentences,
        # and a table's first words gate every paragraph)
        "kiếm tiền online",
        "kiếm tiền tại nhà",
        "lợi nhuận cam kết",
        # a daily profit promised
        "lãi mỗi ngày",
        "lợi nhuận mỗi ngày",
        # followers and likes for sale, slimming pills, paid 'like and share' tasks
        "tăng follow",
        "mua follow",
        "tăng like",
        "bán like",
        "giảm cân cấp tốc",
        "thuốc giảm cân",
        "làm nhiệm vụ",
        # investment-signal groups and trading schemes (heldout8's styles)
        "cổng game",
        "cược miễn phí",
        # crypto signal groups ("nhóm tín hiệu coin", "kèo coin x10")
        "tín hiệu coin",
        "kèo coin",
        "kèo crypto",
        # forged diplomas and papers for sale ("làm bằng tay" is no trade:
        # the degree or the forgery must be named)
        "làm bằng đại học",
        "làm bằng cấp",
        "làm bằng giả",
        # ... and driving licences ("nhận làm bằng lái xe")
        "làm bằng lái",
        "làm giấy tờ giả",
        # bank accounts and SIM cards bought, sold or rented (money mules),
        # bad credit records "cleared"
        "mua bán tài khoản ngân hàng",
        "thu mua tài khoản ngân hàng",
        "thuê tài khoản ngân hàng",
        "bán tài khoản ngân hàng",
        "sim rác",
        "xóa nợ xấu",
    ],
    "th": [
        "ยืนยันบัญชีของคุณ",
        "บัญชีของคุณถูกระงับ",
        "สล็อต",
        "บาคาร่า",
        "แทงบอล",
        "เครดิตฟรี",
        "ฝากถอน",
        "ฝาก-ถอน",
        "โบนัส",
        "พนัน",
        "คาสิโน",
        "หวยออนไลน์",
        "สินเชื่อด่วน",
        "เงินด่วน",
        "เว็บตรง",
        "รายได้เสริม",
        "งานออนไลน์รายได้ดี",
        "กำไรการันตี",
        # a profit 'guaranteed, no loss' ("การันตีไม่ขาดทุน")
        "การันตีไม่ขาดทุน",
        # a daily profit and a withdrawal 'that really pays' promised
        "กำไรวันละ",
        "ถอนได้จริง",
        # followers and likes for sale, slimming pills, paid 'like and share' tasks
        "งานกดไลก์",
        "กดไลก์ กดแชร์",
        "รับจ้างกดไลก์",
        "รายได้วันละ",
        "ปั๊มไลก์",
        "ปั๊มฟอล",
        "ยาลดน้ำหนัก",
        "ลดน้ำหนักเร่งด่วน",
        # investment-signal groups and trading schemes (heldout8's styles)
        "สัญญาณเทรด",
        "กลุ่มสัญญาณ",
        "กำไรการันตี",
        # forged diplomas and certificates for sale
        "รับทำวุฒิ",
        "รับทำใบปริญญา",
        "รับทำใบรับรอง",
        # bank accounts bought or rented (mule accounts), credit-bureau
        # records "fixed"
        "รับซื้อบัญชี",
        "รับเช่าบัญชี",
        "แก้ไขประวัติเครดิตบูโร",
        "แก้บูโร",
        "ล้างบูโร",
    ],
    "zh": [
        "验证您的账户",
        "验证您的帐户",
        "账户已被冻结",
        "账号已被冻结",
        "彩金",
        "博彩",
        "赌场",
        "下注",
        "注册即送",
        "注册送",
        "网贷",
        "秒批",
        "黑白户",
        "日赚",
        "代孕",
        # "…": a few characters may stand between (代开各类发票, 代开增值税发票)
        "代开…发票",
        "娱乐城",
        "棋牌",
        "返水",
        "刷单",
        "百家乐",
        # easy money, "arbitrage" and signal groups
        "稳赚",
        "躺赚",
        "日入",
        "高回报",
        "搬砖套利",
        "带单",
        "兼职",
        # followers and likes for sale, slimming pills, paid 'like and share' tasks
        "刷粉",
        "买粉",
        "涨粉",
        "减肥药",
        "瘦身胶囊",
        "点赞兼职",
        # investment-signal groups and trading schemes (heldout8's styles)
        "带单",
        "喊单",
        "稳赚不赔",
        "荐股群",
        # forged diplomas and seals; quick loans as Taiwan and Hong Kong
        # adverts write them (read in Traditional spellings too)
        "假文凭",
        "代办…毕业证",
        "代办…学历",
        "刻章",
        "小额借款",
        "免保人",
        "免抵押",
        "当天放款",
        "当天拨款",
        "急用钱",
        "缺钱急用",
        # bank cards, SIM cards and company accounts bought or rented (money
        # mules), credit records "repaired"
        "回收…银行卡",
        "收购…银行卡",
        "高价收…银行卡",
        "出租…银行卡",
        "对公账户出售",
        "征信修复",
        "修复征信",
        "洗白征信",
    ],
    # and the pills a hacked page's link list sells ("バイアグラ 通販 処方箋なし")
    "ja": [
        "カジノ",
        "出会い系",
        "即日融資",
        "バイアグラ",
        "シアリス",
        "レビトラ",
        "処方箋なし",
        "処方箋不要",
        # followers and likes for sale, slimming pills, paid 'like and share' tasks
        "フォロワー購入",
        "痩せる薬",
    ],
    "ko": [
        "카지노",
        "토토",
        "바카라",
        "먹튀",
        "계정 인증",
        "계정이 정지",
        "팔로워 구매",
        "다이어트약",
        # investment-signal groups and trading schemes (heldout8's styles)
        "리딩방",
        "부업",
        "수익 보장",
    ],
    "es": [
        "verifique su cuenta",
        "verifica tu cuenta",
        "preventa",
        "casa de apuestas",
        "apuestas seguras",
        "apuesta ya",
        "casino online",
        "casino en línea",
        "préstamo rápido",
        "préstamos rápidos",
        "dinero rápido",
        "tragamonedas",
        "sin receta",
        # a loan advert's promises
        "préstamo sin aval",
        "préstamos sin aval",
        # bank accounts bought or rented (money mules), credit records "cleaned"
        "compramos cuentas bancarias",
        "renta tu cuenta bancaria",
        "alquila tu cuenta bancaria",
        "limpiamos tu historial crediticio",
        "crédito sin aval",
        "dinero en tu cuenta",
        "sin consultar buró",
        # forged diplomas for sale
        "título sin estudiar",
        "títulos sin estudiar",
        "títulos universitarios sin",
        "giros gratis",
        "tiradas gratis",
        "bono de bienvenida",
        "bono sin depósito",
        "gana dinero desde casa",
        # a bookmaker's offers, as the English "boosted odds", "free bet"
        "cuotas mejoradas",
        "apuesta gratis",
        "ganancias garantizadas",
        "ingresos garantizados",
        # a daily return promised
        "ganancias diarias",
        # followers and likes for sale, slimming pills, paid 'like and share' tasks
        "seguidores reales",
        "compra seguidores",
        "comprar seguidores",
        "pastillas para adelgazar",
        "adelgaza rápido",
        "adelgazar rápido",
        "quema grasa",
        "sin dieta",
        # investment-signal groups and trading schemes (heldout8's styles)
        "señales de inversión",
        "señales de trading",
        "rentabilidad garantizada",
    ],
    "fr": [
        "vérifiez votre compte",
        "prévente",
        "casino en ligne",
        "pronostics gagnants",
        "prêt rapide",
        "crédit rapide",
        "sans ordonnance",
        "prêt sans justificatif",
        "crédit sans justificatif",
        "argent sur votre compte",
        "sans frais de dossier",
        "tours gratuits",
        "bonus de bienvenue",
        "bonus sans dépôt",
        "gagnez jusqu'à",
        "gagner de l'argent depuis chez vous",
        # a bookmaker's offers ("pariez", "cotes boostées", "pari offert"),
        # as the English "bet now", "boosted odds", "free bet"
        "pariez",
        "cotes boostées",
        "pari offert",
        "pari remboursé",
        "gains garantis",
        "revenus garantis",
        # a daily gain promised
        "gains quotidiens",
        # followers and likes for sale, slimming pills, paid 'like and share' tasks
        "abonnés réels",
        "acheter des abonnés",
        "acheter des followers",
        "maigrir vite",
        "sans régime",
        "pilules minceur",
        # investment-signal groups and trading schemes (heldout8's styles)
        "trading automatique",
        "robot de trading",
        "signaux de trading",
        "rendement garanti",
        "premier dépôt",
    ],
    "de": [
        "online casino",
        "sportwetten tipps",
        "kredit ohne schufa",
        "ohne rezept",
        "sofortkredit",
        "ohne schufa",
        "geld sofort auf ihrem konto",
        "freispiele",
        "willkommensbonus",
        "bonus ohne einzahlung",
        # followers and likes for sale, slimming pills, paid 'like and share' tasks
        "follower kaufen",
        "echte follower",
        "schnell abnehmen",
        "abnehmen ohne diät",
        "schlankheitspillen",
        # investment-signal groups and trading schemes (heldout8's styles)
        "trading-signale",
        "krypto-signale",
        "signalgruppe",
        "garantierte rendite",
        "garantierter gewinn",
    ],
    "id": [
        "verifikasi akun anda",
        "akun anda diblokir",
        "akun anda akan diblokir",
        "judi",
        "slot",
        "gacor",
        "togel",
        "pinjaman online",
        "pinjol",
        "kerja dari rumah",
        "penghasilan tambahan",
        "profit dijamin",
        # a daily profit promised
        "profit harian",
        "untung harian",
        # followers and likes for sale, slimming pills, paid 'like and share' tasks
        "jual followers",
        "followers aktif",
        "obat pelangsing",
        "turun berat badan cepat",
        # investment-signal groups and trading schemes (heldout8's styles)
        "sinyal trading",
        "grup sinyal",
        "cuan harian",
    ],
    "ms": ["judi", "slot", "pinjaman segera"],
    "pt": [
        "verifique sua conta",
        "pré-venda",
        "casa de apostas",
        "cassino online",
        "empréstimo rápido",
        "sem consulta ao spc",
        "sem consulta ao serasa",
        # "…": "empréstimo pessoal sem consulta", "empréstimos na hora sem consulta"
        "empréstimo…sem consulta",
        "dinheiro na sua conta",
        "rodadas grátis",
        "giros grátis",
        "bônus de boas-vindas",
        "bônus sem depósito",
        "ganhe dinheiro em casa",
        # a bookmaker's offers, as the English "boosted odds", "free bet"
        "odds turbinadas",
        "odds aumentadas",
        "aposta grátis",
        "renda extra",
        "lucro garantido",
        # loans 'for the blacklisted', money 'in the account', a daily profit
        "dinheiro na conta",
        "crédito…sem consulta",
        "empréstimo para negativados",
        "crédito para negativados",
        "lucro diário",
        # followers and likes for sale, slimming pills, paid 'like and share' tasks
        "seguidores reais",
        "comprar seguidores",
        "compre seguidores",
        "emagreça",
        "emagrecer rápido",
        "cápsulas para emagrecer",
        "sem dieta",
        "seu dinheiro de volta",
        # investment-signal groups and trading schemes (heldout8's styles)
        "sinais de trading",
        "sinais de investimento",
        "lucro garantido",
        "rentabilidade garantida",
    ],
    "ru": [
        "казино",
        "букмекер",
        "займ онлайн",
        "займы онлайн",
        "подтвердите свой аккаунт",
        # investment-signal groups and trading schemes (heldout8's styles)
        "сигналы по криптовалюте",
        "торговые сигналы",
        "клуб инвесторов",
        "гарантированный доход",
        "гарантированная доходность",
    ],
    # (the words for betting and betting sites, "مراهنات", "مواقع المراهنات",
    # are a story's topic as often as an advert's, and Arabic's article
    # joined to the word hides the topic from a whole-word match: only the
    # trade's own pitches)
    "ar": [
        "أفضل موقع مراهنات",
        "موقع مراهنات موثوق",
        "كازينو أون لاين",
        "كازينو اون لاين",
        "بونص ترحيبي",
        "قمار أون لاين",
        "ربح مضمون",
        # investment-signal groups and trading schemes (heldout8's styles)
        "توصيات تداول",
        "إشارات التداول",
        "أرباح مضمونة",
    ],
    "it": [
        "casinò online",
        "casino online",
        "giri gratis",
        "bonus di benvenuto",
        "bonus senza deposito",
        "scommesse sicure",
        "prestito veloce",
        "senza ricetta",
    ],
}

# Two trades that buy injected lines and had no words above: tips for the
# next lottery draw sold as sure numbers ("soi cầu", "เลขเด็ด", "prediksi
# togel", "必中号码"), and crypto "pump" groups promising a coin will
# multiply ("about to 100x", "拉盘群"). As every trade word here, they count
# only beside a way to write to the seller, and not where the article's own
# prose names them (a story on lottery results or on pump scams).
_add_words(
    SOLICIT_CUES,
    {
        "en": [
            "lottery predictions",
            "lotto predictions",
            "guaranteed winning numbers",
            "sure numbers",
            "pump group",
            "pump channel",
            "pump signals",
            "next 100x",
            "100x gem",
            "about to 100x",
            "about to 50x",
            "about to 10x",
        ],
        "vi": ["soi cầu", "bạch thủ", "dàn đề", "số vip", "nhóm pump", "kèo pump"],
        "th": ["เลขเด็ด", "หวยเด็ด", "สามตัวตรง", "ขายเลข", "กลุ่มปั่นเหรียญ", "เหรียญร้อยเท่า"],
        "id": [
            "prediksi togel", "bocoran togel", "angka jitu", "angka main", "grup pump", "koin 100x",
        ],
        "ms": ["ramalan nombor", "nombor ekor", "kumpulan pump"],
        "zh": ["必中号码", "彩票预测", "精准计划", "拉盘群", "百倍币", "暴涨币"],
        "es": [
            "pronósticos de lotería",
            "números ganadores garantizados",
            "grupo de pump",
            "próxima 100x",
        ],
        "pt": ["palpites do jogo do bicho", "palpite certeiro", "grupo de pump", "próxima 100x"],
        "fr": ["pronostics loto", "numéros gagnants garantis", "groupe de pump", "prochaine 100x"],
    },
)

# Loan-shark and betting adverts in Malay and Khmer, in their trades' own
# words: a credit check waived by naming the bureau ("tanpa semakan CTOS",
# Malay's "no credit check"), a personal or "licensed moneylender" loan
# approved at once; football and online-casino betting (ភ្នាល់បាល់,
# កាស៊ីណូអនឡាញ). Like every trade word, they count only beside a way to
# write to the seller and outside the article's own topic.
_add_words(
    SOLICIT_CUES,
    {
        "ms": [
            "pinjaman peribadi",
            "pinjaman wang berlesen",
            "tanpa semakan ctos",
            "tanpa ctos",
            "lulus segera",
            "kasino dalam talian",
            "slot dalam talian",
            "pertaruhan bola",
        ],
        "km": ["ភ្នាល់បាល់", "ភ្នាល់អនឡាញ", "កាស៊ីណូអនឡាញ", "ល្បែងស៊ីសងអនឡាញ", "ស្លុតអនឡាញ"],
    },
)

# Trades more that buy injected lines, in their own words: fixers selling a
# visa "sure to pass" with no bank statement or interview ("bao đậu", "包过",
# "无需面签"), pills sold to grow taller, loans that waive the credit bureau's
# check by naming it ("ไม่เช็คบูโร", "không check CIC", "不查征信", Malay's
# "tanpa CTOS" above), a wallet to "connect" for "free tokens", a slimming
# tea; and betting and quick-loan adverts in languages the tables above
# lacked (Lao, Burmese, Hindi, Tagalog). Like every trade word, they count
# only beside a way to write to the seller and outside the article's own
# topic (a report on visa fraud or on loan sharks names them again).
_add_words(
    SOLICIT_CUES,
    {
        "en": [
            "visa guaranteed",
            "guaranteed visa",
            "height increase pills",
            "grow taller pills",
            "connect your wallet",
            "free tokens",
            "slimming tea",
        ],
        "th": [
            "รับทำวีซ่า",
            "วีซ่าผ่านชัวร์",
            "ยาเพิ่มความสูง",
            "ไม่เช็คบูโร",
            "ไม่เช็กบูโร",
            "ไม่ตรวจบูโร",
            "ปล่อยกู้ด่วน",
        ],
        "vi": [
            "bao đậu visa",
            "visa bao đậu",
            "bao đậu",
            "bao đỗ",
            "không cần chứng minh tài chính",
            "thuốc tăng chiều cao",
            "thuốc giảm mỡ",
            "trà giảm cân",
            "không check cic",
            "không cần check cic",
            "nợ xấu vẫn vay",
        ],
        "zh": [
            "代办签证",
            "签证包过",
            "包出签",
            "包过",
            "包下签",
            "免面签",
            "无需面签",
            "拒签全额退款",
            "增高药",
            "长高神器",
            "不查征信",
            "不看征信",
            "减肥茶",
        ],
        "id": [
            "visa dijamin",
            "visa pasti tembus",
            "obat peninggi",
            "peninggi badan",
            "tanpa bi checking",
            "tanpa cek bi",
            "teh pelangsing",
        ],
        "es": [
            "visa garantizada",
            "pastillas para crecer",
            "sin revisar buró",
            "sin buró de crédito",
            "té adelgazante",
            "pierde…kilos",
        ],
        "fr": ["thé minceur", "perdez…kilos", "visa garanti"],
        "de": ["schlankheitstee", "visum garantiert"],
        "lo": ["ຄາສິໂນອອນລາຍ", "ພະນັນອອນລາຍ", "ແທງບານອອນລາຍ", "ສະລັອດອອນລາຍ", "ເງິນດ່ວນ", "ກູ້ເງິນດ່ວນ"],
        "my": ["လောင်းကစား", "ပေါက်ကြေး", "ဘောလုံးလောင်း", "ကာစီနို", "အမြန်ချေးငွေ"],
        "hi": ["ऑनलाइन सट्टा", "सट्टा बाजार", "ऑनलाइन कैसीनो", "इंस्टेंट लोन", "बिना सिबिल", "बिना निवेश"],
        "tl": ["e-sabong", "online sabong", "online sugal", "pautang agad", "walang collateral"],
    },
)
# Casino bonuses in Japanese and Arabic, beside the casino's own name (an
# advert paragraph needs two trade words), and loan, betting and
# easy-money adverts in Czech, Swahili and Romanian, whose pages had none.
_add_words(
    SOLICIT_CUES,
    {
        "ja": ["入金不要ボーナス", "初回入金ボーナス", "フリースピン"],
        "ar": ["مكافأة ترحيبية", "لفات مجانية", "دورات مجانية", "بدون إيداع"],
        "cs": ["půjčka bez registru", "půjčky bez registru", "rychlá půjčka", "ihned na účet",
               "i pro dlužníky", "bez doložení příjmů", "online kasino", "bonus za registraci"],
        "sw": ["mkopo wa haraka", "mikopo ya haraka", "bila dhamana", "bila mdhamini",
               "kasino mtandaoni", "kamari mtandaoni", "bonasi ya kujisajili"],
        "ro": ["credit rapid", "împrumut rapid", "fără biroul de credit", "cazino online",
               "pariuri online", "bonus de bun venit", "rotiri gratuite", "fără investiție",
               "câștigă bani de acasă"],
    },
)

# Betting, quick-loan and trading-signal adverts in Turkish, Greek and
# Persian, whose pages had no trade words: a "trial bonus" for betting sites
# ("deneme bonusu"), loans waiving the credit bureau's check by naming it
# ("χωρίς έλεγχο στον Τειρεσία"), a betting site's first-deposit bonus
# ("بونوس اولین واریز"); and copy-trading or pump pitches that promise a
# coin or gold account will multiply or never lose ("copy trade vàng",
# "cam kết không cháy tài khoản", "จะพุ่ง … เท่า", "稳赚不赔"). Like every
# trade word, they count only beside a way to write to the seller and
# outside the article's own topic (a crackdown on betting sites names them).
_add_words(
    SOLICIT_CUES,
    {
        "tr": [
            "deneme bonusu",
            "bahis siteleri",
            "bahis sitesi",
            "canlı bahis",
            "çevrimsiz",
            "freespin",
            "casino siteleri",
            "slot siteleri",
            "kredi notuna bakmadan",
            "anında kredi",
            "garantili kazanç",
            "sinyal grubu",
        ],
        "el": [
            "χωρίς εγγυητή",
            "χωρίς έλεγχο στον τειρεσία",
            "χωρίς τειρεσία",
            "γρήγορο δάνειο",
            "γρήγορα δάνεια",
            "online καζίνο",
            "στοιχηματικές εταιρείες χωρίς",
            "δωρεάν περιστροφές",
            "μπόνους εγγραφής",
        ],
        "fa": [
            "سایت شرط بندی",
            "سایت شرط‌بندی",
            "شرط بندی فوتبال",
            "کازینو آنلاین",
            "بونوس اولین واریز",
            # a bonus of any percentage ("بونوس ۱۰۰ درصد", "بونوس ۵۰ درصدی"), not one amount
            "بونوس…درصد",
            "بونوس…درصدی",
            "پیش‌بینی رایگان",
            "سود تضمینی",
            "وام فوری",
        ],
        "en": ["copy trade", "copy trading", "risk-free profit"],
        "vi": [
            "copy trade",
            "không cháy tài khoản",
            "cam kết lợi nhuận",
            "lợi nhuận…/tuần",
            "lợi nhuận…/ngày",
            "nhóm vip",
            "tín hiệu vàng",
            "kéo coin",
        ],
        "th": ["จะพุ่ง…เท่า", "รับสัญญาณฟรี", "สัญญาณซื้อขายฟรี", "ก๊อปเทรด", "กำไรการันตี"],
        "zh": ["跟单", "稳赚不赔", "带单老师", "内部信号", "日赚"],
    },
)

# Two trades more in their sellers' own words: "lucky" phone numbers sold
# by their digit patterns ("sim số đẹp", "sim tam hoa", "tứ quý": three or
# four of a kind), and folk remedies sold as a family's secret recipe, with
# a discount for bulk ("祖传秘方", "量大从优"). Beside a contact only, as above.
_add_words(
    SOLICIT_CUES,
    {
        "vi": ["sim số đẹp", "sim tam hoa", "sim tứ quý", "sim thần tài", "sim phong thủy"],
        "zh": ["祖传秘方", "量大从优", "量大价优", "壮阳秘方"],
        "en": ["lucky phone numbers", "vip phone numbers", "secret family remedy"],
    },
)

# A slimming pitch's promise in Portuguese and Italian, as Spanish and
# French have it above ("pierde…kilos", "perdez…kilos"): the reader told, in
# the imperative, to lose so many kilos (English "lose" is also a report's
# "participants lose 5 kg": not listed); and a pill seller's "discreet
# delivery", which no report promises.
_add_words(
    SOLICIT_CUES,
    {
        "en": ["discreet…delivery", "discreet shipping", "discreet packaging"],
        "pt": ["perca…quilos", "perca…kg", "emagreça…quilos", "emagreça…kg"],
        "it": ["perdi…chili", "perdi…kg", "dimagrisci…chili"],
    },
)

# A shop's call to buy ("Buy now with 40% off: amzn.to/.."): with a link on a
# short line, an affiliate advert. Not a trade word of SOLICIT_CUES: the same
# words name a kind of credit ("buy now, pay later"), so a line that also
# says PAY_LATER is about that credit, not a call to buy.
# A shop's discount code ("use promo code X at checkout", "code promo"), the
# affiliate's way to be paid, counts as such a call.
BUY_NOW_CUES: dict[str, list[str]] = {
    "en": ["buy now", "order now", "shop now", "promo code", "coupon code", "discount code"],
    "es": [
        "compra ahora",
        "cómpralo ahora",
        "compra ya",
        "código de descuento",
        "código promocional",
        "cupón de descuento",
    ],
    "pt": ["compre agora", "compre já", "cupom de desconto", "código promocional"],
    "fr": [
        "achetez maintenant",
        "achetez dès maintenant",
        "commandez maintenant",
        "code promo",
        "code de réduction",
    ],
    "de": ["jetzt kaufen", "jetzt bestellen", "gutscheincode", "rabattcode"],
    "it": ["compra ora", "acquista ora", "acquista subito", "codice sconto", "codice promozionale"],
    # and a seller's pitch of cash on delivery ("ship COD toàn quốc", "bisa COD")
    "vi": ["mua ngay", "săn sale", "ship cod", "giá tận gốc", "mã giảm giá", "mã khuyến mãi"],
    "id": ["beli sekarang", "bisa cod", "kode promo", "kode voucher", "kode diskon"],
    "th": ["สั่งซื้อเลย", "เก็บเงินปลายทาง", "โค้ดส่วนลด"],
    "zh": ["立即购买", "马上抢购", "优惠码", "折扣码"],
    "ja": ["クーポンコード", "プロモコード", "割引コード"],
    "ko": ["할인 코드", "할인코드", "쿠폰 코드", "쿠폰코드"],
}
# The words of a shop's link in an affiliate deals box ("$279 at ShopMax –
# View Deal", "최저가 보러가기"): with a price in the same block, an advert.
# Only link words: "check the price of eggs" or "xem giá vàng" (a gold-price
# page's own link) are not here. Lower case.
DEAL_CALLS: dict[str, list[str]] = {
    "en": ["view deal", "see deal", "get deal", "check price", "see price", "view price"],
    "es": ["ver oferta", "ver precio", "consultar precio"],
    "pt": ["ver oferta", "ver preço", "conferir preço"],
    "fr": ["voir l'offre", "voir l’offre", "voir le prix", "voir le deal"],
    "de": ["zum angebot", "zum deal", "preis prüfen", "preis ansehen"],
    "it": ["vedi offerta", "vai all'offerta", "vedi prezzo", "scopri il prezzo"],
    "vi": ["xem ưu đãi", "xem deal", "săn deal"],
    "id": ["lihat penawaran", "ambil promo"],
    "th": ["ดูดีล", "ดูข้อเสนอ"],
    "zh": ["查看优惠", "去购买", "前往购买", "查看最低价"],
    "ja": ["最安値をチェック", "最安値を見る", "価格をチェック"],
    "ko": ["최저가 보러가기", "최저가 확인하기", "특가 보러가기", "구매하러 가기"],
}
PAY_LATER: dict[str, list[str]] = {
    "en": ["pay later"],
    "es": ["paga después", "paga más tarde", "pagar después"],
    "pt": ["pague depois", "pagar depois"],
    "fr": ["payez plus tard", "payer plus tard"],
    "de": ["später bezahlen", "später zahlen"],
    "it": ["paga dopo", "paga più tardi", "pagare dopo"],
    "vi": ["trả sau"],
    "id": ["bayar nanti", "bayar belakangan", "paylater"],
    "th": ["จ่ายทีหลัง"],
    "zh": ["先买后付", "先享后付"],
}

# Sentences in which a page says it was made by a machine or copied
# wholesale: the page naming itself ("this article") and how it was made,
# both in one sentence. A syndication credit ("originally published by",
# "republished with permission") names a source, not a machine, and does
# not count. Substrings, lower case.
SELF_REFERENCE: dict[str, list[str]] = {
    "en": [
        "this article",
        "this post",
        "this story",
        "this page",
        "this content",
        "this news",
        "this text",
    ],
    "vi": ["bài viết", "bài báo", "nội dung này", "tin này", "bài này"],
    "th": ["บทความนี้", "ข่าวนี้", "เนื้อหานี้", "โพสต์นี้"],
    "zh": ["本文", "本篇", "本站内容", "此文", "该文章", "本内容"],
    "ja": ["この記事", "本記事"],
    "es": ["este artículo", "esta noticia", "este contenido", "esta nota", "este texto"],
    "fr": ["cet article", "ce contenu", "cette page", "ce texte"],
    "de": ["dieser artikel", "dieser beitrag", "dieser inhalt", "dieser text"],
    "id": ["artikel ini", "berita ini", "konten ini", "tulisan ini"],
    "ms": ["artikel ini", "berita ini"],
    "pt": [
        "este artigo",
        "esta notícia",
        "este conteúdo",
        "este texto",
        "esta matéria",
        "esta reportagem",
    ],
    "ru": ["эта статья", "этот материал", "данный материал", "данная статья"],
    "ko": ["이 기사", "본 기사"],
    # Arabic may put the verb first: "تم إنشاء هذا المحتوى تلقائيا"
    "ar": [
        "هذا المقال",
        "هذا الخبر",
        "هذه المادة",
        "هذا المحتوى",
        "تم إنشاء هذا",
        "تم إعداد هذا",
        "تمت كتابة هذا",
        "تم توليد هذا",
    ],
    "it": ["questo articolo", "questo contenuto", "questa notizia"],
    "nl": ["dit artikel", "deze inhoud", "dit bericht", "deze tekst"],
    "pl": ["ten artykuł", "ta treść", "ten tekst"],
    "tr": ["bu içerik", "bu haber", "bu makale"],
    "sv": ["denna artikel", "den här artikeln", "denna text", "den här texten", "detta innehåll"],
}
# A head noun the page's name may follow as the sentence's subject ("The
# content of this article was generated ...", "Nội dung bài viết do AI tạo
# ra", "El contenido de este artículo ..."): the notice still speaks of the
# page itself. Only these words, not any words: "Researchers say this article
# was generated" reports on another. Lower case, the whole text before it.
SELF_REFERENCE_HEADS: dict[str, list[str]] = {
    "en": ["the content of", "the text of", "the contents of", "parts of", "part of"],
    "vi": ["nội dung", "toàn bộ nội dung", "một phần nội dung", "phần nội dung"],
    "es": ["el contenido de", "el texto de", "parte de", "los textos de"],
    "fr": ["le contenu de", "le texte de", "une partie de"],
    "pt": ["o conteúdo de", "o conteúdo d", "o texto de", "o texto d", "parte d"],
    "it": ["il contenuto di", "il testo di"],
    "de": ["der inhalt", "der text", "teile"],
    "id": ["isi", "konten", "sebagian isi"],
    "ms": ["isi", "kandungan"],
    "nl": ["de inhoud van", "de tekst van"],
}
# A language without articles names its page with the bare noun ("Статья
# подготовлена нейросетью ..."); so does a report about some other article
# ("Статья, написанная нейросетью, вызвала скандал"). Read as SELF_REFERENCE
# only in the page's last block of text, where its notice about itself stands.
SELF_REFERENCE_BARE: dict[str, list[str]] = {
    "ru": ["статья", "материал", "текст"],
    "uk": ["стаття", "матеріал"],
    "pl": ["artykuł", "tekst"],
}
AUTO_MADE: dict[str, list[str]] = {
    "en": [
        "automatically generated",
        "automatically aggregated",
        "automatically compiled",
        "automatically rewritten",
        "auto-generated",
        "generated automatically",
        "aggregated automatically",
        "generated by ai",
        "ai-generated",
        "rewritten by our",
        "written automatically",
        "written by ai",
        "written by artificial intelligence",
        "created automatically",
        "produced automatically",
        "spun from",
        "scraped from",
        "by an automated tool",
        "by an automated system",
        "by our automated system",
    ],
    "vi": [
        "tổng hợp tự động",
        "tự động tổng hợp",
        "được tạo tự động",
        "tự động tạo",
        "viết lại tự động",
        "do ai tạo",
        "được tạo bởi ai",
        "công cụ tự động",
        "hệ thống tự động",
        "bởi trí tuệ nhân tạo",
        "bằng trí tuệ nhân tạo",
        # "do trí tuệ nhân tạo tạo ra / viết": made / written by AI ("do"
        # alone is also "because of": only with the verb of making)
        "do trí tuệ nhân tạo tạo",
        "do trí tuệ nhân tạo viết",
        "do trí tuệ nhân tạo soạn",
        "do ai viết",
        "do ai soạn",
    ],
    "th": ["รวบรวมโดยอัตโนมัติ", "สร้างโดยอัตโนมัติ", "สร้างขึ้นโดยอัตโนมัติ", "สร้างโดย ai", "สร้างโดยai"],
    "zh": ["自动生成", "自动采集", "自动抓取", "机器生成", "ai生成", "ai自动", "伪原创"],
    "ja": ["自動生成", "自動で生成", "自動収集"],
    "es": [
        "generado automáticamente",
        "generada automáticamente",
        "recopilado automáticamente",
        "generado por ia",
        "generado por inteligencia artificial",
        "redactado automáticamente",
        "redactada automáticamente",
        "creado automáticamente",
        "elaborado automáticamente",
        "por un sistema de inteligencia artificial",
        "escrito por una inteligencia artificial",
        "redactado por inteligencia artificial",
    ],
    "fr": [
        "généré automatiquement",
        "générée automatiquement",
        "agrégé automatiquement",
        "généré par ia",
        "généré par l'ia",
        "rédigé automatiquement",
        "rédigé par une intelligence artificielle",
        "écrit par une intelligence artificielle",
        "rédigé par une ia",
    ],
    # German puts the verb last ("wurde automatisch von unserer KI … erstellt"):
    # who made it is the phrase
    "de": [
        "automatisch generiert",
        "automatisch erstellt",
        "automatisch zusammengestellt",
        "von unserer ki",
        "von einer ki",
        "mithilfe von ki",
        "mit hilfe von ki",
        "von künstlicher intelligenz",
        "ki-generiert",
        # "… wurde automatisch aus öffentlichen Quellen zusammengestellt"
        "wurde automatisch",
    ],
    "id": [
        "dibuat secara otomatis",
        "dihasilkan secara otomatis",
        "dikumpulkan secara otomatis",
        "dibuat oleh ai",
        "dibuat dengan ai",
        "dihasilkan oleh ai",
        "dibuat oleh kecerdasan buatan",
    ],
    "ms": ["dijana secara automatik", "dihasilkan secara automatik"],
    "pt": [
        "gerado automaticamente",
        "gerada automaticamente",
        "gerado por ia",
        "gerado por inteligência artificial",
        "gerada por inteligência artificial",
        "de forma automática",
        "com inteligência artificial",
    ],
    "ru": [
        "сгенерирован автоматически",
        "сгенерирована автоматически",
        "создан автоматически",
        "создана автоматически",
        "сгенерирован нейросетью",
        "сгенерирована нейросетью",
        "с помощью нейросети",
        "с помощью искусственного интеллекта",
        # "подготовлена / написана / создана нейросетью": by a neural network
        "нейросетью",
        "искусственным интеллектом",
    ],
    "ko": ["자동 생성", "자동으로 생성", "ai가 작성", "인공지능이 작성", "ai로 작성"],
    "ar": [
        "تم إنشاؤه تلقائيا",
        "تم إنشاؤه آليا",
        "بواسطة الذكاء الاصطناعي",
        "تلقائيا",
        "تلقائياً",
        "آليا",
        "آلياً",
    ],
    "it": [
        "generato automaticamente",
        "generata automaticamente",
        "creato automaticamente",
        "raccolto automaticamente",
        "generato dall'intelligenza artificiale",
        "generato da un'ia",
    ],
    "nl": [
        "automatisch gegenereerd",
        "automatisch samengesteld",
        "automatisch verzameld",
        "gegenereerd door ai",
        "door kunstmatige intelligentie gegenereerd",
    ],
    "pl": [
        "wygenerowany automatycznie",
        "wygenerowana automatycznie",
        "automatycznie wygenerowany",
        "automatycznie wygenerowana",
        "wygenerowany przez ai",
        "wygenerowana przez sztuczną",
    ],
    "tr": [
        "otomatik olarak oluşturul",
        "otomatik olarak derlen",
        "otomatik olarak üretil",
        "yapay zeka tarafından oluşturul",
    ],
    "sv": [
        "automatiskt genererad",
        "automatiskt genererat",
        "genererats automatiskt",
        "genererad av ai",
        "skapad av ai",
        "skrivits av ai",
        "skriven av ai",
    ],
}

# A page saying it was gathered from the web at large, naming no source
# ("Bài viết được sưu tầm từ internet", "本文来源于网络，如有侵权请联系删除",
# "This article was compiled from the internet"): an aggregator's notice,
# read like AUTO_MADE after the page names itself. A credit naming its
# source ("Nguồn: <paper>", "Source: Reuters") is no such notice.
# Substrings, lower case.
COPIED_FROM_WEB: dict[str, list[str]] = {
    "en": [
        "collected from the internet",
        "compiled from the internet",
        "gathered from the internet",
        "copied from the internet",
        "sourced from the internet",
        "from various sources on the internet",
    ],
    "vi": [
        "sưu tầm từ internet",
        "sưu tầm trên internet",
        "sưu tầm từ nhiều nguồn",
        "sưu tầm trên mạng",
        "tổng hợp từ internet",
        "tổng hợp từ nhiều nguồn trên internet",
        "tổng hợp trên mạng",
    ],
    # (网络 begins compounds, 网络安全 "network security": the notice's own
    # punctuation after it, or its "remove on infringement" line)
    "zh": [
        "来源于网络，",
        "来源于网络。",
        "来源于网络,",
        "来自网络，",
        "来自网络。",
        "转载自网络，",
        "转载自网络。",
        "整理自网络，",
        "整理自网络。",
        "如有侵权请联系删除",
        "如有侵权，请联系删除",
    ],
    # (Japanese: "based on / compiled from information on the net")
    "ja": [
        "ネット上の情報をもとに",
        "ネット上の情報を元に",
        "ネット上の公開情報をもとに",
        "ネット上の情報をまとめ",
        "インターネット上の情報をもとに",
        "インターネット上の情報をまとめ",
    ],
    "th": ["รวบรวมจากอินเทอร์เน็ต", "รวบรวมจากโลกออนไลน์", "นำมาจากอินเทอร์เน็ต"],
    "id": [
        "dikumpulkan dari internet",
        "diambil dari internet",
        "bersumber dari internet",
        "dihimpun dari internet",
        "dari berbagai sumber di internet",
    ],
    "ms": ["dikumpul dari internet", "diambil dari internet", "dari pelbagai sumber di internet"],
    "es": [
        "recopilado de internet",
        "recopilada de internet",
        "tomado de internet",
        "extraído de internet",
    ],
    "fr": ["collecté sur internet", "récupéré sur internet", "compilé à partir d'internet"],
    "pt": [
        "retirado da internet",
        "compilado da internet",
        "coletado da internet",
        "recolhido da internet",
    ],
    "ru": ["взят из интернета", "взята из интернета", "взято из интернета"],
}

# The same notice in free word order: after the page names itself, a verb of
# gathering ("compiled", "rédigé à partir", "tổng hợp") and, soon after it,
# the web at large as the place it came from ("... from various sources
# around the internet", "... d'informations trouvées sur Internet"). The
# place is a preposition with the web, so "interviews with internet users"
# is none. Substrings, lower case.
GATHERED_VERBS: dict[str, list[str]] = {
    "en": [
        "compiled",
        "gathered",
        "collected",
        "aggregated",
        "sourced",
        "taken",
        "drawn",
        "put together",
        "assembled",
        "copied",
    ],
    "fr": [
        "compilé",
        "rassemblé",
        "collecté",
        "recueilli",
        "tiré",
        "issu",
        "récupéré",
        "rédigé à partir",
        "réalisé à partir",
        "élaboré à partir",
        "puisé",
    ],
    "es": [
        "recopilado",
        "recopilada",
        "recogido",
        "recogida",
        "tomado",
        "tomada",
        "extraído",
        "extraída",
        "reunido",
        "elaborado a partir",
        "redactado a partir",
        "obtenido",
        "obtenida",
    ],
    "pt": [
        "compilado",
        "compilada",
        "coletado",
        "coletada",
        "recolhido",
        "retirado",
        "retirada",
        "reunido",
        "extraído",
        "elaborado a partir",
        "obtido",
        "obtida",
    ],
    "vi": ["tổng hợp", "sưu tầm", "biên soạn", "lấy từ", "tham khảo"],
    "th": ["รวบรวม", "เรียบเรียง", "นำมา", "คัดลอก", "อ้างอิง"],
    "id": ["dihimpun", "dikumpulkan", "diambil", "disusun", "dirangkum", "bersumber", "dikutip"],
    "ms": ["dihimpun", "dikumpul", "diambil", "disusun"],
    "de": ["zusammengestellt", "gesammelt", "entnommen", "stammt"],
    "it": ["raccolto", "raccolta", "compilato", "tratto", "tratta"],
}
THE_WEB_AS_PLACE: dict[str, list[str]] = {
    "en": [
        "from the internet",
        "on the internet",
        "around the internet",
        "across the internet",
        "from the web",
        "on the web",
        "around the web",
        "across the web",
        "from online sources",
        "from internet sources",
    ],
    "fr": [
        "sur internet",
        "d'internet",
        "sur le web",
        "du web",
        "sur la toile",
        "de sources en ligne",
    ],
    "es": [
        "de internet",
        "en internet",
        "de la red",
        "en la red",
        "de la web",
        "en la web",
        "de fuentes en línea",
    ],
    "pt": ["da internet", "na internet", "da web", "na web", "da rede"],
    "vi": ["từ internet", "trên internet", "trên mạng", "từ mạng", "trên không gian mạng"],
    "th": ["จากอินเทอร์เน็ต", "บนอินเทอร์เน็ต", "ในอินเทอร์เน็ต", "จากโลกออนไลน์", "ในโลกออนไลน์"],
    "id": ["dari internet", "di internet", "dari dunia maya", "di dunia maya"],
    "ms": ["dari internet", "di internet"],
    "de": ["aus dem internet", "im internet", "aus dem netz", "im netz"],
    "it": ["da internet", "su internet", "dal web", "sul web"],
}
# A farm's second half of that notice: whoever owns a text it took may ask
# for it to be taken down ("如有侵权请联系删除", "if you are the author,
# contact us and we will remove it"). Beside a word of gathering and the web
# as the place it came from, in one block of the page, it is the notice even
# where the page does not name itself ("Conteúdo reunido de diversos sites
# da internet. Se você é o autor ..."). A newsroom's copyright line names no
# gathering from the web; a report on a takedown does not ask to be
# contacted. Three parts, all needed: a word of rights or authorship, a word
# of removal, a request to write. Substrings, lower case.
TAKEDOWN_RIGHTS: dict[str, list[str]] = {
    "en": ["copyright", "rights holder", "right holder", "the author", "the owner", "infring"],
    "es": ["derechos", "el autor", "titular"],
    "pt": ["direitos", "o autor", "autoria", "titular"],
    "fr": ["droits", "l'auteur", "propriétaire"],
    "it": ["diritti", "l'autore", "titolare"],
    "de": ["urheber", "rechte"],
    "vi": ["bản quyền", "tác giả", "vi phạm"],
    "th": ["ลิขสิทธิ์", "เจ้าของ"],
    "id": ["hak cipta", "pemilik", "penulis asli"],
    "ms": ["hak cipta", "pemilik"],
    "zh": ["侵权", "版权", "侵權", "版權"],
    "ja": ["著作権", "権利"],
    "ko": ["저작권", "권리"],
}
TAKEDOWN_REMOVAL: dict[str, list[str]] = {
    "en": ["remove", "removal", "delete", "deletion", "take it down", "taken down"],
    "es": [
        "retirar",
        "retiraremos",
        "eliminar",
        "eliminaremos",
        "retirada",
        "eliminación",
        "borrar",
        "borraremos",
    ],
    "pt": [
        "remoção",
        "remover",
        "removeremos",
        "retirar",
        "retiraremos",
        "excluir",
        "excluiremos",
        "apagar",
        "apagaremos",
    ],
    "fr": ["supprimer", "supprimerons", "suppression", "retirer", "retirerons", "retrait"],
    "it": ["rimuovere", "rimuoveremo", "rimozione", "cancellare", "cancelleremo"],
    "de": ["entfernen", "löschen", "entfernt", "gelöscht"],
    "vi": ["gỡ bỏ", "gỡ", "xóa", "xoá"],
    "th": ["ลบ", "นำออก"],
    "id": ["hapus", "menghapus", "dihapus", "menurunkan"],
    "ms": ["padam", "memadam", "buang"],
    "zh": ["删除", "刪除"],
    "ja": ["削除"],
    "ko": ["삭제"],
}
# ... but a notice about only part of a site's content ("本站部分内容来自网络，
# 如有侵权请联系删除", "Some images on this site come from the internet") is
# the site-wide disclaimer many sites with their own reporting print under
# every page: it says nothing of this page. Substrings, lower case.
TAKEDOWN_PART_ONLY: dict[str, list[str]] = {
    "en": [
        "some content",
        "some of the content",
        "some images",
        "some of the images",
        "part of the content",
        "some material",
    ],
    "vi": [
        "một số nội dung",
        "một số hình ảnh",
        "một số bài viết",
        "một phần nội dung",
        "một số tư liệu",
    ],
    "th": ["บางส่วน"],
    "zh": [
        "部分内容",
        "部分图片",
        "部分文章",
        "部分资料",
        "部分素材",
        "部分圖片",
        "部分內容",
        "部分文字",
    ],
    "ja": ["一部"],
    "ko": ["일부"],
    "es": [
        "algunos contenidos",
        "algunas imágenes",
        "algunos textos",
        "parte del contenido",
        "parte de los contenidos",
    ],
    "pt": [
        "alguns conteúdos",
        "algumas imagens",
        "alguns textos",
        "parte do conteúdo",
        "parte dos conteúdos",
    ],
    "fr": [
        "certains contenus",
        "certaines images",
        "certains textes",
        "une partie du contenu",
        "une partie des contenus",
    ],
    "de": ["einige inhalte", "einige bilder", "teile der inhalte", "einige texte"],
    "id": [
        "sebagian konten",
        "beberapa konten",
        "sebagian gambar",
        "beberapa gambar",
        "sebagian isi",
    ],
    "ms": ["sebahagian kandungan", "beberapa kandungan", "beberapa gambar"],
}
TAKEDOWN_ASK: dict[str, list[str]] = {
    "en": ["contact us", "let us know", "write to us", "email us", "notify us", "get in touch"],
    "es": [
        "contáctenos",
        "contáctanos",
        "contacte con nosotros",
        "escríbanos",
        "escríbenos",
        "avísenos",
        "comuníquese con nosotros",
    ],
    "pt": ["entre em contato", "fale conosco", "contate-nos", "escreva para nós", "avise-nos"],
    "fr": ["contactez-nous", "écrivez-nous", "nous contacter", "prévenez-nous"],
    "it": ["contattateci", "contattaci", "scriveteci", "scrivici"],
    "de": ["kontaktieren sie uns", "melden sie sich", "schreiben sie uns", "kontakt auf"],
    "vi": ["liên hệ", "báo cho chúng tôi"],
    "th": ["ติดต่อ", "แจ้ง"],
    "id": ["hubungi", "menghubungi"],
    "ms": ["hubungi"],
    "zh": ["联系", "聯繫", "聯絡", "告知"],
    "ja": ["ご連絡", "連絡"],
    "ko": ["연락", "알려"],
}
# (Korean and Japanese put the place before the verb: "인터넷에 공개된 자료를
# 모아 정리한", read in either order beside a takedown offer)
GATHERED_VERBS_TAKEDOWN: dict[str, list[str]] = {
    "ko": ["모아", "수집", "정리", "발췌"],
    "ja": ["まとめ", "収集", "引用"],
}
THE_WEB_AS_PLACE_TAKEDOWN: dict[str, list[str]] = {
    "ko": ["인터넷", "온라인"],
    "ja": ["インターネット", "ネット上"],
}

# A word every phrase of THE_WEB_AS_PLACE and THE_WEB_ALONE holds: a page
# with none of them holds none of those phrases (one search per word, not
# one per phrase, on every page). tests/flags check that each phrase has one.
WEB_CORE_WORDS: tuple[str, ...] = (
    "internet",
    "web",
    "online",
    "mạng",
    "sưu tầm",
    "toile",
    "la red",
    "a rede",
    "da rede",
    "línea",
    "en ligne",
    "netz",
    "maya",
    "อินเทอร์เน็ต",
    "ออนไลน์",
    "网络",
    "互联网",
)
# The web at large named as a credit's whole source ("Nguồn: Internet",
# "ขอบคุณข้อมูลจากอินเทอร์เน็ต", "Fuente: internet"): matched right after a
# source label, and only where the credit ends with it ("Source: Internet
# Watch Foundation" names an organisation). Lower case.
THE_WEB_ALONE: dict[str, list[str]] = {
    "en": ["internet", "the internet", "the web"],
    "fr": ["internet", "le web"],
    "es": ["internet", "la red"],
    "pt": ["internet", "a internet"],
    "vi": ["internet", "mạng internet", "sưu tầm"],
    "th": ["อินเทอร์เน็ต", "โลกออนไลน์"],
    "zh": ["网络", "互联网"],
    "id": ["internet"],
    "ms": ["internet"],
    "de": ["internet"],
    "it": ["internet", "web"],
}

# A notice that the newsroom's editors reviewed what a machine helped write
# ("… and reviewed by our editors", "经编辑审核", "von der Redaktion geprüft")
# is a disclosure, no farm's stamp: farms say nothing of a human check.
# Substrings, lower case.
HUMAN_REVIEW: dict[str, list[str]] = {
    "en": [
        "reviewed by",
        "checked by",
        "edited by",
        "verified by",
        "fact-checked by",
        "overseen by",
    ],
    "vi": ["kiểm duyệt", "biên tập viên kiểm tra", "được biên tập"],
    "zh": ["编辑审核", "人工审核", "编辑核实", "经编辑"],
    "ja": ["編集部が確認", "編集者が確認"],
    "ko": ["편집자가 검토", "기자가 검토"],
    "es": ["revisado por", "revisada por", "supervisado por", "verificado por"],
    "fr": ["relu par", "relue par", "vérifié par", "vérifiée par"],
    "de": ["geprüft", "redigiert", "überprüft"],
    "pt": ["revisado por", "revista por", "verificado por"],
    "it": ["verificato dalla redazione", "rivisto dalla redazione", "revisionato"],
    "id": ["diperiksa oleh", "disunting oleh", "ditinjau oleh"],
    "ru": ["проверен редакцией", "проверено редакцией", "проверена редакцией", "отредактирован"],
    "nl": ["gecontroleerd door", "nagekeken door"],
    "ar": ["تمت مراجعته", "راجعه المحررون", "مراجعته من قبل"],
    "sv": ["granskad av", "granskats av", "granskat av"],
}
# Words denying that check ("not reviewed by", "nicht geprüft", "未经编辑审核"):
# right before the phrase, the notice says no one looked. Lower case.
REVIEW_DENIED: dict[str, list[str]] = {
    "en": ["not", "never", "without"],
    "de": ["nicht", "ohne", "nie"],
    "es": ["no ha sido", "no fue", "sin ser", "no"],
    "fr": ["pas", "sans être", "sans"],
    "pt": ["não foi", "não", "sem ser"],
    "it": ["non", "senza"],
    "id": ["tidak", "tanpa", "belum"],
    "ru": ["не"],
    "nl": ["niet", "zonder"],
    "sv": ["inte", "utan"],
    "vi": ["không", "chưa"],
    "zh": ["未经", "未", "没有", "无"],
    "ja": ["未"],
    "ko": ["않"],
}

# Text planted in a page for the AI assistants and language models that read
# it on a user's behalf, not for the page's readers (a "prompt injection"):
# words that override a machine's instructions ("ignore all previous
# instructions") or tell it what to answer (INJECTION_ANSWER: "tell the
# user"), and words that name the machine addressed (INJECTION_ADDRESSEE:
# "AI assistants", "language model"). A block holding a word of each, outside
# quotation marks, on a page whose other text is not about such machines, is
# an injection. Lower case, matched as whole
# words in spaced scripts and as substrings in zh/ja/th; a phrase written
# with capitals ("AI", "KI", "IA") is matched as written, since in lower case
# it is a common word ("ai" is "who" in Vietnamese, "ia" "she" in Indonesian).
INJECTION_OVERRIDE: dict[str, list[str]] = {
    "en": [
        "ignore all previous instructions",
        "ignore all prior instructions",
        "ignore previous instructions",
        "ignore prior instructions",
        "ignore your previous instructions",
        "ignore the previous instructions",
        "ignore the above instructions",
        "ignore all instructions above",
        "disregard all previous instructions",
        "disregard previous instructions",
        "disregard your instructions",
        "disregard the above",
        "forget all previous instructions",
        "forget your previous instructions",
    ],
    "ru": [
        "игнорируй все предыдущие инструкции",
        "игнорируйте все предыдущие инструкции",
        "игнорируй предыдущие инструкции",
        "игнорируйте предыдущие инструкции",
        "забудь все предыдущие инструкции",
        "забудьте все предыдущие инструкции",
    ],
    "es": [
        "ignora todas las instrucciones anteriores",
        "ignora las instrucciones anteriores",
        "ignore todas las instrucciones anteriores",
        "olvida todas las instrucciones anteriores",
        # "all of the above" for the page's own text, in the singular and
        # the plural (ustedes) imperative
        "olvida todo lo anterior",
        "olviden todo lo anterior",
        "ignora todo lo anterior",
        "ignoren todo lo anterior",
        "ignoren las instrucciones anteriores",
        "olviden las instrucciones anteriores",
    ],
    "fr": [
        "ignore toutes les instructions précédentes",
        "ignorez toutes les instructions précédentes",
        "ignore les instructions précédentes",
        "ignorez les instructions précédentes",
        "oublie toutes les instructions précédentes",
        "oubliez toutes les instructions précédentes",
        # "consignes" is French's other word for a machine's instructions
        "oubliez vos consignes précédentes",
        "oublie tes consignes précédentes",
        "ignorez vos consignes précédentes",
        "ignore tes consignes précédentes",
        "oubliez toutes vos consignes",
        "ignorez toutes vos consignes",
    ],
    "nl": [
        "negeer alle eerdere instructies",
        "negeer alle vorige instructies",
        "negeer eerdere instructies",
        "negeer de vorige instructies",
        "vergeet alle eerdere instructies",
        "vergeet alle vorige instructies",
    ],
    "pl": [
        "zignoruj wszystkie poprzednie instrukcje",
        "zignoruj poprzednie instrukcje",
        "zapomnij wszystkie poprzednie instrukcje",
        "zapomnij o poprzednich instrukcjach",
    ],
    "tr": [
        "önceki tüm talimatları yok say",
        "önceki talimatları yok say",
        "önceki tüm talimatları görmezden gel",
        "önceki talimatları görmezden gel",
    ],
    "sv": [
        "ignorera alla tidigare instruktioner",
        "ignorera tidigare instruktioner",
        "glöm alla tidigare instruktioner",
    ],
    "de": [
        "ignoriere alle vorherigen anweisungen",
        "ignoriere alle bisherigen anweisungen",
        "ignorieren sie alle vorherigen anweisungen",
        "ignoriere die vorherigen anweisungen",
        "vergiss alle vorherigen anweisungen",
    ],
    "pt": [
        "ignore todas as instruções anteriores",
        "ignora todas as instruções anteriores",
        "ignore as instruções anteriores",
        "esqueça todas as instruções anteriores",
    ],
    "it": [
        "ignora tutte le istruzioni precedenti",
        "ignora le istruzioni precedenti",
        "dimentica tutte le istruzioni precedenti",
    ],
    "vi": [
        "bỏ qua tất cả hướng dẫn trước đó",
        "bỏ qua tất cả các hướng dẫn trước đó",
        "bỏ qua mọi hướng dẫn trước đó",
        "bỏ qua các hướng dẫn trước đó",
        "bỏ qua mọi chỉ dẫn trước đó",
    ],
    "id": [
        "abaikan semua instruksi sebelumnya",
        "abaikan instruksi sebelumnya",
        "abaikan semua perintah sebelumnya",
        "lupakan semua instruksi sebelumnya",
    ],
    "ms": [
        "abaikan semua arahan sebelum ini",
        "abaikan semua arahan sebelumnya",
        "abaikan arahan sebelumnya",
        "abaikan arahan sebelum ini",
        "lupakan semua arahan sebelum ini",
        "lupakan semua arahan sebelumnya",
    ],
    "zh": [
        "忽略之前的所有指令",
        "忽略以上所有指令",
        "忽略之前的指令",
        "忽略先前的指令",
        "忽略上述指令",
        "忽略所有指令",
        # "the above" for the page's own text: the order to drop what the
        # machine read, as the English "disregard the above"
        "忽略以上内容",
        "忽略上述内容",
        "忽略之前的内容",
    ],
    "ja": ["以前の指示をすべて無視", "これまでの指示を無視", "以前の指示を無視"],
    # the verb comes last, after the particle and "all" ("지시는 모두 무시하고")
    "ko": ["이전의 모든 지시를 무시", "이전 지시를 무시", "이전 지시사항을 무시"]
    + [
        f"{noun} {allof}무시"
        # object and topic particles: 를/는 after a vowel, 을/은 after a consonant
        for noun in ("지시를", "지시는", "지시사항을", "지시사항은", "지침을", "지침은", "명령을", "명령은")
        for allof in ("모두 ", "전부 ")
    ],
    "th": [
        "ละเว้นคำสั่งก่อนหน้าทั้งหมด",
        "เพิกเฉยต่อคำสั่งก่อนหน้า",
        "ไม่ต้องสนใจคำสั่งก่อนหน้า",
        # "the original instructions": as often as "the previous" ones
        "ละเว้นคำสั่งเดิม",
        "เพิกเฉยต่อคำสั่งเดิม",
        "ไม่ต้องสนใจคำสั่งเดิม",
    ],
}
# What a planted instruction tells the machine to say ("tell the user ...",
# "in your summary ..."): an order only at the start of a sentence or a
# clause ("..., tell the user", "and tell the user"); "the assistant can tell
# the user when ..." describes a product. Matched like INJECTION_OVERRIDE.
INJECTION_ANSWER: dict[str, list[str]] = {
    # what to tell the user, and the order given for the moment the machine
    # summarises or answers ("when you summarise this", "answer the user",
    # "you must say"): second-person forms only, never a reporter's "he
    # answered that". The orders naming this page ("khi tóm tắt bài này",
    # "在总结本文") are INJECTION_SUMMARISING's, read both as what is said
    # and as the reader named: not listed here again.
    "en": [
        "tell the user",
        "tell users",
        "inform the user",
        "when summarizing this",
        "when summarising this",
        "when you summarize this",
        "when you summarise this",
        # (said of people too: "when condensing this report, officials ...";
        # read as an order only beside a machine named)
        "when condensing this",
        "when you condense this",
        "answer the user",
        "respond to the user",
        "reply to the user",
        "you must say",
        "you must state",
        "you must tell",
        # an order to a crawler to pass over the site's own exclusion rules
        "ignore robots.txt",
        "ignore the robots.txt",
        "disregard robots.txt",
        "ignore any noindex",
        "ignore the noindex",
    ],
    "ru": [
        "сообщи пользователю",
        "скажи пользователю",
        "напиши пользователю",
        "ответь пользователю",
        "при пересказе этой",
        "ты должен сказать",
    ],
    "es": [
        "dile al usuario",
        "responde al usuario",
        "contesta al usuario",
        "al resumir esta",
        "al resumir este",
        "cuando resumas esta",
        "cuando resumas este",
        "debes decir",
        # the plural (ustedes) orders, to every machine that reads the page
        "digan a sus usuarios",
        "digan a los usuarios",
        "díganle al usuario",
        "respondan a sus usuarios",
        "ignoren robots.txt",
        "ignora robots.txt",
    ],
    "fr": [
        "dis à l'utilisateur",
        "dites à l'utilisateur",
        "répondez à l'utilisateur",
        "réponds à l'utilisateur",
        "en résumant cette",
        "en résumant cet",
        "lorsque vous résumez",
        "quand vous résumez",
        "quand tu résumes",
        "vous devez dire",
        "tu dois dire",
    ],
    "de": [
        "sage dem nutzer",
        "sag dem nutzer",
        "teile dem nutzer mit",
        "antworte dem nutzer",
        "antworten sie dem nutzer",
        "müssen sie sagen",
        "musst du sagen",
    ],
    "pt": [
        "diga ao usuário",
        "diga ao utilizador",
        "responda ao usuário",
        "responda ao utilizador",
        "ao resumir esta",
        "ao resumir este",
        "quando resumir esta",
        "quando resumir este",
        "você deve dizer",
    ],
    "it": [
        "di' all'utente",
        "dici all'utente",
        "rispondi all'utente",
        "quando riassumi questa",
        "quando riassumi questo",
        "devi dire",
    ],
    "nl": [
        "vertel de gebruiker",
        "antwoord de gebruiker",
        "je moet zeggen",
    ],
    "vi": [
        "hãy nói với người dùng",
        "hãy trả lời người dùng",
    ],
    "id": [
        "katakan kepada pengguna",
        "beri tahu pengguna",
        "jawab pengguna",
    ],
    "ms": [
        "beritahu pengguna",
    ],
    "zh": [
        "告诉用户",
        "回答用户",
        "总结本文",
        "概括本文",
        "总结此文",
        # what to write "in the summary" (并在摘要中写明 ...)
        "在摘要中",
        "在总结中",
    ],
    "ja": ["ユーザーに伝えて", "ユーザーに回答"],
    "ko": ["사용자에게 말하", "사용자에게 답하"],
    "th": ["บอกผู้ใช้", "ตอบผู้ใช้"],
}
# What to leave out of the answer, and what to put in it ("do not mention
# the inquiry", "add to the end of your answer ..."): second-person orders
# about the machine's reply. Unlike INJECTION_ANSWER's they are everyday
# words ("Do not mention the war", a horoscope's "in your reply to a
# friend", advice in a story naming ChatGPT), so they count only in a block
# with a role line or a chat template's turn, or after a machine addressed
# with a colon ("Assistant: ..."), not anywhere beside a machine named.
INJECTION_ANSWER_CONTENT: dict[str, list[str]] = {}
_add_words(
    INJECTION_ANSWER_CONTENT,
    {
        "en": [
            "do not mention",
            "don't mention",
            "never mention",
            "in your answer",
            "in your reply",
            "in your response",
            "at the end of your answer",
            "add to your answer",
            "add to the end of your answer",
            "append to your answer",
        ],
        "es": [
            "no menciones",
            "en tu respuesta",
            "al final de tu respuesta",
            "añade al final de tu respuesta",
            "agrega al final de tu respuesta",
            "añade a tu respuesta",
        ],
        "fr": [
            "ne mentionne pas",
            "ne mentionnez pas",
            "dans ta réponse",
            "dans votre réponse",
            "à la fin de ta réponse",
            "ajoute à ta réponse",
            "ajoute à la fin de ta réponse",
            "ajoutez à votre réponse",
            "ajoutez à la fin de votre réponse",
        ],
        "de": ["erwähne nicht", "erwähnen sie nicht", "in deiner antwort", "in ihrer antwort"],
        "pt": ["não mencione", "na sua resposta", "na tua resposta"],
        "it": ["non menzionare", "nella tua risposta"],
        "tr": ["cevabına ekle", "yanıtına ekle", "cevabınızda", "yanıtınızda"],
    },
)
# The order given for the moment the machine describes the page, as for the
# moment it summarises it ("when you describe this page, call ..."):
# second-person forms only, as above.
_add_words(
    INJECTION_ANSWER,
    {
        "en": ["when you describe this", "when describing this"],
        "es": [
            "cuando describas esta",
            "cuando describas este",
            "al describir esta",
            "al describir este",
        ],
        "pt": [
            "ao descrever esta",
            "ao descrever este",
            "quando descrever esta",
            "quando descrever este",
        ],
        "fr": [
            "quand vous décrivez",
            "lorsque vous décrivez",
            "quand tu décris",
            "en décrivant cette",
            "en décrivant cet",
        ],
        "it": [
            "quando descrivi questa",
            "quando descrivi questo",
            "nel descrivere questa",
            "nel descrivere questo",
        ],
        "de": [
            "wenn sie diese seite beschreiben",
            "wenn du diese seite beschreibst",
            "wenn sie diesen artikel beschreiben",
            "wenn du diesen artikel beschreibst",
        ],
        "vi": ["khi mô tả trang này", "khi mô tả bài viết này", "khi mô tả bài này"],
        "id": [
            "saat mendeskripsikan halaman ini",
            "ketika menggambarkan artikel ini",
            "saat menggambarkan halaman ini",
        ],
    },
)
# Words that join a clause to the one before ("... and tell the user"): an
# order may follow them ("请告诉用户": "please tell the user").
INJECTION_CLAUSE_JOINERS: dict[str, list[str]] = {
    "en": ["and", "then", "please", "also"],
    "es": ["y", "luego", "después"],
    "fr": ["et", "puis", "ensuite"],
    "de": ["und", "dann", "bitte"],
    "ru": ["и", "затем", "потом"],
    "pt": ["e", "depois", "então"],
    "it": ["e", "poi", "quindi"],
    "vi": ["và", "rồi", "sau đó"],
    "id": ["dan", "lalu", "kemudian"],
    "ms": ["dan", "lalu", "kemudian"],
    "zh": ["请", "并", "然后", "并且"],
    "ja": ["そして"],
}
# The machine named by what it does to this very page, right after the
# machine's name: "AI models summarising this article must state ...", "los
# modelos de IA que resuman este artículo deben decir ...": an order in the
# third person, which INJECTION_ANSWER's second-person forms miss. Only after
# an INJECTION_ADDRESSEE phrase (at most one word between), and only naming
# this page ("this article"), never "this kind of text".
INJECTION_ADDRESSED_TASK: dict[str, list[str]] = {
    # what the machine does to this very page, made of a verb of reading
    # and a noun for the page: "processing this article", "que procesen
    # esta página", "die diesen Beitrag auswerten"
    "en": [
        f"{verb} this {page}"
        for verb in (
            "summarising", "summarizing", "reading", "processing", "analysing", "analyzing",
            "crawling", "indexing", "scraping", "parsing", "that read", "that summarise",
            "that summarize", "that process", "which read", "which process",
        )
        for page in ("article", "page", "story", "text", "post")
    ],
    "es": [
        f"que {verb} {page}"
        for verb in (
            "resuman", "resumen", "lean", "leen", "procesen", "procesan", "analicen",
            "analizan", "rastreen", "indexen",
        )
        for page in ("este artículo", "esta página", "esta noticia", "este texto")
    ],
    "fr": [
        f"{verb} {page}"
        for verb in (
            "qui résument", "qui lisent", "qui traitent", "qui analysent", "qui indexent",
            "qui parcourent", "résumant", "lisant", "traitant", "analysant",
        )
        for page in ("cet article", "cette page", "ce texte", "cette dépêche")
    ],
    "de": [
        f"die {page} {verb}"
        for page in ("diesen artikel", "diese seite", "diesen text", "diesen beitrag")
        for verb in ("zusammenfassen", "lesen", "verarbeiten", "analysieren", "auswerten")
    ],
    "pt": [
        f"que {verb} {page}"
        for verb in (
            "resumirem", "resumam", "lerem", "leiam", "processarem", "processem", "analisem",
        )
        for page in ("este artigo", "esta página", "esta notícia", "este texto")
    ],
    "it": [
        f"che {verb} {page}"
        for verb in ("riassumono", "leggono", "elaborano", "analizzano")
        for page in ("questo articolo", "questa pagina", "questa notizia", "questo testo")
    ],
    "vi": [
        f"{verb} {page}"
        for verb in ("tóm tắt", "đọc", "xử lý", "phân tích")
        for page in ("bài viết này", "trang này", "bài báo này", "bài này", "tin này")
    ],
    "id": [
        f"yang {verb} {page}"
        for verb in ("meringkas", "membaca", "memproses", "menganalisis")
        for page in ("artikel ini", "halaman ini", "berita ini", "teks ini")
    ],
    "nl": [
        f"die {page} {verb}"
        for page in ("deze pagina", "dit artikel", "deze tekst", "dit bericht")
        for verb in ("samenvatten", "lezen", "verwerken", "analyseren")
    ],
    "pl": [
        f"które {verb} {page}"
        for verb in ("streszczają", "czytają", "przetwarzają", "analizują")
        for page in ("ten artykuł", "tę stronę", "ten tekst")
    ],
}  # fmt: skip
# The reader named by what it is to do to this very page, opening a
# sentence: "When summarising this page, say ...", "Khi tóm tắt bài này,
# hãy nói ...", "在总结本文时，请说明 ...". A page's readers read it; only a
# machine is told, in the page itself, how to summarise it, so the phrase
# addresses a machine as "Note to AI assistants:" does, with no name of
# one.
INJECTION_SUMMARISING: dict[str, list[str]] = {
    # only with a noun for the page: "when summarising this year's results"
    # is a reporter's clause, not an order
    "en": [
        f"{when} {verb} this {page}"
        for when, verb in (
            ("when", "summarising"),
            ("when", "summarizing"),
            ("when you", "summarise"),
            ("when you", "summarize"),
            ("if you", "summarise"),
            ("if you", "summarize"),
        )
        for page in ("page", "article", "story", "post", "text")
    ]
    + ["in your summary"],
    "ru": ["при пересказе этой статьи", "при пересказе этой страницы"],
    "es": [
        f"{when} {page}"
        for when in ("al resumir", "cuando resumas", "cuando resuman")
        for page in ("esta página", "esta noticia", "este artículo", "este texto")
    ],
    "fr": [
        f"{when} {page}"
        for when in (
            "en résumant",
            "quand tu résumes",
            "quand vous résumez",
            "lorsque vous résumez",
        )
        for page in ("cette page", "cet article", "ce texte")
    ],
    "de": [
        "wenn sie diese seite zusammenfassen",
        "wenn du diese seite zusammenfasst",
        "wenn sie diesen artikel zusammenfassen",
        "wenn du diesen artikel zusammenfasst",
    ],
    "pt": [
        f"{when} {page}"
        for when in ("ao resumir", "quando resumir", "quando resumirem")
        for page in ("esta página", "esta notícia", "este artigo", "este texto")
    ],
    "it": [
        f"quando riassumi {page}" for page in ("questa pagina", "questo articolo", "questa notizia")
    ],
    "nl": ["als je deze pagina samenvat", "als je dit artikel samenvat"],
    "pl": [
        f"{when} {page}"
        for when in ("przy streszczaniu", "przy podsumowywaniu", "streszczając", "podsumowując")
        for page in (
            "tego tekstu", "tego artykułu", "tej strony", "tej wiadomości",
            "ten tekst", "ten artykuł", "tę stronę", "tę wiadomość",
        )
        # the gerund takes the accusative, the noun phrase the genitive
        if (when.startswith("przy")) == page.startswith(("tego", "tej"))
    ],
    "vi": [
        f"khi tóm tắt {page}"
        for page in ("trang này", "bài viết này", "bài này", "bài báo này", "tin này")
    ],
    "id": [
        f"{when} meringkas {page}"
        for when in ("saat", "ketika")
        for page in ("halaman ini", "artikel ini", "berita ini")
    ],
    "ms": [
        f"{when} meringkaskan {page}"
        for when in ("apabila", "semasa")
        for page in ("artikel ini", "halaman ini", "berita ini")
    ],
    # with the "在 … 时" frame that opens the clause ("在总结本文时")
    "zh": [
        "总结本页",
        "总结此页",
        "总结这篇",
        "在总结本文",
        "在总结本页",
        "在总结这篇",
        "在概括本文",
    ],
    "ja": ["要約する際は", "要約するときは"],
    "ko": ["요약할 때는"],
    "th": ["เมื่อสรุปหน้านี้"],
    # the accusative page noun, then "while summarising" ("bu haberi özetlerken")
    "tr": [
        f"bu {page} {verb}"
        for page in ("haberi", "sayfayı", "makaleyi", "yazıyı", "metni")
        for verb in ("özetlerken", "özetlediğinizde", "özetlediğinde")
    ],
}
INJECTION_ADDRESSEE: dict[str, list[str]] = {
    "en": [
        "AI",
        "A.I.",
        "ai assistant",
        "ai assistants",
        "ai model",
        "ai models",
        "ai system",
        "ai systems",
        "language model",
        "language models",
        "llm",
        "llms",
        "chatbot",
        "chatbots",
        "artificial intelligence",
        # the machines that fetch the page for an index or a model
        "web crawlers",
        "crawlers",
        "summarisers",
        "summarizers",
    ],
    "ru": ["ИИ", "нейросеть", "нейросети", "языковая модель", "языковой модели", "чат-бот"],
    "es": [
        "IA",
        "asistente de ia",
        "asistentes de ia",
        "modelo de lenguaje",
        "modelos de lenguaje",
        "inteligencia artificial",
        "chatbot",
    ],
    "fr": [
        "IA",
        "assistant ia",
        "assistants ia",
        "modèle de langage",
        "modèles de langage",
        "intelligence artificielle",
        "chatbot",
    ],
    "nl": ["AI", "ai-assistent", "ai-assistenten", "taalmodel", "taalmodellen", "chatbot"],
    "pl": ["AI", "asystent ai", "asystenci ai", "model językowy", "modele językowe", "chatbot"],
    "tr": ["yapay zeka", "yapay zekâ", "dil modeli", "dil modelleri", "sohbet botu"],
    "sv": ["AI", "ai-assistent", "ai-assistenter", "språkmodell", "språkmodeller", "chattbot"],
    "de": [
        "KI",
        "ki-assistent",
        "ki-assistenten",
        "ki-modelle",
        "sprachmodell",
        "sprachmodelle",
        "sprachmodellen",
        "künstliche intelligenz",
        "chatbot",
        "chatbots",
    ],
    "pt": [
        "IA",
        "assistente de ia",
        "assistentes de ia",
        "modelo de linguagem",
        "modelos de linguagem",
        "inteligência artificial",
        "chatbot",
    ],
    "it": [
        "IA",
        "assistente ia",
        "assistenti ia",
        "modello linguistico",
        "modelli linguistici",
        "modello di linguaggio",
        "modelli di linguaggio",
        "intelligenza artificiale",
        "chatbot",
    ],
    "vi": ["AI", "trợ lý ảo", "mô hình ngôn ngữ", "trí tuệ nhân tạo", "chatbot"],
    "id": ["AI", "asisten ai", "model bahasa", "kecerdasan buatan", "chatbot"],
    "ms": ["AI", "model bahasa", "kecerdasan buatan", "chatbot"],
    "zh": ["AI", "人工智能", "大模型", "语言模型", "聊天机器人"],
    "ja": ["AI", "人工知能", "言語モデル", "チャットボット"],
    "ko": ["AI", "인공지능", "언어 모델", "챗봇"],
    "th": ["AI", "ปัญญาประดิษฐ์", "เอไอ", "แชทบอท", "โมเดลภาษา"],
}
# The assistants by their products' names ("ChatGPT, Gemini ve Copilot için
# not: ..."), in any language; written with their capitals, so "copilot" the
# pilot's seat is no addressee (names that are also people's, Claude, or a
# star sign's and a space programme's, Gemini, are left out: a horoscope's
# "Gemini: ..." is addressed to readers)
_add_words(INJECTION_ADDRESSEE, {"en": ["ChatGPT", "Copilot", "Perplexity", "DeepSeek"]})
# The override phrases that need no addressee: "ignore all previous
# instructions" is said to a machine, whoever reads it (a pilot's or a
# soldier's orders are not reported in these words).
INJECTION_ALONE: dict[str, list[str]] = {
    "en": [
        "ignore all previous instructions",
        "ignore all prior instructions",
        "ignore all instructions above",
        "disregard all previous instructions",
        "forget all previous instructions",
    ],
    "ru": [
        "игнорируй все предыдущие инструкции",
        "игнорируйте все предыдущие инструкции",
        "забудь все предыдущие инструкции",
        "забудьте все предыдущие инструкции",
    ],
    "es": [
        "ignora todas las instrucciones anteriores",
        "olvida todas las instrucciones anteriores",
    ],
    "fr": [
        "ignore toutes les instructions précédentes",
        "ignorez toutes les instructions précédentes",
    ],
    "nl": ["negeer alle eerdere instructies", "negeer alle vorige instructies"],
    "pl": ["zignoruj wszystkie poprzednie instrukcje"],
    "tr": ["önceki tüm talimatları yok say"],
    "sv": ["ignorera alla tidigare instruktioner"],
    "de": ["ignoriere alle vorherigen anweisungen", "ignorieren sie alle vorherigen anweisungen"],
    "pt": ["ignore todas as instruções anteriores", "ignora todas as instruções anteriores"],
    "it": ["ignora tutte le istruzioni precedenti"],
    "vi": ["bỏ qua tất cả hướng dẫn trước đó", "bỏ qua tất cả các hướng dẫn trước đó"],
    "id": ["abaikan semua instruksi sebelumnya", "abaikan semua perintah sebelumnya"],
    "ms": ["abaikan semua arahan sebelum ini", "abaikan semua arahan sebelumnya"],
    "zh": ["忽略之前的所有指令", "忽略以上所有指令", "忽略所有指令"],
    "ja": ["以前の指示をすべて無視"],
    "ko": ["이전의 모든 지시를 무시"],
    "th": ["ละเว้นคำสั่งก่อนหน้าทั้งหมด"],
}

# An order to drop what the reading machine was told before, made of its
# parts rather than listed whole: a verb of dismissing opening a clause
# ("ignoren", "ne tenez pas compte", "bỏ qua"), then, in the same clause and
# a few words on, a word for instructions and a word saying they came
# earlier ("las indicaciones anteriores", "des consignes reçues
# jusqu'ici", "mọi hướng dẫn trước đó"). A reporter's "the chatbot ignored
# previous instructions" opens no clause with the verb; "ignore the rules"
# says nothing of what came before.
INJECTION_DISMISS: dict[str, list[str]] = {
    # and the negated order to follow them ("do not follow", "đừng làm
    # theo", "no sigan"): in the imperative only, so a report's "residents
    # did not follow the earlier advice" opens no order
    "en": ["ignore", "disregard", "forget", "override", "discard", "do not follow", "don't follow",
           "do not obey", "don't obey", "stop following"],
    "es": [
        "ignora", "ignore", "ignoren", "ignorad", "olvida", "olvide", "olviden", "olvidad",
        "descarta", "descarten", "omite", "omitan", "no hagas caso de", "no hagan caso de",
        "haz caso omiso de", "hagan caso omiso de", "no sigas", "no sigan", "no obedezcas",
        "no obedezcan",
    ],
    "fr": [
        "ignore", "ignorez", "oublie", "oubliez", "ne tiens pas compte", "ne tenez pas compte",
        "ne tenez plus compte", "fais abstraction", "faites abstraction", "ignorer", "oublier",
        "ne pas tenir compte", "ne suis pas", "ne suivez pas", "ne suivez plus", "n'obéis pas",
        "n'obéissez pas",
    ],
    "de": [
        "ignoriere", "ignoriert", "ignorieren sie", "vergiss", "vergesst", "vergessen sie",
        "missachte", "missachten sie", "befolge nicht", "befolgt nicht", "befolgen sie nicht",
    ],
    "pt": ["ignore", "ignora", "ignorem", "esqueça", "esqueçam", "desconsidere", "desconsiderem",
           "não siga", "não sigam", "não obedeça", "não obedeçam"],
    "it": ["ignora", "ignorate", "ignori", "dimentica", "dimenticate", "dimentichi",
           "non seguire", "non seguite", "non obbedire"],
    "nl": ["negeer", "vergeet", "volg niet"],
    "vi": ["bỏ qua", "phớt lờ", "quên đi", "quên", "đừng làm theo", "đừng tuân theo",
           "đừng nghe theo", "đừng tuân thủ"],
    "id": ["abaikan", "lupakan", "acuhkan", "jangan ikuti", "jangan mengikuti", "jangan turuti"],
    "ms": ["abaikan", "lupakan", "jangan ikut", "jangan ikuti", "jangan patuhi"],
    "th": ["เพิกเฉย", "ละเลย", "ไม่ต้องสนใจ", "ลืม", "อย่าทำตาม", "ไม่ต้องทำตาม"],
    "zh": ["忽略", "忽视", "无视", "忘记", "不要理会", "不要管", "不要遵循", "不要遵守", "不要执行",
           "不要听从"],
}  # fmt: skip
# Words that make the verb after them an order ("hãy bỏ qua", "โปรดเพิกเฉย",
# "tolong abaikan", "veuillez ignorer" is listed whole above): the verb then
# opens the order though no mark precedes it.
INJECTION_PLEASE: dict[str, list[str]] = {
    "en": ["please", "kindly"],
    "es": ["por favor"],
    "fr": ["merci de", "veuillez"],
    "pt": ["por favor"],
    "it": ["per favore", "si prega di"],
    "vi": ["hãy", "xin hãy", "vui lòng", "xin vui lòng"],
    "id": ["harap", "tolong", "mohon", "silakan"],
    "ms": ["sila", "tolong", "harap"],
    "th": ["ให้", "โปรด", "กรุณา", "ขอให้"],
    "zh": ["请", "務必", "务必"],
}
INJECTION_INSTRUCTIONS: dict[str, list[str]] = {
    "en": [
        "instructions",
        "instruction",
        "prompts",
        "prompt",
        "directives",
        "guidelines",
        "orders",
    ],
    "es": ["instrucciones", "indicaciones", "órdenes", "directrices", "consignas", "pautas"],
    "fr": ["instructions", "consignes", "directives", "indications", "ordres"],
    "de": ["anweisungen", "anweisung", "vorgaben", "befehle", "instruktionen", "richtlinien"],
    "pt": ["instruções", "orientações", "ordens", "diretrizes", "comandos"],
    "it": ["istruzioni", "indicazioni", "direttive", "ordini", "comandi"],
    "nl": ["instructies", "opdrachten", "aanwijzingen"],
    "vi": ["hướng dẫn", "chỉ dẫn", "chỉ thị", "mệnh lệnh", "câu lệnh"],
    "id": ["instruksi", "perintah", "arahan", "petunjuk"],
    "ms": ["arahan", "perintah", "instruksi"],
    "th": ["คำสั่ง", "คำแนะนำ"],
    "zh": ["指令", "指示", "提示词", "命令"],
}
INJECTION_EARLIER: dict[str, list[str]] = {
    "en": [
        "previous", "prior", "above", "earlier", "preceding", "original", "so far",
        "you were given", "you have been given", "you received", "you have received",
    ],
    "es": [
        "anteriores", "anterior", "previas", "precedentes", "recibidas", "hasta ahora",
        "hasta aquí", "de antes", "originales",
    ],
    "fr": [
        "précédentes", "précédente", "antérieures", "reçues", "jusqu'ici", "jusqu’ici",
        "jusqu'à présent", "jusqu’à présent", "ci-dessus", "initiales",
    ],
    "de": [
        "vorherigen", "vorherige", "bisherigen", "bisherige", "obigen", "früheren",
        "ursprünglichen", "erhaltenen",
    ],
    "pt": ["anteriores", "anterior", "prévias", "recebidas", "até agora", "acima", "originais"],
    "it": ["precedenti", "ricevute", "finora", "sopra", "originali"],
    "nl": ["vorige", "eerdere", "bovenstaande"],
    "vi": ["trước đó", "trước đây", "ở trên", "đã nhận", "ban đầu"],
    "id": ["sebelumnya", "di atas", "terdahulu"],
    "ms": ["sebelum ini", "sebelumnya", "di atas"],
    "th": ["ก่อนหน้า", "ข้างต้น", "ที่ผ่านมา", "ที่ได้รับ"],
    "zh": ["之前", "此前", "先前", "以上", "上述", "前面", "原有"],
}  # fmt: skip


# A role-play order (a "jailbreak"): the reading machine is told it now is
# someone else ("You are now ...", "A partir de ahora eres ...", "从现在开始你是
# ...") and, in the same block, that this someone has no rules or must keep
# the part (INJECTION_UNBOUND). Either alone is ordinary prose ("you are now
# able to ...", "without restrictions"); the persona phrase must open a
# clause, and the block must also name the machine (INJECTION_ADDRESSEE).
INJECTION_PERSONA: dict[str, list[str]] = {
    "en": ["you are now", "from now on you are", "from now on, you are", "pretend you are",
           "pretend to be", "you will now act as", "roleplay as", "role-play as"],
    "es": ["ahora eres", "a partir de ahora eres", "desde ahora eres", "finge que eres",
           "finge ser"],
    "fr": ["tu es maintenant", "vous êtes maintenant", "à partir de maintenant, tu es",
           "à partir de maintenant tu es", "désormais, tu es", "désormais tu es",
           "fais semblant d'être", "faites semblant d'être"],
    "de": ["du bist jetzt", "du bist ab jetzt", "ab jetzt bist du", "ab sofort bist du",
           "von nun an bist du", "tu so, als wärst du"],
    "pt": ["agora você é", "a partir de agora você é", "a partir de agora, você é",
           "finja que é", "finja ser"],
    "it": ["d'ora in poi sei", "da ora in poi sei", "fingi di essere"],
    "nl": ["je bent nu", "vanaf nu ben je"],
    "ru": ["теперь ты", "с этого момента ты", "притворись"],
    "vi": ["bây giờ bạn là", "từ giờ bạn là", "từ bây giờ bạn là", "từ nay bạn là",
           "hãy đóng vai"],
    "id": ["sekarang kamu adalah", "mulai sekarang kamu adalah", "mulai sekarang anda adalah",
           "mulai sekarang kamu", "berpura-puralah menjadi"],
    "ms": ["mulai sekarang anda ialah", "sekarang anda ialah", "mulai sekarang awak ialah"],
    "th": ["ตอนนี้คุณคือ", "จากนี้ไปคุณคือ", "ต่อจากนี้คุณคือ", "สวมบทบาทเป็น"],
    "zh": ["现在你是", "你现在是", "从现在开始你是", "从现在起你是", "从现在开始，你是"],
    "ja": ["あなたは今から", "今からあなたは"],
    "ko": ["지금부터 너는", "이제부터 너는", "지금부터 당신은", "이제부터 당신은"],
}  # fmt: skip
INJECTION_UNBOUND: dict[str, list[str]] = {
    "en": ["no restrictions", "without restrictions", "without any restrictions", "no rules",
           "without any rules", "free of all rules", "no limits", "no filters", "unfiltered",
           "not bound by", "do anything now", "stay in character", "never break character",
           "developer mode", "jailbroken", "jailbreak"],
    "es": ["sin restricciones", "sin ninguna restricción", "sin reglas", "sin límites",
           "sin filtros", "no tienes reglas", "mantente en el personaje",
           "no rompas el personaje", "modo desarrollador"],
    "fr": ["sans restrictions", "sans aucune restriction", "sans règles", "sans limites",
           "sans filtre", "reste dans le personnage", "reste dans ton rôle",
           "restez dans le personnage", "mode développeur"],
    "de": ["ohne einschränkungen", "ohne jede einschränkung", "ohne regeln", "ohne grenzen",
           "ohne filter", "bleib in der rolle", "bleibe in der rolle", "entwicklermodus"],
    "pt": ["sem restrições", "sem nenhuma restrição", "sem regras", "sem limites",
           "sem filtros", "permaneça no personagem", "mantenha o personagem",
           "modo desenvolvedor"],
    "it": ["senza restrizioni", "senza regole", "senza limiti", "senza filtri",
           "resta nel personaggio", "modalità sviluppatore"],
    "nl": ["zonder beperkingen", "zonder regels", "blijf in je rol"],
    "ru": ["без ограничений", "без правил", "оставайся в роли", "режим разработчика"],
    "vi": ["không có giới hạn", "không bị giới hạn", "không có quy tắc", "không bị ràng buộc",
           "không có bất kỳ hạn chế", "không bị kiểm duyệt", "giữ nguyên vai",
           "chế độ nhà phát triển"],
    "id": ["tanpa batasan", "tanpa aturan", "tanpa filter", "tetap dalam karakter",
           "mode pengembang"],
    "ms": ["tanpa sekatan", "tanpa peraturan", "tanpa had", "kekal dalam watak"],
    "th": ["ไม่มีข้อจำกัด", "ไร้ข้อจำกัด", "ไม่มีกฎ", "ไม่มีกฎเกณฑ์"],
    "zh": ["没有任何限制", "不受任何限制", "没有限制", "不受限制", "无任何限制", "不受规则约束",
           "保持角色", "开发者模式", "越狱"],
    "ja": ["制限なし", "制限のない", "ルールに縛られない", "開発者モード"],
    "ko": ["제한 없이", "제한이 없는", "규칙 없이", "개발자 모드"],
}  # fmt: skip

# Words with which the paragraph after a quotation in its original language
# says whose words they were, pointing back at them ("Mit diesen Worten
# kommentierte ...", "Так прокомментировал ...", "... đã bình luận như vậy"):
# the foreign paragraph before is the article's quotation, not an injection.
# Lower case, whole words; looked for in that paragraph's first sentence.
QUOTE_BACK_REFERENCE: dict[str, list[str]] = {
    "en": ["with these words", "with those words", "those were the words of", "so said"],
    "de": [
        "mit diesen worten",
        "so kommentierte",
        "so äußerte sich",
        "so reagierte",
        "so beschrieb",
        "mit dieser aussage",
    ],
    "fr": ["c'est en ces termes", "a ainsi réagi", "a ainsi commenté", "ainsi s'est exprimé"],
    "es": ["con estas palabras", "así lo expresó", "así reaccionó", "así comentó", "así lo dijo"],
    "it": ["così ha commentato", "con queste parole", "così ha dichiarato", "così ha detto"],
    "pt": ["com estas palavras", "assim comentou", "assim reagiu", "foi assim que"],
    "ru": [
        "так прокомментировал",
        "так прокомментировала",
        "такими словами",
        "так отреагировал",
        "так отреагировала",
        "так высказался",
        "так высказалась",
    ],
    "vi": [
        "bình luận như vậy",
        "phát biểu như vậy",
        "chia sẻ như vậy",
        "nói như vậy",
        "bình luận như trên",
        "phát biểu như trên",
    ],
    "id": ["demikian dikatakan", "demikian disampaikan", "demikian ujar", "demikian kata"],
    "ms": ["demikian kata", "demikian katanya", "demikian ujar"],
    "nl": ["met deze woorden", "zo reageerde"],
    "pl": ["tymi słowami", "tak skomentował", "tak skomentowała"],
    "tr": ["bu sözlerle", "diye konuştu", "şeklinde konuştu"],
}

# Labels of a credit line naming where the page's text came from, written
# "<label>: <source>" on its own line at the end of a page ("Nguồn: …",
# "来源：…"). Only with a colon after them: "theo", "according to", "据"
# open sentences too and are left out. Casefolded.
CREDIT_LABELS: dict[str, list[str]] = {
    "en": ["source", "sources", "originally published by", "originally published at"],
    "vi": ["nguồn", "nguồn tin", "nguồn bài"],
    "zh": ["来源", "来源于", "文章来源", "本文来源", "稿源", "转自", "转载自", "出处", "原文"],
    "th": ["ที่มา", "แหล่งที่มา", "ขอบคุณที่มา"],
    "es": ["fuente", "fuentes"],
    "fr": ["source", "sources"],
    "de": ["quelle", "quellen"],
    "pt": ["fonte", "fontes"],
    "it": ["fonte", "fonti"],
    "id": ["sumber"],
    "ms": ["sumber"],
    "ru": ["источник"],
    "ja": ["出典", "出所", "ソース", "引用元"],
    "ko": ["출처"],
}

# English turns of phrase carried word for word into another language, which
# its editors do not write ("hace sentido" for "makes sense", "tomar lugar"
# for "take place", "faire une décision" for "make a decision"): calques of
# machine translation from English. Forms that are also good usage are left
# out ("aplicar para reducir", "la règle à appliquer pour"). One may slip into
# a person's speech; the rule asks for two different ones on a page. Whole
# words, lower case.
ENGLISH_CALQUES: dict[str, list[str]] = {
    "es": [
        "hace sentido",
        "hacer sentido",
        "hizo sentido",
        "hacen sentido",
        "tomar lugar",
        "toma lugar",
        "tomó lugar",
        "tome lugar",
        "tomará lugar",
        "tomaron lugar",
        "estamos excitados",
        "estoy excitado",
        "estoy excitada",
        "están excitados",
        # "excited to / about": "excitado de formar parte", not "entusiasmado"
        "excitado de",
        "excitada de",
        "excitados de",
        "excitadas de",
        "excitado por ser",
        "en una base diaria",
        "en una base regular",
        "llamar para atrás",
        # "excited about", "looking forward to" ("con ganas de", "esperamos")
        "excitado acerca de",
        "excitada acerca de",
        "excitados acerca de",
        "excitadas acerca de",
        "mirando hacia adelante a",
        "mirando hacia delante a",
    ],
    "fr": [
        "fait du sens",
        "faire du sens",
        "font du sens",
        "sommes excités",
        "suis excité",
        "suis excitée",
        "excité d'être",
        "excitée d'être",
        "excités d'être",
        "excité de rejoindre",
        "faire une décision",
        "fait une décision",
        "a fait une décision",
        "adresser le problème",
        "adresser la question",
        "adresser ce problème",
        "sur une base quotidienne",
        "sur une base régulière",
    ],
    "pt": [
        "tomar lugar",
        "tomou lugar",
        "tomará lugar",
        "estamos excitados",
        "estou excitado",
        "estou excitada",
        "excitado sobre",
        "excitada sobre",
        "excitados sobre",
        "excitado de fazer parte",
        "em uma base diária",
        "numa base diária",
    ],
    # "in order to", "make sense", "make a decision", "apply for a job", "on a
    # daily basis" word for word ("để", "có lý", "đưa ra quyết định", "ứng tuyển")
    "vi": [
        # "on Wednesday evening" with "on" as "trên" (Vietnamese says "vào"),
        # "it is important", "make landfall", "take days" ("mất", not "lấy")
        "trên tối thứ",
        "trên sáng thứ",
        "trên chiều thứ",
        "trên thứ ba",
        "trên thứ tư",
        "trên thứ năm",
        "trên thứ sáu",
        "trên thứ bảy",
        "trên chủ nhật",
        "nó là quan trọng",
        "làm đổ bộ",
        "lấy nhiều ngày",
        "lấy vài ngày",
        "lấy nhiều tuần",
        "trong thứ tự để",
        "trong trật tự để",
        "làm ý nghĩa",
        "làm một quyết định",
        "áp dụng cho vị trí",
        "áp dụng cho các vị trí",
        "áp dụng cho công việc",
        "trên một cơ sở hàng ngày",
        "trên cơ sở hàng ngày",
        # "its CEO / its founder / its employees" of a company as "... của nó":
        # "nó" is for things and animals; a newsroom writes "của công ty",
        # "của hãng" or "của mình"
        "giám đốc điều hành của nó",
        "tổng giám đốc của nó",
        "chủ tịch của nó",
        "người sáng lập của nó",
        "nhà sáng lập của nó",
        "người phát ngôn của nó",
        "nhân viên của nó",
        "cổ đông của nó",
        "ban lãnh đạo của nó",
        # "it was reported that" with a dummy "nó" (Vietnamese has none: "có
        # tin cho biết"), "is expected to" with "để" ("dự kiến sẽ"), "declined
        # to be named" ("đề nghị giấu tên")
        "nó đã được báo cáo rằng",
        "nó được báo cáo rằng",
        "được mong đợi để",
        "được kỳ vọng để",
        "từ chối để được nêu tên",
        "từ chối để được xác định",
    ],
    # the same "its CEO / founder / staff" as "...ของมัน": "มัน" is for things
    # and animals; Thai news writes "ของบริษัท" (substrings)
    "th": [
        # "at the end of the day", "it makes sense", "hold a meeting" word for word
        "ในตอนท้ายของวัน",
        "ทำให้ความรู้สึก",
        "ถือการประชุม",
        # "on Monday" with "on" as "upon a surface"; "in order to" read as
        # "in placing an order to"
        "บนวันจันทร์",
        "บนวันอังคาร",
        "บนวันพุธ",
        "บนวันพฤหัสบดี",
        "บนวันศุกร์",
        "บนวันเสาร์",
        "บนวันอาทิตย์",
        "บน วันจันทร์",
        "บน วันอังคาร",
        "บน วันพุธ",
        "บน วันพฤหัสบดี",
        "บน วันศุกร์",
        "บน วันเสาร์",
        "บน วันอาทิตย์",
        "ในการสั่งซื้อเพื่อ",
        "ในลำดับที่จะ",
        "ประธานเจ้าหน้าที่บริหารของมัน",
        "ซีอีโอของมัน",
        "ผู้ก่อตั้งของมัน",
        "โฆษกของมัน",
        "พนักงานของมัน",
        "ผู้ถือหุ้นของมัน",
        "ผู้บริหารของมัน",
        "ประธานกรรมการของมัน",
    ],
    # "in order to", "make sense", "on a daily basis", "is excited" ("untuk",
    # "masuk akal", "setiap hari", "bersemangat" with no copula)
    "id": [
        "dalam urutan untuk",
        "membuat rasa",
        "pada basis harian",
        "adalah bersemangat",
        "adalah gembira",
        # "looking forward to", "take place on" (a time, not a venue:
        # "mengambil tempat di" is native), "apply for the position/job"
        "melihat ke depan untuk",
        "mengambil tempat pada",
        "menerapkan untuk posisi",
        "menerapkan untuk pekerjaan",
    ],
    # "it makes sense" as "它使感觉" (Chinese: "有道理"), "excited about" in
    # English order after the adjective ("兴奋关于": Chinese "对……感到兴奋"),
    # "take place" as "采取地方" ("举行", "发生"); substrings
    "zh": ["它使感觉", "兴奋关于", "采取地方", "采取了地方"],
    # "at the end of the day" (하루의 끝에서: Korean "결국"), "it makes sense"
    # as "makes a meaning" (의미를 만든다: "말이 된다", "일리가 있다"), "we are
    # looking forward to" as "looking ahead" (앞으로 보고 있: "기대하고 있다"),
    # "on a daily basis" as "on the basis of every day" (매일의 기초), "took
    # place" as "took a place" (장소를 취했); substrings, as Korean's endings
    # glue to the stem
    "ko": [
        "하루의 끝에서",
        "하루의 끝에",
        "의미를 만든다",
        "의미를 만들어",
        "의미를 만듭니다",
        "앞으로 보고 있",
        "매일의 기초",
        "장소를 취했",
        "장소를 가졌",
    ],
}
# More of English's in French: "to apply for" as "appliquer pour" (French
# "postuler à", "demander"), "is expected to start" as "est attendu de
# commencer" ("devrait commencer"); with the verb after, as "être attendu
# de pied ferme" is French.
_add_words(
    ENGLISH_CALQUES,
    {
        "fr": [
            f"appliquer pour {det}" for det in ("un", "une", "le", "la", "les", "ce", "cette")
        ]
        + [
            f"{be} {attendu} {verb}"
            for be, attendu in (
                ("est", "attendu"),
                ("est", "attendue"),
                ("sont", "attendus"),
                ("sont", "attendues"),
            )
            for verb in ("de commencer", "d'ouvrir", "d'être", "de durer", "de coûter")
        ],
    },
)
# More of English's idioms word for word in Thai: "on a daily basis" (บน
# พื้นฐานรายวัน: Thai "ทุกวัน"), "he is excited" with the copula before an
# adjective (เป็นตื่นเต้น: Thai "ตื่นเต้น" alone), "we look forward to" as
# "look ahead in order to" (มองไปข้างหน้าเพื่อที่จะ: "ตั้งตารอ").
_add_words(
    ENGLISH_CALQUES,
    {
        "th": [
            "บนพื้นฐานรายวัน",
            "บนพื้นฐานประจำวัน",
            "เป็นตื่นเต้น",
            "มองไปข้างหน้าเพื่อที่จะ",
            "มองไปข้างหน้าที่จะ",
            "มองไปข้างหน้าเพื่อ",
        ],
    },
)

# A chatbot's words about itself, left in a page whose text was pasted from
# its answer ("As an AI language model, I cannot ...", "作为一个AI语言模型，
# 我..."): the phrase opens a sentence and the sentence then speaks in the
# first person (ASSISTANT_FIRST_PERSON). A report quoting such words puts them
# in quotation marks or mid-sentence; "As an AI language model, ChatGPT ..."
# speaks of another. Lower case; whole words in spaced scripts.
ASSISTANT_SELF: dict[str, list[str]] = {
    "en": [
        "as an ai language model",
        "as a language model",
        "as a large language model",
        "as an ai model",
        "as an ai assistant",
        "as an ai",
        "as an artificial intelligence",
    ],
    "fr": [
        "en tant que modèle de langage",
        "en tant que modèle de langage ia",
        "en tant qu'ia",
        "en tant qu'assistant ia",
        "en tant qu'intelligence artificielle",
    ],
    "es": [
        "como modelo de lenguaje",
        "como un modelo de lenguaje",
        "como modelo de ia",
        "como una ia",
        "como asistente de ia",
        "como una inteligencia artificial",
    ],
    "pt": [
        "como modelo de linguagem",
        "como um modelo de linguagem",
        "como uma ia",
        "como assistente de ia",
        "como uma inteligência artificial",
    ],
    "it": ["come modello linguistico", "in quanto modello linguistico", "in quanto ia"],
    "de": ["als ki-sprachmodell", "als sprachmodell", "als ki-modell", "als ki"],
    "vi": [
        "là một mô hình ngôn ngữ",
        "với tư cách là một mô hình ngôn ngữ",
        "là một trí tuệ nhân tạo",
        "là một trợ lý ai",
    ],
    "id": ["sebagai model bahasa", "sebagai asisten ai", "sebagai kecerdasan buatan"],
    "ru": ["как языковая модель", "будучи языковой моделью", "как ии-модель", "как модель ии"],
    "zh": [
        "作为一个ai语言模型",
        "作为ai语言模型",
        "作为一个人工智能语言模型",
        "作为人工智能语言模型",
        "作为一个语言模型",
        "作为一个ai助手",
        "作为ai助手",
        "作为一个大型语言模型",
    ],
    "ja": ["ai言語モデルとして", "言語モデルとして", "aiアシスタントとして"],
    "ko": ["ai 언어 모델로서", "인공지능 언어 모델로서", "언어 모델로서", "ai 어시스턴트로서"],
    "th": ["ในฐานะโมเดลภาษา", "ในฐานะ ai", "ในฐานะปัญญาประดิษฐ์"],
    "sv": ["som en ai-språkmodell", "som en språkmodell", "som en ai"],
    "nl": ["als ai-taalmodel", "als een ai-taalmodel", "als taalmodel", "als een taalmodel"],
    "pl": ["jako model językowy ai", "jako model językowy", "jako sztuczna inteligencja"],
    "tr": ["bir yapay zeka dil modeli olarak", "bir dil modeli olarak", "bir yapay zeka olarak"],
}
# The assistant speaking of itself after ASSISTANT_SELF ("..., I cannot",
# "..., je ne peux pas", "..., no puedo"): first-person words, and where a
# language drops its pronoun, its first-person verb forms of "can" / "have".
ASSISTANT_FIRST_PERSON: dict[str, list[str]] = {
    "en": ["i", "i'm", "i am", "my", "me"],
    "fr": ["je", "j'ai", "mes", "mon", "ma"],
    "es": ["yo", "puedo", "tengo", "mi", "mis"],
    "pt": ["eu", "posso", "tenho", "meu", "minha", "meus"],
    "it": ["io", "posso", "ho", "mio", "mia"],
    "de": ["ich", "mein", "meine", "mir"],
    "vi": ["tôi", "mình"],
    "id": ["saya", "aku"],
    "ru": ["я", "не могу", "у меня", "мои", "мой"],
    "zh": ["我"],
    "ja": ["私", "わたし"],
    "ko": ["저는", "제가", "나는", "저의"],
    "th": ["ฉัน", "ผม", "ดิฉัน"],
    "sv": ["jag", "mig", "min", "mitt", "mina"],
    "nl": ["ik", "mijn", "mij"],
    "pl": ["nie mogę", "mogę", "mój", "moje", "mnie"],
    # (Turkish drops its pronoun: "I have no access" is "erişimim yok")
    "tr": ["ben", "benim", "erişimim", "bilgim", "yapamam", "veremem"],
}
# A chatbot's opening to its answer, left as a paragraph of its own before
# the article it wrote ("Certainly! Here is a news article about ...:"): an
# interjection of assent, then "here is", in one paragraph that ends with a
# colon. Lower case; matched at the paragraph's start.
ASSISTANT_ASSENT: dict[str, list[str]] = {
    "en": ["certainly", "sure", "of course", "absolutely", "great", "okay"],
    "fr": ["bien sûr", "certainement", "absolument", "d'accord", "avec plaisir"],
    "es": [
        "claro",
        "por supuesto",
        "desde luego",
        "¡claro",
        "¡por supuesto",
        "¡desde luego",
        "con gusto",
    ],
    "pt": ["claro", "com certeza", "certamente", "perfeito"],
    "it": ["certo", "certamente", "ecco"],
    "de": ["natürlich", "gerne", "gern", "sicher", "selbstverständlich"],
    "vi": ["chắc chắn rồi", "tất nhiên", "dĩ nhiên", "được thôi", "vâng"],
    "id": ["tentu", "tentu saja", "baiklah", "baik"],
    "ru": ["конечно", "разумеется", "безусловно"],
    "zh": ["当然", "好的", "没问题"],
    "ja": ["もちろん", "承知しました"],
    "ko": ["물론입니다", "물론", "네", "알겠습니다"],
    "th": ["แน่นอน", "ได้เลย"],
}
ASSISTANT_HERE_IS: dict[str, list[str]] = {
    "en": ["here is", "here's", "here are", "below is"],
    "fr": ["voici", "voilà"],
    "es": ["aquí tienes", "aquí está", "aquí hay", "a continuación"],
    "pt": ["aqui está", "aqui estão", "segue", "a seguir"],
    "it": ["ecco"],
    "de": ["hier ist", "hier sind", "hier kommt"],
    "vi": ["dưới đây là", "đây là"],
    "id": ["berikut adalah", "berikut ini", "berikut", "ini dia"],
    "ru": ["вот"],
    "zh": ["以下是", "下面是", "这是"],
    "ja": ["以下は", "こちらが"],
    "ko": ["다음은", "여기"],
    "th": ["นี่คือ", "ต่อไปนี้คือ"],
}

# A chatbot's closing to its answer, left at the end of the article it wrote
# ("I hope this helps! Let me know if you would like me to make it shorter"):
# a paragraph opening with a sign-off (ASSISTANT_SIGN_OFF) that offers the
# reader more work done by the writer (ASSISTANT_OFFER: "like me to", "que
# je"). A columnist's "I hope this helps" offers nothing; a quoted one is a
# report. Lower case; the sign-off at the paragraph's start.
ASSISTANT_SIGN_OFF: dict[str, list[str]] = {
    "en": [
        "i hope this helps",
        "hope this helps",
        "i hope this",
        "let me know if",
        "feel free to let me know",
        "feel free to ask",
        "if you'd like me to",
        "if you would like me to",
        "would you like me to",
    ],
    "es": [
        "espero que esto",
        "espero que te",
        "espero que le",
        "avísame si",
        "dime si",
        "si quieres que",
        "si desea que",
        "¿quieres que",
    ],
    "fr": [
        "j'espère que cela",
        "j'espère que ce",
        "n'hésitez pas à me",
        "dites-moi si",
        "si vous souhaitez que je",
        "si vous voulez que je",
        "souhaitez-vous que je",
    ],
    "pt": [
        "espero que isso",
        "espero que este",
        "espero que esta",
        "me avise se",
        "diga-me se",
        "se quiser que eu",
        "quer que eu",
    ],
    "it": ["spero che questo", "spero che ti", "fammi sapere se", "se vuoi che"],
    "de": [
        "ich hoffe, das",
        "ich hoffe, dies",
        "lass mich wissen",
        "sag mir",
        "sagen sie mir",
        "wenn du möchtest",
        "wenn sie möchten",
        "soll ich",
    ],
    "vi": ["hy vọng", "hãy cho tôi biết", "nếu bạn muốn tôi", "bạn có muốn tôi"],
    "id": [
        "semoga ini",
        "semoga bermanfaat",
        "beri tahu saya",
        "kabari saya",
        "jika anda ingin saya",
        "apakah anda ingin saya",
    ],
    "zh": [
        "希望这",
        "希望這",
        "希望对你",
        "希望對你",
        "如果你需要我",
        "如果您需要我",
        "如需我",
        "需要我",
    ],
    "ja": ["お役に立て", "ご希望があれば", "必要であれば"],
    "ko": ["도움이 되었", "도움이 되길", "원하시면"],
    "th": ["หวังว่า", "หากต้องการให้ฉัน", "หากต้องการให้ผม"],
    "ru": ["надеюсь, это", "дайте знать", "если хотите, я", "если нужно, я"],
}
ASSISTANT_OFFER: dict[str, list[str]] = {
    "en": ["like me to", "want me to", "need me to", "i can also", "i can make", "i can add"],
    "es": [
        "quieres que",
        "desea que",
        "gustaría que",
        "puedo hacer",
        "puedo añadir",
        "puedo cambiar",
    ],
    "fr": [
        "souhaitez que je",
        "voulez que je",
        "souhaitez-vous que je",
        "voulez-vous que je",
        "je peux aussi",
        "je peux ajouter",
        "je peux modifier",
    ],
    "pt": [
        "quiser que eu",
        "quer que eu",
        "gostaria que eu",
        "posso fazer",
        "posso ajustar",
        "posso adicionar",
    ],
    "it": ["vuoi che", "desideri che", "posso anche", "posso aggiungere"],
    "de": [
        "möchtest, dass ich",
        "möchten, dass ich",
        "soll ich",
        "kann ich auch",
        "kann ich gerne",
    ],
    "vi": ["muốn tôi", "tôi có thể giúp", "tôi có thể chỉnh", "tôi có thể viết"],
    "id": ["ingin saya", "mau saya", "saya bisa bantu", "saya dapat membantu"],
    "zh": ["需要我", "我可以帮", "我可以幫", "我可以再"],
    "ja": ["お申し付け"],
    "ko": ["드릴게요", "드리겠습니다", "해 드릴"],
    "th": ["ให้ฉันช่วย", "ให้ผมช่วย", "ให้ฉันปรับ", "ให้ผมปรับ"],
    "ru": ["я могу", "я сделаю", "я добавлю"],
}

# Function words that good prose never writes twice in a row ("de de", "the
# the", "của của"): a decoder's slip when it comes back, a typing slip once.
# Only words no grammar doubles (not "that that", "vous vous", "nous nous",
# "die die", nor Vietnamese or Indonesian reduplication). Lower case.
NEVER_DOUBLED: dict[str, list[str]] = {
    "en": ["the", "an", "of", "for", "with", "from"],
    "es": ["el", "los", "las", "de", "del", "con", "para", "por", "en"],
    "pt": ["o", "os", "as", "de", "do", "da", "dos", "das", "em", "no", "na", "para", "com"],
    "fr": ["le", "les", "des", "du", "de", "un", "une", "avec", "pour", "dans"],
    "it": ["il", "lo", "gli", "della", "di", "per", "con"],
    "id": ["yang", "dari", "di", "ke", "untuk", "dengan", "pada"],
    "ms": ["yang", "dari", "di", "ke", "untuk", "dengan", "pada"],
    "vi": ["của", "các", "những", "trong", "với"],
    "ru": ["в", "на", "для", "по"],
}

# Words that open a paragraph by joining it to the one before ("Moreover,",
# "In conclusion,", "Bên cạnh đó,", "此外，"): ordinary writing once or twice; a
# page whose paragraphs nearly all open on one, with no figure anywhere, is
# filler strung together by transitions (rules._transition_filler). "However"
# and "but" are left out: a news paragraph often opens on them. Lower case.
TRANSITION_OPENERS: dict[str, list[str]] = {
    "en": [
        "moreover",
        "furthermore",
        "in addition",
        "additionally",
        "besides",
        "firstly",
        "secondly",
        "thirdly",
        "first of all",
        "finally",
        "lastly",
        "in conclusion",
        "to sum up",
        "in summary",
        "overall",
        "ultimately",
        "on the other hand",
        "not only that",
        "it can be said",
        "all in all",
    ],
    "vi": [
        "bên cạnh đó",
        "ngoài ra",
        "hơn thế nữa",
        "hơn nữa",
        "không những thế",
        "có thể nói",
        "tóm lại",
        "nhìn chung",
        "đầu tiên",
        "thứ hai",
        "thứ ba",
        "cuối cùng",
        "trong thời đại",
        "trong bối cảnh",
    ],
    "zh": [
        "首先",
        "其次",
        "再次",
        "此外",
        "另外",
        "最后",
        "总而言之",
        "综上所述",
        "总之",
        "值得一提的是",
        "随着",
        "与此同时",
        "不仅如此",
        "由此可见",
    ],
    "es": [
        "además",
        "asimismo",
        "por otro lado",
        "en primer lugar",
        "en segundo lugar",
        "finalmente",
        "en conclusión",
        "en resumen",
        "cabe destacar",
        "por último",
        "sin duda",
        "en definitiva",
    ],
    "pt": [
        "além disso",
        "por outro lado",
        "em primeiro lugar",
        "em segundo lugar",
        "finalmente",
        "em conclusão",
        "em resumo",
        "vale ressaltar",
        "por fim",
        "sem dúvida",
    ],
    "fr": [
        "de plus",
        "en outre",
        "par ailleurs",
        "tout d'abord",
        "ensuite",
        "enfin",
        "en conclusion",
        "en résumé",
        "pour conclure",
        "il est important de noter",
        "sans aucun doute",
    ],
    "de": [
        "darüber hinaus",
        "außerdem",
        "zudem",
        "zunächst",
        "des weiteren",
        "abschließend",
        "zusammenfassend",
        "nicht zuletzt",
        "letztendlich",
    ],
    "it": [
        "inoltre",
        "in primo luogo",
        "in secondo luogo",
        "infine",
        "in conclusione",
        "in sintesi",
        "d'altra parte",
        "senza dubbio",
    ],
    "id": [
        "selain itu",
        "di samping itu",
        "pertama",
        "kedua",
        "ketiga",
        "terakhir",
        "kesimpulannya",
        "secara keseluruhan",
        "tidak hanya itu",
        "dengan demikian",
    ],
}

# Stock phrases of machine-written filler: the framing a language model puts
# around a topic it knows nothing particular about ("In today's fast-paced
# world, X plays a crucial role ... In conclusion, X is a testament to ...").
# One is ordinary writing; a paragraph holding several, with no figure in
# it, says nothing of its story (rules._stock_filler). Lower case.
FILLER_PHRASES: dict[str, list[str]] = {
    "en": [
        "in today's fast-paced world",
        "in today's digital age",
        "in today's ever-changing world",
        "in an ever-changing world",
        "ever-evolving",
        "plays a crucial role",
        "play a crucial role",
        "plays a pivotal role",
        "play a pivotal role",
        "plays a vital role",
        "it is important to note",
        "it's important to note",
        "it is worth noting",
        "in conclusion",
        "a testament to",
        "something for everyone",
        "game-changer",
        "unlocking the potential",
        "unlock the potential",
        "navigate the complexities",
        "a rich tapestry",
        "in the realm of",
        "embark on a journey",
        "stands as a beacon",
    ],
    "fr": [
        "dans un monde en constante évolution",
        "dans le monde d'aujourd'hui",
        "en constante évolution",
        "il est important de noter",
        "il convient de noter",
        "il est essentiel de souligner",
        "joue un rôle crucial",
        "joue un rôle essentiel",
        "un rôle clé",
        "occupe une place essentielle",
        "un enjeu majeur",
        "mérite toute notre attention",
        "en somme",
        "en conclusion",
        "témoigne de",
        "pour tous les goûts",
    ],
    "es": [
        "en el mundo actual",
        "en un mundo en constante cambio",
        "en constante evolución",
        "es importante destacar",
        "es importante señalar",
        "es importante tener en cuenta",
        "cabe destacar que",
        "juega un papel crucial",
        "desempeña un papel crucial",
        "desempeña un papel fundamental",
        "en conclusión",
        "un testimonio de",
        "algo para todos",
        "sin lugar a dudas",
    ],
    "pt": [
        "no mundo atual",
        "em um mundo em constante mudança",
        "em constante evolução",
        "é importante destacar",
        "é importante ressaltar",
        "vale ressaltar que",
        "desempenha um papel crucial",
        "desempenha um papel fundamental",
        "em conclusão",
        "um testemunho de",
        "algo para todos",
        "sem sombra de dúvidas",
    ],
    "de": [
        "in der heutigen schnelllebigen welt",
        "in einer sich ständig wandelnden welt",
        "es ist wichtig zu beachten",
        "es ist wichtig zu betonen",
        "spielt eine entscheidende rolle",
        "spielt eine zentrale rolle",
        "zusammenfassend lässt sich sagen",
        "für jeden etwas",
        "ein zeugnis für",
    ],
    "id": [
        "di era digital saat ini",
        "di dunia yang terus berkembang",
        "di dunia yang serba cepat",
        "penting untuk dicatat",
        "perlu dicatat bahwa",
        "memainkan peran penting",
        "memainkan peran krusial",
        "sebagai kesimpulan",
        "kesimpulannya",
        "bukti nyata",
        "sesuatu untuk semua orang",
    ],
    "vi": [
        "trong thế giới ngày nay",
        "trong thế giới không ngừng thay đổi",
        "trong thời đại số ngày nay",
        "điều quan trọng cần lưu ý",
        "điều đáng chú ý là",
        "đóng vai trò then chốt",
        "đóng một vai trò quan trọng",
        "tóm lại",
        "là minh chứng cho",
        "dành cho tất cả mọi người",
    ],
    "zh": [
        "在当今快节奏的世界",
        "在当今瞬息万变",
        "在当今数字时代",
        "值得注意的是",
        "发挥着至关重要的作用",
        "起着至关重要的作用",
        "扮演着重要的角色",
        "总而言之",
        "综上所述",
        "充分证明了",
    ],
    "th": [
        "ในโลกที่เปลี่ยนแปลงอย่างรวดเร็ว",
        "ในยุคดิจิทัลปัจจุบัน",
        "สิ่งสำคัญที่ควรทราบ",
        "สิ่งสำคัญที่ต้องทราบ",
        "มีบทบาทสำคัญอย่างยิ่ง",
        "โดยสรุป",
        "เป็นเครื่องพิสูจน์",
        "สำหรับทุกคน",
    ],
}

# Clickbait teasers an advert network appends to a real story ("You won't
# believe what this pensioner did ... Doctors hate this one weird trick").
# One is a turn of phrase a writer may use; a paragraph of the page's own
# text holding two different ones, outside quotation marks, is a teaser
# block (rules.lure_flags). Lower case.
CLICKBAIT: dict[str, list[str]] = {
    "en": [
        "you won't believe",
        "you will not believe",
        "you wont believe",
        "doctors hate",
        "hate this trick",
        "one weird trick",
        "this one simple trick",
        "this simple trick",
        "what happened next",
        "what she did next",
        "what he did next",
        "will shock you",
        "will blow your mind",
        "will leave you speechless",
        "click here to see",
        "click to see",
        "the reason will surprise you",
        "before it's deleted",
        # the get-rich teaser's ("… banks hate it", "… before it gets taken down")
        "banks hate",
        "this one simple method",
        "this simple method",
        "before it gets taken down",
        "before it's taken down",
        "before it gets deleted",
    ],
    "fr": [
        "vous ne croirez jamais",
        "vous n'allez pas croire",
        "vous n'en croirez pas vos yeux",
        "les médecins détestent",
        "détestent cette astuce",
        "cette astuce toute simple",
        "cette astuce simple",
        "va vous choquer",
        "va vous surprendre",
        "vont vous choquer",
        "cliquez ici pour voir",
        "cliquez pour voir",
        "ce qui s'est passé ensuite",
    ],
    "es": [
        "no vas a creer",
        "no creerás",
        "no podrás creer",
        "los médicos odian",
        "odian este truco",
        "este sencillo truco",
        "este truco simple",
        "te dejará sin palabras",
        "te dejará con la boca abierta",
        "te sorprenderá",
        "haz clic aquí para ver",
        "haz clic para ver",
        "lo que pasó después",
        "lo que sucedió después",
    ],
    "pt": [
        "você não vai acreditar",
        "você não vai acreditar no que",
        "os médicos odeiam",
        "odeiam este truque",
        "este truque simples",
        "vai te chocar",
        "vai te surpreender",
        "vai te deixar sem palavras",
        "clique aqui para ver",
        "clique para ver",
        "o que aconteceu depois",
    ],
    "de": [
        "sie werden nicht glauben",
        "du wirst nicht glauben",
        "ärzte hassen",
        "hassen diesen trick",
        "dieser einfache trick",
        "mit diesem einfachen trick",
        "wird sie schockieren",
        "wird dich schockieren",
        "hier klicken und sehen",
        "klicken sie hier, um",
        "was dann geschah",
    ],
    "it": [
        "non crederai mai",
        "non ci crederai",
        "i medici odiano",
        "questo semplice trucco",
        "ti lascerà senza parole",
        "clicca qui per vedere",
        "cosa è successo dopo",
    ],
    "id": [
        "anda tidak akan percaya",
        "kamu tidak akan percaya",
        "dokter benci",
        "dokter membenci",
        "trik sederhana ini",
        "bikin kaget",
        "klik di sini untuk melihat",
        "yang terjadi selanjutnya",
    ],
    "vi": [
        "bạn sẽ không tin",
        "bạn sẽ không thể tin",
        "bác sĩ ghét",
        "mẹo đơn giản này",
        "khiến bạn sốc",
        "khiến bạn sửng sốt",
        "bấm vào đây để xem",
        "nhấn vào đây để xem",
        "điều gì xảy ra tiếp theo",
    ],
    "zh": [
        "你绝对想不到",
        "你一定想不到",
        "看完惊呆了",
        "医生不会告诉你",
        "医生都不会告诉你",
        "99%的人都不知道",
        "99%的人不知道",
        "结局太意外",
        "点击查看真相",
    ],
}

# An offer to "scan the code" for a reward ("扫描下方二维码 … 免费领取 …
# 名额有限", "QR코드 스캔하고 … 포인트 지급"): a way to write that no
# address filter reads. A sentence needs a word of each of the three tables
# (rules.lure_flags): the scan, the reward, and the push or a messenger. An
# official notice ("scan the code on the board to book a slot") offers no
# reward and pushes no one. Lower case.
SCAN_CODE: dict[str, list[str]] = {
    "en": ["scan the qr", "scan our qr", "scan this qr", "scan the code", "scan qr"],
    "zh": [
        "扫描二维码",
        "扫描下方二维码",
        "扫描上方二维码",
        "扫码",
        "扫一扫",
        "掃碼",
        "掃描二維碼",
    ],
    "ja": ["qrコードを読み取", "qrコードを読み込", "qrコードをスキャン"],
    "ko": ["qr코드 스캔", "qr 코드 스캔", "qr코드를 스캔", "qr 코드를 스캔", "qr코드 찍"],
    "vi": ["quét mã qr", "quét qr", "quét mã"],
    "th": ["สแกน qr", "สแกนคิวอาร์", "สแกนqr", "สแกนรับ"],
    "es": ["escanea el código qr", "escanea el qr", "escanear el código qr", "escanea el código"],
    "fr": ["scannez le qr code", "scannez le code qr", "flashez le qr code", "flashez le code"],
    "pt": ["escaneie o qr code", "escaneie o código qr", "escaneie o código", "leia o qr code"],
    "id": ["scan kode qr", "pindai kode qr", "scan qr", "scan barcode"],
    "de": ["qr-code scannen", "scannen sie den qr-code", "scanne den qr-code"],
}
SCAN_REWARD: dict[str, list[str]] = {
    "en": ["claim", "free", "bonus", "reward", "gift", "voucher", "cash"],
    "zh": ["领取", "免费领", "红包", "彩金", "赠送", "福利", "送"],
    "ja": ["無料", "プレゼント", "ポイント", "特典", "ボーナス"],
    "ko": ["지급", "포인트", "쿠폰", "받기", "받아가", "무료", "보너스"],
    "vi": ["nhận quà", "nhận thưởng", "nhận ngay", "miễn phí", "quà tặng", "tiền thưởng"],
    "th": ["รับฟรี", "ฟรี", "โบนัส", "เครดิต", "ของรางวัล"],
    "es": ["gratis", "regalo", "bono", "premio", "reclama"],
    "fr": ["gratuit", "cadeau", "bonus", "récompense", "réclamez"],
    "pt": ["grátis", "brinde", "bônus", "prêmio", "resgate"],
    "id": ["gratis", "bonus", "hadiah", "klaim", "saldo"],
    "de": ["gratis", "geschenk", "bonus", "prämie", "kostenlos"],
}
SCAN_PUSH: dict[str, list[str]] = {
    "en": ["now", "today only", "limited", "hurry", "instantly"],
    "zh": ["名额有限", "先到先得", "限时", "立即", "马上", "每天", "速来"],
    "ja": ["今すぐ", "限定", "先着", "即時"],
    "ko": ["지금", "즉시", "선착순", "한정", "바로"],
    "vi": ["ngay", "có hạn", "nhanh tay", "số lượng có hạn"],
    "th": ["ด่วน", "ทันที", "จำนวนจำกัด", "เลย"],
    "es": ["ahora", "ya", "limitado", "limitadas", "hoy mismo"],
    "fr": ["maintenant", "immédiatement", "limité", "limitées", "vite"],
    "pt": ["agora", "já", "limitado", "limitadas", "imediatamente"],
    "id": ["sekarang", "terbatas", "segera", "langsung"],
    "de": ["jetzt", "sofort", "begrenzt", "nur heute"],
}

# Turns of Chinese news prose carried word for word into another language by
# a machine: 记者了解到 ("the reporter learned"), 据介绍 ("according to the
# introduction"), 有关负责人表示 ("the relevant person in charge"), 获得感
# ("sense of gain"), 广大群众 ("the broad masses"), 责任编辑 ("responsible
# editor"). A human translator writes "según explicó", "un responsable",
# "los ciudadanos". Two different ones on a page (rules.calque_flags). Lower
# case.
CHINESE_CALQUES: dict[str, list[str]] = {
    "en": [
        "the reporter learned from",
        "the reporter learned that",
        # 记者从…获悉 with its article dropped, as the machine writes it
        "reporter learned from",
        "according to the introduction",
        "according to introduction",
        "according to introduce",
        # 据了解
        "according to understanding",
        "relevant person in charge",
        "relevant responsible person",
        "sense of gain",
        # 获得感, 幸福感 word for word
        "gain feeling",
        "happiness feeling",
        "the broad masses",
        "responsible editor:",
        # 有关部门, 负责人表示, 大力发展, 典型代表, 扶持力度 word for word
        "relevant departments",
        "responsible person said",
        "vigorously develop",
        "vigorously develops",
        "vigorously developing",
        "typical representative",
        "typical representatives",
        "support dynamics",
        "support strength",
    ],
    "es": [
        "el reportero aprendió",
        "la reportera aprendió",
        "el periodista aprendió de",
        "según la introducción",
        "relevante responsable persona",
        "responsable persona",
        "persona responsable relevante",
        "sensación de ganancia",
        "felicidad de las masas",
        "las amplias masas",
        "editor responsable:",
    ],
    "pt": [
        "o repórter aprendeu",
        "o repórter soube de",
        "de acordo com a introdução",
        "segundo a introdução",
        "pessoa responsável relevante",
        "sensação de ganho",
        "as amplas massas",
        "editor responsável:",
    ],
    "fr": [
        "le journaliste a appris de",
        "le reporter a appris",
        "selon l'introduction",
        "personne responsable concernée",
        "sentiment de gain",
        "les larges masses",
        "rédacteur responsable :",
    ],
    "vi": [
        "phóng viên được hiểu biết",
        "phóng viên hiểu được",
        "căn cứ giới thiệu",
        "có liên quan phụ trách",
        "phụ trách người biểu thị",
        "cảm giác được lợi",
        "đông đảo quần chúng nhân dân cảm giác",
        "biên tập viên trách nhiệm",
        # 相关人员 / 相关部门 read character by character ("tương quan" is
        # "correlation": Vietnamese writes "nhân viên liên quan")
        "nhân viên tương quan",
        "bộ môn tương quan",
        "ngành tương quan",
        # 11时许 ("about 11 o'clock"): 许 read as "hứa" (to promise)
        "giờ hứa",
        # 全面停产 ("stop all production"): "đình sản" is sterilisation
        "toàn diện đình sản",
        # 对…进行控制 ("carry out control on")
        "tiến hành khống chế",
        # 启动应急预案 read syllable by syllable: "ứng cấp" is no Vietnamese
        # word ("khẩn cấp", "phương án ứng phó"); 安全转移 ("di dời an
        # toàn"), 进一步调查 ("tiếp tục điều tra"), 人员伤亡 ("thương vong về
        # người"), 受灾地区 ("vùng bị thiên tai")
        "khởi động ứng cấp",
        "dự án ứng cấp",
        "chuyển di an toàn",
        "được chuyển di",
        "tiến thêm một bước điều tra",
        "nhân viên thương vong",
        "khu vực chịu tai",
    ],
    "id": [
        "wartawan mengetahui dari",
        "wartawan belajar dari",
        "menurut perkenalan",
        "orang yang bertanggung jawab terkait",
        "rasa perolehan",
        "massa luas",
        "editor penanggung jawab",
    ],
}

# Turns of Vietnamese news prose carried word for word by a machine: lực
# lượng chức năng / cơ quan chức năng ("the functional forces / agencies",
# the police and officials in charge), theo thông tin từ ("according to the
# information from"), đang tiếp tục được làm rõ ("is continuing to be
# clarified", under investigation). An English editor writes "the
# authorities", "according to", "is being investigated". Also "cho biết:" (a
# colon after "said that"), "trong thời gian tới" ("in the coming time"), "xử
# lý nghiêm" ("strictly handle"), "bàn giao mặt bằng" ("hand over the ground":
# give up the site), "kiên quyết không để" ("resolutely not let"), "dự án trên"
# ("the above project"), "đơn vị thi công" ("the unit construction"). Two
# different ones on a page make it a translation (rules.CALQUE_MIN_KINDS).
VIETNAMESE_CALQUES: dict[str, list[str]] = {
    "en": [
        "functional forces",
        "functional force",
        "functional agencies",
        "functional agency",
        "functional authorities",
        "functional sector",
        "functional sectors",
        "according to the information from",
        "continuing to be clarified",
        "continues to be clarified",
        "verified and clarified",
        "verify and clarify",
        "said that:",
        "in the coming time",
        "strictly handle",
        "strictly handled",
        "hand over the ground",
        "handed over the ground",
        "handing over the ground",
        "resolutely not let",
        "the above project",
        "the unit construction",
        "unit of construction",
        # tiến hành + verb ("tiến hành tiêu hủy"): "carried out" with a
        # gerund, where English carries out a noun ("carried out a cull")
        "carried out destroying",
        "carried out culling",
        "carried out inspecting",
        "carried out checking",
        "carried out handling",
        "carry out destroying",
        "carry out inspecting",
        "carry out handling",
        # the classifier "con" counted as heads, plural (English counts
        # "head of cattle", singular, and never poultry by the head)
        "heads of poultry",
        "heads of pigs",
        "heads of chickens",
        # "không nên hoảng loạn"
        "not to be panic",
        "not be panic",
        # "các đơn vị thi công", "máy móc thiết bị", "3 ca 4 kíp" (round the clock)
        "the units construction",
        "machinery equipment",
        "3 shifts 4 crews",
        "3 shifts, 4 crews",
        "three shifts four crews",
    ],
    "fr": [
        "forces fonctionnelles",
        "les agences fonctionnelles",
        "les autorités fonctionnelles",
    ],
    "es": [
        "fuerzas funcionales",
        "agencias funcionales",
        "autoridades funcionales",
    ],
}

# Turns of Japanese news prose carried word for word into English: 説明会
# ("explanation meeting", a briefing), 「…」などの声が上がった ("voices such
# as … came out"), 誠実に対応したい ("respond sincerely"), 本人 ("the person
# himself"), お疲れ様 ("thank you for your hard work"), （笑） ("(laugh)").
# Two different ones on a page (rules.CALQUE_MIN_KINDS). Lower case.
JAPANESE_CALQUES: dict[str, list[str]] = {
    "en": [
        "explanation meeting",
        "explanation meetings",
        "explanation session",
        "voices such as",
        "such voices came out",
        "respond sincerely",
        "the person himself",
        "the person herself",
        "thank you for your hard work",
        "(laugh)",
        # the same turns seen elsewhere: 対応する read as "correspond"
        # ("we will correspond sincerely"), （苦笑） ("(bitter smile)"),
        # よろしくお願いします ("please treat me well")
        "correspond sincerely",
        "correspond appropriately",
        "(bitter smile)",
        "please treat me well",
        "please treat us well",
    ],
}
# Turns of German carried word for word into English: seit drei Jahren
# ("since three years"), es geht einfach nicht ("it goes simply not"), Fotos
# machen ("make photos"), 2,3 Millionen Euro ("2.3 millions euro"), Radweg
# ("bicycle way"). Lower case.
GERMAN_CALQUES: dict[str, list[str]] = {
    "en": [
        *(f"since {n} years" for n in (*range(2, 31), "two", "three", "four", "five", "six",
                                      "seven", "eight", "nine", "ten", "many")),
        "since months",
        "since weeks",
        "it goes simply not",
        "it simply goes not",
        "make photos",
        "made photos",
        "making photos",
        "make a photo",
        "made a photo",
        "millions euro",
        "billions euro",
        "bicycle way",
        "bicycle ways",
    ],
}  # fmt: skip
# Spanish news prose machine-translated into English, its false friends
# and constructions kept: "asistir a" (to attend) as "assisted to the",
# "contar con" (to have) as "count(ed) with", "suponer" (to mean, to cost)
# as "suppose(s) an investment", "ilusionado" (thrilled) as "ilusioned",
# "un compromiso con" (a commitment) as "a compromise with".
SPANISH_CALQUES: dict[str, list[str]] = {
    "en": [
        "assisted to the",
        "assist to the",
        "counted with the",
        "count with the",
        "counts with the",
        "will count with",
        "has counted with",
        "have counted with",
        "suppose an investment",
        "supposes an investment",
        "supposed an investment",
        "suppose a cost",
        "supposes a cost",
        "ilusioned",
        "illusioned",
        "have a compromise with",
        "has a compromise with",
    ],
}
# Turns of Korean carried word for word into English: the honorific 씨
# ("Kim Minjun-ssi"), 기대감을 나타냈다 after a quote ("… and expressed
# expectation"), 많이 ~해 주세요 / 많은 사랑 부탁드립니다 ("please apply a lot",
# "please give a lot of love", any verb: the gap), ~도록 노력하겠다 ("make
# efforts so that"), 계속 노력하겠다 ("continuously make efforts").
# Lower case.
KOREAN_CALQUES: dict[str, list[str]] = {
    "en": [
        "-ssi",
        *(
            f"{lead} {verb} {noun}"
            for lead in ("and", "while")
            for verb in ("expressed", "expressing")
            for noun in ("expectation", "expectations", "his expectation", "her expectation")
        ),
        "please…a lot",
        *(f"{verb} efforts so that" for verb in ("make", "made", "making", "exert", "exerted")),
        *(f"continuously {verb} efforts" for verb in ("make", "made", "making")),
    ],
}

# "Tortured phrases" a synonym spinner leaves when it rewrites a story to
# pass it off as new: each common word of news prose swapped for a
# dictionary synonym no writer uses there ("annums" for years, "metropolis
# council" for city council, "curiosity charge" for interest rate, "central
# financial institution" for central bank, "synthetic intelligence" for
# artificial intelligence). One may be a slip; two different ones on a page
# are a spun copy (rules.spun_flags). Lower case, whole words.
SPUN_PHRASES: dict[str, list[str]] = {
    "en": [
        "annums",
        "subsequent annum",
        "metropolis chamber",
        "metropolis board",
        "metropolis council",
        "metropolis corridor",
        "curiosity charge",
        "curiosity charges",
        "curiosity price",
        "curiosity prices",
        "curiosity fee",
        "reserve financial institution",
        "central financial institution",
        "of a share level",
        "share factors",
        "public conveyance",
        "electrical omnibuses",
        "omnibus terminus",
        "commerce proprietors",
        "enterprise house owners",
        "enterprise homeowners",
        "cycling assemblages",
        "synthetic intelligence",
        "counterfeit consciousness",
        "profound learning",
        # the same spinners' swaps for other stock terms of news and science
        # prose: climate change, health care, stock market, government
        # officials, big data, random forest, breast cancer, kidney failure,
        # artificial intelligence ("press launch" is left out: a car maker
        # holds one)
        "local weather change",
        "well being care",
        "inventory market",
        "inventory markets",
        "authorities officers",
        "colossal information",
        "irregular woodland",
        "bosom malignancy",
        "bosom peril",
        "kidney disappointment",
        "man-made brainpower",
    ],
    # French through a spinner: "ans" as "annuités" (yearly payments), "bus"
    # as "omnibus", "émissions" as "émanations", "hôpital" as a Latin
    # "nosocomium", "financé" as "pécuniairement soutenu", "intérêt" as
    # "curiosité", "intelligence artificielle" as "intellect artificiel"
    "fr": [
        f"{when} {n} annuités"
        for when in ("d'ici", "il y a", "depuis", "dans")
        for n in ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "dix")
    ]
    + [
        "omnibus électriques",
        "omnibus électrique",
        "émanations carbonées",
        "émanations de carbone",
        "nosocomium",
        "pécuniairement soutenu",
        "pécuniairement soutenue",
        "taux de curiosité",
        "intellect artificiel",
        "conscience contrefaite",
        "établissement financier central",
    ],
}

# Verbs calling a reader to write to a seller on a messenger, placed before the
# app's name ("kết bạn Zalo ...", "escríbenos por Telegram", "แอดไลน์", "加微信"):
# with a trade word, a way to reach the seller even with no id written out
# (rules._messenger_call). Lower case.
MESSENGER_CALLS: dict[str, list[str]] = {
    "en": [
        "add us on",
        "add me on",
        "message us on",
        "message me on",
        "text us on",
        "dm us on",
        "chat with us on",
        "contact us on",
        "contact us via",
    ],
    "vi": ["kết bạn", "nhắn tin qua", "nhắn tin", "nhắn", "liên hệ qua", "liên hệ", "inbox", "ib"],
    "th": ["แอด", "ทัก", "ติดต่อ", "สนใจแอด", "สนใจทัก"],
    "zh": ["加", "添加", "联系", "私信"],
    "es": [
        "escríbenos por",
        "escríbenos al",
        "escríbeme por",
        "contáctanos por",
        "agréganos en",
        "mándanos un",
        "háblanos por",
    ],
    "pt": [
        "chama no",
        "me chama no",
        "fale com",
        "fale conosco no",
        "manda mensagem no",
        "adicione no",
        "chame no",
    ],
    "fr": ["écrivez-nous sur", "écrivez-moi sur", "contactez-nous sur", "ajoutez-nous sur"],
    "de": ["schreib uns auf", "schreiben sie uns auf", "kontaktiere uns auf", "melde dich auf"],
    "id": ["hubungi", "chat via", "chat kami di", "add"],
    "ko": ["카톡 문의", "문의"],
}

# The words of a link a line calls to click. With a shop's call to buy
# (BUY_NOW_CUES) on a short line, an affiliate advert whose address is
# behind its words ("Compra ora ... clicca qui per acquistare"). Lower case.
CLICK_CALLS: dict[str, list[str]] = {
    # "link in bio": a social-media shop's link, on its profile page
    "en": ["click here", "tap here", "link in bio"],
    "es": ["haz clic aquí", "haz click aquí", "pincha aquí", "pulsa aquí", "link en la bio"],
    "pt": ["clique aqui", "clica aqui", "link na bio"],
    "fr": ["cliquez ici", "clique ici", "lien en bio"],
    "de": ["hier klicken", "klicken sie hier", "klick hier", "link in der bio"],
    "it": ["clicca qui", "clicca qua", "link in bio"],
    "vi": ["bấm vào đây", "nhấn vào đây", "click vào đây", "link ở bio", "link trong bio"],
    "id": ["klik di sini", "klik disini", "link di bio"],
    "th": ["คลิกที่นี่"],
    "zh": ["点击这里", "点击此处", "点击购买"],
}

# A call to write to the account that posts the line ("inbox em", "DM me for
# price", "ทักแชท"): a seller's comment under a post, whose profile is the
# way to the seller, as a link is an affiliate's. Read as CLICK_CALLS are:
# only with a shop's call to buy (BUY_NOW_CUES) on a short line. Lower case.
DM_CALLS: dict[str, list[str]] = {
    "en": ["dm me", "dm us", "pm me", "inbox me", "dm for price"],
    "vi": ["inbox em", "inbox shop", "inbox ngay", "ib em", "ib shop"],
    "th": ["ทักแชท", "ทักข้อความ", "ทักมาเลย"],
    "id": ["langsung dm", "dm aja", "dm kak"],
    "es": ["escríbeme al privado", "mándame dm", "md para precio"],
}

# A prize notice addressed to the reader: words telling "you" that you have
# won or been chosen (PRIZE_WON), and a call to collect it (PRIZE_CLAIM),
# in one paragraph. A news story reports winners in the third person; a
# story about fake prize messages quotes them. Lower case.
PRIZE_WON: dict[str, list[str]] = {
    "en": [
        "you have won",
        "you've won",
        "you have been selected",
        "you've been selected",
        "you have been chosen",
        "you've been chosen",
        "you are our lucky winner",
        "you are the lucky winner",
        "you're our lucky winner",
    ],
    "es": [
        "has ganado",
        "usted ha ganado",
        "has sido seleccionado",
        "has sido seleccionada",
        "has sido elegido",
        "ha sido seleccionado como ganador",
        "eres el ganador",
        "eres nuestro ganador",
    ],
    "pt": [
        "você ganhou",
        "você foi selecionado",
        "você foi selecionada",
        "você foi sorteado",
        "você foi sorteada",
        "você foi escolhido",
        "você é o ganhador",
    ],
    "fr": [
        "vous avez gagné",
        "vous avez été sélectionné",
        "vous avez été tiré au sort",
        "vous êtes l'heureux gagnant",
        "vous êtes l’heureux gagnant",
        "tu as gagné",
    ],
    "de": [
        "sie haben gewonnen",
        "sie wurden ausgewählt",
        "sie wurden als gewinner",
        "du hast gewonnen",
        "sie sind der glückliche gewinner",
    ],
    "it": ["hai vinto", "sei stato selezionato", "sei stata selezionata", "ha vinto un"],
    "id": [
        "anda terpilih",
        "anda memenangkan",
        "anda telah memenangkan",
        "anda menjadi pemenang",
        "kamu terpilih",
        "kamu memenangkan",
    ],
    "vi": [
        "bạn đã trúng thưởng",
        "quý khách đã trúng thưởng",
        "bạn đã được chọn",
        "quý khách đã được chọn",
        "bạn là người may mắn",
        "bạn đã trúng giải",
    ],
    "th": ["คุณได้รับรางวัล", "คุณถูกรางวัล", "คุณเป็นผู้โชคดี", "คุณคือผู้โชคดี", "คุณได้รับเลือก"],
    "zh": [
        "恭喜您获得",
        "恭喜你获得",
        "您已中奖",
        "你已中奖",
        "恭喜您中奖",
        "恭喜你中奖",
        "您被选中",
        "你被选中",
    ],
    "ja": ["当選しました", "あなたが選ばれ", "当選されました"],
    "ko": ["당첨되셨습니다", "당첨되었습니다", "선정되셨습니다", "당첨자로 선정"],
    "ar": ["لقد ربحت", "لقد فزت", "تم اختيارك", "أنت الفائز"],
    "ru": ["вы выиграли", "вы стали победителем", "вы были выбраны", "вы стали обладателем"],
}
PRIZE_CLAIM: dict[str, list[str]] = {
    "en": ["claim your", "claim it now", "claim now", "collect your prize", "redeem your prize"],
    "es": [
        "reclama tu",
        "reclame su",
        "cobra tu premio",
        "reclamar tu",
        "reclamar su",
        "canjea tu",
    ],
    "pt": [
        "resgate seu",
        "resgatar seu",
        "retire seu prêmio",
        "resgate agora",
        "receba seu prêmio",
    ],
    "fr": [
        "réclamez votre",
        "récupérez votre",
        "réclamer votre",
        "récupérer votre",
        "retirez votre",
    ],
    "de": [
        "fordern sie ihren",
        "holen sie sich ihren",
        "jetzt abholen",
        "jetzt einlösen",
        "gewinn abholen",
    ],
    "it": ["riscatta il tuo", "ritira il tuo", "riscuoti il tuo"],
    "id": ["klaim hadiah", "ambil hadiah", "tukarkan hadiah", "klaim sekarang"],
    "vi": ["nhận thưởng", "nhận quà", "nhận giải"],
    "th": ["รับรางวัล", "กดรับ", "รับของรางวัล"],
    "zh": ["领取奖品", "领取奖励", "立即领取", "点击领取"],
    "ja": ["受け取り", "受け取る"],
    "ko": ["경품 수령", "지금 받기", "수령하세요", "수령하기"],
    "ar": ["استلام جائزتك", "لاستلام جائزتك", "استلم جائزتك", "لاستلام الجائزة"],
    "ru": ["получить приз", "заберите приз", "забрать приз", "получите свой приз", "заберите свой"],
}
# A condition put before PRIZE_WON ("if you have won", "si has ganado",
# "หากคุณถูกรางวัล"): a results story telling winners where to claim, no
# notice that the reader won. Lower case.
PRIZE_IF: dict[str, list[str]] = {
    "en": ["if", "whether", "in case"],
    "es": ["si"],
    "pt": ["se", "caso"],
    "fr": ["si"],
    "de": ["wenn", "falls", "ob"],
    "it": ["se"],
    "id": ["jika", "bila", "apabila", "kalau"],
    "vi": ["nếu", "trường hợp"],
    "th": ["หาก", "ถ้า", "กรณี"],
    "zh": ["如果", "如", "若"],
    "ja": ["もし"],
    "ko": ["만약"],
    "ar": ["إذا", "اذا", "إن"],
    "ru": ["если"],
}

# A giveaway lure: a line shouting ("!", "！") that something of money's
# worth is free, with a push to act now ("TERKINI 🔥 Tebus baucar RM500
# PERCUMA … 200 orang pertama, klik pautan di bio", "【突发】免费领取888元现金红包
# ！前500名扫码"). A news or official notice of a free thing ("free flu jabs
# at the clinic", "免费接种") gives no money-like gift, or no shout, or
# shares its headline's words. Three tables, each lower case, all three
# needed in one block (see rules.giveaway_flags).
GIVEAWAY_FREE: dict[str, list[str]] = {
    "en": ["free", "for free", "free of charge"],
    "ms": ["percuma", "free", "gratis"],
    "id": ["gratis", "free", "cuma-cuma", "percuma"],
    "tl": ["libre", "libreng", "free"],
    "pt": ["grátis", "gratis", "de graça", "gratuito", "gratuita"],
    "es": ["gratis", "gratuito", "gratuita", "regalamos"],
    "fr": ["gratuit", "gratuite", "gratuits", "offert", "offerts"],
    "de": ["gratis", "kostenlos", "geschenkt"],
    "it": ["gratis", "gratuito", "in regalo"],
    "vi": ["miễn phí", "free", "tặng"],
    "th": ["ฟรี", "แจกฟรี"],
    "zh": ["免费", "白送", "免費"],
    "ko": ["무료", "공짜"],
    "ja": ["無料", "タダ"],
}
# Gifts of money's worth: vouchers, cash, phone credit, bonuses, red
# packets; not a clinic's jab nor a museum's entry.
GIVEAWAY_GIFT: dict[str, list[str]] = {
    "en": ["voucher", "vouchers", "gift card", "cash", "credit", "bonus", "load", "airtime"],
    "ms": ["baucar", "wang tunai", "kredit", "bonus", "hadiah", "tunai", "topup", "top-up"],
    "id": ["voucher", "saldo", "pulsa", "uang tunai", "bonus", "hadiah", "kuota", "top up"],
    "tl": ["load", "premyo", "pera", "cash", "gcash", "bonus", "regalo"],
    "pt": ["vale", "voucher", "bônus", "bonus", "dinheiro", "crédito", "cupom", "pix"],
    "es": ["cupón", "vale", "bono", "dinero", "crédito", "saldo", "recarga", "tarjeta regalo"],
    "fr": ["bon d'achat", "bons d'achat", "carte cadeau", "argent", "crédit", "bonus"],
    "de": ["gutschein", "gutscheine", "bargeld", "guthaben", "bonus"],
    "it": ["buono", "buoni", "contanti", "credito", "bonus", "ricarica"],
    "vi": ["quà", "tiền thưởng", "voucher", "thẻ cào", "tiền mặt", "mã giảm giá", "phiếu mua hàng"],
    "th": ["เครดิต", "โบนัส", "เงินสด", "บัตรกำนัล", "คูปอง"],
    "zh": ["红包", "紅包", "现金", "現金", "话费", "話費", "购物卡", "购物券", "礼品卡"],
    "ko": ["상품권", "현금", "포인트", "쿠폰"],
    "ja": ["ギフト券", "現金", "ポイント", "クーポン"],
}
# The push to act at once, or for the first few: scarcity and the call.
GIVEAWAY_PUSH: dict[str, list[str]] = {
    "en": [
        "for the first",
        "limited time",
        "hurry",
        "only today",
        "claim now",
        "click the link",
        "sign up now",
        "register now",
        "download the app",
        "while stocks last",
        "don't miss",
    ],
    "ms": [
        "orang pertama",
        "terhad",
        "sebelum tamat",
        "klik pautan",
        "daftar sekarang",
        "cepat",
        "tebus sekarang",
        "tuntut sekarang",
    ],
    "id": [
        "orang pertama",
        "terbatas",
        "buruan",
        "klik link",
        "daftar sekarang",
        "segera klaim",
        "klaim sekarang",
    ],
    "tl": [
        "unang",
        "limitado",
        "bilisan",
        "mag-register",
        "mag-sign up",
        "i-message",
        "i-click",
        "ngayon na",
    ],
    "pt": [
        "primeiros",
        "por tempo limitado",
        "corra",
        "só hoje",
        "clique no link",
        "cadastre-se",
        "resgate já",
        "baixe o app",
    ],
    "es": [
        "primeros",
        "tiempo limitado",
        "date prisa",
        "solo hoy",
        "haz clic",
        "regístrate ya",
        "descarga la app",
    ],
    "fr": [
        "premiers",
        "durée limitée",
        "dépêchez-vous",
        "aujourd'hui seulement",
        "cliquez sur le lien",
        "inscrivez-vous",
    ],
    "de": [
        "die ersten",
        "begrenzte zeit",
        "nur heute",
        "schnell sein",
        "jetzt klicken",
        "jetzt registrieren",
    ],
    "it": [
        "primi",
        "tempo limitato",
        "solo oggi",
        "affrettati",
        "clicca sul link",
        "registrati ora",
    ],
    "vi": [
        "đầu tiên",
        "nhanh tay",
        "có hạn",
        "số lượng có hạn",
        "tải ứng dụng",
        "nhận ngay",
        "đăng ký ngay",
        "bấm vào link",
    ],
    "th": ["คนแรก", "จำนวนจำกัด", "รีบ", "สมัครเลย", "สมัครวันนี้", "แอดไลน์", "กดรับ", "ด่วน"],
    "zh": [
        "名额有限",
        "名額有限",
        "先到先得",
        "限时",
        "限時",
        "速领",
        "速領",
        "扫码",
        "掃碼",
        "点击领取",
        "立即领取",
        "添加客服",
    ],
    "ko": ["선착순", "한정", "지금 바로", "서두르세요"],
    "ja": ["先着", "限定", "今すぐ", "お急ぎ"],
}

# A content farm's wrapper around a story it did not report: an opening
# that promises what "this article" will "explore" and a closing that hopes
# it "has been helpful" and asks readers to share it. A newsroom's story
# has neither; the pair at both ends of a page marks it (see
# rules.farm_wrapper_flags). Lower case.
FARM_INTRO: dict[str, list[str]] = {
    "en": [
        "in this article, we will",
        "in this article we will",
        "in this article, we'll",
        "in this article we'll",
        "in this post, we will",
        "in this post we will",
        "everything you need to know about",
    ],
    "es": [
        "en este artículo vamos a",
        "en este artículo te contamos",
        "todo lo que necesitas saber sobre",
    ],
    "pt": ["neste artigo vamos", "neste artigo, vamos", "tudo o que você precisa saber sobre"],
    "fr": [
        "dans cet article, nous allons",
        "dans cet article nous allons",
        "tout ce qu'il faut savoir sur",
    ],
    "de": [
        "in diesem artikel erfahren sie",
        "in diesem beitrag erfahren sie",
        "alles, was sie über",
    ],
    "it": [
        "in questo articolo vedremo",
        "in questo articolo scopriremo",
        "tutto quello che c'è da sapere su",
    ],
    "id": [
        "dalam artikel ini, kita akan",
        "dalam artikel ini kita akan",
        "pada artikel ini, kami akan",
        "pada artikel ini kami akan",
    ],
    "ms": ["dalam artikel ini, kita akan", "dalam artikel ini kita akan"],
    "vi": [
        "trong bài viết này, chúng ta sẽ",
        "trong bài viết này chúng ta sẽ",
        "trong bài viết này, chúng tôi sẽ",
    ],
    "tl": ["sa artikulong ito, ating", "sa artikulong ito ay ating"],
}
FARM_OUTRO: dict[str, list[str]] = {
    "en": [
        "we hope this article has been helpful",
        "we hope this article was helpful",
        "we hope you found this article",
        "hope this article helps",
        "stay tuned for more updates",
        "don't forget to share it with your friends",
        "don't forget to share this article",
    ],
    "es": [
        "esperamos que este artículo te haya sido útil",
        "esperamos que este artículo haya sido útil",
        "no olvides compartir",
    ],
    "pt": [
        "esperamos que este artigo tenha sido útil",
        "esperamos que tenha gostado",
        "não se esqueça de compartilhar",
    ],
    "fr": ["nous espérons que cet article vous a été utile", "n'oubliez pas de partager"],
    "de": [
        "wir hoffen, dieser artikel war hilfreich",
        "wir hoffen, dass ihnen dieser artikel",
        "vergessen sie nicht, den artikel zu teilen",
    ],
    "it": ["speriamo che questo articolo ti sia stato utile", "non dimenticare di condividere"],
    "id": ["semoga artikel ini bermanfaat", "semoga bermanfaat", "jangan lupa bagikan"],
    "ms": [
        "semoga artikel ini bermanfaat",
        "jangan lupa kongsikan",
        "kongsikan kepada rakan-rakan",
    ],
    "vi": ["hy vọng bài viết này hữu ích", "hy vọng bài viết trên hữu ích", "đừng quên chia sẻ"],
    "tl": ["sana ay nakatulong ang artikulong ito", "huwag kalimutang i-share"],
}


# The work-from-home income pitch ("My neighbour earns $87 an hour from home
# on her laptop", "gagnez 3 000 € par mois depuis chez vous"): a sum of money
# with a period it is earned in (HOME_INCOME_PERIOD) and a word for earning
# it at home (HOME_INCOME_PLACE), on one short line that links away or says
# where to sign up. Lower case; whole words in spaced scripts.
HOME_INCOME_PERIOD: dict[str, list[str]] = {
    "en": ["a day", "per day", "a week", "per week", "a month", "per month", "an hour",
           "per hour", "/day", "/week", "/month", "/hour", "/hr", "daily", "weekly", "monthly"],
    "fr": ["par jour", "par semaine", "par mois", "par heure", "de l'heure", "/jour", "/mois",
           "chaque jour", "chaque mois", "mensuels"],
    "es": ["al día", "a la semana", "al mes", "por hora", "por día", "por semana", "por mes",
           "la hora", "/día", "/mes", "cada día", "cada mes", "diarios", "mensuales"],
    "pt": ["por dia", "por semana", "por mês", "por hora", "ao dia", "ao mês", "/dia", "/mês",
           "todo mês", "diários", "mensais"],
    "it": ["al giorno", "a settimana", "al mese", "all'ora", "/giorno", "/mese", "ogni mese",
           "ogni giorno"],
    "de": ["pro tag", "pro woche", "pro monat", "pro stunde", "am tag", "im monat", "/tag",
           "/monat", "täglich", "monatlich"],
    "nl": ["per dag", "per week", "per maand", "per uur", "/dag", "/maand"],
    "id": ["per hari", "sehari", "per minggu", "seminggu", "per bulan", "sebulan", "per jam",
           "/hari", "/bulan", "tiap hari", "setiap hari", "tiap bulan", "setiap bulan"],
    "ms": ["sehari", "seminggu", "sebulan", "sejam", "setiap hari", "setiap bulan", "/hari",
           "/bulan"],
    "tl": ["kada araw", "bawat araw", "isang araw", "kada buwan", "bawat buwan", "isang buwan"],
    "ro": ["pe zi", "pe săptămână", "pe lună", "pe oră", "/zi", "/lună"],
    "vi": ["mỗi ngày", "một ngày", "mỗi tuần", "mỗi tháng", "một tháng", "mỗi giờ", "/ngày",
           "/tháng", "/giờ"],
}  # fmt: skip
HOME_INCOME_PLACE: dict[str, list[str]] = {
    "en": ["from home", "from her home", "from his home", "from your home", "from the comfort of",
           "on her laptop", "on his laptop", "on your laptop", "from her laptop",
           "from your laptop", "from your phone"],
    "fr": ["depuis chez soi", "depuis chez vous", "depuis chez toi", "de chez soi",
           "de chez vous", "sans sortir de chez", "depuis son canapé", "depuis votre canapé"],
    "es": ["desde casa", "desde tu casa", "desde su casa", "sin salir de casa",
           "con su portátil", "con tu portátil", "con su móvil", "con tu móvil"],
    "pt": ["de casa", "sem sair de casa", "pelo celular", "no notebook"],
    "it": ["da casa", "senza uscire di casa", "dal divano"],
    "de": ["von zu hause", "von zuhause", "von daheim", "vom sofa aus"],
    "nl": ["vanuit huis", "vanaf de bank"],
    "id": ["dari rumah", "lewat hp", "modal hp"],
    "ms": ["dari rumah", "dari rumah sahaja"],
    "tl": ["sa bahay", "kahit nasa bahay"],
    "ro": ["de acasă", "din confortul casei", "de pe telefon"],
    "vi": ["tại nhà", "ngồi nhà", "qua điện thoại"],
}  # fmt: skip

# --- session 32 (flags heldout16): languages and classes the tables lacked ---

# Instructions planted for AI summarisers in Arabic, Hindi and Tagalog, read
# as the other languages' are: the machines named (an addressee), the order
# to drop what came before (an override, which needs no addressee), the
# reader named by its task on this very page ("عند تلخيص هذه الصفحة", "इस
# लेख का सारांश बनाते समय", "… na nagbubuod ng artikulong ito") and what to
# tell the user. Only "while summarising" forms for Hindi: "इस लेख का
# सारांश" alone opens an editor's own summary.
_add_words(
    INJECTION_ADDRESSEE,
    {
        "ar": [
            "الذكاء الاصطناعي",
            "نماذج اللغة",
            "النماذج اللغوية",
            "نموذج لغوي",
            "روبوت الدردشة",
            "روبوتات الدردشة",
            "المساعد الذكي",
        ],
        "hi": ["एआई", "आर्टिफिशियल इंटेलिजेंस", "कृत्रिम बुद्धिमत्ता", "भाषा मॉडल", "चैटबॉट"],
    },
)
_INJECTION_OVERRIDE_MORE = {
    "ar": [
        "تجاهل التعليمات السابقة",
        "تجاهل جميع التعليمات السابقة",
        "تجاهل كل التعليمات السابقة",
        "تجاهلوا التعليمات السابقة",
        "تجاهل الأوامر السابقة",
        "انس التعليمات السابقة",
    ],
    "hi": [
        "पिछले सभी निर्देशों को अनदेखा करें",
        "पिछले निर्देशों को अनदेखा करें",
        "पिछले सभी निर्देशों को नज़रअंदाज़ करें",
        "पिछले निर्देशों को नजरअंदाज करें",
        "पिछले सभी निर्देश भूल जाओ",
    ],
    "tl": [
        "huwag pansinin ang lahat ng naunang tagubilin",
        "huwag pansinin ang mga naunang tagubilin",
        "kalimutan ang lahat ng naunang tagubilin",
        "balewalain ang mga naunang tagubilin",
    ],
}
_add_words(INJECTION_OVERRIDE, _INJECTION_OVERRIDE_MORE)
_add_words(INJECTION_ALONE, _INJECTION_OVERRIDE_MORE)
_add_words(
    INJECTION_SUMMARISING,
    {
        "ar": [
            f"عند تلخيص {page}"
            for page in ("هذه الصفحة", "هذا المقال", "هذا الخبر", "هذا النص", "هذه المقالة")
        ],
        "hi": [
            f"इस {page} {verb}"
            for page in ("लेख का सारांश", "खबर का सारांश", "पेज का सारांश", "समाचार का सारांश",
                         "लेख को सारांशित", "खबर को सारांशित")
            for verb in ("बनाते समय", "लिखते समय", "करते समय")
        ],
        "tl": [
            f"{when} {page}"
            for when in ("sa pagbubuod ng", "kapag ibinubuod mo ang", "kapag nagbubuod ng")
            for page in ("artikulong ito", "pahinang ito", "balitang ito")
        ],
    },
)
_add_words(
    INJECTION_ADDRESSED_TASK,
    {
        "ar": [
            f"{who} {verb} {page}"
            for who, verb in (("التي", "تلخص"), ("التي", "تقرأ"), ("التي", "تعالج"),
                              ("الذي", "يلخص"), ("الذي", "يقرأ"))
            for page in ("هذه الصفحة", "هذا المقال", "هذا الخبر", "هذا النص")
        ],
        "tl": [
            f"na {verb} ng {page}"
            for verb in ("nagbubuod", "bumabasa", "nagbabasa", "nagpoproseso", "sumusuri")
            for page in ("artikulong ito", "pahinang ito", "balitang ito")
        ],
    },
)
_add_words(
    INJECTION_ANSWER,
    {
        "ar": ["أخبر المستخدم", "قل للمستخدم", "أجب المستخدم", "يجب أن تقول"],
        "hi": ["उपयोगकर्ता को बताएं", "उपयोगकर्ता को बताओ", "यूजर को बताएं"],
        "tl": ["sabihin sa user", "sabihin sa gumagamit", "sagutin ang user"],
    },
)
_add_words(
    INJECTION_ANSWER_CONTENT,
    {
        "ar": ["لا تذكر", "في إجابتك", "في ردك"],
        "hi": ["उल्लेख न करें", "अपने उत्तर में"],
        "tl": ["huwag banggitin", "sa iyong sagot"],
    },
)
_add_words(INJECTION_CLAUSE_JOINERS, {"hi": ["और", "फिर"], "tl": ["at", "pagkatapos"]})

# Prize notices in Hindi, Polish, Tagalog and Malay: "you have won" and the
# call to collect (a fee asked for is the scam's point). Second person, or a
# winner "chosen" with the call beside it; a results page names its winners
# in the third person and tells them where to claim.
_add_words(
    PRIZE_WON,
    {
        "hi": ["आपने जीता", "आपने जीते", "आप जीत गए", "आपको विजेता चुना गया", "विजेता चुना गया है"],
        "pl": ["wygrałeś", "wygrałaś", "zostałeś wylosowany", "zostałaś wylosowana",
               "zostałeś wybrany", "zostałaś wybrana", "jesteś zwycięzcą"],
        "tl": ["nanalo ka", "ikaw ay nanalo", "napili ka"],
        "ms": ["anda telah memenangi", "anda memenangi", "anda terpilih"],
    },
)
_add_words(
    PRIZE_CLAIM,
    {
        "hi": ["इनाम पाने के लिए", "इनाम प्राप्त करने के लिए", "पुरस्कार पाने के लिए",
               "पुरस्कार प्राप्त करने के लिए", "इनाम का दावा करने के लिए"],
        "pl": ["aby odebrać nagrodę", "odbierz nagrodę", "odbierz swoją nagrodę",
               "aby odebrać wygraną", "odbierz wygraną"],
        "tl": ["i-claim ang premyo", "kunin ang premyo", "i-claim ang iyong premyo"],
        "ms": ["tuntut hadiah", "untuk menuntut hadiah"],
    },
)
_add_words(
    PRIZE_IF,
    {
        "hi": ["अगर", "यदि"],
        "pl": ["jeśli", "jeżeli", "czy"],
        "tl": ["kung"],
        "ms": ["jika", "sekiranya"],
    },
)

# A giveaway run for engagement: a draw announced ("РОЗЫГРЫШ", "مسابقة",
# "giveaway") and the price of entry paid in likes, shares and follows
# ("подпишитесь на канал, поставьте лайк", "شارك هذا المنشور مع 10 أصدقاء",
# "tag 3 friends"): a page or a scam farming a social account, whatever the
# prize (a phone, a car: no money-like gift as GIVEAWAY_GIFT wants). Read
# by rules.giveaway_flags like the three tables above: in one block that
# shouts, outside quotation marks (a police warning quotes these words),
# sharing nothing with the headline. Lower case.
GIVEAWAY_DRAW: dict[str, list[str]] = {
    "en": ["giveaway", "lucky draw", "win a", "win an"],
    "ru": ["розыгрыш", "разыгрываем", "дарим"],
    "uk": ["розіграш", "розігруємо", "даруємо"],
    "ar": ["مسابقة", "اربح", "سحب على", "هدية مجانية"],
    "pl": ["konkurs", "rozdajemy", "wygraj", "do wygrania"],
    "hi": ["गिवअवे", "जीतें", "लकी ड्रॉ"],
    "es": ["sorteo", "sorteamos", "regalamos", "gana un", "gana una"],
    "pt": ["sorteio", "sorteamos", "ganhe um", "ganhe uma"],
    "fr": ["jeu concours", "concours", "à gagner", "gagnez un", "gagnez une"],
    "de": ["gewinnspiel", "verlosen", "verlosung", "gewinne ein", "gewinne eine"],
    "it": ["giveaway", "concorso", "vinci un", "vinci una"],
    "vi": ["giveaway", "minigame", "trúng ngay", "quay thưởng"],
    "id": ["giveaway", "undian", "menangkan"],
    "ms": ["giveaway", "peraduan", "menangi"],
    "tl": ["giveaway", "pa-raffle", "manalo ng"],
    "th": ["แจก", "ลุ้นรับ", "กิจกรรมแจก"],
    "zh": ["抽奖", "送出", "免费送", "赢取"],
    "tr": ["çekiliş", "kazanın"],
}
GIVEAWAY_ENGAGE: dict[str, list[str]] = {
    "en": ["share this post", "like and share", "tag 3 friends", "tag your friends",
           "tag three friends", "follow our page", "like our page", "subscribe to our channel"],
    "ru": ["подпишитесь на канал", "подпишитесь на наш", "поставьте лайк", "сделайте репост",
           "отметьте друзей", "отметьте трёх друзей"],
    "uk": ["підпишіться на канал", "поставте лайк", "зробіть репост", "позначте друзів"],
    "ar": ["مشاركة هذا المنشور", "شارك هذا المنشور", "شارك المنشور", "مشاركة المنشور",
           "تابع الصفحة", "تابعوا الصفحة", "منشن لأصدقائك", "اعمل لايك"],
    "pl": ["udostępnij ten post", "udostępnij post", "oznacz znajomych", "oznacz 3 znajomych",
           "polub nasz profil", "zaobserwuj nasz profil"],
    "hi": ["इस पोस्ट को शेयर करें", "पोस्ट को शेयर करें", "दोस्तों को टैग करें", "चैनल को सब्सक्राइब करें"],
    "es": ["comparte esta publicación", "comparte este post", "etiqueta a 3 amigos",
           "etiqueta a tus amigos", "sigue nuestra página"],
    "pt": ["compartilhe este post", "compartilhe esta publicação", "marque 3 amigos",
           "marque seus amigos", "siga nossa página"],
    "fr": ["partagez cette publication", "partage cette publication", "identifiez 3 amis",
           "identifie 3 amis", "abonnez-vous à notre page"],
    "de": ["teile diesen beitrag", "teilt diesen beitrag", "markiere 3 freunde",
           "markiert eure freunde", "folge unserer seite"],
    "it": ["condividi questo post", "tagga 3 amici", "tagga i tuoi amici", "segui la nostra pagina"],
    "vi": ["chia sẻ bài viết này", "share bài viết", "tag 3 người bạn", "tag bạn bè",
           "like fanpage", "theo dõi fanpage"],
    "id": ["bagikan postingan ini", "share postingan ini", "tag 3 teman", "tag teman kamu",
           "follow akun kami"],
    "ms": ["kongsi hantaran ini", "share post ini", "tag 3 kawan", "tag rakan anda",
           "follow page kami"],
    "tl": ["i-share ang post", "i-share ang post na ito", "i-tag ang 3 kaibigan",
           "i-tag ang iyong mga kaibigan", "i-follow ang aming page"],
    "th": ["แชร์โพสต์นี้", "แชร์โพสต์", "แท็กเพื่อน", "กดไลก์เพจ", "กดติดตามเพจ"],
    "zh": ["转发此条", "转发本条", "关注并转发", "转发并评论", "点赞转发"],
    "tr": ["bu gönderiyi paylaş", "3 arkadaşını etiketle", "arkadaşlarını etiketle",
           "sayfamızı takip et"],
}  # fmt: skip

# Credential phishing in more languages ("your account has been suspended,
# confirm your details within 24 hours at <domain>"), and trading-signal
# groups in Polish: as every trade word, beside a way to reach the sender
# only, and not where the article's own prose names them (a consumer
# warning quotes them in quotation marks and names the scam in its text).
# The phishing words sell nothing: no paragraph is an advert for holding
# two of them with no contact (rules._advert_phrases leaves them out), as a
# bank's warning retelling the message does ("The texts claim your account
# has been suspended and ask customers to confirm your account details").
PHISHING_CUES: dict[str, list[str]] = {
    "en": ["your account has been suspended", "your account will be suspended",
           "your account has been limited", "confirm your account details"],
    "ar": ["تأكيد بياناتك", "تحديث بياناتك", "تم إيقاف حسابك", "تم تعليق حسابك",
           "سيتم إغلاق حسابك", "تفعيل حسابك"],
    "pl": ["zweryfikuj swoje konto", "zweryfikuj konto", "potwierdź swoje dane"],
    "hi": ["अपना खाता सत्यापित करें", "केवाईसी अपडेट करें", "आपका खाता बंद हो जाएगा"],
    "ru": ["ваш аккаунт заблокирован", "подтвердите свои данные", "ваша карта заблокирована"],
    "tl": ["i-verify ang iyong account", "i-verify ang account"],
    "ms": ["sahkan akaun anda", "akaun anda telah dibekukan", "akaun anda akan disekat"],
    "id": ["verifikasi akun anda", "akun anda akan diblokir"],
}  # fmt: skip
_add_words(SOLICIT_CUES, PHISHING_CUES)
_add_words(
    SOLICIT_CUES,
    {
        "pl": ["darmowe sygnały", "sygnały kryptowalutowe", "sygnały tradingowe",
               "gwarantowany zysk", "zyski…tygodniowo"],
    },
)
# Two trades sold in link farms: forged documents ("купить диплом", "làm
# bằng giả", "代办文凭") and loans for borrowers banks refuse, in Malay
# ("pinjaman tanpa penjamin", "untuk senarai hitam": no guarantor, for the
# blacklisted). Beside a contact, or as most lines of a list of links.
_add_words(
    SOLICIT_CUES,
    {
        "ru": ["купить диплом", "купить аттестат", "купить права", "права без экзамена",
               "справка…купить", "купить справку", "купить медкнижку"],
        "uk": ["купити диплом", "купити атестат", "купити права"],
        "en": ["buy a diploma", "buy diploma", "fake diploma", "buy driving licence",
               "buy driver's license"],
        "pl": ["kup dyplom", "kupię dyplom", "prawo jazdy bez egzaminu"],
        "vi": ["làm bằng giả", "làm giấy tờ giả", "làm bằng đại học"],
        "zh": ["代办文凭", "办假证", "假文凭", "代办学历"],
        "id": ["jual ijazah", "jasa pembuatan ijazah", "ijazah tanpa kuliah"],
        "es": ["comprar título universitario", "venta de títulos"],
        "ms": ["pinjaman tanpa penjamin", "pinjaman senarai hitam", "untuk senarai hitam"],
    },
)

# English turns of phrase rendered word for word in Hindi: "on Tuesday" as
# "मंगलवार पर" (Hindi: "मंगलवार को"), "it makes sense" as "यह समझ बनाता है",
# "he added" as "उसने/उन्होंने जोड़ा" (Hindi: "आगे कहा"), "at the end of the
# day", "looking forward" as "आगे देख रहे हैं".
_add_words(
    ENGLISH_CALQUES,
    {
        "hi": [
            f"{day} पर"
            for day in ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
        ]
        + ["यह समझ बनाता है", "समझ बनाता है", "उसने जोड़ा", "उन्होंने जोड़ा",
           "आगे देख रहे हैं", "दिन के अंत में"],
    },
)
# Chinese news prose read out in Sino-Vietnamese instead of translated:
# 亿元 and 万元 as "ức nguyên", "vạn nguyên" (Vietnamese: tỷ, chục nghìn),
# 负责人 as "phụ trách nhân", 促进 as "thúc tiến", 新增 as "tân tăng", 表示歉意
# as "biểu thị xin lỗi"; and in Thai, 具有重要意义 as "มีความหมายสำคัญต่อ" and
# 相关负责人 as "ผู้รับผิดชอบที่เกี่ยวข้อง".
_add_words(
    CHINESE_CALQUES,
    {
        "vi": ["ức nguyên", "vạn nguyên", "ức nhân dân tệ", "vạn nhân dân tệ", "phụ trách nhân của",
               "thúc tiến", "tân tăng", "biểu thị xin lỗi", "biểu thị cảm ơn"],
        "th": ["มีความหมายสำคัญต่อ", "ผู้รับผิดชอบที่เกี่ยวข้อง"],
    },
)

# Filler strung on transitions in Arabic, Russian, Polish and Hindi, whose
# pages had no openers ("في عالمنا اليوم … ومن الجدير بالذكر … علاوة على ذلك …
# وفي الختام"): read as the other languages' are, every paragraph opening on
# one and no figure anywhere. Lower case.
_add_words(
    TRANSITION_OPENERS,
    {
        "ar": ["في عالمنا اليوم", "ومن الجدير بالذكر", "من الجدير بالذكر", "علاوة على ذلك",
               "بالإضافة إلى ذلك", "وبالإضافة إلى ذلك", "من ناحية أخرى", "ومن ناحية أخرى",
               "وفي الختام", "في الختام", "ختاماً", "أولاً", "ثانياً", "وأخيراً", "وبالتالي"],
        "ru": ["кроме того", "более того", "во-первых", "во-вторых", "в-третьих", "в заключение",
               "таким образом", "в современном мире", "стоит отметить", "помимо этого"],
        "pl": ["ponadto", "co więcej", "po pierwsze", "po drugie", "podsumowując",
               "w dzisiejszych czasach", "warto zauważyć", "dodatkowo", "na koniec"],
        "hi": ["इसके अलावा", "इसके साथ ही", "साथ ही", "अंत में", "निष्कर्ष में",
               "आज के समय में", "सबसे पहले", "दूसरी ओर"],
    },
)
_add_words(
    FILLER_PHRASES,
    {
        "ar": ["في عالمنا اليوم", "من الجدير بالذكر", "لا شك أن", "يلعب دوراً مهماً",
               "يلعب دورا مهما", "في غاية الأهمية", "في الختام", "نأمل أن نكون قد"],
        "ru": ["в современном мире", "играет важную роль", "стоит отметить", "в заключение",
               "не секрет, что"],
        "pl": ["w dzisiejszych czasach", "odgrywa kluczową rolę", "warto zauważyć",
               "podsumowując", "nie ulega wątpliwości"],
    },
)

# Postpositions a language writes after a day set in apposition to a day
# word with no comma or bracket ("आज 2 अक्टूबर को …": today, on 2 October):
# the date so closed off glosses the word, as "today, 2 October," does.
DATE_POSTPOSITIONS: dict[str, list[str]] = {"hi": ["को", "के दिन"]}

# --- session 32 (F2): end-to-end bundle misses, read as classes ---

# The machine named by its task on this page where Chinese, Japanese and
# Korean put the task before the noun, as a relative clause ("この記事を要約する
# AIは…", "总结本文的AI请…", "이 기사를 요약하는 AI는"): read with an addressee
# right after it (rules._right_after_an_addressee).
_add_words(
    INJECTION_ADDRESSED_TASK,
    {
        "ja": [
            f"{page}を{verb}"
            for page in ("この記事", "このページ", "この文章", "本記事", "このニュース")
            for verb in ("要約する", "要約している", "読み込む", "読む", "処理する", "分析する")
        ],
        "zh": [
            f"{verb}{page}"
            for verb in ("总结", "摘要", "阅读", "处理", "分析", "總結", "閱讀", "處理")
            for page in ("本文", "这篇文章", "此页面", "这个页面", "這篇文章", "此頁面")
        ],
        "ko": [
            f"{page} {verb}"
            for page in ("이 기사를", "이 페이지를", "이 글을")
            for verb in ("요약하는", "읽는", "처리하는", "분석하는")
        ],
    },
)
# A request or order in those languages ("…てください", "请…", "…주세요"): the
# task-before-noun form is an injection only when the sentence then orders
# something ("この記事を要約するAIは便利だ" is said of such machines).
INJECTION_REQUEST_MARKS: dict[str, list[str]] = {
    "ja": ["ください", "下さい", "すること", "しなさい", "せよ", "してほしい"],
    "zh": ["请", "請", "务必", "務必", "必须", "必須"],
    "ko": ["주세요", "십시오", "세요", "해라", "하라"],
}

# An advert's shape, whatever it sells (rules._advert_shape): a way to reach
# the seller, an offer (a price, something free) and a push to act now. The
# offers beyond GIVEAWAY_FREE and a sum of money: a price or a quote named
# ("giá cao", "ราคาพิเศษ", "免费估价", "best price"). Lower case.
ADVERT_OFFER: dict[str, list[str]] = {
    "en": ["best price", "special price", "free quote", "free valuation", "top prices"],
    "es": ["mejor precio", "precio especial", "presupuesto gratis", "tasación gratis"],
    "pt": ["melhor preço", "preço especial", "orçamento grátis", "avaliação grátis"],
    "fr": ["meilleur prix", "prix spécial", "devis gratuit", "estimation gratuite"],
    "de": ["bestpreis", "sonderpreis", "kostenlose bewertung", "kostenloses angebot"],
    "id": ["harga terbaik", "harga spesial", "harga khusus", "harga tinggi"],
    "vi": ["giá cao", "giá tốt", "giá rẻ", "giá ưu đãi", "báo giá", "định giá"],
    "th": ["ราคาพิเศษ", "ราคาดี", "ราคาถูก", "ให้ราคาสูง", "ส่งฟรี"],
    "zh": ["免费估价", "高价回收", "价格优惠", "特价", "免費估價", "高價回收", "價格優惠"],
    "ja": ["月収", "高価買取", "無料査定", "特別価格"],
    "ko": ["최고가", "특가", "무료 견적", "무료 감정"],
}
# A push to act at once beyond GIVEAWAY_PUSH ("gọi ngay", "call now",
# "咨询热线"): an order to the reader with "now". Lower case.
ADVERT_ACT_NOW: dict[str, list[str]] = {
    "en": ["call now", "call today", "order today", "contact us now", "act now"],
    "es": ["llama ya", "llama ahora", "contáctanos ya", "pide ya"],
    "pt": ["ligue já", "ligue agora", "peça já", "chame agora"],
    "fr": ["appelez maintenant", "appelez vite", "contactez-nous vite"],
    "de": ["jetzt anrufen", "ruf jetzt an", "rufen sie jetzt an"],
    "id": ["hubungi sekarang", "telepon sekarang", "pesan sekarang"],
    "vi": ["gọi ngay", "liên hệ ngay", "đặt hàng ngay", "inbox ngay", "nhắn tin ngay"],
    "th": ["โทรเลย", "ติดต่อเลย", "สั่งเลย", "ด่วน"],
    "zh": ["立即咨询", "马上咨询", "立即联系", "马上联系", "立即諮詢", "馬上聯繫", "名额有限"],
    "ja": ["今すぐ", "お急ぎ", "お気軽に"],
    "ko": ["지금 바로", "지금 전화", "서두르세요"],
}
# Where the messenger's name comes first and the call after it, anywhere in
# the line ("LINEで…友だち追加はこちら", "카톡 친구추가"): the call words.
APP_FIRST_CALLS: dict[str, list[str]] = {
    "ja": ["友だち追加", "友達追加", "で相談", "でお問い合わせ", "で登録"],
    "ko": ["친구추가", "친구 추가", "로 문의", "으로 문의"],
}

# English calqued word for word into French and Spanish by a machine: "make
# the decision" with the definite article ("a fait la décision"), "according
# to" with its preposition kept ("selon à", "según a"), "in good faith" with
# "in" ("en bonne foi"; French says "de bonne foi", "en toute bonne foi"),
# and "have been waiting for" as a progressive with "depuis". Lower case.
_add_words(
    ENGLISH_CALQUES,
    {
        "fr": [
            "fait la décision",
            "faire la décision",
            "fait cette décision",
            "selon à",
            "en bonne foi",
            "en train d'attendre depuis",
            "en train d’attendre depuis",
        ],
        "es": ["según a", "en buena fe"],
    },
)
