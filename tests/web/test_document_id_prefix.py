"""The web app opens a document by the short id `newsline show` takes (a
unique prefix of 4 or more characters), redirecting to its full id; it
answered 404 where the command line opened the page. Page invented here."""

from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsline.runner import run_corpus
from newsline.settings import Settings
from newsline.store import Store
from newsline.web.app import create_app

TEXT = "Gradsko vijeće Splita u utorak je odobrilo obnovu rive do kraja 2026. godine.\n"


@pytest.fixture(scope="module")
def app_and_id(tmp_path_factory):
    root = tmp_path_factory.mktemp("prefix")
    page = root / "split.txt"
    page.write_text(TEXT, "utf-8")
    db = root / "p.db"
    run_corpus([page], db, settings=Settings(workers=1))
    with Store(db, readonly=True) as store:
        (doc_id,) = store.document_ids()
    with TestClient(create_app(db)) as client:
        yield client, doc_id


def test_a_unique_prefix_redirects_to_the_full_id(app_and_id):
    client, doc_id = app_and_id
    r = client.get(f"/documents/{doc_id[:6]}", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == f"/documents/{doc_id}"
    page = client.get(f"/documents/{doc_id[:6]}")
    assert page.status_code == 200 and "obnovu rive" in page.text


def test_too_short_or_unknown_prefixes_are_404(app_and_id):
    client, doc_id = app_and_id
    assert client.get(f"/documents/{doc_id[:3]}", follow_redirects=False).status_code == 404
    assert client.get("/documents/zzzzzz", follow_redirects=False).status_code == 404
    # the JSON twin names exact ids only
    assert client.get(f"/api/documents/{doc_id[:6]}").status_code == 404
