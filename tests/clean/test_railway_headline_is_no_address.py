"""A Chinese postal address names its road and the house number after it
("人民路88号", "深南大道6008号"). 路 also closes 铁路, 公路 and 线路: a
related headline of figures under an article ("沪昆高铁线路客流破3000万",
"国道318公路改造完工 全长120公里") beside the footer was taken for the
publisher's address and set aside as the footer. Pages written for this test
(a park's renovation; related headlines on a railway, a highway and a bus
route). Near miss: the address with its number stays the footer."""

from __future__ import annotations

from tests.clean.helpers import BODY, classify_lines

HEADLINE = "中心公园改造工程下月初动工"
RELATED = [
    "相关阅读",
    "沪昆高铁线路客流破3000万",
    "国道318公路改造完工 全长120公里",
]
FOOTER = ["版权所有 江南日报社", "地址：江南市滨江大道1200号"]


def test_a_related_headline_on_a_railway_is_not_the_publishers_address():
    got = classify_lines([HEADLINE, *BODY["zh"], *RELATED, *FOOTER])
    for line in RELATED[1:]:
        assert got[line][0] != "footer", got[line]
    assert all(got[t][0] == "footer" for t in FOOTER), [got[t] for t in FOOTER]
