"""Events of six languages pinned, through the paths restructured for speed.

The sentences' anchors (a Chinese sentence's words cut once for its
territory bounds and its name runs; dates masked by slices), the script
counts (one search where a sentence holds no Han, Thai, kana or Hangul) and
the live blog's day headings (words counted only up to one too many) give
what they gave before: the events of pages written for these tests
(invented places and people, other sites' styles) are pinned as the code
before those changes found them.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.events import ExtractEvents
from newsline.events import anchors as A
from newsline.events import extract as X
from newsline.model import Block, Document


def _paras(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


PAGES = {
    "en": (
        "2025-03-14",
        _paras(
            (
                "Harbour pilots in Port Edda walked out on Tuesday after talks with "
                "Norvale Shipping collapsed, the union said."
            ),
            "Friday, March 14",
            ("09:15 Pilots gathered at the gate of the Edda terminal and blocked the road."),
            (
                "The minister Joan Harrow met the union on March 12, 2025 in Lisbon to "
                "discuss 1,200 jobs."
            ),
        ),
    ),
    "es": (
        "2025-03-14",
        _paras(
            (
                "Los pilotos del puerto de Alcaraz iniciaron la huelga el martes tras "
                "el fracaso de las negociaciones con Naviera Solano."
            ),
            (
                "La ministra Lucía Ferrer se reunió con el sindicato el 12 de marzo de "
                "2025 en Lisboa para hablar de 1.200 empleos."
            ),
        ),
    ),
    "fr": (
        "2025-03-14",
        _paras(
            (
                "Les pilotes du port de Rochebrune ont cessé le travail mardi après "
                "l'échec des négociations avec la compagnie Valmer."
            ),
            (
                "La ministre Claire Dufour a rencontré le syndicat le 12 mars 2025 à "
                "Lisbonne pour parler de 1 200 emplois."
            ),
        ),
    ),
    "vi": (
        "2025-03-14",
        _paras(
            (
                "Các hoa tiêu ở cảng Hòn Ngư đã ngừng việc vào thứ Ba sau khi đàm phán "
                "với hãng tàu Trường Hải thất bại."
            ),
            (
                "Bộ trưởng Nguyễn Văn Thành đã gặp công đoàn ngày 12/3/2025 tại Bồ Đào "
                "Nha để bàn về 1.200 việc làm."
            ),
        ),
    ),
    "th": (
        "2025-03-14",
        _paras(
            ("นักนำร่องที่ท่าเรือบ้านแหลมหยุดงานเมื่อวันอังคาร หลังการเจรจากับบริษัทเดินเรือล้มเหลว"),
            (
                "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงคมนาคม พบกับสหภาพแรงงานเมื่อวันที่ "
                "12 มีนาคม 2568 ที่กรุงลิสบอน ประเทศโปรตุเกส เพื่อหารือเรื่องงาน 1,200 "
                "ตำแหน่ง"
            ),
        ),
    ),
    "zh": (
        "2025-03-14",
        _paras(
            "白沙港的引航员周二开始罢工，此前与海运公司的谈判破裂。",
            "交通部长王明华于2025年3月12日在葡萄牙里斯本会见了沿海地区的工会，讨论1200个工作岗位。",
        ),
    ),
}

PINNED = {
    "en": [
        (
            0,
            110,
            "2025-03-11",
            None,
            "day",
            "en",
            ("name:edda", "name:norvale", "name:port", "name:shipping"),
        ),
        (
            208,
            297,
            "2025-03-12",
            None,
            "day",
            "en",
            ("name:harrow", "name:joan", "name:lisbon", "num:1200"),
        ),
        (130, 206, "2025-03-14", None, "day", "en", ("name:edda", "name:pilots")),
    ],
    "es": [
        (0, 120, "2025-03-11", None, "day", "es", ("name:alcaraz", "name:naviera", "name:solano")),
        (
            122,
            236,
            "2025-03-12",
            None,
            "day",
            "es",
            ("name:ferrer", "name:lisboa", "name:lucia", "num:1200"),
        ),
    ],
    "fr": [
        (0, 117, "2025-03-11", None, "day", "fr", ("name:rochebrune", "name:valmer")),
        (
            119,
            225,
            "2025-03-12",
            None,
            "day",
            "fr",
            ("name:claire", "name:dufour", "name:lisbonne", "num:1200"),
        ),
    ],
    "th": [
        (0, 85, "2025-03-11", None, "day", "th", ()),
        (
            87,
            234,
            "2025-03-12",
            None,
            "day",
            "th",
            (
                "geo:PT",
                "name:chaidi",
                "name:litbon",
                "name:somchai",
                "num:1200",
                "read:litbon=lisbon",
            ),
        ),
    ],
    "vi": [
        (0, 103, "2025-03-11", None, "day", "vi", ("name:honngu", "name:truonghai")),
        (105, 204, "2025-03-12", None, "day", "vi", ("geo:PT", "name:nguyenvanthanh", "num:1200")),
    ],
    "zh": [
        (
            0,
            27,
            "2025-03-11",
            None,
            "day",
            "zh",
            ("name:baisha", "name:haiyungongsi", "read:baisha=bachsa", "read:baisha=sha"),
        ),
        (
            29,
            77,
            "2025-03-12",
            None,
            "day",
            "zh",
            (
                "geo:PT",
                "name:lisiben",
                "name:wangming",
                "name:yanhaidiqu",
                "num:1200",
                "read:wangming=ming",
                "read:wangming=vuongminh",
            ),
        ),
    ],
}


def _page(lang: str) -> Document:
    published, text = PAGES[lang]
    blocks, pos = [], 0
    for part in text.split("\n\n"):
        a = text.index(part, pos)
        blocks.append(Block(a, a + len(part), "body", lang))
        pos = a + len(part)
    return Document(id=lang, source=lang, text=text, lang=lang, published=published, blocks=blocks)


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_events_of_six_languages_pinned(lang):
    doc = _page(lang)
    ResolveDates()([doc], Counter())
    ExtractEvents()([doc], Counter())
    got = [
        (e.start, e.end, e.date, e.end_date, e.granularity, e.lang, tuple(e.anchors))
        for e in doc.events
    ]
    assert got == PINNED[lang]


def test_chinese_words_cut_once_read_as_cut_twice():
    text = PAGES["zh"][1]
    words = A._zh_words(text)
    assert A._zh_word_bounds(text, words) == A._zh_word_bounds(text)
    assert A._chinese_name_runs(text, words) == A._chinese_name_runs(text)
    dotted = "美国总统唐纳德·特朗普和约翰·惠特利会面。"
    assert A._dotted_name_parts(dotted, A._zh_words(dotted)) == A._dotted_name_parts(dotted)


@pytest.mark.parametrize(
    "text",
    [
        *(t for _, t in PAGES.values()),
        "",
        "Plain ASCII words only",
        "Tiếng Việt có dấu: Hòn Ngư",
        "かなと漢字の文",
        "한국어 문장입니다",
        "x\u31f0y",  # a kana extension letter alone
    ],
)
def test_script_counts_as_counted_one_by_one(text):
    whole = (
        len(X._HAN.findall(text)),
        len(X._THAI.findall(text)),
        len(X._KANA.findall(text)),
        len(X._HANGUL.findall(text)),
        len(X._LATIN_WORD.findall(text)),
        len(X._WORD.findall(text)),
    )
    assert X._script_counts(text) == whole


class _M:  # a resolved day, as _heading_day reads it
    def __init__(self, start, end):
        self.start, self.end = start, end
        self.granularity, self.value, self.end_value = "day", "2025-03-14", None


@pytest.mark.parametrize(
    "line,heading",
    [
        ("Friday, March 14", True),
        ("Updated Friday, March 14", True),
        ("Cập nhật, March 14", True),
        ("Cập nhật thứ Sáu, March 14", False),  # four other words
        ("The board met on March 14 to talk", False),  # a sentence, no heading
        ("one two three March 14", True),  # three other words at most
        ("one two three four March 14", False),
        ("Pilots March 14 2", False),  # a digit besides the date
    ],
)
def test_heading_day_counts_words_up_to_one_too_many(line, heading):
    text = "Intro.\n" + line + "\nMore text after it."
    a = text.index("March 14")
    got = X._heading_day(text, _M(a, a + len("March 14")))
    assert (got is not None) == heading
    # a long line: the count stops early, the answer is the same
    long = "Intro.\n" + line + " word" * 20_000 + "\n"
    assert X._heading_day(long, _M(a, a + len("March 14"))) is None


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_sentences_of_the_needed_offsets_as_in_the_whole_split(lang):
    """The sentences of the dates the events read are those of the whole split."""
    from newsline.events import split_sentences

    doc = _page(lang)
    ResolveDates()([doc], Counter())
    text, spans = doc.text, [(d.start, d.end) for d in doc.dates]
    whole = split_sentences(text, 0, len(text), lang, dates=spans)
    starts = [d.start for d in doc.dates]
    for k in range(len(starts) + 1):
        need = starts[:k]
        part = split_sentences(text, 0, len(text), lang, dates=spans, need=need)
        for x in need:
            assert [s for s in part if s[0] <= x < s[1]] == [s for s in whole if s[0] <= x < s[1]]
