"""wordseg loads a script's tokenizer when a text of that script arrives: a
run over pages without Chinese or Thai letters leaves jieba's dictionary and
Thai's tokenizer unloaded (read from the libraries' own state), and a Chinese
page after them is cut exactly as in a process that began with it."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("jieba")
pytest.importorskip("pythainlp")

# Written for these tests: a Czech and an Indonesian brief, an English one
# with a Chinese-looking name in Latin letters (a near miss: no Han letter),
# then a Simplified Chinese brief.
_RUN = textwrap.dedent(
    """
    import json, sys
    from collections import Counter
    from newsline.model import Document, make_doc_id
    from newsline.settings import Settings
    from newsline.stages import default_stages
    from newsline import wordseg

    OTHERS = [
        "Radnice v Olomouci schválila 3. července 2024 opravu mostu. Starosta Karel "
        "Novotný řekl, že práce začnou v září.",
        "Pemerintah Kota Medan pada 3 Juli 2024 meresmikan pasar baru. Wali kota Budi "
        "Santoso mengatakan pedagang boleh pindah pekan depan.",
        "Harbour master Zhang Wei said on July 3, 2024 that the ferry service to the "
        "islands would resume after the storm.",
    ]
    CHINESE = ("温州市政府于2024年7月3日召开台风防御会议，市长陈国华要求沿海乡镇转移群众。"
               "气象台预计台风将于周五登陆。")

    def run(texts):
        stages = [s for s in default_stages(Settings()) if s.parallel]
        docs = [Document(id=make_doc_id(f"d{k}", t), source=f"d{k}", text=t)
                for k, t in enumerate(texts)]
        for st in stages:
            docs = st(docs, Counter())
        return docs

    def loaded():
        jieba = sys.modules.get("jieba")
        return {"jieba_dictionary": bool(jieba is not None and jieba.dt.initialized),
                "thai_tokenizer": "pythainlp.tokenize" in sys.modules}

    out = {}
    if sys.argv[1] == "others-first":
        run(OTHERS)
        out["after_others"] = loaded()
    doc = run([CHINESE])[0]
    out["chinese"] = {
        "lang": doc.lang,
        "events": [(e.start, e.end, e.date) for e in doc.events],
        "features": doc.meta.get("story_features"),
        "tagged": [[off, [tuple(p) for p in words]]
                   for off, words in wordseg.chinese_tagged_runs(CHINESE)],
        "words": wordseg.chinese_words(CHINESE),
    }
    print(json.dumps(out, ensure_ascii=False, default=str))
    """
)


def _run(order: str) -> dict:
    p = subprocess.run(
        [sys.executable, "-c", _RUN, order], capture_output=True, text=True, timeout=300, check=True
    )
    return json.loads(p.stdout.strip().splitlines()[-1])


def test_pages_without_chinese_or_thai_load_neither_tokenizer():
    got = _run("others-first")
    assert got["after_others"] == {"jieba_dictionary": False, "thai_tokenizer": False}, got


def test_a_chinese_page_after_them_is_cut_as_in_a_fresh_process():
    later = _run("others-first")["chinese"]
    alone = _run("chinese-alone")["chinese"]
    assert later == alone
    assert later["lang"] == "zh" and later["events"] and later["words"] and later["features"]
