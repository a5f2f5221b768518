"""A site's "no copying" notice closing an article (invented lines): "บทความนี้
เป็นลิขสิทธิ์ของเว็บไซต์ ห้ามคัดลอก…", "本站文章版权所有，禁止转载". Thai writes no
sentence mark, so the notice passed for the article's last paragraph."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines, label_between


@pytest.mark.parametrize(
    "lang,line",
    [
        ("th", "บทความนี้เป็นลิขสิทธิ์ของเว็บไซต์ ห้ามคัดลอกโดยไม่ได้รับอนุญาต"),
        ("th", "เนื้อหาทั้งหมดเป็นลิขสิทธิ์ของเว็บไซต์ ห้ามทำซ้ำหรือดัดแปลง"),
        ("zh", "本站文章版权所有，禁止转载"),
    ],
)
def test_no_copying_notice_is_footer(lang, line):
    b = BODY[lang]
    # under the article, and between its paragraphs (a notice the site puts mid-page)
    for lines in ([*b, line], [b[0], b[1], line, b[2], b[3]]):
        out = classify_lines(lines)
        assert out[line][0] == "footer", out[line]
        assert all(out[p][0] == "body" for p in b), [out[p] for p in b]


@pytest.mark.parametrize(
    "lang,line",
    [
        # one such word in a sentence of the article: its topic, not the site's notice
        ("th", "ศาลสั่งห้ามคัดลอกผลงานดังกล่าวจนกว่าคดีจะถึงที่สุด"),
        ("zh", "该网站在首页注明禁止转载，但仍被多家平台抄袭。"),
    ],
)
def test_a_sentence_about_copying_stays_body(lang, line):
    got = label_between(BODY[lang], line)
    assert got[0] == "body", got
