"""A stamp line that opens with a byline field, the role word after the name
or a cue before it, set off from the stamp by a bar or a dot ("박지훈 기자 |
승인 2025.10.01 01:10"), names its writer: the line is a stamp (metadata)
and only fields after the first were searched for a writer, so the page had
no author (metadata heldout8's p08). Pages written for this test."""

from __future__ import annotations

import pytest

from tests.stages_through import read_through

PARAS = {
    "ko": [
        "경상남도는 거제와 통영을 잇는 해상 버스 노선을 다음 달부터 하루 여섯 차례 운항한다고 3일 밝혔다.",
        "도는 출퇴근 시간대 교량 정체를 줄이기 위해 이번 노선을 마련했으며, 요금은 시내버스와 같은 1500원이다.",
        "운항 선박은 정원 120명의 전기 추진선으로, 자전거도 함께 실을 수 있다.",
    ],
    "en": [
        "The county will open a second overnight shelter in the old library on Elm Street before the first frost.",
        "Volunteers from three churches have agreed to staff the shelter, which will have 40 beds and a kitchen.",
        "Last winter the only shelter in the county turned people away on 23 nights, a report found.",
    ],
}


def _author(tmp_path, lang: str, stamp: str) -> str | None:
    headline = {
        "ko": "거제~통영 해상 버스 다음 달 운항",
        "en": "County to open second winter shelter",
    }[lang]
    html = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title>'
        f"</head><body><div class='nav'>Home | News | Local</div><div class='article'>"
        f"<h1>{headline}</h1><div class='info'>{stamp}</div>"
        + "".join(f"<p>{p}</p>" for p in PARAS[lang])
        + "</div></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return read_through(path, "classify").author


@pytest.mark.parametrize(
    ("lang", "stamp", "author"),
    [
        ("ko", "정하늘 기자 | 승인 2025.04.03 14:20", "정하늘"),
        ("ko", "정하늘 기자 · 입력 2025.04.03 14:20", "정하늘"),
    ],
)
def test_a_byline_field_opening_a_stamp_line_names_the_writer(tmp_path, lang, stamp, author):
    assert _author(tmp_path, lang, stamp) == author


def test_a_stamp_line_opening_with_a_date_names_no_one(tmp_path):
    assert _author(tmp_path, "en", "Updated Oct. 14, 2025 | 6:40 p.m.") is None
