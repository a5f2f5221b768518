"""The ``events`` pipeline stage: dated sentences that state something happening.

For each resolved date in a kept block (body/title), the sentence around it
becomes an :class:`EventMention` with the sentence's exact offsets, the date,
its granularity, the language and language-independent anchors. Dates in
boilerplate blocks (related teasers, sidebars, publish stamps, captions)
never become events; nor do impossible or unresolved dates, relative dates
counted from a year guessed from the page, a wire dateline's filing date,
questions, or fragments too short to state anything.

It must never drop a document or raise for one bad document.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections import Counter

from ..clean.classify import _COMMA_CLAUSE
from ..dates.engine import (
    COUNTED_FROM_NOW,
    DATELINE_AFTER,
    RESTATED_CLOCK_GAP,
    UPDATE_STAMP_BEFORE,
    YEAR_NAMED_ONLY,
    marked_dateline,
)
from ..langid.scripts import ALSO_WRITTEN_IN, script_of_lang, written_lang
from ..model import KEPT_LABELS, DateMention, Document, EventMention
from ..pipeline import Stage
from ..settings import DateSettings
from .anchors import names_inside_sentences, sentence_anchors
from .merge import LOCAL_CLOCK_BEFORE, LOCAL_CLOCK_IN, NAMED_CLOCK, NAMED_CLOCK_AFTER_DAY
from .plans import moved_plan_entry, planned_first
from .sentences import split_sentences

_WORD = re.compile(r"[^\W\d_]+")
_HAN = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF]")
_THAI = re.compile(r"[\u0E00-\u0E7F]")
_KANA = re.compile(r"[\u3040-\u30FF\u31F0-\u31FF]")
_HANGUL = re.compile(r"[\uAC00-\uD7A3]")


def _written_lang(seg_lang: str | None, block_lang: str | None, text: str) -> str | None:
    """The language a segment is written in, from the date engine's script
    guess ``seg_lang`` and the block's identified language.

    The date engine reads any Han line as Chinese (its Chinese date patterns
    serve Japanese dates too); but Japanese writes Han as well: kana decides
    Japanese, and a Han-only line in a block identified as a language that
    also writes Han (a short kanji headline on a Japanese page) is that
    language."""
    if seg_lang is None:
        return block_lang
    base = (block_lang or "").split("-")[0].lower()
    if written_lang(text, seg_lang) == "ja":
        return "ja"
    if base and base != seg_lang and script_of_lang(seg_lang) in ALSO_WRITTEN_IN.get(base, ()):
        return base
    return seg_lang


def _segments(doc: Document) -> list[tuple[int, int, str | None, str | None]]:
    """(start, end, lang for the date engine's splitting, lang written in)."""
    from ..dates.stage import doc_segments

    text = doc.text or ""
    if doc.blocks:
        kept = [b for b in doc.blocks if b.label in KEPT_LABELS]
        segs = []
        for b in kept:
            for a, e, lg in doc_segments(_OneBlock(doc, b), len(text)):
                segs.append((a, e, lg, _written_lang(lg, b.lang or doc.lang, text[a:e])))
        return segs
    return [
        (a, e, lg, _written_lang(lg, doc.lang, text[a:e]))
        for a, e, lg in doc_segments(doc, len(text))
    ]


class _OneBlock:
    """A view of a document restricted to one block, for segmenting."""

    def __init__(self, doc: Document, block):
        self.text = doc.text
        self.lang = doc.lang
        self.blocks = [block]


# A date a figure is compared with ("down 10% compared with 2023", "par
# rapport à 2023", "frente a 2023", "two weeks earlier than last year") is
# the baseline, not when something happened: no event for it. Per language,
# the words right before the date; casefolded.
COMPARISON_BEFORE = {
    # "lỗ gấp đôi so với năm 2022", "tăng 5% so với cùng kỳ năm 2023"
    "vi": ["so với", "so với cùng kỳ", "so với cùng kì"],
    "en": [
        "compared with",
        "compared to",
        "than in",
        "than",
        "versus",
        "vs.",
        "vs",
        "relative to",
        "in comparison with",
    ],
    "es": [
        "respecto a",
        "respecto al",
        "respecto de",
        "respecto del",
        "con respecto a",
        "con respecto al",
        "frente a",
        "frente al",
        "en comparación con",
        "comparado con",
        "en relación con",
    ],
    "fr": [
        "par rapport à",
        "par rapport au",
        "par rapport aux",
        "comparé à",
        "comparé au",
        "en comparaison de",
        "en comparaison du",
        "qu'en",
        "qu’en",
        "plus tôt que",
        "plus tard que",
    ],
    # languages whose written-out dates CLDR reads (dates.cldr): "Die
    # Exporte sanken im Vergleich zum März 2023", "em comparação com março
    # de 2023", "rispetto a marzo 2023", "dibandingkan Maret 2023", "ten
    # opzichte van maart 2023", "по сравнению с мартом 2023", "w porównaniu z
    # marcem 2023" (phrases only: one list serves every language, and a
    # short word of one is another's "and" -- Indonesian "dan"; not German
    # "als im", Dutch "dan in", Italian "che nel": "when", "then", "who" in
    # as many sentences; nor Portuguese "face a": English pages "face a
    # March 2024 deadline")
    "de": [
        "im vergleich zu",
        "im vergleich zum",
        "im vergleich zur",
        "verglichen mit",
        "gegenüber",
        "gegenüber dem",
        "gegenüber der",
    ],
    "pt": [
        "em comparação com",
        "em comparação a",
        "em comparação ao",
        "comparado com",
        "comparado a",
        "comparado ao",
        "em relação a",
        "em relação ao",
        "face ao",
        "do que em",
    ],
    "it": [
        "rispetto a",
        "rispetto al",
        "rispetto allo",
        "in confronto a",
        "in confronto al",
        "confrontato con",
        "paragonato a",
    ],
    "id": [
        "dibandingkan",
        "dibandingkan dengan",
        "dibanding",
        "dibanding dengan",
        "ketimbang",
        "daripada",
    ],
    "nl": ["vergeleken met", "in vergelijking met", "ten opzichte van", "t.o.v."],
    "ru": ["по сравнению с", "в сравнении с", "чем в"],
    "pl": ["w porównaniu z", "w porównaniu do", "niż w"],
}


# ... and in the unspaced scripts, where no word boundary can be asked for
# ("比2022年增长", "较去年", "เมื่อเทียบกับปี 2565", "มากกว่าปี 2565")
# ("เมื่อกว่า 2 สัปดาห์ก่อน", more than two weeks ago, is a date: only a
# comparative before "กว่า" makes the baseline)
COMPARISON_BEFORE_UNSPACED = [
    "比",
    "较",
    "相较于",
    "相比于",
    "同比",
    "เทียบกับ",
    "มากกว่า",
    "น้อยกว่า",
    "สูงกว่า",
    "ต่ำกว่า",
]


# "The same period" of a date ("up 5% from the same period in 2023", "en
# comparación con el mismo trimestre del año pasado", "par rapport à la même
# période de 2023", "so với cùng kỳ năm ngoái", "เมื่อเทียบกับช่วงเดียวกันของปี
# 2566", "与去年同期相比"): a part of that year a figure is compared with --
# the baseline, and not the whole year the date names. Regular expressions
# right before the date (the date's own "de"/"del"/"of" may follow them),
# and Chinese "同期" right after it.
SAME_PERIOD_BEFORE = {
    "en": [r"(?:the\s+)?same\s+(?:period|quarter|half|month|week|time|season)(?:\s+(?:of|in|a))?"],
    "es": [
        (
            r"(?:el|al|del|la|lo)\s+mism[oa]\s+(?:periodo|período|trimestre|semestre|mes|semana|época|lapso)"
            r"(?:\s+(?:de|en))?"
        )
    ],
    "fr": [
        (
            r"(?:la|le)\s+même\s+(?:période|trimestre|semestre|mois|semaine|époque)"
            r"(?:\s+(?:de|d['’]|en))?"
        )
    ],
    "vi": [r"cùng\s+(?:kỳ|kì)"],
    "th": [r"ช่วง(?:เวลา)?เดียวกัน(?:ของ|ใน)?"],
}
SAME_PERIOD_AFTER = [r"(?:的)?同期"]


def _comparison_re():
    alts = sorted({w for ws in COMPARISON_BEFORE.values() for w in ws}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alts)
    unspaced = "|".join(re.escape(w) for w in COMPARISON_BEFORE_UNSPACED)
    # Thai is written without spaces: no word boundary before its phrase
    same = "|".join(w for lg, ws in SAME_PERIOD_BEFORE.items() if lg != "th" for w in ws)
    unspaced += "|" + "|".join(SAME_PERIOD_BEFORE["th"])
    return re.compile(
        r"(?:(?<![^\W\d_])(?:" + body + r"|" + same + r")|(?:" + unspaced + r"))\s*$",
        re.IGNORECASE,
    )


_COMPARISON = _comparison_re()
_SAME_PERIOD_AFTER = re.compile(r"\s*(?:" + "|".join(SAME_PERIOD_AFTER) + r")")


# A record told against a past date ("the highest level since September
# 2008", "un niveau qu'il n'avait pas atteint depuis fin septembre 2008", "su
# nivel más bajo desde 2015", "höchster Stand seit März 2009", "mức cao nhất
# kể từ năm 2008"): the date is the baseline the record is measured from, no
# happening. Per language, a superlative or a "not seen/reached" and then the
# word for "since" right before the date (a month's "end of" between them),
# at most four words apart with no punctuation between (one clause);
# "in power since 1981" (no record) stays an event, and so does "the first cut
# since March 2020" (a cut did happen then). Casefolded.
RECORD_SINCE_BEFORE = {
    "en": (
        (
            r"(?:highest|lowest|biggest|largest|smallest|strongest|weakest|worst|best|steepest"
            r"|sharpest|deepest|fastest|slowest|record|(?:not|never|un)\s*(?:been\s+)?"
            r"(?:seen|reached|recorded|matched|touched|hit))"
        ),
        r"since(?:\s+(?:the\s+)?(?:end|start|beginning|middle)\s+of)?(?:\s+the)?",
    ),
    "fr": (
        (
            r"(?:plus\s+(?:haut|bas|élevé|faible|fort|grand|important)|record|inédit|jamais"
            r"|pas\s+(?:été\s+)?(?:atteint|vu|connu|enregistré|observé)e?s?)"
        ),
        r"depuis(?:\s+(?:la\s+)?(?:fin|début|mi)(?:-|\s+))?",
    ),
    "es": (
        (
            r"(?:más\s+(?:alt|baj|elevad|fuert|débil)[oa]s?|máxim[oa]s?|mínim[oa]s?|récord"
            r"|no\s+(?:se\s+)?(?:veía|alcanzaba|registraba|había\s+(?:visto|alcanzado|registrado)))"
        ),
        r"desde(?:\s+(?:finales|principios|mediados)\s+de)?",
    ),
    "pt": (
        (
            r"(?:mais\s+(?:alt|baix|elevad|fort|frac)[oa]s?|máxim[oa]s?|mínim[oa]s?|recorde"
            r"|não\s+(?:se\s+)?(?:via|atingia|registrava))"
        ),
        r"desde(?:\s+(?:o\s+)?(?:final|início|meados)\s+de)?",
    ),
    "it": (
        (
            r"(?:più\s+(?:alt|bass|elevat|fort|debol)[oaie]|massim[oaie]|minim[oaie]|record"
            r"|non\s+si\s+(?:vedeva|registrava))"
        ),
        r"da(?:l|llo|lla|ll['’])?(?:\s+(?:fine|inizio|metà)\s+(?:del?|dell['’]))?",
    ),
    "de": (
        r"(?:höchst|tiefst|niedrigst|stärkst|schwächst|größt|kleinst|rekord)\w*",
        r"seit(?:\s+(?:ende|anfang|mitte))?",
    ),
    "vi": (
        r"(?:(?:cao|thấp|lớn|nhỏ|mạnh|yếu|nhiều|ít|tệ)\s+nhất|kỷ\s+lục|kỉ\s+lục)",
        r"kể\s+từ(?:\s+(?:cuối|đầu|giữa))?",
    ),
}


def _record_since_re():
    alts = "|".join(
        rf"(?:{record})(?:\s+[^\s,;:.!?()]+){{0,4}}?\s+(?:{since})"
        for record, since in RECORD_SINCE_BEFORE.values()
    )
    return re.compile(r"(?<![^\W\d_])(?:" + alts + r")\s*$", re.IGNORECASE)


_RECORD_SINCE = _record_since_re()


def _record_since(text: str, s: int, start: int) -> bool:
    """Is the date at ``start`` the baseline of a record ("the highest since
    2008")?"""
    return _RECORD_SINCE.search(text, max(s, start - 90), start) is not None


# ... and after a figure's change, a count back from the date told before
# ("prices rose 3.4% in February from a year earlier", "up 5% on a year
# ago", "sales grew 2% over the previous month"): the words right before a
# relative date, with a percentage earlier in the sentence. Not "from" before
# a written date ("rose from March to May" starts a span).
COMPARISON_BEFORE_RELATIVE = {"en": ["from", "over", "on"]}
_COMPARISON_RELATIVE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(w for ws in COMPARISON_BEFORE_RELATIVE.values() for w in ws)
    + r")\s+$",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\d\s?(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)


def _counted_back(m) -> bool:
    """A relative month or year ("a year earlier", "the previous month"),
    no weekday ("on Monday")."""
    return m.kind == "relative" and m.granularity in ("month", "year")


def _compared_with(text: str, s: int, start: int, end: int, relative: bool = False) -> bool:
    """Is the date at ``start``-``end`` the baseline of a comparison ("compared
    with 2023", "par rapport à 2023", "so với năm 2022", "比2022年", "the same
    period last year", "去年同期", "rose 3.4% from a year earlier")?"""
    return (
        _COMPARISON.search(text[max(s, start - 40) : start]) is not None
        or _SAME_PERIOD_AFTER.match(text, end) is not None
        or (
            relative
            and _COMPARISON_RELATIVE.search(text[max(s, start - 12) : start]) is not None
            and _PERCENT.search(text, s, start) is not None
        )
    )


# "Today, the company is the region's largest supplier", "Aujourd'hui, la
# coopérative compte 300 adhérents", "Hoy, la empresa es la mayor
# exportadora": "today" opening a sentence that says how things stand -- a
# verb of being or having in the present, then what is or is had (an article,
# a number) -- means "nowadays", the contrast a feature draws with its past;
# no happening of that day ("Today, the Senate votes", "Today, the minister
# is visiting", "Hoy, el presidente firmó" stay events). Per language: the
# word for today, the state ("is the", "compte 300"), and the words that make
# the words before the state a clause of their own ("announced that the
# firm is ...": something said today). Casefolded.
NOWADAYS_TODAY = {
    "en": {
        "today": r"today",
        "state": (
            r"(?:is|are|remains|remain|employs|employ|counts|houses|owns|has|have)\s+"
            r"(?:the|a|an|one|home|among|still|now|no\s+longer|more|less|about|around"
            r"|nearly|almost|over|some|\d)"
        ),
        "clause": r"that|which|who|said|says|announced",
    },
    "es": {
        "today": r"hoy",
        "state": (
            r"(?:es|son|sigue\s+siendo|siguen\s+siendo|tiene|tienen|cuenta\s+con|cuentan\s+con"
            r"|emplea|emplean|alberga|albergan|posee|poseen)\s+(?:a\s+)?"
            r"(?:el|la|los|las|un|una|uno|unos|unas|más|menos|casi|cerca|alrededor|\d)"
        ),
        "clause": r"que|dijo|anunció|afirmó",
    },
    "fr": {
        "today": r"aujourd['’]hui",
        "state": (
            r"(?:est|sont|reste|restent|demeure|demeurent|compte|comptent|emploie|emploient"
            r"|possède|possèdent|abrite|abritent|a|ont)\s+"
            r"(?:le|la|les|l['’]|un|une|des|plus|moins|encore|toujours|environ|près|\d)"
        ),
        "clause": r"que|qu['’]|qui|a\s+dit|annonce|a\s+annoncé",
    },
    # Chinese and Thai write no spaces between words: the subject between
    # "today" and the state is a run of characters ("unit", at most
    # "units"). "今天的深圳已是一座千万人口的大都市" (the possessive 的 is the
    # nowadays form here); a state is "is a ..." with a classifier, "has
    # become", "owns" -- not a bare "是" ("今天是选举日" is the day itself)
    # nor "有" ("今天有3人死亡" tells of a happening).
    "zh": {
        "today": r"今天|今日",
        "unit": r"[^\s，。！？；：、,.!?;:]",
        "units": 12,
        "state": (
            r"(?:已经|已|早已|仍然|仍|依然|现在|如今)?(?:是|成为|成了|发展为|发展成为?)了?"
            r"(?:一[座个家所名条]|全国|全球|世界|全省|全市|亚洲|中国|[\d一二三四五六七八九十百千万]+[座个家所名])"
            r"|(?:已经|已|仍然|仍)?拥有"
        ),
        "clause": r"说|表示|宣布|指出|称|认为|透露",
    },
    # "วันนี้ กรุงเทพฯ เป็นเมืองที่มีประชากรกว่า 10 ล้านคน": a state is being a
    # city, a country, a firm, one of ..., a hub, or having a population,
    # staff or members -- not "เป็นประธาน" (chairs: a happening)
    "th": {
        "today": r"วันนี้",
        "unit": r"[^\n,.!?;:]",
        "units": 30,
        "state": (
            r"(?:ยัง|ได้)?(?:กลายเป็น|เป็น(?:เมือง|ประเทศ|บริษัท|องค์กร|หนึ่งใน|แหล่ง|ศูนย์กลาง"
            r"|ผู้ผลิต|ผู้ส่งออก|ผู้นำ|ที่รู้จัก))"
            r"|(?:ยัง)?มี(?:ประชากร|พนักงาน|สมาชิก|ลูกจ้าง|สาขา)"
        ),
        "clause": r"ว่า|กล่าว|เปิดเผย|ระบุ|แถลง",
    },
}


def _nowadays_re(spec: dict) -> tuple[re.Pattern[str], re.Pattern[str]]:
    if "unit" in spec:  # unspaced: characters, the state may join what follows
        word = r"(?:(?!(?:" + spec["clause"] + r"))" + spec["unit"] + ")"
        subject, after = word + f"{{1,{spec['units']}}}?", ""
    else:
        word = r"(?:(?!(?:" + spec["clause"] + r")(?![^\W\d_]))[^\s,.;:!?]+\s+)"
        subject, after = word + "{1,6}?", r"(?![^\W\d_])"
    return (
        re.compile(r"(?:" + spec["today"] + r")\Z", re.IGNORECASE),
        re.compile(
            # not a possessive: "Today's hearing is over" is this day's
            r"(?!['’])\s*[,，]?\s*" + subject + r"(?:" + spec["state"] + r")" + after,
            re.IGNORECASE,
        ),
    )


_NOWADAYS = {lang: _nowadays_re(spec) for lang, spec in NOWADAYS_TODAY.items()}


def _nowadays(text: str, s: int, m, lang: str | None) -> bool:
    """Does the date ``m``, "today" opening the sentence at ``s``, mean
    "nowadays" ("Today, the company is the largest ...")?"""
    rx = _NOWADAYS.get((lang or "").split("-")[0])
    if rx is None or text[s : m.start].strip(" \t\"'“‘«¿¡—–-"):
        return False
    today, state = rx
    return bool(today.match(text[m.start : m.end])) and bool(state.match(text, m.end))


# A person's birth told in a portrait or an obituary ("Born in 1940 in
# Santiago, she ...", "Nacida en 1940", "Née en 1940", "Sinh năm 1940",
# "她1940年出生于") is the background of a life, no happening of the story;
# a birth of the last year or so ("a baby girl was born on Tuesday") still
# is one. Per language, casefolded: the words right before the date, and
# (Chinese) right after it. Thai "เกิด" also means "occur" and is left out.
BIRTH_BEFORE = {
    "en": [r"born(?:\s+(?:on|in))?"],
    "es": [r"nacid[oa]s?(?:\s+(?:el|en))?", r"naci[óo](?:\s+(?:el|en))?"],
    "fr": [r"née?s?(?:\s+(?:le|en))?"],
    "vi": [r"sinh(?:\s+ra)?(?:\s+(?:vào|ngày|năm|tháng))*"],
    "zh": [r"(?:出)?生于"],
    # "Geboren am 3. März 1950", "geboren op 3 maart 1950", "nascido em 3 de
    # março de 1950", "lahir pada 3 Maret 1950" (Italian "nato" is also
    # NATO, and left out)
    "de": [r"geboren(?:\s+(?:am|im|op|in))?"],
    "pt": [r"nascid[oa]s?(?:\s+(?:em|a))?", r"nasceu(?:\s+(?:em|a))?"],
    "id": [r"lahir(?:\s+(?:pada|tanggal|tahun))?"],
}
BIRTH_AFTER_ZH = r"\s*(?:出生|生人|生まれ)"  # Japanese "1940年生まれ" too
# Births at least this many years before the publication's year are background.
BIRTH_BACKGROUND_YEARS = 2


def _birth_re():
    spaced = "|".join(w for lg, ws in BIRTH_BEFORE.items() if lg != "zh" for w in ws)
    return re.compile(
        r"(?:(?<![^\W\d_])(?:" + spaced + r")|" + "|".join(BIRTH_BEFORE["zh"]) + r")\s*$",
        re.IGNORECASE,
    )


_BIRTH_BEFORE = _birth_re()
_BIRTH_AFTER = re.compile(BIRTH_AFTER_ZH)


def _a_birth_long_ago(text: str, s: int, m, published: str | None) -> bool:
    """Is ``m`` the date of a birth told as a life's background?"""
    if not (
        _BIRTH_BEFORE.search(text[max(s, m.start - 30) : m.start])
        or _BIRTH_AFTER.match(text, m.end)
    ):
        return False
    year = (m.value or "")[:4]
    if not year.isdigit():
        return False
    pub = (published or "")[:4]
    return not pub.isdigit() or int(year) <= int(pub) - BIRTH_BACKGROUND_YEARS


# A syndicated copy's note on where and when the article first appeared
# ("This article was first published by Harborline News on December 11",
# "Este artículo fue publicado originalmente en El Diario el 3 de mayo",
# "本文原载于X（5月3日）") dates the original page, no happening: the note
# opens its sentence (its subject is the article itself), the outlet's name
# and the date follow within a few words. "The novel was first published in
# 1998" tells a happening and stays. The phrases are the cleaner's
# (clean.cues.REPUBLISHED_NOTES, which labels such a line attribution): this
# catches a note the cleaner did not set aside, or text read without blocks.
def _phrases_re(table: dict[str, list[str]]) -> str:
    """The phrases of ``table`` as one alternation: words apart by any
    space, either apostrophe."""
    return "|".join(
        r"\s+".join(re.escape(w).replace("'", "['’]") for w in p.split())
        for ps in table.values()
        for p in ps
    )


def _first_published_re():
    from ..clean.cues import REPUBLISHED_NOTES

    words = _phrases_re(REPUBLISHED_NOTES)
    # the outlet's name and linking words: a bounded run with no sentence end
    return re.compile(r"^[\s\W]*(?:" + words + r")[^.!?。！？\n]{0,80}$", re.IGNORECASE)


_FIRST_PUBLISHED = _first_published_re()


# The same note opened by the credit's words alone ("Originally published by
# X on May 3.", a machine translation's "Original published 12/1/2028 by X.",
# "Publicado originalmente el 3 de mayo en X", "Bài đăng lần đầu trên báo X
# ngày 3/5"): the cleaner's REPUBLISHED_OPENINGS. With no "this article" the
# words may open a sentence that goes on as a clause ("Originally published in
# 1851, the paper ran for a century": a happening), so the sentence must not
# (clean.classify._COMMA_CLAUSE, the cleaner's own test).
def _published_opening_re():
    from ..clean.cues import REPUBLISHED_OPENINGS

    words = _phrases_re(REPUBLISHED_OPENINGS)
    return re.compile(r"^[\s\W]*(?:" + words + r")(?![^\W\d_])[^.!?。！？\n]{0,80}$", re.IGNORECASE)


_PUBLISHED_OPENING = _published_opening_re()


# A bulletin's or digest's own title naming its edition's day ("Bản tin
# TP.HCM tối 12/1", "Evening bulletin, January 12", "Boletín informativo del
# 12 de enero", "新闻早报 1月12日"): the page's day, no happening. The title
# opens on an edition's name, four words at most (a place, the time of day) may
# follow, and the date closes it; a sentence that goes on, or has more words,
# tells something. Casefolded.
EDITION_TITLES = {
    "en": [
        "bulletin",
        "news bulletin",
        "evening bulletin",
        "morning bulletin",
        "newsletter",
        "briefing",
        "morning briefing",
        "evening briefing",
        "news briefing",
        "daily briefing",
        "digest",
        "news digest",
        "news roundup",
        "roundup",
        "morning edition",
        "evening edition",
    ],
    "es": [
        "boletín",
        "boletín informativo",
        "resumen de noticias",
        "resumen informativo",
        "noticiero",
    ],
    "fr": ["bulletin", "flash info", "flash infos", "revue de presse", "journal de"],
    "pt": ["boletim", "resumo de notícias", "resumo das notícias"],
    "de": ["nachrichten am", "newsletter", "morgenbriefing", "abendbriefing"],
    "vi": ["bản tin", "điểm tin", "tin nhanh", "tin vắn"],
    "zh": [
        "早报",
        "晚报",
        "新闻早报",
        "新闻晚报",
        "新闻简报",
        "简报",
        "新闻早班车",
        "要闻速览",
        "新闻速览",
    ],
    "th": ["สรุปข่าว", "ข่าวเช้า", "ข่าวค่ำ", "ข่าวภาคเช้า", "ข่าวภาคค่ำ"],
}


def _edition_title_re():
    def phrase(p: str) -> str:
        # a whole word; a Han or Thai name runs on into the next word
        edge = (
            ""
            if "\u0e00" <= p[-1] <= "\u0e7f" or "\u4e00" <= p[-1] <= "\u9fff"
            else r"(?![^\W\d_])"
        )
        return r"\s+".join(re.escape(w) for w in p.split()) + edge

    words = "|".join(phrase(p) for ps in EDITION_TITLES.values() for p in ps)
    # at most four words (of twelve letters at most: a Han or Thai run has
    # no spaces) between the edition's name and the date
    return re.compile(
        r"^[\s\W]*(?:" + words + r")"
        r"(?:[^\S\n]*[^\s\d!?。！？]{1,12}){0,4}?[^\S\n]*$",
        re.IGNORECASE,
    )


_EDITION_TITLE = _edition_title_re()
_NOTHING_MORE = re.compile(r"[\W_]*$")


def _edition_title(text: str, s: int, e: int, m: DateMention) -> bool:
    """True when the sentence text[s:e] is a bulletin's title naming its
    edition's day, the date ``m`` closing it."""
    return _NOTHING_MORE.match(text, m.end, e) is not None and (
        _EDITION_TITLE.match(text, s, m.start) is not None
    )


# A correction's account of what an earlier version of the page said ("An
# earlier version of this explainer said the airport reopened on March 20. It
# reopened on March 19."): when the note gives another day, the day it names
# is the one withdrawn, no happening. The cleaner's
# CORRECTION_NOTES phrases that name an earlier version, any noun for the page.
def _earlier_version_re():
    from ..clean.cues import CORRECTION_NOTES

    version = re.compile(r"version|versión|versão|fassung|верси", re.IGNORECASE)
    phrases = {
        re.sub(r"\s+\S+$", "", p)  # "... of this story": the page's noun left open
        for ps in CORRECTION_NOTES.values()
        for p in ps
        if version.search(p) and len(p.split()) > 2
    }
    words = _phrases_re({"": sorted(phrases)})
    return re.compile(r"(?:" + words + r")\s+\w+[^.!?;。！？；\n]*$", re.IGNORECASE)


_EARLIER_VERSION = _earlier_version_re()


def _another_day_in_the_note(text: str, m, dates) -> bool:
    """The correction note's line names another day after ``m``: the day it
    corrects ``m`` to. A correction of a count or a name keeps its sentence's
    day ("An earlier version said five bodies were recovered on October 14.
    Police say four."): then the day is the happening's, told again."""
    line_end = text.find("\n", m.end)
    line_end = len(text) if line_end < 0 else line_end
    return any(
        m.end <= d.start < line_end and d.value and d.value != m.value and d.kind != "impossible"
        for d in dates
    )


def _copys_note(text: str, s: int, e: int, date_start: int) -> bool:
    """True when the sentence text[s:e] is a copy's note on where and when
    the article first ran, the date at ``date_start`` its day."""
    head = text[s:date_start]
    if _FIRST_PUBLISHED.match(head):
        return True
    return _PUBLISHED_OPENING.match(head) is not None and not _COMMA_CLAUSE.search(text[s:e])


# A year or a span of years alone in brackets glosses the word before it: a
# person's life ("the composer Jean Roux (1940–2025) wrote ..."), a work's
# year ("the film Ashfall (2019)"), a term of office ("mayor (2010-2014)");
# it never dates the sentence's happening. Days in brackets ("Hôm qua
# (5/9)", "周五（7日）") do, and stay.
_BRACKETED = re.compile(r"[(（]\s*$")
_BRACKET_CLOSE = re.compile(r"\s*[)）]")


def _bracketed_years(text: str, m) -> bool:
    return (
        m.granularity == "year"
        and _BRACKETED.search(text[max(0, m.start - 3) : m.start]) is not None
        and _BRACKET_CLOSE.match(text, m.end) is not None
    )


# A live blog's entries open with a clock time ("09:15", "10h32", "14 giờ
# 20", "10.32 น.") under a heading line that names the day ("Tuesday 10
# September", "Thứ Ba, 10/9/2024", "10 กันยายน 2567"), and name no date of
# their own: each entry's sentence is an event of its heading's day. Clock
# forms per language (every language: "09:15"); an entry needs a heading,
# never the publication date, to be dated.
CLOCK_STAMP = {
    "vi": [r"\d{1,2}\s*(?:giờ|h)\s*\d{1,2}(?!\d)"],
    "th": [r"\d{1,2}[.:]\d{2}\s*น\."],
    "fr": [r"\d{1,2}\s*h\s*\d{2}"],
    "es": [r"\d{1,2}[.:]\d{2}\s*h"],
    "en": [r"\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?"],
}
_CLOCK_STAMP = re.compile(
    r"[ \t]*(?:"
    + "|".join(sorted({w for ws in CLOCK_STAMP.values() for w in ws}, key=len, reverse=True))
    + r"|\d{1,2}:\d{2})(?:[ \t]*(?:GMT|UTC|CET|ICT|ET|BST))?[ \t]*[-–—|:]?[ \t]*(?=[^\W\d_])",
    re.IGNORECASE,
)
# A heading line: the day, with at most this many other words on it
# ("Tuesday", "Updated", "Cập nhật").
HEADING_OTHER_WORDS = 3


def _heading_day(text: str, m) -> tuple[int, int] | None:
    """The line of a date that stands as a heading, or None."""
    if m.granularity != "day" or len(m.value or "") != 10 or m.end_value:
        return None
    a = text.rfind("\n", 0, m.start) + 1
    b = text.find("\n", m.end)
    b = len(text) if b < 0 else b
    rest = text[a : m.start] + " " + text[m.end : b]
    # (words counted only up to one too many: the line may be a paragraph)
    too_many = next(itertools.islice(_WORD.finditer(rest), HEADING_OTHER_WORDS, None), None)
    if too_many is not None or any(ch.isdigit() for ch in rest):
        return None
    return a, b


def _live_entries(doc: Document, segments, date_spans) -> list[tuple[int, int, object]]:
    """(sentence start, end, heading mention) of clock-stamped entries under
    a day heading that name no date of their own."""
    text = doc.text or ""
    # whole segments: the dated events split only the sentences of dates
    split: dict[int, list[tuple[int, int]]] = {}
    headings = []
    for m in sorted(doc.dates, key=lambda m: m.start):
        line = _heading_day(text, m)
        if line is not None and any(a <= m.start < b for a, b, _, _ in segments):
            headings.append((line[1], m))
    if not headings:
        return []
    out = []
    for k, (a, b, lg, _w) in enumerate(segments):
        pos = a
        while pos < b:
            nl = text.find("\n", pos, b)
            line_end = b if nl < 0 else nl
            stamp = _CLOCK_STAMP.match(text, pos, line_end)
            if stamp:
                under = [m for end, m in headings if end <= pos]
                if under:
                    if k not in split:
                        split[k] = split_sentences(text, a, b, lg, dates=date_spans)
                    sent = next(((s, e) for s, e in split[k] if s <= stamp.end() < e), None)
                    if sent is not None:
                        out.append((max(sent[0], pos), sent[1], under[-1]))
            pos = line_end + 1
    return out


# A diary's paragraph opens with its day as a sentence of its own ("Dimanche
# 8 juin. Plus de 25 millions de Péruviens votent ...", "Tuesday, March 4.
# Dockers walked out ..."): the sentence after it, naming no date of its
# own, tells that day's happening. Only a day alone in its sentence (no
# other word: "LIMA, April 21." is a dateline) that does not end its line;
# a chronology's "5 août : ..." is read with its date (_chronology_entry).
_DAY_SENTENCE_END = re.compile(r"[ \t]*[.。][ \t]*(?=\S)")


def _day_led_paragraphs(doc: Document, segments) -> list[tuple[int, int, object]]:
    """(sentence start, end, heading mention) of the sentences right after a
    day told as its paragraph's opening sentence."""
    text = doc.text or ""
    out = []
    for m in doc.dates:
        if m.granularity != "day" or len(m.value or "") != 10 or m.end_value:
            continue
        if m.start and text[m.start - 1] != "\n":
            continue
        after = _DAY_SENTENCE_END.match(text, m.end)
        if after is None:
            continue
        seg = next((g for g in segments if g[0] <= m.start < g[1]), None)
        if seg is None or after.end() >= seg[1]:
            continue
        line_end = text.find("\n", after.end(), seg[1])
        line_end = seg[1] if line_end < 0 else line_end
        sents = split_sentences(text, after.end(), line_end, seg[2])
        if sents:
            out.append((sents[0][0], sents[0][1], m))
    return out


_COUNTED_FROM = re.compile(r"date@(\d+):")


# A relative day written right against a written-out day -- nothing between
# them but spaces, a comma or an article ("เมื่อคืนวันอาทิตย์ที่ 3 ส.ค.", on
# the night of Sunday 3 August; "am Montag, dem 10. März") -- is that day
# written twice. Where the two were read as different days (the night read
# as "last night", the weekday as the one of the publication's week), the
# written-out day is the date: the relative one is no event of its own.
_APPOSED = re.compile(r"[\s,]*(?:(?:dem|den|der|the|le|el)\s+)?", re.IGNORECASE)


def _apposed_to_a_written_day(text: str, dates) -> set[int]:
    """Starts of relative days apposed to a written-out day they differ from."""
    out = set()
    days = sorted(
        (d for d in dates if d.granularity == "day" and d.value and d.value[:4].isdigit()),
        key=lambda d: d.start,
    )
    for x, y in itertools.pairwise(days):
        if x.value == y.value or not _APPOSED.fullmatch(text, x.end, y.start):
            continue
        if x.kind == "relative" and y.kind != "relative":
            out.add(x.start)
        elif y.kind == "relative" and x.kind != "relative":
            out.add(y.start)
    return out


# A day restated on a named clock right after the happening's local day
# ("当地时间22日晚（北京时间23日上午）", "tối Chủ nhật (1/6, giờ địa phương), tức
# sáng 2/6 giờ Việt Nam", "on Sunday evening (Monday morning, Beijing time)"):
# the same moment on the writer's clock, no happening of its own -- as its
# own event it stood alone in the timeline a day off. Only one day apart, in
# one clause, within this many characters of the local day (room for "el
# sábado por la noche, hora local (las 03:30 GMT del domingo)": the clock may
# stand before the restated day with a short word between): RESTATED_CLOCK_GAP,
# the span the date engine gives a restatement too.
_NAMED_CLOCK_BETWEEN = re.compile(r"(?:" + NAMED_CLOCK + r")[\s,的]*(?:\S{1,8}\s*)?$")


def _restated_on_a_named_clock(text: str, dates) -> set[int]:
    """Starts of days that restate, on a named clock, the day just before them."""
    out: set[int] = set()
    days = sorted(
        (d for d in dates if d.granularity == "day" and len(d.value or "") == 10),
        key=lambda d: d.start,
    )
    for x, y in itertools.pairwise(days):
        between = text[x.end : y.start]
        if len(between) > RESTATED_CLOCK_GAP or any(c in between for c in ".;!?。；！？\n"):
            continue
        try:
            gap = abs((_dt.date.fromisoformat(y.value) - _dt.date.fromisoformat(x.value)).days)
        except ValueError:
            continue
        if gap != 1:
            continue
        if _NAMED_CLOCK_BETWEEN.search(between):
            out.add(y.start)
            continue
        after = NAMED_CLOCK_AFTER_DAY.match(text[y.end : y.end + 40])
        # a day told on local time ("当地时间12日23时（北京时间13日）") is the
        # happening's own day, whatever day (a dateline's) stands before it
        if after is not None and not (
            LOCAL_CLOCK_BEFORE.search(text[max(0, y.start - 30) : y.start])
            or LOCAL_CLOCK_IN.search(text, y.end, y.end + after.end())
        ):
            out.add(y.start)
    return out


def _counted_from_later(dates, published: str | None = None) -> tuple[set[int], set[int]]:
    """Where the days start that a count written before them counts from
    ("three days after the storm made landfall on March 8", "trois jours
    après l'élection du 3 mars"): the sentence tells the later day, the
    happening's own day is its background, as an anniversary's is. A count
    that reaches the page's own day or later ("The talks come a week after
    police began searching on Friday, March 10") only tells how long ago the
    happening was: then its day is the event and the count (the second set)
    is none."""
    out, to_now = set(), set()
    pub = (published or "")[:10]
    for d in dates:
        mt = _COUNTED_FROM.match(d.anchor or "") if d.kind == "relative" else None
        if mt is not None and int(mt.group(1)) > d.start:
            if len(pub) == 10 and len(d.value or "") == 10 and d.value >= pub:
                to_now.add(d.start)
            else:
                out.add(int(mt.group(1)))
    return out, to_now


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


# any character of _HAN, _THAI, _KANA or _HANGUL
_COUNTED_SCRIPTS = re.compile(
    r"[\u3400-\u4DBF\u4E00-\u9FFF\u0E00-\u0E7F\u3040-\u30FF\u31F0-\u31FF\uAC00-\uD7A3]"
)


def _script_counts(text: str) -> tuple[int, int, int, int, int, int]:
    """Chinese characters, Thai letters, kana, Hangul syllables, Latin words
    and words of ``text``."""
    if _COUNTED_SCRIPTS.search(text) is None:
        # (most sentences: one search instead of four counts of nothing)
        return 0, 0, 0, 0, len(_LATIN_WORD.findall(text)), len(_WORD.findall(text))
    return (
        len(_HAN.findall(text)),
        len(_THAI.findall(text)),
        len(_KANA.findall(text)),
        len(_HANGUL.findall(text)),
        len(_LATIN_WORD.findall(text)),
        len(_WORD.findall(text)),
    )


# A line led by an arrow and ending with no full stop: a link to another
# page (">> Suivre les informations de ce vendredi en direct", "► Xem
# trực tiếp trận đấu tối thứ Bảy", "▶ 周五发布会全程回放"), no statement.
# A single ">" or "»" may open a quotation; a doubled one, or an arrow, not.
_ARROW_LINK = re.compile(r"(?:>>|»»|[≫▶►▸▷→☞])(?!.*[.!。！]\s*$)", re.DOTALL)


def _states_something(
    sentence: str,
    date_text: str,
    min_words: int,
    counts: tuple[int, int, int, int, int, int] | None = None,
) -> bool:
    """Does ``sentence`` say enough besides ``date_text``? ``counts``: the
    sentence's _script_counts, when known (a sentence of many dates is
    counted once, not once per date)."""
    s = sentence.strip()
    if not s or s.endswith(("?", "？")) or _ARROW_LINK.match(s):
        return False
    han, thai, kana, hangul, latin_words, words = counts or _script_counts(s)
    d_han, d_thai, d_kana, d_hangul, _, d_words = _script_counts(date_text)
    han, thai, kana, hangul = han - d_han, thai - d_thai, kana - d_kana, hangul - d_hangul
    if han or thai or kana or hangul:
        # about two Chinese characters, Japanese kana or Korean syllables, or
        # three Thai letters, make a word (kana write particles and verb
        # endings, "で", "された"; a Korean word carries its particles:
        # "재판을 재개했다" is "resumed the trial"); Latin words count whole
        return (han + kana + hangul) / 2 + thai / 3 + latin_words >= min_words
    return words - d_words >= min_words


# A chronology's entry opens its line with its day and a colon or dash, then
# says what happened in a few words ("14 août : premier cas au Vietnam.",
# "March 3 - Dam gates reopened.", "3月5日：首例病例确诊。"): the list's form
# already says it is a dated happening, so it needs fewer words than a
# sentence around a date (a caption, a stamp) to be an event.
CHRONOLOGY_FEWER_WORDS = 2
_CHRONOLOGY_AFTER_DAY = re.compile(r"[ \t]*[:：–—-][ \t]*(?=[^\W\d_])")
_LIST_MARK = " \t•·*▪►-–—"


# In a box of such lines the day may stand before its words with a space only
# ("11月16日 法国警方在马赛逮捕两名嫌犯\n12月3日 铜鼓回归河内"): a line next to it
# opening with a day too says it is a list's entry.
_CHRONOLOGY_SPACE_AFTER_DAY = re.compile(r"[ \t\u3000]+(?=[^\W\d_])")


def _lines_opened_by_a_day(text: str, dates) -> set[int]:
    """The starts of the lines that open with a day (after a list mark)."""
    starts = set()
    for m in dates:
        if m.granularity == "day":
            line = text.rfind("\n", 0, m.start) + 1
            if not text[line : m.start].strip(_LIST_MARK):
                starts.add(line)
    return starts


def _chronology_entry(text: str, s: int, m, line_days: set[int] = frozenset()) -> bool:
    """Is the date ``m`` the day opening a chronology's line ("5 août : ...")?
    ``line_days``: the lines opened by a day (_lines_opened_by_a_day)."""
    if not (
        m.granularity == "day"
        and (s == 0 or text[s - 1] == "\n")
        and not text[s : m.start].strip(_LIST_MARK)
    ):
        return False
    if _CHRONOLOGY_AFTER_DAY.match(text, m.end) is not None:
        return True
    if _CHRONOLOGY_SPACE_AFTER_DAY.match(text, m.end) is None:
        return False
    previous_line = text.rfind("\n", 0, max(0, s - 1)) + 1 if s else -1
    next_line = text.find("\n", m.end) + 1 or -1
    return previous_line in line_days or next_line in line_days


# A Chinese day after the formal "on" 于 ("泰国籍人质已于12日获释": "the Thai
# hostage was freed on the 12th"; "将于5日开幕") dates the verb that follows
# it: the form already says a dated happening, in as few characters as a
# chronology's entry. Not a caption's or a stamp's "摄于" / "发布于" /
# "更新于" (too short still), nor "生于" (a life's background, see above).
_FORMAL_ON = re.compile(r"(?<![生摄布新载])于[\s]*$")


def _after_formal_on(text: str, s: int, ds: int) -> bool:
    """Is the date at ``ds`` (in a sentence from ``s``) told after 于?"""
    return _FORMAL_ON.search(text, max(s, ds - 3), ds) is not None


def _window(text: str, s: int, e: int, ds: int, de: int, limit: int) -> tuple[int, int]:
    """Cut an over-long sentence around the date, at clause marks or spaces."""
    if e - s <= limit:
        return s, e
    half = limit // 2
    a = max(s, ds - half)
    b = min(e, de + half)
    if a > s:
        m = re.search(r"[,;:，；、]\s*|\s", text[a:ds])
        if m:
            a = a + m.end()
    if b < e:
        cut = max(text.rfind(" ", de, b), text.rfind(",", de, b))
        if cut > de:
            b = cut
    return a, b


# Clauses of one sentence that tell a happening each: joined by a semicolon
# ("the first semi-final ended 2-1 on 3 July; the second, the same evening,
# went to penalties", "4月5日警方封锁了道路；同日晚，数百人聚集") or led by a
# single dash and opening with their own date ("... on 3 July – three days
# later, the coach resigned"). A dash whose clause tells its date later
# only comments on the first ("no rain since mid-September — the first time
# since 1905"); a pair of dashes sets off an aside ("The minister –
# appointed on 3 May – resigned on Friday"); a dash between numbers is a
# range ("from 2004 – 2014"): none of them opens a clause.
_SEMICOLON = re.compile(r"\s*[;；]\s*")
_CLAUSE_DASH = re.compile(r"(?<!\d)\s+(?:[–—]|--)\s+(?!\d)")
# at most this many words between a clause-opening dash and its date ("– on
# 5 July", "— and the same evening")
DASH_CLAUSE_WORDS_BEFORE_DATE = 2


def _clause_cuts(text: str, s: int, e: int, dates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(end of one clause, start of the next) where the sentence ``s:e``
    may be cut, never inside a date (``dates``: its spans)."""
    cuts = [(m.start(), m.end()) for m in _SEMICOLON.finditer(text, s, e)]
    dashes = list(_CLAUSE_DASH.finditer(text, s, e))
    if len(dashes) == 1:
        d = dashes[0]
        first = min((ds for ds, _ in dates if ds >= d.end()), default=None)
        if first is not None and first < e:
            lead = _WORD.findall(text, d.end(), first)
            if len(lead) <= DASH_CLAUSE_WORDS_BEFORE_DATE:
                cuts.append((d.start(), d.end()))
    return sorted(c for c in cuts if not any(ds < c[1] and c[0] < de for ds, de in dates))


def _clauses(text: str, s: int, e: int, dates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence ``s:e`` as spans of clauses that each hold a date (or a
    time cue read as one: "the same evening", "cùng tối", "同日晚"), so that two
    happenings of one sentence become two events; one span, the sentence,
    when fewer than two of its clauses do. A clause without a date stays with
    the clause before it. ``dates``: the spans of the document's dates."""
    inside = [(ds, de) for ds, de in dates if s <= ds < e]
    if len(inside) < 2:
        return [(s, e)]
    cuts = _clause_cuts(text, s, e, inside)
    out: list[tuple[int, int]] = []
    start = s
    for k, (cut_end, next_start) in enumerate(cuts):
        next_end = cuts[k + 1][0] if k + 1 < len(cuts) else e
        if any(start <= d < cut_end for d, _ in inside) and any(
            next_start <= d < next_end for d, _ in inside
        ):
            out.append((start, cut_end))
            start = next_start
    out.append((start, e))
    return out


def extract_events(doc: Document, settings: DateSettings | None = None) -> list[EventMention]:
    st = settings or DateSettings()
    text = doc.text or ""
    if not doc.dates:
        return []
    events: list[EventMention] = []
    # each event's sentence and whether its date is a year written out
    sentence_of: list[tuple[int, int, bool]] = []
    seen: set[tuple[int, str, str | None]] = set()
    anchors_cache: dict[tuple[int, int], list[str]] = {}
    # sentences are split only in segments that hold a date (Thai splitting
    # tags words, the costliest step here), once per segment
    segments = _segments(doc)
    # names the page writes inside its sentences; a title may capitalise
    # every word, so it is not read for them
    titles = [(b.start, b.end) for b in doc.blocks or () if b.label == "title"]
    page_names = frozenset().union(
        *(
            names_inside_sentences(text[a:b], written)
            for a, b, _, written in segments
            if not any(ts <= a < te for ts, te in titles)
        )
    )
    split: dict[int, list[tuple[int, int]]] = {}
    date_spans = [(d.start, d.end) for d in doc.dates]  # Thai sentences keep them whole
    counted_from, counted_to_now = _counted_from_later(doc.dates, doc.published)
    apposed = _apposed_to_a_written_day(text, doc.dates)
    restated = _restated_on_a_named_clock(text, doc.dates)
    line_days = _lines_opened_by_a_day(text, doc.dates)
    sentence_counts: dict[tuple[int, int], tuple[int, int, int, int, int, int]] = {}
    clause_dates = sorted((d.start, d.end) for d in doc.dates if d.value and d.kind != "impossible")
    clauses_of: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for m in sorted(doc.dates, key=lambda m: m.start):
        if (
            m.kind == "impossible"
            or not m.value
            # a year-less month ("--07") is an event only to join a dated one
            # (merge drops it when it stays alone); a bare "--" value never
            or (m.value.startswith("--") and m.granularity not in ("day", "month"))
            # "30 years ago" counted from a year guessed from the page is too
            # loose to date anything
            or (m.kind == "relative" and (m.anchor or "").startswith("context:"))
        ):
            continue
        value, end_value = _year_kept_unknown(m)
        if value is None:
            continue
        for k, (a, b, lg, written) in enumerate(segments):
            if a <= m.start < b:
                break
        else:
            continue  # the date is outside every kept block
        if k not in split:
            # only the sentences of dates are read here
            need = [d.start for d in doc.dates if a <= d.start < b]
            split[k] = split_sentences(text, a, b, lg, dates=date_spans, need=need)
        sents = split[k]
        sent = next(((s, e) for s, e in sents if s <= m.start < e), None)
        if sent is None:
            continue
        s, e = sent
        if (s, e) not in sentence_counts:
            sentence_counts[s, e] = _script_counts(text[s:e])
        if not _states_something(
            text[s:e], text[m.start : m.end], st.min_event_words, sentence_counts[s, e]
        ) and not (
            (_chronology_entry(text, s, m, line_days) or _after_formal_on(text, s, m.start))
            and _states_something(
                text[s:e], text[m.start : m.end], st.min_event_words - CHRONOLOGY_FEWER_WORDS
            )
        ):
            continue
        after = text[m.end : m.end + 40]
        if DATELINE_AFTER.match(after) or marked_dateline(text[s : m.start], after):
            continue  # a wire dateline's date: when the story was filed, no happening
        if _compared_with(text, s, m.start, m.end, _counted_back(m)):
            continue  # "down 10% compared with 2023": the baseline, no happening
        if _record_since(text, s, m.start):
            continue  # "the highest level since September 2008": a record's baseline
        if _nowadays(text, s, m, written):
            continue  # "Today, the company is the largest ...": nowadays, no happening
        if m.kind != "relative" and UPDATE_STAMP_BEFORE.match(text[s : m.start]):
            continue  # "Updated 14:05, March 13": the page's edit, no happening
        if m.kind != "relative" and _copys_note(text, s, e, m.start):
            continue  # "This article was first published by X on May 3": a copy's note
        if _EARLIER_VERSION.search(text, s, m.start) and _another_day_in_the_note(
            text, m, doc.dates
        ):
            continue  # "An earlier version ... said ... on March 20. It was on March 19."
        if _edition_title(text, s, e, m):
            continue  # "Bản tin TP.HCM tối 12/1": a bulletin's title, its edition's day
        if _bracketed_years(text, m):
            continue  # "Jean Roux (1940–2025)": a life, a work's year, a term
        if _a_birth_long_ago(text, s, m, doc.published):
            continue  # "Born in 1940 in Santiago, she ...": a life's background
        if m.start in counted_from:
            continue  # "three days after the storm made landfall on March 8": the later day
        if m.start in counted_to_now:
            continue  # "The talks come a week after police began ... on March 10": how long ago
        if m.start in apposed:
            continue  # "am Montag, dem 10. März" read as two days: the written one is it
        if m.start in restated:
            continue  # "当地时间22日晚（北京时间23日上午）": the local day's moment again
        if planned_first(text, m.start, written, s):
            continue  # "originally scheduled for Oct. 8": a plan moved, no happening then
        if moved_plan_entry(text, m.start, m.end, written, s, e):
            continue  # "16 mars : ... prévue ..., reportée au 19": the same, in a chronology
        if (s, e) not in clauses_of:
            clauses_of[s, e] = _clauses(text, s, e, clause_dates)
        cs, ce = next(((x, y) for x, y in clauses_of[s, e] if x <= m.start < y), (s, e))
        if (cs, ce) != (s, e) and _states_something(
            text[cs:ce], text[m.start : m.end], st.min_event_words
        ):
            s, e = cs, ce  # "X on 3 July; Y the same evening": a happening per clause
        key = (s, value, end_value)
        if key in seen:
            continue
        seen.add(key)
        ws, we = _window(text, s, e, m.start, m.end, st.max_event_chars)
        if (ws, we) not in anchors_cache:
            skips = [(d.start - ws, d.end - ws) for d in doc.dates if ws <= d.start < we]
            anchors_cache[(ws, we)] = sentence_anchors(text[ws:we], written, skips, page_names)
        events.append(
            EventMention(
                start=ws,
                end=we,
                date=value,
                end_date=end_value,
                granularity=m.granularity,
                lang=written,
                anchors=anchors_cache[(ws, we)],
                date_start=m.start,
                date_end=m.end,
            )
        )
        sentence_of.append((s, e, _names_a_noun(text, m, s)))
    events = _without_background_years(events, sentence_of)
    # a day that dates a happening the entry counts from ("the first
    # helicopter since Sunday's landslide has landed") is no day of the
    # entry's own: the entry is its heading's day's happening too
    # (not counted_from above: the later day told as counted from a date)
    since_a_happening = {
        d.start
        for d in doc.dates
        if _dates_a_happening_counted_from(
            text, d, next((g[2] for g in segments if g[0] <= d.start < g[1]), doc.lang)
        )
    }
    dated = {(e.start, e.end) for e in events if e.date_start not in since_a_happening}
    headed = _live_entries(doc, segments, date_spans) + _day_led_paragraphs(doc, segments)
    for s, e, m in headed:
        if any(s <= d.start < e and d.start not in since_a_happening for d in doc.dates) or any(
            a <= s < b for a, b in dated
        ):
            continue  # the entry names its own date: read above
        dated.add((s, e))
        if not _states_something(text[s:e], "", st.min_event_words):
            continue
        k = next(i for i, seg in enumerate(segments) if seg[0] <= s < seg[1])
        ws, we = _window(text, s, e, s, s, st.max_event_chars)
        skips = [(d.start - ws, d.end - ws) for d in doc.dates if ws <= d.start < we]
        events.append(
            EventMention(
                start=ws,
                end=we,
                date=m.value,
                granularity="day",
                lang=segments[k][3],
                anchors=sentence_anchors(text[ws:we], segments[k][3], skips, page_names),
            )
        )
    return events


def _year_kept_unknown(m: DateMention) -> tuple[str | None, str | None]:
    """The date an event takes from ``m``: its own, or year-less ("--07",
    "--07-31") when its year is a year word ("next July", "juillet prochain",
    "tháng 7 tới") counted from a year only guessed from the page (no
    publication date: the latest year the page names, often a past one it
    looks back to), or when the page names that year in no full date ("hồi
    năm 2022", engine.YEAR_NAMED_ONLY). The month and day are the text's;
    the year is not known, and a wrong one is worse than none (issue 4).
    (None, None) where nothing is left without the year (a year alone)."""
    anchor = m.anchor or ""
    if not (
        anchor.startswith("context:") and (COUNTED_FROM_NOW in anchor or YEAR_NAMED_ONLY in anchor)
    ):
        return m.value, m.end_value
    if m.granularity not in ("day", "month") or not _DATED.match(m.value):
        return None, None
    end = m.end_value
    if end and _DATED.match(end):
        end = "--" + end[5:]
        if end < "--" + m.value[5:]:
            end = None  # a span over the new year: its end's year is not its start's
    return "--" + m.value[5:], end


_DATED = re.compile(r"\d{4}-\d{2}")


# A year written as the complement of a noun: "the revolution of 1969", "la
# révolution de 1969", "el golpe del 69", "1969年的政变". What the noun names is
# dated by it; the sentence may tell something else.
_YEAR_OF_NOUN_BEFORE = re.compile(r"(?:(?<![^\W\d_])(?:of|de|du|des|del)\s+|d['’])$", re.IGNORECASE)
_YEAR_OF_NOUN_AFTER = re.compile(r"^\s*的")


# A year an anniversary or a count of years is measured from ("ten years
# after the 2015 quake", "marking the 10th anniversary of the 2015 quake",
# "Kỷ niệm 10 năm trận động đất năm 2015", "ครบรอบ 10 ปี เหตุแผ่นดินไหวเมื่อปี
# 2558", "2015年地震十周年之际") names the remembered happening: with a later,
# finer date in its sentence (the gathering on Wednesday) it is background,
# as a year dating a noun is. Per language, casefolded: words of the
# sentence before the year, and (Chinese) right after it.
ANNIVERSARY_BEFORE = {
    "en": [r"anniversary", r"\w+\s+years?\s+(?:after|since|on\s+from)"],
    "es": [r"aniversario", r"\w+\s+años\s+(?:después|tras|desde)"],
    "fr": [r"anniversaire", r"\w+\s+ans\s+(?:après|depuis)", r"ans\s+jour\s+pour\s+jour"],
    "vi": [r"kỷ\s+niệm", r"kỉ\s+niệm", r"tròn\s+\d+\s+năm", r"\d+\s+năm\s+(?:sau|kể\s+từ)"],
    "th": [r"ครบรอบ"],
    "zh": [r"周年", r"年后"],
}
ANNIVERSARY_AFTER_ZH = r"[^，。！？；]{0,12}(?:周年|年后)"


def _anniversary_re():
    spaced = "|".join(
        w for lg, ws in ANNIVERSARY_BEFORE.items() if lg not in ("th", "zh") for w in ws
    )
    unspaced = "|".join(ANNIVERSARY_BEFORE["th"] + ANNIVERSARY_BEFORE["zh"])
    return re.compile(r"(?<![^\W\d_])(?:" + spaced + r")(?![^\W\d_])|" + unspaced, re.IGNORECASE)


_ANNIVERSARY = _anniversary_re()
_ANNIVERSARY_AFTER = re.compile(ANNIVERSARY_AFTER_ZH)


# A day that dates the happening a sentence counts from, named by a noun
# after "since", "after", "before": "since Sunday's landslide", "depuis le
# glissement de terrain de dimanche", "desde el deslizamiento del domingo".
_COUNTED_FROM_NOUN = {
    "en": (
        re.compile(r"(?<![^\W\d_])(?:since|after|before|following)\s+(?:last\s+)?$", re.I),
        re.compile(r"['’]s(?![^\W\d_])"),
    ),
    "fr": (
        re.compile(
            r"(?<![^\W\d_])(?:depuis|après|avant)\s+(?:le|la|les|l['’])\s*"
            r"[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,3}\s+(?:de|du|d['’])\s*$",
            re.I,
        ),
        None,
    ),
    "es": (
        re.compile(
            r"(?<![^\W\d_])(?:desde|tras|después\s+de|antes\s+de)\s+(?:el|la|los|las)\s+"
            r"[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+(?:del|de)\s+$",
            re.I,
        ),
        None,
    ),
}


def _dates_a_happening_counted_from(text: str, m: DateMention, lang: str | None) -> bool:
    """Does day ``m`` (in text of ``lang``) date a happening its sentence
    counts from ("since Sunday's landslide"), not the sentence's own?"""
    pats = _COUNTED_FROM_NOUN.get((lang or "").split("-")[0])
    if pats is None or m.granularity != "day":
        return False
    before, after = pats
    line_start = text.rfind("\n", 0, m.start) + 1
    if not before.search(text[max(line_start, m.start - 60) : m.start]):
        return False
    return after is None or after.match(text, m.end) is not None


def _names_a_noun(text: str, m: DateMention, s: int = 0) -> bool:
    """Does the year ``m`` (in the sentence from ``s``) date a noun or a
    remembered happening rather than its sentence's happening?"""
    if m.kind not in ("absolute", "buddhist_era", "roc_era", "japanese_era"):
        return False
    # a remembered happening may be dated to its day ("the 10th anniversary
    # of the March 11, 2015 quake"); a year dating a noun is a year
    return bool(
        (
            m.kind == "absolute"
            and m.granularity == "year"
            and (
                _YEAR_OF_NOUN_BEFORE.search(text[max(0, m.start - 8) : m.start])
                or _YEAR_OF_NOUN_AFTER.match(text[m.end : m.end + 3])
            )
        )
        or _ANNIVERSARY.search(text[s : m.start])
        or _ANNIVERSARY_AFTER.match(text, m.end)
    )


def _without_background_years(
    events: list[EventMention], sentence_of: list[tuple[int, int, bool]]
) -> list[EventMention]:
    """Drop a year that dates a noun of a sentence whose happening has a
    finer, later date: in "X, his comrade of the revolution of 1969, joined
    the rebels on Friday" the sentence tells Friday. A sentence with only its
    year keeps it, and so does "In 2014 they signed X, and in July 2023 Y"
    (there the year dates a happening of its own). And a year of its own
    with a finer date of that same year in its sentence ("This year the
    festival fell on February 12", "今年元宵节（2月12日）", "Năm nay, lễ hội
    diễn ra vào ngày 12/2") only frames that date: the sentence is the finer
    date's event, not a second one of the year."""
    finer: dict[tuple[int, int], list[str]] = {}
    for ev, (s, e, _) in zip(events, sentence_of):
        if ev.granularity in ("day", "week", "month") and ev.date[:4].isdigit():
            finer.setdefault((s, e), []).append(ev.date[:4])
    if not finer:
        return events
    return [
        ev
        for ev, (s, e, year) in zip(events, sentence_of)
        if not (year and any(ev.date[:4] < y for y in finer.get((s, e), ())))
        and not (
            ev.granularity == "year" and ev.end_date is None and ev.date in finer.get((s, e), ())
        )
    ]


class ExtractEvents(Stage):
    name = "events"
    parallel = True

    def __init__(self, settings: DateSettings | None = None):
        self.settings = settings or DateSettings()

    def __call__(self, docs: list[Document], stats: Counter[str]) -> list[Document]:
        for doc in docs:
            try:
                doc.events = extract_events(doc, self.settings)
                stats["events"] += len(doc.events)
            except Exception as e:  # noqa: BLE001 - one bad page must not sink the batch
                stats["event_errors"] += 1
                from ..model import Flag

                doc.flags.append(
                    Flag(
                        kind="internal_error",
                        reason=f"event extraction failed: {type(e).__name__}: {e}",
                    )
                )
        return docs
