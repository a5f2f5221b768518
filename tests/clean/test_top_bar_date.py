"""A site's top bar prints today's date beside its account links ("Thứ Năm,
22/08/2024 | Đăng nhập", "Tuesday, March 4, 2025 | Sign in | Register"): the
day the page was fetched, not the article's publish stamp. Navigation, and
never the page's publish date. Lines and pages invented here; near misses (a
stamp with its own label, a stamp beside share buttons) stay metadata.
"""

from __future__ import annotations

import pytest

from tests.stages_through import read_through

from .helpers import BODY, classify_lines

TOP_BARS = [
    ("vi", "Thứ Năm, 22/08/2024 | Đăng nhập"),
    ("vi", "Thứ Ba, 02/04/2024 Đăng nhập Đăng ký"),
    ("en", "Tuesday, March 4, 2025 | Sign in | Register"),
    ("es", "Martes, 4 de marzo de 2025 · Iniciar sesión"),
    ("zh", "2025年3月4日 星期二 | 登录 | 注册"),
]


@pytest.mark.parametrize("lang, line", TOP_BARS)
def test_date_beside_account_links_is_the_top_bar(lang, line):
    got = classify_lines([line, "Headline of the day for the page", *BODY[lang]])
    label, why = got[line]
    assert label == "navigation", (label, why)
    assert "top bar" in why[0], why


@pytest.mark.parametrize(
    "lang, line",
    [
        ("en", "Published March 4, 2025 | Updated March 5, 2025"),
        ("vi", "Cập nhật: 22/08/2024 07:30"),
        ("en", "March 4, 2025 | Share"),
    ],
)
def test_stamp_without_account_links_stays_metadata(lang, line):
    got = classify_lines(["Headline of the day for the page", line, *BODY[lang]])
    label, why = got[line]
    assert label == "metadata", (label, why)


PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Library extends weekend opening hours | Hillcrest Courier</title></head><body>
<div class="top">Friday, November 14, 2025 | Sign in | Register</div>
<nav><a>News</a> <a>Sport</a> <a>Community</a></nav>
<h1>Library extends weekend opening hours</h1>
<p>By Alma Treadwell</p>
<p>Published March 3, 2025</p>
<p>The central library will open until 8 p.m. on Saturdays and from noon to 5 p.m. on Sundays from next month, the council said, after a survey found most residents wanted longer weekend hours.</p>
<p>The change will cost about 60,000 pounds a year, paid from the council's culture budget, and two library assistants will be hired to cover the new shifts.</p>
<p>Regular users welcomed the decision but asked for the children's section to stay open on Sunday afternoons as well.</p>
</body></html>
"""


def test_top_bar_date_is_not_the_publish_date(tmp_path):

    p = tmp_path / "library.html"
    p.write_text(PAGE, encoding="utf-8")
    doc = read_through(p, "dates")
    assert (doc.published or "").startswith("2025-03-03"), (doc.published, doc.meta)
