"""The writer's role in the byline an extractor copied is no writer
(invented bylines in several sites' styles).

The extractor joins a byline's lines with ';' ("Karen Whitfield; Health
Correspondent"): the role after the name was kept as a second author.
"""

from __future__ import annotations

import pytest

from newsline.clean.html import author_name


@pytest.mark.parametrize(
    "raw,lang,name",
    [
        ("Karen Whitfield; Health Correspondent", "en", "Karen Whitfield"),
        ("Karen Whitfield, Health Correspondent", "en", "Karen Whitfield"),
        ("Jane Doe, Senior Staff Writer", "en", "Jane Doe"),
        ("Claire Dupont; Journaliste Au Service Politique", "fr", "Claire Dupont"),
        ("Ana Ruiz; Redactora", "es", "Ana Ruiz"),
        ("Ana Ruiz; Corresponsal En Bruselas", "es", "Ana Ruiz"),
        ("Nguyễn Minh Anh; Phóng viên thường trú tại Đà Nẵng", "vi", "Nguyễn Minh Anh"),
        ("王晓明; 本报记者", "zh", "王晓明"),
        ("สมชาย ใจดี; ผู้สื่อข่าวประจำจังหวัด", "th", "สมชาย ใจดี"),
    ],
)
def test_the_role_after_the_name_is_dropped(raw, lang, name):
    assert author_name(raw, lang) == name


@pytest.mark.parametrize(
    "raw,lang",
    [
        # two writers stay two writers
        ("Priya Raman; Tom Okafor", "en"),
        ("王晓明; 张三", "zh"),
        # a place after the name is not a role (the byline rules judge it)
        ("Karen Whitfield, Washington", "en"),
        # a role word inside a longer word is no role
        ("Martin Editorson", "en"),
    ],
)
def test_names_without_a_role_are_kept(raw, lang):
    assert author_name(raw, lang) == raw
