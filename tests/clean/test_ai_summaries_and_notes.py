"""Pages that say a machine helped: a summary box over the article headed as
written by AI ('AI-generated summary', 'Tóm tắt nhanh'), and a note that the
text was made with AI ('This article was written with the help of AI tools',
'Bài viết có sử dụng trí tuệ nhân tạo', '本文由AI辅助生成') or a disclosure
('Disclosure: …'). The notes were kept as article text; the Vietnamese box's
first item repeated the headline, so both were taken for a teaser pair and
the page had no title; a Chinese '要点' box over the headline was read as the
writer's name and its sentences ended the title search. Pages written for
this test."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines, label_between, label_closing


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "This article was written with the help of AI tools and reviewed by our editors."),
        ("vi", "Bài viết có sử dụng trí tuệ nhân tạo để hỗ trợ biên tập."),
        ("zh", "本文由AI辅助生成，经编辑审核。"),
        (
            "es",
            "Este artículo fue elaborado con ayuda de inteligencia artificial y revisado por la redacción.",
        ),
        ("de", "Dieser Text wurde mithilfe von KI erstellt und von der Redaktion geprüft."),
        ("fr", "Cet article a été rédigé avec l'aide d'une IA puis relu par la rédaction."),
        ("en", "Disclosure: the author owns shares in one of the companies named in this article."),
        ("de", "Transparenzhinweis: Die Autorin ist Mitglied des genannten Vereins."),
    ],
)
def test_a_note_on_how_the_text_was_made_is_attribution(lang, line):
    label, reasons = label_closing(BODY[lang], line)
    assert label == "attribution", (label, reasons)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "en",
            "Schools have started using AI tools to mark homework, the ministry said on Monday.",
        ),
        (
            "en",
            "This article of the law gives AI companies two years to comply, the minister said.",
        ),
        ("es", "Este artículo de la ley obliga a las empresas de IA a registrar sus modelos."),
        ("vi", "Nhiều trường học đã sử dụng trí tuệ nhân tạo để chấm bài cho học sinh."),
    ],
)
def test_sentences_about_ai_stay_body(lang, line):
    label, reasons = label_between(BODY[lang], line)
    assert label == "body", (label, reasons)


def test_an_ai_summary_box_under_the_headline_is_set_aside_and_the_headline_stays():
    head = "Hà Nội mở thêm 5 tuyến buýt điện từ tháng 4"
    items = [head + ".", "Các tuyến nối trung tâm với các khu đô thị mới."]
    lines = [head, "Tóm tắt nhanh", *items, "Thứ Bảy, 14/03/2026 09:00", *BODY["vi"]]
    got = classify_lines(lines)
    assert got[head][0] == "title", got[head]
    for line in ["Tóm tắt nhanh", *items]:
        assert got[line][0] == "metadata", (line, got[line])
    assert all(got[p][0] == "body" for p in BODY["vi"])


def test_an_english_ai_summary_box_is_set_aside():
    items = [
        "The council will renovate the central park from next month.",
        "Residents want notice of the noisiest work.",
    ]
    lines = [
        "Park renovation to start next month",
        "March 12, 2026",
        "AI-generated summary",
        *items,
        *BODY["en"],
    ]
    got = classify_lines(lines)
    assert got["AI-generated summary"][0] == "metadata"
    assert all(got[x][0] == "metadata" for x in items), [got[x] for x in items]
    assert all(got[p][0] == "body" for p in BODY["en"])


def test_a_key_points_box_above_the_headline_names_no_writer_and_keeps_the_headline():
    head = "中心公园改造工程下月动工 预计历时半年"
    lines = [
        "要点",
        "中心公园下月开始改造。",
        "儿童游乐区将扩建。",
        head,
        "2026年03月14日 09:00",
        *BODY["zh"],
    ]
    got = classify_lines(lines)
    assert got["要点"][0] != "byline", got["要点"]
    assert got[head][0] == "title", got[head]


def test_the_articles_own_key_points_stay_body():
    items = ["Work starts next month.", "The playground will be enlarged."]
    lines = [
        "Park renovation to start next month",
        BODY["en"][0],
        "Key points",
        *items,
        *BODY["en"][1:],
    ]
    got = classify_lines(lines)
    assert all(got[x][0] == "body" for x in items), [got[x] for x in items]
