"""Short pages whose <meta charset> names a single-byte table of another script.

The pages come from the generator in benchmarks/read_wrong_charset.py
(phrase tables written for it): one sentence, encoded in a CJK charset,
declared as Thai TIS-620. A single-byte table decodes any byte, and on one
sentence charset-normalizer's chaos scores tie, so the declaration won and
Korean, Japanese or Chinese pages were stored as Thai gibberish.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from pathlib import Path

import pytest

from newsline.readers.decode import charset_from_markup, decode_bytes, implausible_for_table

_BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "read_wrong_charset.py"
_spec = importlib.util.spec_from_file_location("read_wrong_charset", _BENCH)
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


def _decode(data: bytes):
    return decode_bytes(data, [("meta charset", charset_from_markup(data))])


@pytest.mark.parametrize(
    "lang,codec", [("ko", "euc_kr"), ("zh-hans", "gb18030"), ("ja", "shift_jis")]
)
def test_cjk_sentence_declared_tis620_is_not_read_as_thai(lang, codec):
    wrong = []
    for text in gen.sentences(lang, 60):
        data = gen.page(text, "tis-620").encode(codec)
        got = _decode(data)
        if text not in unicodedata.normalize("NFC", got.text):
            wrong.append((text, got.encoding))
        elif codec != "shift_jis":  # Shift-JIS bytes do not even decode as TIS-620
            assert any("tis-620" in f.reason for f in got.flags), got.flags
    assert not wrong, f"{len(wrong)}/60 misread, e.g. {wrong[:3]}"


def test_honest_thai_sentences_stay_thai():
    for text in gen.sentences("th", 200):
        for label, codec in (("tis-620", "cp874"), ("windows-874", "cp874")):
            got = _decode(gen.page(text, label).encode(codec))
            assert text in got.text, (label, got.encoding, got.text)


@pytest.mark.parametrize(
    "text",
    [
        # real Thai spelling the rules must allow: เ-็ over a cluster, ก็ inside a
        # phrase, a loanword's -็อ, ำ spelt ํ+า, doubled เ for แ, Thai digits after a word
        "เหล็กเส้นราคาขึ้นอีกแล้ว อย่างไรก็ตามผู้ค้ายังเสร็จงานทัน",
        "บล็อกข่าวช็อกวงการ ร้านค้าจํากัดเวลาเเจกของ ประจำปี พ.ศ.๒๕๖๗",
        "ฤๅษีเดินทางไปวัด เมล็ดพันธุ์ข้าว ๑๕ กิโลกรัม",
    ],
)
def test_real_thai_orthography_is_plausible(text):
    assert not implausible_for_table(text, "cp874")


@pytest.mark.parametrize(
    "text,codec",
    [
        ("부산시는 오늘 사고 원인을 조사하고 있다.", "euc_kr"),
        ("北京市今天发布了暴雨预警。", "gb18030"),
    ],
)
def test_cjk_bytes_read_as_thai_are_implausible(text, codec):
    assert implausible_for_table(text.encode(codec).decode("cp874"), "cp874")


@pytest.mark.parametrize("lie", [None, "iso-8859-1", "koi8-r"])
def test_korean_sentences_are_not_read_as_latin_or_cyrillic_signs(lie):
    # '±³À°ºÎ´Â ¿À´Ã Æø¿ì' (EUC-KR as cp1252): the detector's first guess was a
    # single-byte table that decodes anything; its signs sit inside every word
    wrong = []
    for text in gen.sentences("ko", 150):
        data = (gen.page(text, lie) if lie else text).encode("euc_kr")
        got = decode_bytes(data, [("meta charset", lie)] if lie else None)
        if text not in got.text:
            wrong.append((text, got.encoding, got.text[-40:]))
    assert not wrong, f"{len(wrong)}/150 misread, e.g. {wrong[:3]}"


@pytest.mark.parametrize(
    "text,codec",
    [
        ("Sığınakta ağır yaralı çocuklar için yardım kampanyası başlatıldı.", "cp1254"),
        ("Řeči o příštím roce: vláda schválila rozpočet na 2025 – 3 km² parku.", "cp1250"),
        ("Þjóðin fær ævintýralegt veður í ár, sagði veðurstofan «í gær».", "cp1252"),
        ("L’église de Sant Martí, col·legi i ¿qué? don´t – 25 °C, № 5.", "cp1252"),
        ("Правительство утвердило проект бюджета — «на 2025 год» № 12.", "cp1251"),
        ("Правительство утвердило проект бюджета на следующий год.", "koi8-r"),
    ],
)
def test_real_latin_and_cyrillic_text_is_plausible(text, codec):
    import codecs

    assert not implausible_for_table(text, codecs.lookup(codec).name)
