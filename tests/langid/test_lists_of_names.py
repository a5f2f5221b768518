"""A line listing names and figures only is in no language ('und').

Line-ups, results rows and score lines flattened to text hold names, clubs'
and parties' acronyms and figures, no word of a language; the model read
them as German, French, English or Vietnamese (and a longer one escaped the
page's lean). Every line here was written for this test.
"""

from __future__ import annotations

import pytest

from newsline.langid.stage import _list_of_names

from .helpers import lang_on_page

BODY = {
    "en": "The regional league resumed on Saturday after the winter break, and the "
    "organisers said attendance had risen by a fifth compared with last season.",
    "vi": "Giải bóng đá khu vực đã trở lại vào thứ Bảy sau kỳ nghỉ đông, ban tổ chức "
    "cho biết lượng khán giả tăng khoảng một phần năm so với mùa trước.",
}


def _lang_of(line: str, page: str) -> str | None:
    return lang_on_page(line, BODY[page])


NAME_LISTS = [
    "Szczęsny; Cancelo, Bremer, Dias, Mendes; Kovačić, Bernardo; Leão, Ramos, Félix",
    "Bùi Tấn Trường; Vũ Văn Thanh, Đỗ Duy Mạnh, Quế Ngọc Hải; Hoàng Đức; Văn Toàn",
    "Okonkwo (APC) 8,794,726 · Abubakar (PDP) 6,984,520 · Obi (LP) 6,101,533",
    "Porto 2-0 Braga; Benfica 1-1 Sporting; Vitória 3-2 Boavista",
    "Lindqvist 51,3% · Haugen 30,2% · Berg 18,5%",
]


@pytest.mark.parametrize("line", NAME_LISTS)
@pytest.mark.parametrize("page", ["en", "vi"])
def test_list_of_names_and_figures_is_und(line: str, page: str) -> None:
    assert _list_of_names(line)
    assert _lang_of(line, page) is None


@pytest.mark.parametrize(
    ("line", "page"),
    [
        ("Starting line-up: Szczęsny; Cancelo, Bremer, Dias, Mendes", "en"),  # a label
        ("Home | World | Business | Sport | Culture", "en"),  # a menu: no figure
        ("Stocks Rise, Oil Falls, Gold Steady", "en"),  # a headline: no figure
        ("18:00 Evening News · 18:30 Weather · 19:00 The Garden Show", "en"),  # a schedule
        ("Porto beat Braga 2-0; Benfica and Sporting drew 1-1", "en"),  # lower-case words
        ("Đội hình: Bùi Tấn Trường; Vũ Văn Thanh, Đỗ Duy Mạnh", "vi"),  # a label
    ],
)
def test_labelled_lists_menus_and_headlines_keep_a_language(line: str, page: str) -> None:
    assert not _list_of_names(line)
    assert _lang_of(line, page) == page
