"""A post saved from WordPress's REST API (``/wp-json/wp/v2/posts``) gives
its title, content and excerpt as objects, ``{"rendered": HTML,
"protected": false}``: bundle10's Chinese post was a ReadError ("content is
an object, not a string") and its page, day and events were lost. The
rendered markup is the field: the content is read as the page WordPress
shows (the title as its headline, then the content's paragraphs), the title
as the text its markup shows. Posts invented for these tests, in other
languages than the bundle's."""

from __future__ import annotations

import json

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

S = Settings()
ES = [
    "El ayuntamiento de Valparaíso aprobó el martes un plan de 40 millones de pesos "
    "para reparar los ascensores históricos del cerro Alegre.",
    "Las obras comenzarán en octubre y durarán unos dieciocho meses, según la alcaldía.",
]
VI = [
    "Sáng 12/5, UBND tỉnh Quảng Nam khánh thành cây cầu mới bắc qua sông Thu Bồn, "
    "rút ngắn quãng đường từ Hội An đến Điện Bàn còn 7 km.",
    "Cây cầu dài 560 m, có tổng vốn đầu tư gần 300 tỷ đồng.",
]
ID = [
    "Pemerintah Kota Surabaya meresmikan taman kota baru seluas tiga hektare "
    "di kawasan Kenjeran pada Minggu pagi.",
    "Taman itu dilengkapi jalur lari, perpustakaan kecil, dan area bermain anak.",
]


def _post(pid, title, paras, link, date):
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return {
        "id": pid,
        "date": date,
        "date_gmt": date,
        "guid": {"rendered": f"https://example.org/?p={pid}"},
        "link": link,
        "title": {"rendered": title},
        "content": {"rendered": body + "\n", "protected": False},
        "excerpt": {"rendered": f"<p>{paras[0][:40]}&hellip;</p>\n", "protected": False},
        "_links": {"self": [{"href": f"https://example.org/wp-json/wp/v2/posts/{pid}"}]},
    }


def _read(path):
    out = list(read_path(str(path), S))
    return [d for d in out if isinstance(d, Document)], [e for e in out if isinstance(e, ReadError)]


def test_a_saved_post_is_read_as_the_page_wordpress_shows(tmp_path):
    path = tmp_path / "post.json"
    post = _post(
        512,
        "Valparaíso &#8211; plan para los ascensores del <em>cerro Alegre</em>",
        ES,
        "https://diario-puerto.example.cl/2026/05/12/ascensores/",
        "2026-05-12T08:15:00",
    )
    path.write_text(json.dumps(post, ensure_ascii=False), encoding="utf-8")
    docs, errors = _read(path)
    assert not errors and len(docs) == 1
    (doc,) = docs
    title = "Valparaíso – plan para los ascensores del cerro Alegre"
    assert doc.title == title
    assert doc.text.splitlines() == [title, *ES]  # the headline, then the paragraphs
    assert doc.html and "<h1>" in doc.html  # read as a page, not as text holding tags
    assert doc.source == doc.url == "https://diario-puerto.example.cl/2026/05/12/ascensores/"
    assert doc.published.startswith("2026-05-12")
    assert doc.meta["fields"]["html"] == "content.rendered"
    assert "&hellip;" not in doc.text and "excerpt" not in doc.meta["fields"].values()


def test_a_collection_and_json_lines_of_posts_give_one_document_each(tmp_path):
    vi_url, id_url = "https://tin.example.vn/cau", "https://kabar.example.id/taman"
    posts = [
        _post(7, "Khánh thành cầu mới qua sông Thu Bồn", VI, vi_url, "2026-05-12T10:00:00"),
        _post(8, "Taman kota baru di Kenjeran", ID, id_url, "2026-05-10T07:30:00"),
    ]
    array = tmp_path / "posts.json"
    array.write_text(json.dumps(posts, ensure_ascii=False, indent=2), encoding="utf-8")
    lines = tmp_path / "posts.jsonl"
    lines.write_text(
        "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts), encoding="utf-8"
    )
    for path in (array, lines):
        docs, errors = _read(path)
        assert not errors
        assert [d.text.splitlines()[1:] for d in docs] == [VI, ID]
        assert [d.url for d in docs] == [vi_url, id_url]


def test_a_protected_or_odd_content_object_is_a_clear_error(tmp_path):
    protected = _post(9, "Bản tin", VI, "https://tin.example.vn/noi-bo", "2026-05-12T10:00:00")
    protected["content"] = {"rendered": "", "protected": True}  # a password-protected post
    odd = {"title": "Sans rendu", "content": {"blocks": [1, 2]}}  # not WordPress's object
    for name, obj in (("protected.json", protected), ("odd.json", odd)):
        path = tmp_path / name
        path.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
        docs, errors = _read(path)
        assert not docs and len(errors) == 1
        assert "no text or html" in errors[0].reason
    assert "content is an object" in errors[0].reason  # the odd one names what it found
