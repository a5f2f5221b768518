"""A page read again after it changed is stored beside its earlier version;
each version's document page (and its JSON twin) names the others, so an
analyst on an old version knows a later one exists."""

from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsline.runner import run_corpus
from newsline.settings import Settings
from newsline.web.app import create_app

# An invented story: a bridge in Cần Thơ closed, then reopened.
FIRST = "Cầu Cần Thơ 2 tạm đóng cửa từ ngày 3/3/2025 để sửa chữa khe co giãn.\n"
UPDATED = FIRST + "Cập nhật: cầu sẽ thông xe trở lại vào ngày 10/3/2025.\n"
OTHER = "Le pont de Saint-Nazaire rouvre aux poids lourds le 12 mars 2025.\n"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    root = tmp_path_factory.mktemp("versions")
    page, other = root / "crawl" / "cau-can-tho.txt", root / "crawl" / "pont.txt"
    page.parent.mkdir()
    page.write_text(FIRST, "utf-8")
    other.write_text(OTHER, "utf-8")
    db = root / "v.db"
    settings = Settings(workers=1)
    run_corpus([page.parent], db, settings=settings)
    page.write_text(UPDATED, "utf-8")
    run_corpus([page.parent], db, settings=settings)
    with TestClient(create_app(db)) as c:
        yield c


def _ids(client) -> dict[str, dict]:
    """Every document's JSON page, by id."""
    docs = client.get("/api/documents").json()["documents"]
    return {d["id"]: client.get(f"/api/documents/{d['id']}").json() for d in docs}


def test_each_version_names_the_other(client):
    docs = _ids(client)
    bridge = [i for i, d in docs.items() if d["source"].endswith("cau-can-tho.txt")]
    assert len(bridge) == 2 and all(docs[i]["versions"] for i in bridge), docs
    old = next(i for i in bridge if docs[i]["versions"][0]["when"] == "later")
    new = next(i for i in bridge if i != old)
    assert [(v["id"], v["run_id"]) for v in docs[old]["versions"]] == [(new, 2)]
    assert [(v["id"], v["when"], v["run_id"]) for v in docs[new]["versions"]] == [
        (old, "earlier", 1)
    ]
    html = client.get(f"/documents/{old}").text
    assert "later version" in html and f"/documents/{new}" in html, html


def test_a_page_read_once_names_no_version(client):
    docs = _ids(client)
    pont = next(d for d in docs.values() if d["source"].endswith("pont.txt"))
    assert pont["versions"] == []
    assert "version</dt>" not in client.get(f"/documents/{pont['id']}").text
