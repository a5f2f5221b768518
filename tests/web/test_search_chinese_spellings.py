"""A Chinese search term finds pages in either script: 预警中心 (Simplified)
finds a Taiwanese page writing 預警中心, and 萬象 finds a mainland page writing
万象, as a reader of one form reads the other. It found only the form typed:
``newsline search 预警中心总部`` on the sample corpus answered 0 documents
while a page's title says 洪水預警中心總部. Pages invented for this test."""

from __future__ import annotations

import pytest

from newsline.model import Block, Document, make_doc_id
from newsline.store import Store
from newsline.web.search import parse_query, search

MAINLAND = (
    "北京气象台发布暴雨预警，预计周末降雨量将超过一百毫米。\n市防汛指挥部要求各区做好排水准备。"
)
TAIWAN = "中央氣象署發布豪雨預警，預計週末雨量將超過一百毫米。\n臺北市政府要求各區做好排水準備。"
PLAIN = "Heavy rain is forecast for the weekend in Kuala Lumpur, the weather office said."


def _doc(source: str, text: str, lang: str) -> Document:
    return Document(
        id=make_doc_id(source, text),
        source=source,
        text=text,
        lang=lang,
        title=text.split("\n")[0][:12],
        blocks=[Block(0, len(text), "body", lang, [])],
    )


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    path = tmp_path_factory.mktemp("hans_hant") / "z.db"
    store = Store(path)
    run_id = store.start_run(["x"], "local")
    store.write_batch(
        run_id,
        [
            _doc("cn/rain.txt", MAINLAND, "zh"),
            _doc("tw/rain.txt", TAIWAN, "zh"),
            _doc("my/rain.txt", PLAIN, "en"),
        ],
    )
    store.finish_run(run_id, {})
    store.close()
    with Store(path, readonly=True) as ro:
        yield ro.conn


def _sources(conn, query: str) -> set[str]:
    return {h.source for h in search(conn, query).hits}


@pytest.mark.parametrize(
    "query",
    ["排水准备", "排水準備", "预警", "預警", "发布", "發布"],
)
def test_either_spelling_finds_both_pages(conn, query):
    assert _sources(conn, query) == {"cn/rain.txt", "tw/rain.txt"}


def test_a_word_only_one_page_writes_still_finds_only_it(conn):
    assert _sources(conn, "臺北") == {"tw/rain.txt"}
    assert _sources(conn, "北京") == {"cn/rain.txt"}


def test_the_other_spelling_is_marked_in_the_snippet(conn):
    (hit,) = [h for h in search(conn, "预警").hits if h.source == "tw/rain.txt"]
    assert "<mark>預警</mark>" in hit.snippet_html


def test_how_names_the_spellings_tried():
    (term,) = parse_query("預警")
    assert term.forms == ("預警", "预警")
    assert "預警 or 预警" in term.how


def test_terms_without_han_characters_are_as_typed():
    from newsline.wordseg import chinese_spellings

    assert chinese_spellings("ลุ่มน้ำโขง") == ("ลุ่มน้ำโขง",)
    assert chinese_spellings("ha noi") == ("ha noi",)
    (term,) = parse_query("ภาษาไทย")
    assert term.forms == ("ภาษาไทย",)
