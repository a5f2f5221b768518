"""A Japanese or Korean aggregator's or blog's notice that what it shows
belongs to others and comes down on request ("画像の著作権は各権利所有者に
帰属します。削除依頼は…", "문제가 될 경우 삭제하겠습니다") is page
furniture, like the Chinese "如有侵权请联系删除" the table already knew; it
stayed in the article as a sentence. Lines written for this test in other
sites' styles; a news sentence about a deletion request, a court's ruling
on rights, or a Korean report about deleting posts stays body."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, label_between, label_closing


@pytest.mark.parametrize(
    "lang,line",
    [
        ("ja", "当ブログで使用している画像の著作権は各権利所有者に帰属します。削除依頼はお問い合わせページからお願いします。"),
        ("ja", "※この記事はネット上の情報をまとめたものです。内容に問題がございましたら速やかに削除いたします。"),
        ("ko", "이 글의 사진과 내용은 인터넷에서 수집한 것으로 문제가 될 경우 삭제하겠습니다."),
    ],
)
def test_a_repost_notice_is_footer(lang, line):
    for label, reasons in (label_closing(BODY[lang], line), label_between(BODY[lang], line)):
        assert label == "footer", reasons
        assert reasons[0].startswith("repost disclaimer"), reasons


@pytest.mark.parametrize(
    "lang,line",
    [
        ("ja", "同社は利用者から削除の要請があった投稿について、48時間以内に対応する方針を明らかにした。"),
        ("ja", "地裁は、写真の権利は撮影した記者に帰属すると判断し、出版社に賠償を命じた。"),
        ("ko", "경찰은 문제가 된 게시물 120건을 삭제하도록 운영자에게 요청했다고 밝혔다."),
    ],
)
def test_news_about_deletions_stays_body(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert label == "body", reasons
