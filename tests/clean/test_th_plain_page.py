"""A Thai news page scraped as plain text (invented page): the section bar
above the headline (short Thai words between single spaces) was taken for
the headline; a paragraph after a related list of bare headlines was taken
for one more teaser, as Thai writes no sentence mark; "แท็กที่เกี่ยวข้อง: …"
ran on in the list."""

from __future__ import annotations

from pathlib import Path

from .helpers import BODY, classify_lines, classify_page

PAGES = Path(__file__).parent / "pages"


def test_thai_plain_text_page():
    doc = classify_page(PAGES / "th_plain_budget.txt")
    got = {b.text_of(doc): (b.label, b.reasons) for b in doc.blocks}
    assert doc.title == "ครม.ไฟเขียวงบ 2 พันล้าน ซ่อมถนนชนบททั่วประเทศ"
    menu = "หน้าแรก ข่าว การเมือง เศรษฐกิจ กีฬา บันเทิง ไลฟ์สไตล์"
    assert got[menu][0] == "navigation", got[menu]
    resumed = next(t for t in got if t.startswith("นอกจากนี้"))
    assert got[resumed][0] == "body", got[resumed]
    tags = next(t for t in got if t.startswith("แท็กที่เกี่ยวข้อง"))
    assert got[tags][0] == "navigation", got[tags]


def test_teasers_with_summaries_stay_in_the_list():
    # a related list whose items are headline and summary: the summaries are
    # the list's, not the article going on
    b = BODY["en"]
    lines = [
        *b,
        "Related stories",
        "Town hall to get solar panels",
        "The council approved the plan after a two-year study of the roof and its wiring.",
        "Library opens on Sundays",
        "The central library will open on Sunday afternoons from next month, the city said.",
        "© 2026 Riverside Gazette",
    ]
    out = classify_lines(lines)
    for line in lines[5:9]:
        assert out[line][0] == "related", (line, out[line])
