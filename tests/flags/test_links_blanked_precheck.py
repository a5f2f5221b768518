"""The untranslated-fragment and UI-string rules blank a unit's links before
reading it (_links_blanked); a unit holding none of the pattern's literals
is given back unread. The pre-check must never pass over a link: checked on
every line of the flags held-out pages and on made-up lines."""

from __future__ import annotations

from pathlib import Path

from newsline.flags import rules as R

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"


def _by_pattern(text: str) -> str:
    return R._LINKISH.sub(lambda m: " " * len(m.group(0)), text)


def test_made_up_lines():
    for line in [
        "Xem thêm tại https://baomoi.example/tin-moi và liên hệ",
        "viết thư cho toa.soan@example.vn nếu cần",
        "trang chủ www.example.org/abc hôm nay",
        "the press kit at example.com/kit and example.net",
        "bản tin trên index.htm của trang",
        "không có đường dẫn nào ở đây",
        "a.b.c but no domain, an @ alone and http without the rest",
        "",
    ]:
        assert R._links_blanked(line) == _by_pattern(line), line


def test_held_out_pages_line_by_line():
    pages = sorted(DATA.glob("flags/**/*.html")) + sorted(DATA.glob("dedup/**/*.html"))
    assert pages
    blanked = 0
    for page in pages:
        for line in page.read_text("utf-8", "replace").splitlines():
            got = R._links_blanked(line)
            assert got == _by_pattern(line), (page.name, line[:200])
            blanked += got != line
    assert blanked  # pages with links were read: the check is not vacuous
