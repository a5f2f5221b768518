"""A Taiwanese site's copy of a mainland article, converted with OpenCC's
Taiwan phrasing (s2twp), differs in its words, not only its characters:
软件 / 軟體, 网络 / 網路, 信息 / 資訊, 打印机 / 印表機. Dedup reads those words
the mainland way in Traditional text, so the copy is the same text again.
Words Taiwan writes that the mainland writes too (建立, 执行) are left as
they are, and simplified text is never touched.

The articles are invented.
"""

from __future__ import annotations

from collections import Counter

import opencc
import pytest

from newsline.dedup import Deduplicate, normalise
from newsline.model import Document
from newsline.wordseg import fold_traditional

TO_TAIWAN = opencc.OpenCC("s2twp")

# a school district's notice (other vocabulary than a wire story's)
MAINLAND = [
    "市教育局今天通知，全市中小学将在下学期启用新的作业管理软件，家长可以通过手机短信或学校网站查询孩子的作业和成绩信息。",
    "教育局信息中心主任刘芳说，新系统的服务器设在市政府机房，所有学生信息都保存在加密的数据库里，学校的打印机和鼠标等设备也将统一更换。",
    "部分家长在博客和互联网论坛上担心网络安全问题，教育局表示将邀请专家检查软件的程序，并在开学前公布检查结果。",
]
TAIWAN = [TO_TAIWAN.convert(p) for p in MAINLAND]


def test_the_copies_differ_in_words_not_only_characters():
    # the premise: folding characters alone leaves them apart
    for a, b in zip(MAINLAND, TAIWAN, strict=True):
        assert fold_traditional(b) != a


@pytest.mark.parametrize("i", range(len(MAINLAND)))
def test_taiwan_words_read_the_mainland_way(i):
    assert normalise(TAIWAN[i]) == normalise(MAINLAND[i])


def test_words_the_mainland_writes_too_are_kept():
    from newsline.wordseg import fold_taiwan_phrases

    # 建立, 执行 and 新增 are Taiwan's words for 创建, 运行 and 添加, and
    # common mainland words of their own: read as written
    text = fold_traditional("政府將建立新的機制並執行檢查，今年新增三個檢查站")
    assert fold_taiwan_phrases(text) == text


def test_simplified_text_is_left_alone():
    # no Traditional character: no phrase reading, even of a word the table has
    text = "这家公司的资讯部门负责软体更新"
    assert normalise(text) == text
    # a mainland page with a Traditional character or two among its
    # Simplified ones is no Taiwanese page: its words are read as written
    assert normalise("这家公司的資讯部门负责软體更新") == text


def test_taiwan_copy_is_a_duplicate_and_another_article_is_not():
    other = [
        "市交通局今天表示，全市出租车将在下月统一安装新的计价软件，乘客可以通过手机短信查询行程信息。",
        "交通局信息中心主任王强说，新系统的服务器将接入城市交通数据库，司机的打印机也将更换为新型号。",
        "部分司机在网络论坛上抱怨安装费用太高，交通局表示将与出租车公司协商分担费用。",
    ]
    docs = [
        Document(id="cn", source="cn", text="\n\n".join(MAINLAND)),
        Document(id="tw", source="tw", text="\n\n".join(TAIWAN)),
        Document(
            id="tw-other", source="tw-other", text="\n\n".join(TO_TAIWAN.convert(p) for p in other)
        ),
    ]
    Deduplicate()(docs, Counter())
    assert docs[1].meta.get("duplicate_of") == "cn"
    assert "duplicate_of" not in docs[2].meta
    assert not docs[2].meta.get("near_duplicates")
