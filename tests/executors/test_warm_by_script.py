"""The local executor warms what the pages need: a run whose pages hold no
Chinese, Thai or Japanese letters never loads jieba's dictionary, Thai's
tokenizer or pykakasi;
the first such page of a later batch has them loaded once, before the
workers are started again, and every page comes out as one process makes it."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("jieba")
pytest.importorskip("pythainlp")

# Written for these tests, in other sites' styles: a Spanish regional daily,
# an English wire brief, a Vietnamese city page, a Portuguese bulletin; then a
# Simplified and a Traditional Chinese brief, a Thai weather notice, another
# English brief and a Japanese city notice.
_PROBE = textwrap.dedent(
    """
    import json, sys
    from newsline.executors.local import LocalExecutor
    from newsline.model import Document, make_doc_id
    from newsline.pipeline import Stage
    from newsline.settings import Settings
    from newsline.stages import default_stages

    LATIN = [
        "El ayuntamiento de Cuenca aprobó el 4 de junio de 2024 un plan de riego. "
        "La alcaldesa Marta Ibáñez dijo que las obras empezarán en otoño.",
        "Port officials in Durban said on Tuesday, June 4, 2024, that a grain ship ran "
        "aground near the harbour mouth. Captain Pieter Nel said nobody was hurt.",
        "Ngày 4/6/2024, UBND tỉnh Cà Mau họp bàn phương án chống sạt lở bờ biển. "
        "Ông Trần Minh Đức, phó chủ tịch tỉnh, chủ trì cuộc họp.",
        "A prefeitura de Recife anunciou em 4 de junho de 2024 a reabertura do mercado. "
        "O secretário Paulo Vasconcelos disse que as bancas voltam na segunda-feira.",
    ]
    LATER = [
        "宁波市政府于2024年6月4日召开防汛会议，副市长周建平要求各区加强巡查。"
        "会议决定启动四级应急响应。",
        "臺南市政府於2024年6月4日宣布，颱風來襲前全市停班停課，市長黃志明呼籲民眾儘早撤離。",
        "กรมอุตุนิยมวิทยาประกาศเมื่อวันที่ 4 มิถุนายน 2567 ว่าจะมีฝนตกหนักในภาคใต้ "
        "นายวิชัย สุขสม อธิบดีกล่าวว่าประชาชนควรติดตามข่าวอย่างใกล้ชิด",
        "Harbour pilots in Mombasa resumed work on June 5, 2024 after a two-day strike, "
        "the port authority's spokesman Daniel Otieno said.",
        "札幌市は2024年6月4日、大雨に備えて避難所を開設した。市の防災担当の"
        "高橋誠氏は、住民に早めの避難を呼びかけた。",
    ]

    class LoadedBefore(Stage):
        # runs first in a worker: what that process had loaded before the page
        name = "loaded_before"
        def __call__(self, docs, stats):
            jieba = sys.modules.get("jieba")
            for d in docs:
                d.meta["probe_jieba"] = bool(jieba is not None and jieba.dt.initialized)
                d.meta["probe_thai"] = "pythainlp.tokenize" in sys.modules
                d.meta["probe_kana"] = "pykakasi" in sys.modules
            return docs

    PROBES = ("probe_jieba", "probe_thai", "probe_kana")

    def docs_of(texts, tag):
        return [Document(id=make_doc_id(f"{tag}-{k}", t), source=f"{tag}-{k}", text=t)
                for k, t in enumerate(texts)]

    def view(ds):
        out = []
        for d in ds:
            x = d.to_dict()
            x["meta"] = {k: v for k, v in x["meta"].items() if not k.startswith("probe_")}
            out.append(x)
        return out

    stages = [LoadedBefore()] + [s for s in default_stages(Settings()) if s.parallel]
    first, later = docs_of(LATIN, "latin"), docs_of(LATER, "later")
    ex = LocalExecutor(stages, workers=2)
    try:
        got1, _ = ex.submit(first).result()
        jieba = sys.modules.get("jieba")
        parent_after_first = {
            "jieba": bool(jieba is not None and jieba.dt.initialized),
            "thai": "pythainlp.tokenize" in sys.modules,
            "kana": "pykakasi" in sys.modules,
        }
        got2, _ = ex.submit(later).result()
        jieba = sys.modules.get("jieba")
        parent_after_later = {
            "jieba": bool(jieba is not None and jieba.dt.initialized),
            "thai": "pythainlp.tokenize" in sys.modules,
            "kana": "pykakasi" in sys.modules,
        }
    finally:
        ex.close()
    inline = LocalExecutor(stages, workers=1)
    ref1, _ = inline.submit(docs_of(LATIN, "latin")).result()
    ref2, _ = inline.submit(docs_of(LATER, "later")).result()
    print(json.dumps({
        "parent_after_first": parent_after_first,
        "parent_after_later": parent_after_later,
        "workers_first": [[d.meta[k] for k in PROBES] for d in got1],
        "workers_later": [[d.meta[k] for k in PROBES] for d in got2],
        "same": view(got1) == view(ref1) and view(got2) == view(ref2),
        "langs": [d.lang for d in got1 + got2],
        "events_later": [len(d.events) for d in got2],
    }))
    """
)


@pytest.fixture(scope="module")
def probe():
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=600, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_pages_without_chinese_or_thai_load_neither(probe):
    # in the run's process (the warm-up) and in its workers
    assert probe["parent_after_first"] == {"jieba": False, "thai": False, "kana": False}, probe
    assert probe["workers_first"] == [[False, False, False]] * 4, probe


def test_first_chinese_thai_and_japanese_pages_are_loaded_once_before_the_workers(probe):
    assert probe["parent_after_later"] == {"jieba": True, "thai": True, "kana": True}, probe
    # every worker of the later batch had them when it started
    assert probe["workers_later"] == [[True, True, True]] * 5, probe


def test_pages_come_out_as_one_process_makes_them(probe):
    assert probe["same"], probe
    assert probe["langs"] == ["es", "en", "vi", "pt", "zh", "zh", "th", "en", "ja"], probe
    assert all(n >= 1 for n in probe["events_later"][:3]), probe


def _doc(text: str, title: str | None = None, html: str | None = None):
    from newsline.model import Document

    return Document(id=text[:8] or "empty", source="s", text=text, title=title, html=html)


@pytest.mark.parametrize(
    ("text", "title", "html", "expected"),
    [
        # near misses: Latin with every diacritic, Cyrillic, Hangul, CJK
        # punctuation and full-width digits alone load nothing of their own
        ("Thứ Tư, Đà Nẵng; São Paulo; Łódź; İzmir", None, None, {"latin"}),
        ("Москва, 4 июня — Сеул 서울 발표", None, None, {"latin"}),
        ("「」，。、１２３：！", None, None, {"latin"}),
        ("ประชุมสภา 4 มิ.ย.", None, None, {"latin", "thai"}),
        ("市议会开会", None, None, {"latin", "han"}),
        ("Budget vote", "臺北市議會", None, {"latin", "han"}),  # the title alone
        ("トランプ", None, None, {"latin", "kana"}),  # katakana, no kanji
        ("p", None, "<p>p</p>", {"latin", "html"}),
        ("", None, None, {"latin"}),
    ],
)
def test_warm_needs_reads_the_scripts_of_text_and_title(text, title, html, expected):
    from newsline.executors.local import warm_needs

    assert warm_needs([_doc(text, title, html)]) == expected


def test_warm_needs_gives_back_what_is_known_without_looking_again():
    from newsline.executors.local import warm_needs

    docs = [_doc("Budget vote"), _doc("ประชุมสภา")]
    assert warm_needs(docs, frozenset({"latin", "han"})) == {"latin", "han", "thai"}
    assert warm_needs([], frozenset({"kana"})) == {"latin", "kana"}
