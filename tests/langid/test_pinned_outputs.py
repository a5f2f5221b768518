"""Language ID and the classifier's line features give, on tricky inputs,
exactly the answers they gave before their fast paths were rewritten.

``pinned_outputs.json`` holds what commit d15f165 answered for each input
below (mixed scripts, short lines, empty and control-character text, very
long lines and runs, three language sets): ``detect_language`` and
``detect_spans``; the langid stage's blocks, page language and spans, with
and without blocks; ``line_features`` of each line with each language. A
rewrite for speed must give the same answers; a change of behaviour must
say so by regenerating the file (``python tests/langid/test_pinned_outputs.py``)
and explaining each difference.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from newsline.clean.features import line_features
from newsline.langid import detect_language, detect_spans
from newsline.langid.stage import IdentifyLanguages
from newsline.model import Block, Document
from newsline.settings import LangSettings

PINNED = Path(__file__).with_name("pinned_outputs.json")

TEXTS = {
    "empty": "",
    "spaces": "   \n\t ",
    "digits": "12/06/2026 10:15 — 3.400",
    "vi_short": "Tin mới nhất",
    "vi_unaccented": "tin moi nhat hom nay cua thanh pho",
    "en_sentence": "The council voted on Tuesday to close the old bridge for repairs.",
    "fr_with_vi_names": "Le président a reçu Nguyễn Văn An et Trần Thị Hoa au palais.",
    "th_with_brand": "รีวิว Samsung Galaxy S24 Ultra กล้องสวยมาก",
    "zh_with_latin": "美日NEXT联盟 在东京举行第三次会议，讨论供应链问题。",
    "ja_kanji_only": "東京都知事選挙の投票率が過去最低に",
    "ja_kana": "東京都で新しい駅が開業しました。",
    "ko": "서울시는 오늘 새 버스 노선을 발표했다.",
    "ru": "Правительство объявило о новых мерах поддержки семей.",
    "uk": "Уряд оголосив про нові заходи підтримки родин у країні цього тижня.",
    "mixed_vi_zh": "Theo báo cáo mới nhất, chính phủ sẽ tăng đầu tư vào hạ tầng giao thông "
    "trong năm tới. 中国政府表示，将继续扩大对东南亚国家的基础设施投资，并加强区域合作与交流，"
    "推动共同发展。",
    "mixed_en_th": "The ministry said the new rules take effect next month across the whole "
    "country. กระทรวงระบุว่ากฎใหม่จะมีผลบังคับใช้ในเดือนหน้าทั่วประเทศ และจะมีการตรวจสอบอย่างเข้มงวด",
    "controls": "Hello\x00world\x07 this is a \ud800 test line of text.",
    "handles_urls": "Follow @desk_news and visit www.example.vn or mail desk@paper.fr",
    "mash": "asdkjh qweqwe zxcv",
    "acronyms": "NATO – EU – G7",
    "repeated": "ha ha ha ha",
    "long_word": "x" * 5000 + " the end of the line",
    "long_en": (
        "The committee met again in the afternoon and agreed on a final text. " * 60
    ).strip(),
    "long_vi": ("Hội đồng nhân dân thành phố đã họp phiên bất thường vào chiều nay. " * 60).strip(),
    "long_mixed_lines": "\n".join(["Trang chủ", "Home", "首页", "หน้าแรก"] * 50),
}
SETS = {
    "default": LangSettings(),
    "no_zh": LangSettings(languages=("vi", "en", "ja")),
    "ru_uk": LangSettings(languages=("en", "ru", "uk")),
}
STAGE_TEXTS = (
    "mixed_vi_zh",
    "mixed_en_th",
    "long_mixed_lines",
    "long_en",
    "th_with_brand",
    "empty",
    "controls",
)


def _doc(text: str, with_blocks: bool) -> Document:
    d = Document(id="d", source="s.txt", text=text)
    if with_blocks:
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                d.blocks.append(Block(start=pos, end=pos + len(line), label="body"))
            pos += len(line) + 1
    return d


def outputs() -> dict[str, list]:
    out: dict[str, list] = {}
    for sname, st in SETS.items():
        for k, t in TEXTS.items():
            out[f"{sname}/{k}"] = [detect_language(t, st), [list(s) for s in detect_spans(t, st)]]
    for k in STAGE_TEXTS:
        for with_blocks in (True, False):
            d = _doc(TEXTS[k], with_blocks)
            IdentifyLanguages()([d], Counter())
            out[f"stage/{k}/{with_blocks}"] = [
                d.lang,
                [[b.start, b.end, b.lang, b.reasons] for b in d.blocks],
                d.meta.get("lang_spans"),
            ]
    for k, t in TEXTS.items():
        for lang in (None, "en", "vi", "zh", "th"):
            g = line_features(0, t, lang)
            out[f"feat/{k}/{lang}"] = [
                g.units,
                g.stopwords,
                g.letters,
                g.upper,
                g.cased,
                g.digits,
                g.unspaced,
            ]
    # (through JSON, as the file holds them: tuples become lists)
    return json.loads(json.dumps(out, ensure_ascii=False))


@pytest.fixture(scope="module")
def now() -> dict[str, list]:
    return outputs()


@pytest.mark.parametrize("key", sorted(json.loads(PINNED.read_text("utf-8"))))
def test_same_answer_as_before(key, now):
    pinned = json.loads(PINNED.read_text("utf-8"))
    assert now[key] == pinned[key]


def test_every_case_is_pinned(now):
    assert sorted(now) == sorted(json.loads(PINNED.read_text("utf-8")))


if __name__ == "__main__":  # regenerate (only for an intended change of behaviour)
    PINNED.write_text(json.dumps(outputs(), ensure_ascii=False, indent=0, sort_keys=True), "utf-8")
    sys.exit(0)
