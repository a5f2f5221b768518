"""An Arabic or Persian page signed by its agency and desk under the
headline ("خبرگزاری شهر - گروه اجتماعی", "القاهرة - القسم الاقتصادي") reads as
a place and a writer, and the desk ("the social desk") was given as the
page's author. A desk signs no person's name: the byline stays, the author
is none. Pages written for this test in a Persian agency's and an Arabic
paper's styles; a place and a writer still name the writer."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import BODY, classify_page

PAGES = [
    ("fa", "ورود اتوبوس‌های برقی جدید به ناوگان شهر", "خبرگزاری شهر - گروه اجتماعی"),
    ("ar", "بدء تجديد الحديقة المركزية الشهر المقبل", "القاهرة - القسم الاقتصادي"),
]


def _page(tmp_path: Path, lines: list[str]):
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return classify_page(path)


@pytest.mark.parametrize(("lang", "head", "desk"), PAGES)
def test_a_desk_after_the_dash_is_no_author(tmp_path, lang, head, desk):
    doc = _page(tmp_path, [head, desk, *BODY[lang]])
    assert doc.author is None, doc.author


def test_a_place_and_a_writer_still_name_the_writer(tmp_path):
    doc = _page(tmp_path, [PAGES[1][1], "القاهرة - أحمد العلي", *BODY["ar"]])
    assert doc.author == "أحمد العلي", doc.author
