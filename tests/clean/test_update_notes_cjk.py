"""A note that the text was updated or corrected on a Chinese, Japanese or
Korean page ('本文已根据读者反馈更新。', '【訂正】…', '바로잡습니다: …') was not
recognised: the table of such notes had no phrase in those languages. Known,
an update note is metadata; a correction stays body (it states the corrected
facts) with a reason naming it.
Pages written for this test."""

from __future__ import annotations

import pytest

from newsline.clean.classify import CORRECTION_NOTE_REASON

from tests.clean.helpers import BODY, classify_lines, label_closing
from tests.clean.helpers import BODY_JA as JA
from tests.clean.helpers import BODY_KO as KO

BODIES = {"zh": BODY["zh"], "ja": JA, "ko": KO}


@pytest.mark.parametrize(
    ("lang", "line", "label"),
    [
        # an update records an edit (metadata); a correction states the
        # corrected fact and is kept (body), known by its reason
        ("zh", "本文已根据读者反馈更新。", "metadata"),
        ("zh", "更正：本文此前将工程预算误写为6亿元，现已更正。", "body"),
        ("ja", "【訂正】当初の記事で工事費を誤って記載していました。", "body"),
        ("ko", "바로잡습니다: 당초 기사에서 사업비를 잘못 적었습니다.", "body"),
    ],
)
def test_a_cjk_update_or_correction_note_is_known(lang, line, label):
    got = label_closing(BODIES[lang], line)
    assert got[0] == label, got
    if label == "body":
        assert got[1][0].startswith(CORRECTION_NOTE_REASON), got


def test_a_sentence_about_a_correction_stays_body():
    b = BODY["zh"]
    line = "更正后的数据显示，全市今年新建的口袋公园数量比去年增加了一倍，市民满意度也明显提高。"
    got = classify_lines([b[0], b[1], line, b[2], b[3]])
    assert got[line][0] == "body", got[line]
