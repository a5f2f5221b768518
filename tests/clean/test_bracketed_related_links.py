"""A link to a related story with its cue in brackets ('[관련기사] <headline>',
'【関連記事】<headline>', '[Baca juga] <headline>') is a related link wherever
it stands: between the first paragraphs it was kept as a subheading, near the
end it was labelled a promotion. Pages written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY as BODY0
from tests.clean.helpers import BODY as BODY1
from tests.clean.helpers import BODY_JA as JA
from tests.clean.helpers import BODY_KO as KO
from tests.clean.helpers import classify_lines

BODY = {**BODY0, **BODY1, "ko": KO, "ja": JA}

LINKS = [
    ("ko", "[관련기사] 경기도, 수소버스 100대 추가 도입"),
    ("ja", "【関連記事】横浜市、公園整備に3億円"),
    ("id", "[Baca juga] Pemkot Bandung Tambah Taman Kota"),
    ("es", "[Lee también] El parque del norte reabre sus puertas"),
]


def _pages(lang: str, line: str):
    b = BODY[lang]
    yield [b[0], line, b[1], b[2], b[3]]  # after the first paragraph
    yield [b[0], b[1], line, b[2], b[3]]  # in the middle
    yield [*b, line]  # after the last


@pytest.mark.parametrize(("lang", "line"), LINKS)
def test_a_bracketed_related_cue_opens_a_related_link_anywhere(lang, line):
    for lines in _pages(lang, line):
        got = classify_lines(lines)
        assert got[line][0] == "related", (lines.index(line), got[line])
        assert all(got[p][0] == "body" for p in BODY[lang]), [got[p] for p in BODY[lang]]


def test_a_bracketed_word_that_is_no_related_cue_stays_body():
    b = BODY["es"]
    line = "[Actualización] El ayuntamiento confirmó el lunes que las obras comenzarán el día 3."
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == "body", got[line]


MORE_LINKS = [
    ("pt", "LEIA TAMBÉM | Prefeitura inaugura nova praça no centro"),
    ("fr", "À lire aussi | Un nouveau parc ouvre à Lyon"),
    ("es", "Te puede interesar | Sevilla abre un nuevo parque"),
    ("ja", "＜関連記事＞横浜市、公園整備に3億円"),
    ("ja", "≫関連記事　横浜市、公園整備に3億円"),
    ("ko", "☞ 관련기사 경기도, 수소버스 100대 추가 도입"),
]


@pytest.mark.parametrize(("lang", "line"), MORE_LINKS)
def test_a_related_cue_before_a_bar_or_behind_an_arrow_opens_a_related_link(lang, line):
    for lines in _pages(lang, line):
        got = classify_lines(lines)
        assert got[line][0] == "related", (lines.index(line), got[line])


def test_a_sentence_opening_with_a_related_cue_and_no_mark_stays_body():
    b = BODY["pt"]
    line = "Leia também o relatório completo, publicado pela prefeitura na semana passada."
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == "body", got[line]
