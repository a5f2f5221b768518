"""Languages that put the verb last close a site's promotion on its call:
"ताज़ा खबरों के लिए हमें गूगल न्यूज़ पर फॉलो करें" (follow us on Google News
for the latest news), "YouTube kanalımıza abone olun", "برای اخبار بیشتر ما
را دنبال کنید", "최신 뉴스를 받으려면 채널을 구독하세요". The promotion rule
looked for the call at the line's start: such a line after the article was
a teaser headline (related), and between paragraphs a subheading (body).
A short line closing on a call of the new table (cues.CLOSING_CALLS), not
a sentence, is the site's promotion (navigation). Lines written for this
test in Hindi, Turkish, Persian and Korean portals' styles; a headline
holding the verb inside, and English lines ending on "follow us" or German
ones on "teilen" (no such table entry) are left as before."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, label_between, label_closing


@pytest.mark.parametrize(
    "lang,line",
    [
        ("hi", "ताज़ा खबरों के लिए हमें गूगल न्यूज़ पर फॉलो करें"),
        ("hi", "हमारे यूट्यूब चैनल को सब्सक्राइब करें"),
        ("tr", "YouTube kanalımıza abone olun"),
        ("tr", "Son dakika haberleri için bizi takip edin"),
        ("fa", "برای اخبار بیشتر ما را دنبال کنید"),
        ("ko", "최신 뉴스를 받으려면 채널을 구독하세요"),
    ],
)
def test_a_line_closing_on_the_call_is_a_promotion(lang, line):
    for label, reasons in (label_closing(BODY[lang], line), label_between(BODY[lang], line)):
        assert label == "navigation", reasons
        assert reasons[0].startswith("promotion line"), reasons


@pytest.mark.parametrize(
    "lang,line",
    [
        ("tr", "Belediye iki yeni park için ihaleye katılın çağrısı yaptı"),
        ("en", "Why the fans still follow us"),
        ("de", "Nachbarn wollen Garten teilen"),
    ],
)
def test_a_headline_with_the_verb_is_no_promotion(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert label == "body", reasons


def test_a_sentence_closing_on_the_call_stays_body():
    line = "Yetkililer, vatandaşlara resmi açıklamaları sosyal medya hesaplarından takip edin dedi."
    label, reasons = label_between(BODY["tr"], line)
    assert label == "body", reasons
