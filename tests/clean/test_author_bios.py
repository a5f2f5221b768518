"""An author's bio after the article ("Jane Doe is a senior correspondent
covering ...") is labelled a byline, not body.

Pages invented here (names, outlets and text made up), in several languages.
Paragraphs that describe a person the story is about, or an unnamed one
("The minister is a former journalist ..."), stay body.
"""

from __future__ import annotations

import pytest

from .helpers import BODY, HTML_PAGE, PULL_QUOTES, classify_lines


def _labels(lines: list[str]) -> dict[str, tuple[str, list[str]]]:
    return classify_lines(lines)


# --- author bios ----------------------------------------------------------------

BIOS = [
    # with the author named in the byline at the top
    (
        "en",
        "By Jane Doe",
        "Jane Doe is a senior correspondent covering Southeast Asia. Follow her on X @janedoe",
    ),
    (
        "zh",
        "记者 张伟",
        "张伟是本报驻曼谷记者，长期关注东南亚经济与能源议题，此前曾派驻新加坡和雅加达。",
    ),
    (
        "th",
        "โดย สมชาย ใจดี",
        "สมชาย ใจดี เป็นผู้สื่อข่าวอาวุโสประจำภูมิภาคเอเชียตะวันออกเฉียงใต้ ติดตามข่าวเศรษฐกิจและพลังงานมากว่าสิบปี",
    ),
    # without a byline: a name, then a copula and a newsroom role, or a verb of covering
    (
        "en",
        None,
        "Marcus Hale covers energy and climate for the paper. He joined the newsroom in 2019 from a wire agency.",
    ),
    (
        "vi",
        None,
        "Nguyễn Văn An là phóng viên thường trú tại Hà Nội, phụ trách mảng đô thị và giao thông của tòa soạn.",
    ),
    (
        "es",
        None,
        "Juan Pérez es corresponsal de este diario en el sudeste asiático y escribe sobre comercio y energía.",
    ),
    (
        "fr",
        None,
        "Claire Martin est journaliste au service économie, où elle couvre l'énergie et les transports.",
    ),
    (
        "en",
        None,
        "Laura Kim (@laurakim) is an editor at the business desk and writes the weekly markets newsletter.",
    ),
    # a contributor's credit, one short sentence
    ("en", None, "Tomas Berg contributed reporting from Oslo."),
]


@pytest.mark.parametrize("lang, byline, bio", BIOS)
def test_author_bio_after_the_article_is_a_byline(lang, byline, bio):
    b = BODY[lang]
    lines = [*([byline] if byline else []), *b, bio]
    out = _labels(lines)
    label, reasons = out[bio]
    assert label == "byline", (label, reasons)
    assert reasons[0].startswith("author bio"), reasons
    assert all(out[p][0] == "body" for p in b), [out[p] for p in b]


def test_bio_followed_by_site_chrome_is_still_found():
    b = BODY["en"]
    bio = "Jane Doe is a senior correspondent covering Southeast Asia for the paper."
    out = _labels(["By Jane Doe", *b, bio, "Share this article", "© 2024 The Harbour Times"])
    assert out[bio][0] == "byline", out[bio]


NOT_BIOS = [
    # no name: a role noun as subject
    (
        "en",
        "The minister is a former journalist who covered parliament for two decades before entering politics.",
    ),
    (
        "vi",
        "Bộ trưởng từng là phóng viên và theo dõi mảng nghị trường nhiều năm trước khi tham gia chính trường.",
    ),
    (
        "es",
        "La ministra es periodista de formación y cubrió durante años la información parlamentaria del país.",
    ),
    (
        "fr",
        "Le ministre est un ancien journaliste qui a couvert la vie parlementaire pendant vingt ans.",
    ),
    ("zh", "该部长曾是一名记者，长期关注议会新闻，从政前在报社工作了二十年。"),
    ("th", "รัฐมนตรีคนใหม่ เป็นอดีตผู้สื่อข่าวสายการเมือง ที่ติดตามข่าวรัฐสภามานานกว่ายี่สิบปีก่อนเข้าสู่วงการเมือง"),
]


@pytest.mark.parametrize("lang, para", NOT_BIOS)
def test_closing_paragraph_describing_an_unnamed_person_stays_body(lang, para):
    out = _labels([*BODY[lang], para])
    assert out[para][0] == "body", out[para]


def test_closing_paragraph_about_a_person_the_article_names_stays_body():
    b = BODY["en"]
    first = "Mayor Ana Ruiz said the renovation was the largest the park had seen in forty years."
    last = "Ana Ruiz is a former journalist who covered city hall for a decade before she ran for office."
    out = _labels([first, *b, last])
    assert out[last][0] == "body", out[last]
    es_first = "La alcaldesa Marta Gil afirmó que la reforma es la mayor en cuarenta años."
    es_last = (
        "Marta Gil es periodista de formación y cubrió la información municipal durante una década."
    )
    out = _labels([es_first, *BODY["es"], es_last])
    assert out[es_last][0] == "body", out[es_last]


def test_bio_like_paragraph_inside_the_article_stays_body():
    # the article goes on after it: not the author's box
    b = BODY["en"]
    para = "Peter Quill is a reporter at the local radio station and watched the first crews arrive on site."
    out = _labels([b[0], b[1], para, b[2], b[3]])
    assert out[para][0] == "body", out[para]


def test_teaser_headline_in_title_case_is_not_called_a_bio():
    # a related-article teaser after the article, not the author's box
    b = BODY["en"]
    teaser = "Peter Quill Is a Reporter Who Went Back to His Home Town. Here Is What He Found."
    out = _labels([*b, "Related stories", teaser])
    assert not out[teaser][1][0].startswith("author bio"), out[teaser]


def test_paragraph_opening_with_a_longer_name_than_the_byline_stays_body():
    # "Jane Doe Foundation" is not Jane Doe
    b = BODY["en"]
    para = (
        "Jane Doe Foundation, a local charity, said it would pay for new benches along the paths."
    )
    out = _labels(["By Jane Doe", *b, para])
    assert out[para][0] == "body", out[para]


def test_html_page_with_an_author_box(tmp_path):
    pytest.importorskip("trafilatura")
    from .helpers import classify_page

    b = BODY["en"]
    _, para, quote = PULL_QUOTES[0]
    bio = "Jane Doe is a senior correspondent covering Southeast Asia. Follow her on X @janedoe"
    path = tmp_path / "page.html"
    path.write_text(
        HTML_PAGE.format(p0=b[0], p1=b[1], p2=b[2], p3=b[3], para=para, quote=quote, bio=bio),
        encoding="utf-8",
    )
    doc = classify_page(path)
    got = {doc.text[x.start : x.end]: x for x in doc.blocks}
    assert got[bio].label == "byline" and got[bio].reasons[0].startswith("author bio")
    assert all(got[p].label == "body" for p in (*b, para)), [(p, got[p].label) for p in b]


def _published(lines: list[str]) -> str | None:
    from collections import Counter

    from newsline.clean import ClassifyBlocks, SegmentBlocks
    from newsline.dates import ResolveDates
    from newsline.langid import IdentifyLanguages
    from newsline.model import Document
    from newsline.settings import Settings

    s = Settings()
    doc = Document(id="t", source="test", text="\n".join(lines))
    for stage in (
        SegmentBlocks(s),
        IdentifyLanguages(s.lang),
        ClassifyBlocks(s),
        ResolveDates(s.dates),
    ):
        stage([doc], Counter())
    return doc.published


def test_a_date_in_the_bio_is_not_the_publish_stamp():
    # byline blocks are where stamps are read; a bio is labelled byline too
    b = BODY["en"]
    bio = "Jane Doe is a senior correspondent who joined the paper on March 3, 2015 and covers cities."
    assert _published(["By Jane Doe", *b, bio]) is None
    assert _published(["By Jane Doe | March 5, 2024", *b, bio]) == "2024-03-05"
