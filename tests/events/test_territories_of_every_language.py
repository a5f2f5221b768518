"""Every language's pages name countries in their own words.

Seen on an earthquake story told in Korean beside Spanish, Chinese and Thai
(sentences written for these tests): territory anchors were read in the
page's language only for the languages with a table of extra names
(vi, th, zh, en, es, fr, ja, ru); any other page was read with English
names. A Korean sentence then had no anchor at all ("페루", Peru, is no
English word), and German "Deutschland", Portuguese "Alemanha" and
Indonesian "Jerman" were three different names, none of them Germany.
Now each language reads its own CLDR names (Korean with its particles
written onto the name), and English ones besides.
"""

from __future__ import annotations

from newsline.events.anchors import sentence_anchors
from newsline.events.merge import merge_records

from .records import event_record


def test_korean_territories_with_their_particles():
    a = sentence_anchors("미국 정부는 페루에 긴급 구호팀을 보냈고 독일의 지원도 이어졌다.", "ko")
    assert {"geo:US", "geo:PE", "geo:DE"} <= set(a)
    # a longer word that opens with a territory's name is another word:
    # "인도적" (humanitarian) is no India, "가나다" no Ghana
    b = sentence_anchors("정부는 인도적 지원을 약속하며 가나다순으로 명단을 공개했다.", "ko")
    assert "geo:IN" not in b and "geo:GH" not in b


def test_one_country_in_the_words_of_several_latin_languages():
    for text, lang in [
        ("Deutschland schickte Helfer nach Peru.", "de"),
        ("A Alemanha enviou ajuda ao Peru.", "pt"),
        ("Pemerintah Jerman mengirim bantuan ke Peru.", "id"),
        ("Almanya'dan Peru'ya yardım gönderildi.", "tr"),
        ("Duitsland stuurde hulp naar Peru.", "nl"),
    ]:
        a = sentence_anchors(text, lang)
        assert {"geo:DE", "geo:PE"} <= set(a), (lang, a)
    # English names stay read on those pages ("USA" in a German sentence)
    assert "geo:US" in sentence_anchors("Auch die USA schickten Helfer.", "de")


def test_a_korean_sentence_meets_an_english_one_on_its_countries():
    day = "2025-08-04"
    recs = [
        event_record(
            "en",
            "The United States sent an emergency relief team to Peru on Monday.",
            day,
            "en",
            published=day,
        ),
        event_record("ko", "미국 정부는 4일 페루에 긴급 구호팀을 보냈다.", day, "ko", published=day),
        event_record(
            "ko",
            "같은 날 칠레 의회는 연금 개혁안을 통과시켰다.",
            day,
            "ko",
            start=100,
            published=day,
        ),
    ]
    got = [{(s["doc_id"], s["start"]) for s in e["sources"]} for e in merge_records(recs)]
    assert {("en", 0), ("ko", 0)} in got
    assert {("ko", 100)} in got  # Chile's parliament, the same day: another happening
