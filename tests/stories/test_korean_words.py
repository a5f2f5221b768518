"""Korean pages of one language: a stem takes many forms (산불로, 산불이;
대피했다, 대피소에), a Hangul syllable is about three Latin letters, and two
pages of different stories about one country share its name and nothing
more. Korean words are read without their particles and as syllable pairs,
and a country alone no longer weighs as an anchor match within a language.

The pages are invented: two reports of a wildfire in southern Portugal and,
the same week, Portugal's budget vote.
"""

from __future__ import annotations

from collections import Counter

from newsline.model import Document
from newsline.stories import ClusterStories
from newsline.stories.anchors import korean_words
from newsline.stories.cluster import _one_place_only

PAGES = {
    "fire1": (
        "포르투갈 남부 산불로 주민 대피",
        (
            "포르투갈 남부 알가르브 지역 몬시크 산지에서 수요일 발생한 산불로 주민들이 대피했다. "
            "소방관 수백 명이 진화 작업을 벌이고 있으며, 그리스와 스페인이 소방 항공기를 보냈다. "
            "당국은 바람이 잦아들기를 기대하고 있다."
        ),
    ),
    "fire2": (
        "알가르브 산불 사흘째…소방 항공기 추가 투입",
        (
            "알가르브 지역 산불이 사흘째 이어지면서 포르투갈 당국이 소방 항공기를 추가로 투입했다. "
            "몬시크 산지 주변 마을 주민들은 여전히 대피소에 머물고 있다. 강한 바람 때문에 진화 "
            "작업이 어려움을 겪고 있다고 당국은 밝혔다."
        ),
    ),
    "budget": (
        "포르투갈 의회, 내년 예산안 통과",
        (
            "포르투갈 의회는 목요일 내년 국가 예산안을 통과시켰다. 재무 당국은 재정 적자가 줄어들고 "
            "공무원 임금이 오를 것이라고 말했다. 야당은 예산안이 지역 개발을 소홀히 한다고 비판했다."
        ),
    ),
}


def test_korean_words_drop_particles_and_pair_syllables():
    got = korean_words("산불로 주민들이 대피했다")
    assert "산불" in got and "대피" in got and "주민들" in got


def test_one_country_alone():
    assert _one_place_only(["t:PT"])
    assert not _one_place_only(["t:PT", "w:algarve"])
    assert not _one_place_only(["t:PT", "t:ES"])


def test_two_fire_reports_are_one_story_and_the_budget_another():
    docs = [
        Document(id=k, source=k, text=t + "\n\n" + b, lang="ko", title=t, published="2025-08-13")
        for k, (t, b) in PAGES.items()
    ]
    stage = ClusterStories()
    stage(docs, Counter())
    got = sorted(sorted(s["documents"]) for s in stage.finalize()["stories"])
    assert got == [["budget"], ["fire1", "fire2"]]
