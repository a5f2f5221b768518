"""Cross-script name search (``across_scripts``): ``Rasmus`` also finds the
Thai page writing ราสมุส and the Chinese one writing 拉斯穆斯, each hit saying
which name matched and how it reads; a name that only shares the stored
four-letter skeleton (Rasmussen), a Latin name with the same consonants
(Erasmus) and a short name (Kim) are not matched. Plain search could not
find a name written in another script at all. Pages invented for this test."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsline.cli import app as cli_app
from newsline.model import Block, Document, make_doc_id
from newsline.store import Store
from newsline.stories.features import StoryFeatures
from newsline.web.app import create_app
from newsline.web.names import match_names, name_readings, query_names
from newsline.web.search import search

PAGES = {
    "en/energy.txt": (
        "en",
        (
            "New power plant\n\nEnergy minister Rasmus Holt said the new power plant would "
            "open next year. Holt spoke in the capital on Monday."
        ),
    ),
    "th/energy.txt": (
        "th",
        (
            "โรงไฟฟ้าแห่งใหม่\n\nนายราสมุส รัฐมนตรีว่าการกระทรวงพลังงาน กล่าวว่าโรงไฟฟ้าแห่งใหม่"
            "จะเปิดในปีหน้า นายราสมุส กล่าวที่เมืองหลวงเมื่อวันจันทร์"
        ),
    ),
    "zh/energy.txt": (
        "zh",
        "新电厂明年投产\n\n能源部长拉斯穆斯周一表示，新电厂将于明年投产。拉斯穆斯是在首都发表讲话的。",
    ),
    # the same first four consonant classes (lsms), a longer name
    "th/football.txt": (
        "th",
        (
            "ฟุตบอลนัดชิง\n\nนายราสมุสเซน โค้ชทีมชาติ กล่าวว่าทีมพร้อมสำหรับนัดชิงในวันเสาร์ "
            "นายราสมุสเซน เลือกผู้เล่นใหม่สามคน"
        ),
    ),
    # the same consonants in the same (Latin) script: another name
    "en/exchange.txt": (
        "en",
        (
            "Student exchange grows\n\nThe university said its Erasmus programme sent 400 "
            "students abroad this year, twice as many as in 2020."
        ),
    ),
    "en/chips.txt": (
        "en",
        (
            "Chip plant expands\n\nChief executive Kim Min-jun said the chip plant would double "
            "its output."
        ),
    ),
    "zh/chips.txt": ("zh", "芯片工厂扩建\n\n首席执行官金敏俊表示，芯片工厂将把产量翻一番。"),
    # a Japanese name in kanji, read in Hepburn as on its page (in pinyin: "senshan")
    "ja/port.txt": (
        "ja",
        "港湾計画を発表\n\n森山首相は十日、新しい港湾計画を発表した。森山首相によると、工事は来年始まる。",
    ),
}


def _doc(source: str, lang: str, text: str) -> Document:
    return Document(
        id=make_doc_id(source, text),
        source=source,
        text=text,
        lang=lang,
        title=text.split("\n")[0],
        blocks=[Block(0, len(text), "body", lang, [])],
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("across") / "a.db"
    docs = [_doc(src, lang, text) for src, (lang, text) in PAGES.items()]
    StoryFeatures()(docs, Counter())  # the anchors a run stores with each page
    store = Store(path)
    run_id = store.start_run(["x"], "local")
    store.write_batch(run_id, docs)
    store.finish_run(run_id, {})
    store.close()
    return path


@pytest.fixture(scope="module")
def conn(db):
    with Store(db, readonly=True) as ro:
        yield ro.conn


def _sources(hits) -> set[str]:
    return {h.source for h in hits}


def test_a_latin_name_finds_the_pages_writing_it_in_other_scripts(conn):
    plain = search(conn, "Rasmus")
    assert _sources(plain.hits) == {"en/energy.txt"}
    assert plain.across_scripts == []  # opt-in: plain search is unchanged
    r = search(conn, "Rasmus", across_scripts=True)
    assert _sources(r.hits) == {"en/energy.txt"}  # the direct hits first, as before
    assert _sources(r.across_scripts) == {"th/energy.txt", "zh/energy.txt"}
    why = {h.source: h.matched_names for h in r.across_scripts}
    assert why["th/energy.txt"][0]["name"] == "ราสมุส"
    assert why["zh/energy.txt"][0]["name"] == "拉斯穆斯"
    assert all(w[0]["skeleton"] == "lsms" and w[0]["romanised"] for w in why.values())
    # the matched name is marked in the snippet, as a direct match is
    assert "<mark>拉斯穆斯</mark>" in next(
        h.snippet_html for h in r.across_scripts if h.source == "zh/energy.txt"
    )
    assert any("across scripts" in how for how in r.how)


def test_a_name_in_thai_script_finds_the_latin_and_chinese_pages(conn):
    r = search(conn, "ราสมุส", across_scripts=True)
    assert "en/energy.txt" in _sources(r.across_scripts)
    assert "zh/energy.txt" in _sources(r.across_scripts)


def test_a_longer_name_sharing_the_stored_skeleton_is_no_match(conn):
    # Rasmussen's stored anchor is k:lsms too; its whole skeleton is lsmsn
    r = search(conn, "Rasmus", across_scripts=True)
    assert "th/football.txt" not in _sources(r.across_scripts)
    assert _sources(search(conn, "Rasmussen", across_scripts=True).across_scripts) == {
        "th/football.txt"
    }


def test_a_same_script_name_with_the_same_consonants_is_no_match(conn):
    # Erasmus reads lsms in Latin letters: the full-text search's business
    assert "en/exchange.txt" not in _sources(
        search(conn, "Rasmus", across_scripts=True).across_scripts
    )


def test_a_short_name_is_not_read_across_scripts(conn):
    r = search(conn, "Kim", across_scripts=True)
    assert r.across_scripts == []
    assert query_names(["Kim", "Obama"]) == []
    assert "no query word long enough" in r.how[-1]


def test_filters_hold_for_cross_script_hits(conn):
    r = search(conn, "Rasmus", lang="zh", across_scripts=True)
    assert _sources(r.across_scripts) == {"zh/energy.txt"}


def test_readings_come_from_the_anchors_romanisations():
    assert name_readings("Rasmus") == ("rasmus",)
    assert name_readings("ราสมุส")
    assert name_readings("拉斯穆斯")
    assert name_readings("Волконский") == ("volkonskiy",) or name_readings("Волконский")
    assert name_readings("123") == ()


def test_damaged_stored_features_are_no_crash(tmp_path):
    path = tmp_path / "d.db"
    doc = _doc("th/x.txt", "th", PAGES["th/energy.txt"][1])
    doc.meta["story_features"] = {"a": [["k:lsms"], 3, None, ["k:lsms", 1, 5]]}
    store = Store(path)
    run_id = store.start_run(["x"], "local")
    store.write_batch(run_id, [doc])
    store.finish_run(run_id, {})
    store.close()
    with Store(path, readonly=True) as ro:
        assert search(ro.conn, "Rasmus", across_scripts=True).across_scripts == []


def test_cli_across_scripts(db):
    runner = CliRunner()
    res = runner.invoke(cli_app, ["search", "Rasmus", "--db", str(db), "--across-scripts"])
    assert res.exit_code == 0, res.output
    assert "in other scripts" in res.output
    assert "ราสมุส" in res.output and "lsms" in res.output
    plain = runner.invoke(cli_app, ["search", "Rasmus", "--db", str(db)])
    assert "ราสมุส" not in plain.output
    res = runner.invoke(
        cli_app, ["search", "Rasmus", "--db", str(db), "--across-scripts", "-f", "json"]
    )
    got = json.loads(res.output)
    assert {h["source"] for h in got["across_scripts"]} == {"th/energy.txt", "zh/energy.txt"}
    assert all(h["snippet"] and h["matched_names"] for h in got["across_scripts"])
    md = runner.invoke(
        cli_app, ["search", "Rasmus", "--db", str(db), "--across-scripts", "-f", "md"]
    )
    assert "## In other scripts" in md.output and "拉斯穆斯" in md.output


def test_cli_only_cross_script_hits(db):
    res = CliRunner().invoke(cli_app, ["search", "拉斯穆斯", "--db", str(db), "--across-scripts"])
    assert res.exit_code == 0, res.output
    assert "zh/energy.txt" in res.output  # the page writing it as typed
    assert "en/energy.txt" in res.output and "th/energy.txt" in res.output


def test_web_api_and_page(db):
    client = TestClient(create_app(str(db), build_index=False))
    got = client.get("/api/search", params={"q": "Rasmus", "across_scripts": "true"}).json()
    assert {h["source"] for h in got["across_scripts"]} == {"th/energy.txt", "zh/energy.txt"}
    assert client.get("/api/search", params={"q": "Rasmus"}).json()["across_scripts"] == []
    page = client.get("/search", params={"q": "Rasmus", "across_scripts": "true"}).text
    assert "In other scripts" in page and "ราสมุส" in page
    assert 'name="across_scripts" value="true" checked' in page


def test_a_japanese_page_s_kanji_name_is_read_as_japanese(conn):
    r = search(conn, "Moriyama", across_scripts=True)
    assert _sources(r.across_scripts) == {"ja/port.txt"}
    assert r.across_scripts[0].matched_names[0]["romanised"] == "moriyama"


def test_a_chinese_word_read_with_foreign_sounds_is_no_name():
    # 高棉語 (the Khmer language) read "gaomianyu" has a name's skeleton (kmn);
    # only a run of sound characters (科曼) is read so, or a word's own pinyin (深圳)
    komen = query_names(["Komen"])
    assert match_names(komen, [("k:kmn", "高棉語")], "zh") == []
    assert [m.name for m in match_names(komen, [("k:kmn", "科曼")], "zh")] == ["科曼"]
    got = match_names(query_names(["Shenzhen"]), [("k:snsn", "深圳")], "zh")
    assert [(m.name, m.romanised) for m in got] == [("深圳", "shenzhen")]


def test_a_three_class_skeleton_needs_alike_readings():
    # Sanzio and เจนส์ ("chens") both read sns; a name's own renderings keep
    # most of their letters (ซันซ่า "sansa" for Sansa)
    stored = [("k:sns", "เจนส์"), ("k:sns", "ซันซ่า")]
    assert [m.name for m in match_names(query_names(["Sanzio"]), stored[:1], "th")] == []
    assert [m.name for m in match_names(query_names(["Sansa"]), stored, "th")] == ["ซันซ่า"]


def test_a_name_of_one_syllable_words_is_searched_whole():
    """"Mae Rim" is two words too short to search alone; read whole, as
    Thai writes it, it finds the Thai page's แม่ริม (k:mlm)."""
    got = match_names(query_names(["Mae", "Rim"]), [("k:mlm", "แม่ริม")], "th")
    assert [m.name for m in got] == ["แม่ริม"]
    # words of two syllables are no such run
    assert [q.word for q in query_names(["Mae", "Rimba"])] == ["Rimba"]
