"""What follows a span counts from its end: "evacuated from Sept. 3 to 4.
The next day, the storm made landfall" is 5 September, as are "次日" and
"Hôm sau" after a span. What precedes it still counts from its start.
Sentences invented; published 2025-09-10."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates


@pytest.mark.parametrize(
    "lang,text,span,value",
    [
        (
            "en",
            "Crews evacuated the valley from Sept. 3 to 4. The next day, the dam failed.",
            "The next day",
            "2025-09-05",
        ),
        ("zh", "当局9月3日至4日转移了居民，次日水坝溃决。", "次日", "2025-09-05"),
        (
            "vi",
            "Chính quyền sơ tán dân từ ngày 3 đến 4/9. Hôm sau, đập bị vỡ.",
            "Hôm sau",
            "2025-09-05",
        ),
        (
            "en",
            "The festival ran from Sept. 3 to 4. Two days earlier, tickets had sold out.",
            "Two days earlier",
            "2025-09-01",
        ),
    ],
)
def test_relative_after_a_span(lang, text, span, value):
    got = {text[m.start : m.end]: m.value for m in resolve_dates(text, lang, "2025-09-10")}
    assert got[span] == value
