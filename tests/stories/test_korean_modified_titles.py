"""A Korean name before a title that a modifier opens ("지미 카터 전 대통령",
"버락 오바마 전 미국 대통령": former, then the country) was read as no name:
the modifier stood where the name was looked for. And a foreign name of two
consonants (카터 "kateo", 오바마 "obama") had no skeleton: it is the weak class
s:, which meets 卡特 and Carter once the pages share a place (see
test_short_name_skeletons). Invented pages."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.model import Document
from newsline.settings import StorySettings
from newsline.stories import ClusterStories
from newsline.stories.anchors import korean_features


def feats(text: str) -> set[str]:
    return {f for f, _ in korean_features(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("지미 카터 전 대통령이 별세했다. 카터는 노벨상을 받았다.", {"s:kt"}),
        ("버락 오바마 전 미국 대통령은 연설했다.", {"k:plk", "s:pm"}),
        ("마리아 로페스 현 총리는 사임했다.", {"s:ml", "k:lps"}),
        ("안드레스 구티에레스 신임 장관이 취임했다.", {"k:ntls", "k:ktls"}),
    ],
)
def test_a_name_before_a_modified_title(text, want):
    assert want <= feats(text)


@pytest.mark.parametrize(
    "text",
    [
        "회의에서 전 대통령은 말했다.",  # the former president, no name
        "정부는 신임 장관을 임명했다.",  # the new minister
        "그는 전 대통령이다.",
    ],
)
def test_a_modified_title_alone_names_nobody(text):
    assert not feats(text)


def _doc(key: str, lang: str, text: str) -> Document:
    return Document(id=key, source=key + ".txt", text=text, lang=lang, published="2024-12-30")


KO = (
    "지미 카터 전 미국 대통령 별세\n\n지미 카터 전 미국 대통령이 29일 100세로 별세했다. "
    "카터는 1977년부터 1981년까지 재임했고 2002년 노벨 평화상을 받았다."
)


@pytest.mark.parametrize(
    "other",
    [
        (
            "en",
            "Former United States President Jimmy Carter dies at 100\n\nJimmy Carter, who was "
            "president of the United States from 1977 to 1981, died on Sunday aged 100. "
            "Carter won the Nobel Peace Prize in 2002.",
        ),
        (
            "zh",
            "美国前总统卡特去世\n\n美国前总统卡特29日去世，享年100岁。卡特1977年至1981年担任总统，"
            "2002年获诺贝尔和平奖。",
        ),
    ],
)
def test_carter_in_korean_joins_carter_elsewhere(other):
    lang, text = other
    ko, x = _doc("ko", "ko", KO), _doc(lang, lang, text)
    ClusterStories(StorySettings())([ko, x], Counter())
    assert ko.meta["story_id"] == x.meta["story_id"]


def test_a_korean_short_name_and_one_place_link_nothing():
    ko = _doc("ko-other", "ko", "케이트 미국 가수 신곡 발표\n\n케이트 미국 가수는 신곡을 발표했다.")
    en = _doc(
        "en-golf",
        "en",
        "Carter wins the golf open\n\nGolfer Tom Carter won the open in the United States on "
        "Sunday; Carter finished two strokes ahead.",
    )
    ClusterStories(StorySettings())([ko, en], Counter())
    assert ko.meta["story_id"] != en.meta["story_id"]
