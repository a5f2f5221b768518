"""A Chinese country's "side" (泰方, 中方, 美方: the Thai, Chinese, American
side in talks) is that country, no person's name.

jieba tags some of them as names, and 泰方 was read as a name (k:tfn,
w:thaiphuong) that every Chinese page about Thailand shared, a name tying a
bus crash to a rail deal (found on benchmarks/data/stories/heldout1).
Invented sentences.
"""

from __future__ import annotations

from newsline.stories.anchors import chinese_features


def names(text: str) -> set[str]:
    return {f for f, _ in chinese_features(text)[0]}


def test_a_country_side_is_no_name():
    got = names("中方与泰方签署协议，泰方要求尽快调查事故原因。")
    assert not any(f.endswith(("thaiphuong", "trungphuong")) for f in got)
    assert "k:tfn" not in got


def test_near_miss_a_name_after_a_country_stays():
    got = names("泰国总理方正出席签字仪式。")
    assert "w:phuongchinh" in got  # 方正, a person named after the country
