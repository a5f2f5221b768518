"""Lines with HTML character references or mis-decoded UTF-8 left in.

A page's markup may leave "&eacute;", "&raquo;" or "&#7841;" in its text,
and a page saved as UTF-8 and read as Windows-1252 writes "prÃ©sident". The
reference's name ("raquo") read as a word of some language, and a line of
references or of mis-decoded punctuation alone got a language. Language ID
now reads such a line as it was written (the text itself is left as it is:
offsets point into it). All text is written for this test.
"""

from __future__ import annotations

import pytest

from newsline.langid.detect import detect_language, detect_spans

from .helpers import lang_alone, lang_on_page

VI_BODY = (
    "Theo thông báo của ủy ban nhân dân tỉnh, các trường học sẽ mở cửa trở lại từ thứ hai "
    "tuần sau sau khi nước lũ rút hết và công tác vệ sinh hoàn tất."
)


def _moji(text: str) -> str:
    """UTF-8 read as Windows-1252 (bytes it does not define read as Latin-1)."""
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


@pytest.mark.parametrize(
    "line",
    [
        "&nbsp;&nbsp;&rsaquo;&nbsp;",
        "&laquo; &raquo;",
        "&#8226; &#8226; &#8226;",
        _moji(_moji("… … …")),
        _moji(_moji("“ ” …")),
    ],
)
def test_references_or_mis_decoded_marks_alone_have_no_language(line):
    assert detect_language(line) is None
    assert {lang for _, _, lang in detect_spans(line)} <= {""}
    assert lang_alone(line) is None


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "See all photos &raquo;"),
        ("en", "Next story &rsaquo;"),
        ("fr", "La s&eacute;ance a &eacute;t&eacute; lev&eacute;e &agrave; minuit"),
        (
            "vi",
            "Ng&#432;&#7901;i d&acirc;n &#273;&#432;&#7907;c h&#7895; tr&#7907; kh&#7849;n c&#7845;p",
        ),
        ("es", _moji("La comisión aprobó el presupuesto del año próximo")),
        ("en", _moji("We’re “really” pleased — she said")),
    ],
)
def test_a_line_with_references_or_mojibake_keeps_its_language(lang, line):
    assert detect_language(line) == lang
    assert lang_alone(line) == lang


def test_an_english_link_line_with_a_reference_on_a_vietnamese_page_is_english():
    assert lang_on_page("See all photos &raquo;", VI_BODY) == "en"


@pytest.mark.parametrize(
    "line",
    ["💐💐 @le.thi.hoa @tran_b.official 😍", "@nguyen.van.a @somchai.j"],
)
def test_handles_with_dots_are_no_words(line):
    assert detect_language(line) is None
    assert lang_alone(line) is None


def test_a_line_with_a_dotted_handle_keeps_its_words_language():
    assert detect_language("Cảm ơn @le.thi.hoa đã chia sẻ bài viết này") == "vi"
    assert detect_language("Thanks @john.doe for sharing the photos") == "en"
