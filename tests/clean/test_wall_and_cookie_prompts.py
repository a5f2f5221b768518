"""A subscription wall's prompt and a cookie-consent banner, in the site's
voice, are navigation wherever they stand, also when the prompt's words are
mid-sentence ("Bạn cần đăng nhập để đọc tiếp", "本文为付费内容，开通会员即可阅读全文");
a news sentence about cookies or subscriptions stays body, and a link to the
cookie policy in the footer stays a footer."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines

PROMPTS = [
    ("vi", "Bạn cần đăng nhập để đọc tiếp bài viết này."),
    ("zh", "本文为付费内容，开通会员即可阅读全文。"),
    ("zh", "剩余80%内容，付费后可查看"),
    ("th", "สมัครสมาชิกเพื่ออ่านบทความฉบับเต็ม"),
    ("en", "You have reached your limit of free articles this month."),
]
COOKIES = [
    (
        "en",
        "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
    ),
    ("vi", "Chúng tôi sử dụng cookie để nâng cao trải nghiệm của bạn trên website."),
    ("zh", "我们使用Cookie来改善您的浏览体验，继续浏览即表示您同意我们的Cookie政策。"),
    ("th", "เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน"),
]


@pytest.mark.parametrize("lang,line", PROMPTS + COOKIES)
def test_prompt_or_banner_between_paragraphs_is_navigation(lang, line):
    out = classify_lines([*BODY[lang][:2], line, *BODY[lang][2:]])
    assert out[line][0] == "navigation", out[line]


@pytest.mark.parametrize(
    "lang,line",
    [
        (
            "en",
            "The regulator said websites that use cookies to track readers must first ask for their consent.",
        ),
        (
            "vi",
            "Nhiều tờ báo đã chuyển sang thu phí, nhưng lượng người đăng ký vẫn còn rất thấp so với kỳ vọng.",
        ),
    ],
)
def test_news_sentences_about_cookies_and_subscriptions_stay_body(lang, line):
    out = classify_lines([*BODY[lang][:2], line, *BODY[lang][2:]])
    assert out[line][0] == "body", out[line]
