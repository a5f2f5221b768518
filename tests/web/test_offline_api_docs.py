"""The app serves nothing that loads from the internet: FastAPI's /docs and
/redoc pages fetched Swagger UI and ReDoc from a CDN and were blank offline.
They are turned off; /openapi.json and /api describe the API."""

from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from newsline.web.app import create_app


@pytest.fixture(scope="module")
def client(web_db):
    path, _ = web_db
    with TestClient(create_app(path, build_index=False)) as c:
        yield c


@pytest.mark.parametrize("path", ["/docs", "/redoc", "/docs/oauth2-redirect"])
def test_no_page_loading_scripts_from_a_cdn(client, path):
    assert client.get(path).status_code == 404


def test_the_schema_is_served_offline(client):
    r = client.get("/openapi.json")
    assert r.status_code == 200
    assert "/api/search" in r.json()["paths"]


def test_the_api_page_points_to_the_schema_and_nothing_online(client):
    html = client.get("/api").text
    assert 'href="/openapi.json"' in html
    assert 'href="/docs"' not in html
    assert "https://" not in html
