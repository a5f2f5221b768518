"""Lines that close or open a dispatch on Vietnamese, Chinese and wire
pages: a writer's name with a note that the text was compiled or taken from
an agency ("Thu Hà (t/h)", "Quang Huy (theo Reuters)"), a desk alone ("PV"),
the end mark ("（完）", "(END)"), the headline the text first ran under
("原标题：…"), links to the previous / next article, share buttons and
Taiwanese site links. Prose that uses the same words stays body."""

from __future__ import annotations

import pytest

from .helpers import BODY, classify_lines


def _end(lang, line):
    return classify_lines([*BODY[lang], line])[line]


def _mid(lang, line):
    b = BODY[lang]
    return classify_lines([*b[:2], line, *b[2:]])[line]


@pytest.mark.parametrize(
    "lang,line,why",
    [
        ("vi", "Thu Hà (t/h)", "name with a note"),
        ("vi", "H.A (tổng hợp)", "name with a note"),
        ("vi", "Quang Huy (theo Reuters)", "name with a note"),
        ("vi", "Ngọc Ánh (Theo AFP)", "name with a note"),
        ("en", "Jane Doe (with agencies)", "name with a note"),
        ("es", "Ana Ruiz (con agencias)", "name with a note"),
        ("vi", "PV", "newsroom desk alone"),
        ("vi", "BTV", "newsroom desk alone"),
        ("vi", "Minh Anh", "name-only line"),
    ],
)
def test_sign_offs_after_the_last_paragraph_are_bylines(lang, line, why):
    label, reasons = _end(lang, line)
    assert label == "byline", reasons
    assert reasons[0].startswith(why), reasons


@pytest.mark.parametrize(
    "lang,line",
    [
        # a note that says nothing of compiling or of a source
        ("vi", "Thu Hà (Hà Nội)"),
        # a sentence with a bracket is no sign-off
        ("vi", "Giá vàng tăng mạnh (theo Reuters)."),
    ],
)
def test_lines_with_other_brackets_are_not_sign_offs(lang, line):
    label, reasons = _end(lang, line)
    assert not (label == "byline" and "note" in reasons[0]), reasons


@pytest.mark.parametrize(
    "lang,line",
    [
        ("zh", "（完）"),
        ("zh", "(完)"),
        ("zh", "【全文完】"),
        ("en", "(END)"),
        ("vi", "-Hết-"),
        ("fr", "(Fin)"),
    ],
)
def test_end_marks(lang, line):
    for label, reasons in (_mid(lang, line), _end(lang, line)):
        assert label == "navigation", reasons
        assert reasons[0].startswith("end-of-article mark"), reasons


@pytest.mark.parametrize("lang,line", [("zh", "完"), ("en", "The End"), ("en", "END")])
def test_a_bare_word_is_no_end_mark(lang, line):
    assert not _mid(lang, line)[1][0].startswith("end-of-article mark")


@pytest.mark.parametrize(
    "lang,line",
    [
        ("zh", "原标题：老旧公园焕新颜 市民休闲有去处"),
        ("zh", "【原標題：老舊公園煥新顏】"),
        ("en", "Original headline: Park works to start in May"),
    ],
)
def test_original_headline_is_metadata(lang, line):
    for label, reasons in (_mid(lang, line), _end(lang, line)):
        assert label == "metadata", reasons


@pytest.mark.parametrize(
    "lang,line",
    [
        ("zh", "原标题的意思是，文章最初发表时使用的标题。"),
        ("en", "Updated: the minister resigned"),
    ],
)
def test_prose_about_titles_and_updates_is_not_an_original_headline(lang, line):
    assert _mid(lang, line)[0] != "metadata"


@pytest.mark.parametrize(
    "lang,line",
    [
        ("zh", "上一篇：市政府召开会议"),
        ("zh", "下一篇：公园改造启动"),
        ("en", "Next article: Park works to start in May"),
        ("vi", "Trang sau: Giá xăng giảm lần thứ ba"),
    ],
)
def test_previous_and_next_article_links(lang, line):
    for label, reasons in (_mid(lang, line), _end(lang, line)):
        assert label == "navigation", reasons
        assert "previous or next article" in reasons[0], reasons


def test_a_sentence_opening_with_previous_is_body():
    line = "上一篇论文发表后，研究团队又花了三年时间收集更多的数据来验证结论。"
    assert _mid("zh", line)[0] == "body"


@pytest.mark.parametrize(
    "lang,line,label",
    [
        ("zh", "讚 分享", "navigation"),
        ("zh", "点赞 收藏 分享", "navigation"),
        ("zh", "隱私權政策 | 聯絡我們", "footer"),
    ],
)
def test_share_buttons_and_site_links(lang, line, label):
    assert _end(lang, line)[0] == label


@pytest.mark.parametrize(
    "lang,line",
    [
        ("zh", "来源：北京日报客户端 | 记者 张三"),
        ("zh", "來源：中央社 | 記者 陳大文"),
    ],
)
def test_credit_fields_side_by_side(lang, line):
    for label, reasons in (_mid(lang, line), _end(lang, line)):
        assert label == "attribution", reasons


def test_a_sentence_between_bars_is_not_credit_fields():
    line = "据新华社报道 | 记者 张三认为经济将继续增长并带动就业"
    assert _mid("zh", line)[0] == "body"


HEADLINE_ZH = "市政府宣布中心公园改造工程下月动工"


@pytest.mark.parametrize(
    "line",
    [
        "【新华社电】",
        "【明報專訊】",
        "（本報訊）",
        "（中央社記者王小明台北11日電）",
        "（聯合早報網訊）",
    ],
)
def test_dispatch_openers_in_brackets_are_datelines(line):
    out = classify_lines([HEADLINE_ZH, line, *BODY["zh"]])
    assert out[line][0] == "dateline", out[line]
    assert out[HEADLINE_ZH][0] == "title"


@pytest.mark.parametrize("line", ["（停电）", "【快讯】", "（通讯）"])
def test_other_bracketed_words_are_no_dateline(line):
    out = classify_lines([HEADLINE_ZH, line, *BODY["zh"]])
    assert out[line][0] != "dateline", out[line]


@pytest.mark.parametrize("line", ["本文来源：人民网", "文章來源：中央社", "新闻来源：新华网"])
def test_article_source_lines_are_attribution(line):
    for label, reasons in (_mid("zh", line), _end("zh", line)):
        assert label == "attribution", reasons


def test_a_sentence_on_where_the_text_comes_from_is_body():
    line = "本文来源于作者在研讨会上的发言，经整理后发表。"
    assert _mid("zh", line)[0] == "body"
