"""The dates stage's segment trigger: a segment is skipped only where no pattern can match.

Each table language has one trigger, put together from the gates of the
patterns a segment is read with (newsline.dates.engine.may_hold_a_date). A
segment holding none of its texts is not read; these tests walk every
pattern and table entry of every language, so an entry added later cannot be
skipped unseen, and pin what the resolver finds in texts of six languages
that mix skipped prose with dated lines.
"""

from __future__ import annotations

import re

import pytest

from newsline.dates import engine as E
from newsline.dates import resolve_dates
from newsline.dates import tables as T

LANGS = sorted(T.LANGS)


def _patterns(lang: str):
    """Every compiled pattern a segment of a table language is read with."""
    yield from (rx for rx, _ in E._compiled(lang))
    yield from (rx for rx, _, _ in E._relative_compiled(lang))
    holidays = E._holiday_re(lang)
    if holidays is not None:
        yield holidays[0]
    if lang != "en":
        yield E._english_full_date_re()[1]  # English full dates in other text


@pytest.mark.parametrize("lang", LANGS)
def test_every_pattern_has_a_requirement_all_of_whose_texts_the_trigger_accepts(lang):
    """Every match of a pattern holds one text of each of its gate's
    requirements (tests/dates/test_pattern_gates.py); so a trigger accepting
    every text of one of them accepts every match."""
    n = 0
    for rx in _patterns(lang):
        gate = E._gate_of(rx)
        if not gate:  # a pattern without a gate: every segment is read
            assert E._trigger(lang) is None
            continue
        assert any(all(E.may_hold_a_date(text, lang) for text in req) for req in gate), rx.pattern[
            :120
        ]
        n += 1
    assert n > 50  # the walk saw the language's patterns


def _table_words(lang: str) -> set[str]:
    """The plain words of a language's tables (entries written as regexes
    are walked as patterns above)."""
    words: set[str] = set(T.month_names(lang)) | set(T.weekday_names(lang))
    for table in (
        T.NUMBER_WORDS,
        T.DAY_ORDINAL_WORDS,
        T.QUARTER_WORDS,
        T.HALF_WORDS,
        T.UNIT_WORDS,
        T.SEASON_WORDS,
        T.YEAR_CUES,
    ):
        entry = table.get(lang) or {}
        for k, v in entry.items() if isinstance(entry, dict) else ((w, None) for w in entry):
            for w in [k, *(v if isinstance(v, (list, tuple)) else [])]:
                if isinstance(w, str) and w and not re.search(r"[\\()\[\]?*+{}|^$]", w):
                    words.add(w)
    return words


@pytest.mark.parametrize("lang", LANGS)
def test_no_table_word_is_read_in_a_segment_the_trigger_skips(lang):
    """Every table word, alone and in the forms dates are written in
    (with a day, a year, a count): where the trigger refuses the text, the
    resolver finds nothing in it."""
    words = _table_words(lang)
    assert len(words) > 20
    for w in sorted(words):
        for text in (w, f"{w} 5", f"5 {w} 2024", f"vào {w}", f"on {w}", f"{w}年", f"3 {w}"):
            if not E.may_hold_a_date(E.gate_text(text), lang):
                assert resolve_dates(text, lang, "2025-03-14") == [], (lang, text)


# Prose with no date in each language: skipped whole where its words hold no
# trigger text -- and found to hold no date either way.
NO_DATE = {
    "vi": "Không ai nghe điện thoại.",
    "th": "ไม่มีใครรับโทรศัพท์",
    "zh": "办公室无人接听电话。",
}


@pytest.mark.parametrize("lang", sorted(NO_DATE))
def test_prose_without_a_date_is_skipped(lang):
    text = NO_DATE[lang]
    assert not E.may_hold_a_date(E.gate_text(text), lang)
    assert resolve_dates(text, lang, "2025-03-14") == []


# Near misses: a word that looks like a date word but is none ("Mayor",
# "marcha", "Maison", "mai" in a word) passes the trigger -- the patterns
# then decide, and find nothing.
NEAR_MISSES = [
    ("en", "The Mayor of Port Edda marched to the square."),
    ("es", "La marcha de los pilotos terminó en la plaza."),
    ("fr", "Les pilotes ont défilé devant la Maison du port."),
    ("vi", "Các hoa tiêu tuần tra quanh cảng."),
    ("th", "พวกเขาเดินขบวนไปที่ท่าเรือวันนี้ไม่ได้"),
    ("zh", "引航员在港口前面集合。"),
]


@pytest.mark.parametrize("lang,text", NEAR_MISSES)
def test_near_misses_pass_the_trigger_and_stay_as_they_were(lang, text):
    found = resolve_dates(text, lang, "2025-03-14")
    if not E.may_hold_a_date(E.gate_text(text), lang):
        assert found == []


@pytest.mark.parametrize("lang", LANGS)
def test_dated_lines_pass_the_trigger(lang):
    pub, text = DATES[lang]
    for line in text.split("\n\n"):
        if resolve_dates(line, lang, pub):
            assert E.may_hold_a_date(E.gate_text(line), lang), line


def test_a_long_segment_is_tested_in_linear_time():
    # 100k characters of prose, and of almost-keys: one class search and
    # plain substring tests, nothing that backtracks
    for lang in LANGS:
        for text in ("ab " * 34_000, "mar" * 34_000, "星" * 100_000, "ภ" * 100_000):
            E.may_hold_a_date(E.gate_text(text), lang)


def _paras(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


# Texts written for these tests (invented places, other sites' styles): each
# mixes prose segments the trigger skips with dated segments; what the
# resolver finds is pinned as the code before the trigger found it.
DATES = {
    "en": (
        "2025-03-14",
        _paras(
            "Harbour pilots in Port Edda walked out on Tuesday, the union said.",
            "The talks broke down over pay and rosters.",
            ("A ruling is expected by March 28, 2025, and the board meets again next week."),
            "Nobody answered the phone at the office.",
        ),
    ),
    "es": (
        "2025-03-14",
        _paras(
            "Los pilotos del puerto de Alcaraz iniciaron la huelga el martes.",
            "La empresa no respondió a las preguntas.",
            (
                "El juez decidirá antes del 28 de marzo de 2025, y la junta volverá a "
                "reunirse la próxima semana."
            ),
            "Nadie contestó al teléfono.",
        ),
    ),
    "fr": (
        "2025-03-14",
        _paras(
            "Les pilotes du port de Rochebrune ont cessé le travail mardi.",
            "La direction n'a pas souhaité commenter.",
            (
                "Une décision est attendue d'ici le 28 mars 2025, et le conseil se "
                "réunira la semaine prochaine."
            ),
            "Personne n'a répondu au téléphone.",
        ),
    ),
    "vi": (
        "2025-03-14",
        _paras(
            "Các hoa tiêu ở cảng Hòn Ngư đã ngừng việc vào thứ Ba.",
            "Công ty chưa trả lời câu hỏi của phóng viên.",
            ("Tòa sẽ ra phán quyết trước ngày 28/3/2025, và hội đồng sẽ họp lại vào tuần sau."),
            "Không ai nghe điện thoại.",
        ),
    ),
    "th": (
        "2025-03-14",
        _paras(
            "นักนำร่องที่ท่าเรือบ้านแหลมหยุดงานเมื่อวันอังคาร",
            "บริษัทยังไม่ตอบคำถามของผู้สื่อข่าว",
            ("ศาลจะตัดสินก่อนวันที่ 28 มีนาคม 2568 และคณะกรรมการจะประชุมอีกครั้งในสัปดาห์หน้า"),
            "ไม่มีใครรับโทรศัพท์",
        ),
    ),
    "zh": (
        "2025-03-14",
        _paras(
            "白沙港的引航员周二开始罢工。",
            "公司没有回答记者的问题。",
            "法院将在2025年3月28日前作出裁决，董事会下周再次开会。",
            "办公室无人接听电话。",
        ),
    ),
}

PUB = "published:2025-03-14"
WEEK = ("2025-03-17", "2025-03-23", "week", "relative", PUB)
DATES_PINNED = {
    "en": [
        (42, 49, "2025-03-11", None, "day", "relative", PUB),
        (136, 150, "2025-03-28", None, "day", "absolute", None),
        (178, 187, *WEEK),
    ],
    "es": [
        (57, 63, "2025-03-11", None, "day", "relative", PUB),
        (135, 154, "2025-03-28", None, "day", "absolute", None),
        (186, 203, *WEEK),
    ],
    "fr": [
        (55, 60, "2025-03-11", None, "day", "relative", PUB),
        (140, 152, "2025-03-28", None, "day", "absolute", None),
        (179, 199, *WEEK),
    ],
    "th": [
        (39, 48, "2025-03-11", None, "day", "relative", PUB),
        (101, 122, "2025-03-28", None, "day", "buddhist_era", "B.E. 2568 = 2025 CE"),
        (154, 165, *WEEK),
    ],
    "vi": [
        (46, 52, "2025-03-11", None, "day", "relative", PUB),
        (128, 142, "2025-03-28", None, "day", "absolute", None),
        (171, 179, *WEEK),
    ],
    "zh": [
        (7, 9, "2025-03-11", None, "day", "relative", PUB),
        (34, 44, "2025-03-28", None, "day", "absolute", None),
        (53, 55, *WEEK),
    ],
}


@pytest.mark.parametrize("lang", LANGS)
def test_dates_of_six_languages_pinned(lang):
    pub, text = DATES[lang]
    got = [
        (m.start, m.end, m.value, m.end_value, m.granularity, m.kind, m.anchor)
        for m in resolve_dates(text, lang, pub)
    ]
    assert got == DATES_PINNED[lang]
