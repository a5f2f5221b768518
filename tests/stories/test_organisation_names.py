"""An international body named in another language or script is the Latin
acronym English pages write: a Thai page's อาเซียน, a Taiwanese page's 東協
and a Vietnamese page's spelled-out name gave no anchor at all, so a column
on an ASEAN agreement that names little else than the body met its story on
places only (heldout13). The names here are other bodies, in other
languages (Japanese, Korean, German, Indonesian, Portuguese); invented
sentences."""

from __future__ import annotations

from newsline.stories.anchors import feature_counts, organisation_features

from .helpers import page, story_lists


def test_a_body_named_in_other_scripts_is_its_latin_acronym():
    assert organisation_features("世界保健機関は10日、緊急事態を宣言した。") == [
        ("w:who", "世界保健機関")
    ]
    assert organisation_features("세계보건기구는 10일 비상사태를 선포했다.") == [
        ("w:who", "세계보건기구")
    ]
    assert organisation_features("Die Weltgesundheitsorganisation rief den Notstand aus.") == [
        ("w:who", "Weltgesundheitsorganisation")
    ]
    assert organisation_features("Organisasi Kesehatan Dunia menyatakan darurat.") == [
        ("w:who", "Organisasi Kesehatan Dunia")
    ]
    assert organisation_features("A Organização Mundial do Comércio decidiu.") == [
        ("w:wto", "Organização Mundial do Comércio")
    ]


def test_a_latin_name_inside_a_longer_word_or_a_part_of_it_is_none():
    assert organisation_features("Die Weltgesundheitsorganisationsreform scheiterte.") == []
    assert organisation_features("A World Health Organizations meeting") == []
    assert organisation_features("The Asian Development Bankers' club met.") == []
    assert organisation_features("The organisation met in Geneva.") == []


def test_the_body_is_an_anchor_of_a_page():
    doc = page(
        "ko-who", "ko", "2031-05-10", "세계보건기구 비상사태", "세계보건기구는 비상사태를 선포했다."
    )
    anchors = [f for f, *_ in feature_counts(doc, doc.text)["a"]]
    assert "w:who" in anchors


# A Japanese editorial on a WHO decision that names the body and one country
# and none of the figures, against the decision told in English and
# Indonesian: without the body it meets the story on the country alone.
WHO_STORY = [
    page(
        "who-en",
        "en",
        "2031-05-10",
        "WHO declares dengue emergency in Indonesia",
        "The WHO declared a public health emergency over a dengue outbreak in Indonesia on "
        "Saturday after 48,300 cases and 312 deaths were reported in six weeks. WHO "
        "director-general Amara Osei said 7.5 million dollars would go to mosquito control.",
    ),
    page(
        "who-id",
        "id",
        "2031-05-10",
        "WHO tetapkan darurat demam berdarah di Indonesia",
        "Organisasi Kesehatan Dunia (WHO) menetapkan darurat kesehatan masyarakat akibat wabah "
        "demam berdarah di Indonesia setelah 48.300 kasus dan 312 kematian dalam enam minggu. "
        "Direktur Jenderal Amara Osei menyebut dana 7,5 juta dolar.",
    ),
    page(
        "who-ja",
        "ja",
        "2031-05-12",
        "社説：世界保健機関の宣言は遅すぎた",
        "世界保健機関がインドネシアのデング熱で緊急事態を宣言したのは正しい判断だが、"
        "遅すぎた。蚊の駆除に必要な資金は、流行が広がる前に届けるべきだった。",
    ),
]


def test_a_page_naming_the_body_in_its_script_joins_its_story():
    assert story_lists(WHO_STORY) == [sorted(d.id for d in WHO_STORY)]
