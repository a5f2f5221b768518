"""A season or school year across two years ("mùa giải 2023/24", "ฤดูกาล
2023/24", "2023/24赛季", "la temporada 2024/25", "la saison 2023/24") is both
years, as "2023-2024" already was: the slash form read as no date. Only when
the second year is the one after the first; a month ("2023/12"), two years
apart ("2019/23") and documents' numbers ("100/2019/NĐ-CP", "2023/24/TT")
are not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsline.dates.engine import resolve_dates

PUB = "2024-11-14"


def found(text, lang):
    return [(text[m.start : m.end], m.value, m.end_value) for m in resolve_dates(text, lang, PUB)]


@pytest.mark.parametrize(
    "lang,text,surface,start,end",
    [
        (
            "vi",
            "Mùa giải 2023/24, câu lạc bộ chỉ đặt mục tiêu trụ hạng.",
            "2023/24",
            "2023",
            "2024",
        ),
        ("vi", "Mùa giải 2024-25 khởi tranh vào cuối tuần.", "2024-25", "2024", "2025"),
        ("th", "ฤดูกาล 2022/23 สโมสรจบอันดับที่ 5 ของตาราง", "2022/23", "2022", "2023"),
        ("zh", "2023/24赛季，他为球队打进20球。", "2023/24", "2023", "2024"),
        ("es", "Fue el máximo goleador de la temporada 2024/25.", "2024/25", "2024", "2025"),
        ("fr", "La saison 1999/2000 reste la meilleure du club.", "1999/2000", "1999", "2000"),
        ("fr", "Le club a terminé la saison 2023/24 à la 3e place.", "2023/24", "2023", "2024"),
    ],
)
def test_a_season_is_its_two_years(lang, text, surface, start, end):
    assert found(text, lang) == [(surface, start, end)]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("vi", "Nghị định 100/2019/NĐ-CP quy định mức phạt mới."),
        ("vi", "Luật số 15/2023/QH15 đã được thông qua."),
        ("vi", "Thông tư 2023/24/TT hướng dẫn thi hành."),
        ("es", "El expediente 2019/23 sigue abierto."),
        ("fr", "Le dossier 2023/12 a été classé."),
        ("zh", "文件编号2023/24-B已归档。"),
    ],
)
def test_numbers_and_other_pairs_are_no_season(lang, text):
    assert found(text, lang) == []


def test_a_long_run_of_years_is_cheap():
    text = "Mùa giải " + "2023/" * 20_000
    assert found(text, "vi") == []
