"""`newsline stories --level topic` chooses its page of topics by SQL
(``Store.topic_ids``, ``Store.count_topics``) and reads only that page's
stories, where it read every story of the database into memory even with
``--limit 1``. The listing is the same: topics with most documents first,
then by id, filtered on the languages of all their stories together, and a
page is the slice of the whole listing. The database is built here: topics
of one to three stories over stored documents, a document shared by two
stories of one topic (counted once), two versions of one page (one source,
counted once). The test of what is read failed at eb8935f3."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsline.cli import app
from newsline.model import Block, Document
from newsline.store import Store

runner = CliRunner()
LANGS = ["vi", "th", "zh", "en", "fr"]
N_TOPICS = 30


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("topics") / "topics.db")
    docs, stories = [], []
    for t in range(N_TOPICS):
        for k in range(1 + t % 3):  # one to three stories a topic
            sid = f"s{t:02d}{k}"
            members = []
            for j in range(1 + (t * 7 + k) % 4):
                doc = Document(
                    id=f"d{t:02d}{k}{j}",
                    source=f"site{t % 4}/t{t:02d}-{k}-{j}.html",
                    text=f"topic {t} story {k} page {j}",
                    blocks=[Block(0, 5)],
                )
                docs.append(doc)
                members.append(doc.id)
            if k == 1:  # a page shared with the topic's first story: one document
                members.append(f"d{t:02d}00")
            if t % 5 == 0 and k == 0:  # a later version of a page: same source
                docs.append(
                    Document(id=f"v{t:02d}", source=docs[-1].source, text="again", blocks=[])
                )
                members.append(f"v{t:02d}")
            stories.append(
                {
                    "id": sid,
                    "title": f"story {sid}",
                    # each story in one or two languages; its topic in more
                    "languages": sorted({LANGS[(t + k) % 5], LANGS[(t * k) % 5]}),
                    "start": f"2024-{1 + (t + k) % 12:02d}-01",
                    "documents": members,
                    # a topic of one story names none (the story is its own topic)
                    **({"topic": f"topic-{t:02d}", "topic_title": f"Topic {t}"} if t % 3 else {}),
                }
            )
    with Store(path) as store:
        run = store.start_run(["corpus"])
        store.write_batch(run, docs)
        store.finish_run(run, {"read": len(docs)})
        store.write_corpus_tables({"stories": stories})
    return path, stories


def _listing(path, *args):
    res = runner.invoke(app, ["stories", "--db", path, "--level", "topic", *args])
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def test_the_whole_listing_orders_topics_by_documents_then_id(db):
    path, stories = db
    topics = _listing(path)["topics"]
    assert len(topics) == N_TOPICS
    assert sum(len(t["stories"]) for t in topics) == len(stories)
    keys = [(-len(t["documents"]), t["id"]) for t in topics]
    assert keys == sorted(keys)
    # a document in two stories of a topic, and two versions of one page, count once
    for t in topics:
        assert len(t["documents"]) == len(set(t["documents"]))


def test_a_page_of_topics_is_the_slice_of_the_whole_with_the_total(db):
    path, _ = db
    whole = _listing(path)["topics"]
    got = _listing(path, "--limit", "4", "--offset", "5")
    assert got["topics"] == whole[5:9] and got["total"] == N_TOPICS
    beyond = _listing(path, "--limit", "3", "--offset", str(N_TOPICS + 2))
    assert beyond["topics"] == [] and beyond["total"] == N_TOPICS


def test_filters_read_the_languages_of_all_a_topics_stories(db):
    path, stories = db
    whole = _listing(path)["topics"]
    for min_languages, langs in ((3, ()), (2, ("fr",)), (1, ("vi", "zh"))):
        args = ["--min-languages", str(min_languages)] + [a for lg in langs for a in ("--lang", lg)]
        want = [
            t
            for t in whole
            if len(t["languages"]) >= min_languages and set(langs) <= set(t["languages"])
        ]
        assert 0 < len(want) < N_TOPICS
        assert _listing(path, *args)["topics"] == want
        page = _listing(path, *args, "--limit", "2", "--offset", "1")
        assert page["topics"] == want[1:3] and page["total"] == len(want)
    # a topic passes on its stories' languages together, not on one story's
    assert any(
        len(t["languages"]) >= 3
        and all(len(s["languages"]) < 3 for s in stories if s["id"] in t["stories"])
        for t in _listing(path, "--min-languages", "3")["topics"]
    )


def test_a_page_reads_only_its_topics_stories(db, monkeypatch):
    path, _ = db
    read: list[int] = []
    real = Store.stories

    def counting(self, *args, **kwargs):
        out = real(self, *args, **kwargs)
        read.append(len(out))
        return out

    monkeypatch.setattr(Store, "stories", counting)
    got = _listing(path, "--limit", "2")
    assert sum(read) == sum(len(t["stories"]) for t in got["topics"]) <= 6


def test_markdown_lists_the_page_of_topics_with_their_documents(db):
    path, _ = db
    first = _listing(path, "--limit", "1")["topics"][0]
    res = runner.invoke(
        app, ["stories", "--db", path, "--level", "topic", "-f", "md", "--limit", "1"]
    )
    assert res.exit_code == 0, res.output
    assert f"Topics 1–1 of {N_TOPICS}" in res.output
    assert f"`{first['id']}`" in res.output
    assert all(src in res.output for src in first["documents"])
