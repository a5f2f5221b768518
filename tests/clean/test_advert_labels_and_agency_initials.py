"""An advertising slot's label alone on its line in the middle of the body
('Anzeige', '광고', '広告', an Indonesian page's
'SCROLL TO CONTINUE WITH CONTENT'), and wire copy signed by the agencies and
the editor's initials ('dpa/AFP/as'): both were kept as article text. Pages
written for this test."""

from __future__ import annotations

import pytest

from tests.clean.helpers import classify_lines
from tests.clean.test_republished_and_promos_more_languages import BODY

KO = [
    "서울시가 올해 하반기 공원 리모델링 공사를 시작해 내년 봄까지 마무리하겠다고 12일 밝혔다.",
    "시는 어린이 놀이터를 넓히고 산책로를 따라 나무 500그루를 새로 심을 계획이라고 설명했다.",
    "주민들은 공사를 환영하면서도 소음이 심한 작업 일정을 미리 알려 달라고 요청했다.",
    '시 관계자는 "공사 기간 보행자를 위한 임시 통로를 마련하겠다"고 말했다.',
]
JA = [
    "横浜市は12日、中央公園の改修工事を来月上旬に始め、約半年かけて完了させると発表した。",
    "計画では子ども向けの遊び場を広げ、遊歩道沿いに木を500本植える予定だという。",
    "周辺の住民は工事を歓迎する一方、騒音の大きい作業の日程を事前に知らせるよう求めている。",
    "市の担当者は「工事期間中も歩行者のための仮設通路を設ける」と話している。",
]
BODIES = {**BODY, "ko": KO, "ja": JA}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Anzeige"),
        ("ko", "광고"),
        ("ja", "広告"),
        ("id", "ADVERTISEMENT"),
        ("id", "SCROLL TO CONTINUE WITH CONTENT"),
    ],
)
def test_an_advert_slot_label_inside_the_body_is_no_text(lang, line):
    b = BODIES[lang]
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == "navigation", got[line]
    for p in b:
        assert got[p][0] == "body", (p, got[p])


@pytest.mark.parametrize("line", ["dpa/AFP/as", "AFP/Reuters/el"])
def test_agencies_and_the_editors_initials_sign_wire_copy_off(line):
    b = BODY["de"]
    got = classify_lines([*b, line])
    assert got[line][0] == "attribution", got[line]


def test_a_short_line_of_words_between_slashes_stays_text():
    b = BODY["de"]
    line = "Bus/Bahn/ab"
    got = classify_lines([*b, line])
    assert got[line][0] != "attribution", got[line]
