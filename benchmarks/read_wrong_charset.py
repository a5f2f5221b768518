"""How often does a short page whose charset declaration lies come out right?

    PYTHONPATH=src python benchmarks/read_wrong_charset.py [N_PER_CASE]

Builds one-sentence HTML pages from phrase tables written for this benchmark
(Korean, Japanese, Simplified and Traditional Chinese, Thai, Russian),
encodes each in a legacy charset and declares *another* one in ``<meta
charset>`` (a scraper that copied the wrong header, a CMS template shared
between sites). Prints, per (true codec, declared label), how many pages
``newsline.readers.decode.decode_bytes`` decodes back to the original text,
and the total. Short texts are the hard case: a single-byte table decodes
anything cleanly and detectors have little to go on.

The same generator backs tests/readers/test_read_wrong_charset.py.
"""

from __future__ import annotations

import itertools
import random
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newsline.readers.decode import BinaryContent, charset_from_markup, decode_bytes

# Subject / predicate phrases, written for this benchmark; one sentence is a
# subject, a time word and a predicate.
PHRASES: dict[str, tuple[list[str], list[str], list[str], str]] = {
    "ko": (
        [
            "서울시는",
            "정부는",
            "경찰은",
            "교육부는",
            "부산시는",
            "국회는",
            "기상청은",
            "한국은행은",
        ],
        ["오늘", "어제", "이번 주", "다음 달", "지난해", "올해"],
        [
            "새 교통 정책을 발표했다",
            "추가 조치를 내놓을 예정이다",
            "기준금리를 동결했다",
            "폭우 경보를 내렸다",
            "사고 원인을 조사하고 있다",
            "예산안을 통과시켰다",
            "시민들에게 주의를 당부했다",
        ],
        ".",
    ),
    "ja": (
        ["東京都は", "政府は", "警察は", "大阪市は", "気象庁は", "日本銀行は", "文部科学省は"],
        ["今日", "昨日", "今週", "来月", "昨年", "今年"],
        [
            "新しい交通計画を発表した",
            "追加の対策を示す予定だ",
            "金利を据え置いた",
            "大雨警報を出した",
            "事故の原因を調べている",
            "予算案を可決した",
            "住民に注意を呼びかけた",
        ],
        "。",
    ),
    "zh-hans": (
        ["北京市", "国务院", "警方", "上海市政府", "气象台", "央行", "教育部"],
        ["今天", "昨天", "本周", "下个月", "去年", "今年"],
        [
            "宣布了新的交通计划",
            "将出台更多措施",
            "维持利率不变",
            "发布了暴雨预警",
            "正在调查事故原因",
            "通过了预算草案",
            "提醒市民注意安全",
        ],
        "。",
    ),
    "zh-hant": (
        ["台北市", "行政院", "警方", "高雄市政府", "氣象局", "央行", "教育部"],
        ["今天", "昨天", "本週", "下個月", "去年", "今年"],
        [
            "宣布了新的交通計畫",
            "將推出更多措施",
            "維持利率不變",
            "發布了豪雨特報",
            "正在調查事故原因",
            "通過了預算案",
            "提醒民眾注意安全",
        ],
        "。",
    ),
    "th": (
        ["รัฐบาล", "กรุงเทพมหานคร", "ตำรวจ", "กรมอุตุนิยมวิทยา", "ธนาคารแห่งประเทศไทย", "กระทรวงศึกษาธิการ"],
        ["วันนี้", "เมื่อวาน", "สัปดาห์นี้", "เดือนหน้า", "ปีที่แล้ว"],
        [
            "ประกาศแผนการจราจรใหม่",
            "จะออกมาตรการเพิ่มเติม",
            "คงอัตราดอกเบี้ยไว้",
            "เตือนภัยฝนตกหนัก",
            "กำลังสอบสวนสาเหตุของอุบัติเหตุ",
            "อนุมัติงบประมาณ",
        ],
        "",
    ),
    "ru": (
        ["Правительство", "Мэрия Москвы", "Полиция", "Центробанк", "Министерство образования"],
        ["сегодня", "вчера", "на этой неделе", "в следующем месяце", "в прошлом году"],
        [
            "объявило новый план развития транспорта",
            "сохранил ключевую ставку",
            "предупредила о сильных дождях",
            "расследует причины аварии",
            "утвердило проект бюджета",
        ],
        ".",
    ),
}

# (language, true codec, declared label): each lie decodes the bytes without
# an error (single-byte tables) or nearly so (another CJK table).
CASES: list[tuple[str, str, str]] = [
    ("ko", "euc_kr", "tis-620"),
    ("ko", "euc_kr", "windows-1251"),
    ("ko", "euc_kr", "iso-8859-1"),
    ("ja", "shift_jis", "tis-620"),
    ("ja", "euc_jp", "tis-620"),
    ("ja", "euc_jp", "windows-1251"),
    ("zh-hans", "gb18030", "tis-620"),
    ("zh-hans", "gb18030", "big5"),
    ("zh-hant", "big5", "tis-620"),
    ("zh-hant", "big5", "gb2312"),
    ("th", "cp874", "windows-1251"),
    ("th", "cp874", "iso-8859-1"),
    ("ru", "windows-1251", "tis-620"),
    ("ru", "windows-1251", "iso-8859-1"),
    ("ru", "koi8_r", "windows-1251"),
    ("ru", "koi8_r", "tis-620"),
    ("ko", "euc_kr", "koi8-r"),
    ("zh-hans", "gb18030", "windows-1251"),
    ("zh-hant", "big5", "koi8-r"),
    ("th", "cp874", "koi8-r"),
    ("th", "cp874", "euc-kr"),
]


def sentences(lang: str, n: int, seed: int = 0) -> list[str]:
    """``n`` distinct one-sentence texts in ``lang`` (fewer if the table is smaller)."""
    subjects, times, predicates, stop = PHRASES[lang]
    sep = "" if lang in ("ja", "zh-hans", "zh-hant") else " "
    all_ = [
        f"{s}{sep}{t}{sep}{p}{stop}" for s, t, p in itertools.product(subjects, times, predicates)
    ]
    random.Random(seed).shuffle(all_)
    return all_[:n]


def page(text: str, declared: str) -> str:
    return (
        f'<html><head><meta charset="{declared}"><title>news</title></head>'
        f"<body><p>{text}</p></body></html>"
    )


def wrong_charset_cases(n: int) -> list[tuple[str, str, str, str, bytes]]:
    """(lang, codec, declared, text, page bytes) for every case, ``n`` texts each."""
    out = []
    for lang, codec, lie in CASES:
        for text in sentences(lang, n):
            out.append((lang, codec, lie, text, page(text, lie).encode(codec)))
    return out


def decoded_right(data: bytes, text: str) -> bool:
    try:
        got = decode_bytes(data, [("meta charset", charset_from_markup(data))]).text
    except BinaryContent:
        return False
    return unicodedata.normalize("NFC", text) in unicodedata.normalize("NFC", got)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    cases = wrong_charset_cases(n)
    right: dict[tuple[str, str], list[int]] = {}
    t0 = time.perf_counter()
    for _lang, codec, lie, text, data in cases:
        r = right.setdefault((codec, lie), [0, 0])
        r[0] += decoded_right(data, text)
        r[1] += 1
    dt = (time.perf_counter() - t0) / len(cases)
    for (codec, lie), (ok, total) in right.items():
        print(f"{codec:>13s} declared {lie:<13s} {ok:4d}/{total:<4d} {100 * ok / total:5.1f}%")
    ok = sum(r[0] for r in right.values())
    print(f"total {ok}/{len(cases)} right ({100 * ok / len(cases):.1f}%), {dt * 1000:.2f} ms/page")


if __name__ == "__main__":
    main()
