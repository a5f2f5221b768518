"""Chinese list headings of recommended links ("相关推荐", "大家都在看")
open a related list after the article; four Han characters alone there are
not a writer's name."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


@pytest.mark.parametrize("heading", ["相关推荐", "相关链接", "大家都在看"])
def test_recommendation_heading_after_the_article_is_related(heading):
    teasers = ["台风过后如何做好卫生防疫", "暑期出行注意天气变化"]
    out = classify_lines([*BODY["zh"], "（记者 林海）", heading, *teasers, "东南网版权所有"])
    assert out[heading][0] == "related", out[heading]
    assert all(out[t][0] == "related" for t in teasers)
