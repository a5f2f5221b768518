"""A Chinese name run that opens with a country ("缅甸妙瓦底", "泰国孔敬府",
"越南岘港"): the country is read as a place all the same, and is no part of
the town's name, which other scripts write alone. Glued, the run's skeleton
was the country's consonants and the town's (泰国孔敬 "taiguokongjing",
t-k-n-s), met by no other script's spelling of the town and by chance by
any name of those consonants. Places other than any test set's.
"""

from __future__ import annotations

import pytest

from newsline.stories.anchors import chinese_features


def _names(text: str) -> list[tuple[str, str]]:
    return chinese_features(text)[0]


def test_a_thai_province_after_its_country_keeps_its_own_skeleton():
    names = _names("泰国孔敬府一辆大巴翻车。")
    # the skeleton of the province written alone (kongjing), not t-k-n-s
    assert [f for f, _ in names] == ["k:knsn"], names
    assert [f for f, _ in _names("孔敬府一辆大巴翻车。")] == ["k:knsn"]


@pytest.mark.parametrize("text", ["缅甸妙瓦底的园区被查封。", "越南岘港市发生车祸。"])
def test_no_skeleton_glues_the_country_to_the_town(text):
    country = text[:2]
    assert not any(surface.startswith(country) for _, surface in _names(text)), _names(text)


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        ("中国驻泰国大使馆发表声明。", "w:trungquoc"),  # a country alone: as before
        ("新加坡樟宜机场航班延误。", "k:snkp"),  # a country's name, nothing after it
        ("中山大学的研究人员说。", "k:snsn"),  # no country opens it
    ],
)
def test_runs_that_open_with_no_country_before_a_name_stay(text, feature):
    assert feature in {f for f, _ in _names(text)}
