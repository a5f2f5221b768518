"""Japanese papers sign an article off with the bureau, then the writer, in
brackets ('（中部支社　佐藤花子）'); the bureau was kept as part of the author's
name. Pages written for this test."""

from __future__ import annotations

import pytest

from newsline.clean.html import author_name
from tests.clean.helpers import BODY_JA as JA
from tests.clean.helpers import classify_page


@pytest.mark.parametrize(
    ("raw", "lang", "name"),
    [
        ("（中部支社　佐藤花子）", "ja", "佐藤花子"),
        ("大阪本社 山田太郎", "ja", "山田太郎"),
        ("记者站 王晓明", "zh", "王晓明"),
        # no bureau: the name is kept whole
        ("山田 太郎", "ja", "山田 太郎"),
        ("Jane Doe", "en", "Jane Doe"),
    ],
)
def test_the_bureau_before_the_writer_is_no_part_of_the_name(raw, lang, name):
    assert author_name(raw, lang) == name


def test_a_japanese_sign_off_names_the_writer(tmp_path):
    p = tmp_path / "ja.txt"
    lines = ["横浜市、中央公園を改修へ　来月から半年間", *JA, "（横浜支局　鈴木一郎）"]
    p.write_text("\n".join(lines), encoding="utf-8")
    assert classify_page(p).author == "鈴木一郎"
