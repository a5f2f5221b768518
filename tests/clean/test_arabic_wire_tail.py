"""An Arabic agency's wire closes on its end mark between double slashes
("//انتهى//") and then its editors' initials ("ع.م / س.ر"). The double
slashes were no end mark, and both lines were read as the first of a list
of headlines after the article (related). The end mark now takes one or two
slashes each side, and initials of a script without capitals, a letter or
two with their dots joined by slashes, sign the wire copy as "bur-jmb/abx"
does (attribution), after the end mark too. A wire written for this test
in a Gulf agency's style; a word between double slashes that is no end
mark, initials in capitals of a cased script, and initials with prose
under them are left as before."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY, classify_lines, label_between, label_closing

AR = BODY["ar"]
RELATED = ["اقرأ أيضا", "ارتفاع أسعار النفط في ختام تعاملات الأسبوع", "الأرصاد تتوقع أمطارا رعدية"]


@pytest.mark.parametrize("lang,line", [("ar", "//انتهى//"), ("fa", "//انتهای خبر//")])
def test_an_end_mark_between_double_slashes(lang, line):
    for label, reasons in (label_closing(BODY[lang], line), label_between(BODY[lang], line)):
        assert label == "navigation", reasons
        assert reasons[0].startswith("end-of-article mark"), reasons


def test_the_wire_tail_end_mark_then_initials():
    lines = [*AR, "//انتهى//", "ع.م / س.ر", *RELATED]
    got = classify_lines(lines)
    assert got["//انتهى//"][1][0].startswith("end-of-article mark"), got["//انتهى//"]
    assert got["ع.م / س.ر"][0] == "attribution", got["ع.م / س.ر"]
    assert got["ع.م / س.ر"][1][0].startswith("editors' initials"), got["ع.م / س.ر"]
    for p in AR:
        assert got[p][0] == "body", got[p]


@pytest.mark.parametrize("line", ["ع.م / س.ر", "م.ح/ع.ك"])
def test_initials_right_after_the_last_paragraph(line):
    label, reasons = label_closing(AR, line)
    assert label == "attribution", reasons


def test_a_word_between_double_slashes_is_no_end_mark():
    line = "//عاجل//"
    label, reasons = label_between(AR, line)
    assert not reasons[0].startswith("end-of-article mark"), reasons


def test_capital_initials_of_a_cased_script_are_no_desk():
    label, reasons = label_closing(BODY["en"], "A.B / C.D")
    assert not reasons[0].startswith("editors' initials"), reasons


def test_initials_with_prose_under_them_are_no_signoff():
    line = "ع.م / س.ر"
    got = classify_lines([AR[0], AR[1], line, AR[2], AR[3]])
    assert not got[line][1][0].startswith("editors' initials"), got[line]
