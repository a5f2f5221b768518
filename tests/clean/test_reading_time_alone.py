"""A line that is only the article's reading time ("อ่าน 3 นาที",
"この記事は約3分で読めます") was kept as the article's text where the
language's cue table held no reading-time phrase (heldout15's h02, h09): it
is a stamp's field, metadata, as "Waktu baca 3 menit" and "3 min de
lectura" already were (tests/clean/test_audio_players_and_reading_time.py,
test_article_tools_and_notes.py). Beside the date it stays the stamp; prose
counting minutes stays body. Lines written for this test in other languages
and spellings."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines

ALONE = [
    ("ko", "읽는 시간 약 4분"),
    ("zh", "閱讀時間：約6分鐘"),
    ("zh", "约8分钟读完"),
    ("ja", "読了時間 約5分"),
    ("th", "ใช้เวลาอ่านประมาณ 7 นาที"),
    ("vi", "Thời gian đọc: 5 phút"),
    ("es", "Tiempo de lectura: 6 min"),
    ("fr", "8 min de lecture"),
    ("pt", "Tempo de leitura: 4 minutos"),
    ("en", "⏱ 12-minute read"),
    ("id", "5 menit baca"),
]


@pytest.mark.parametrize(("lang", "line"), ALONE)
def test_a_reading_time_alone_is_set_aside_as_a_stamp(lang, line):
    b = BODY[lang]
    got = classify_lines(["A headline over the article", "12/03/2025 08:15", line, *b])
    assert got[line][0] == "metadata", got[line]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "12 de marzo de 2025 · Tiempo de lectura: 6 min"),
        ("en", "March 12, 2025 · 12 min read"),
    ],
)
def test_a_reading_time_beside_the_date_stays_the_stamp(lang, line):
    got = classify_lines(["A headline over the article", line, *BODY[lang]])
    assert got[line][0] == "metadata", got[line]


def test_minutes_in_the_article_stay_body():
    b = BODY["en"]
    line = "The walk takes 12 minutes."
    got = classify_lines(["A headline over the article", b[0], line, b[1], b[2]])
    assert got[line][0] == "body", got[line]
