"""A live blog's entries are set off by the same lines (a time stamp, a
share bar). When the extractor's main text stops one entry short, a
paragraph set off by those same lines is one more entry, not text after the
article; a comment thread after the blog, opened by its own heading, is not."""

from __future__ import annotations

from .helpers import classify_page

ENTRIES = [
    (
        "23:58",
        "Opposition leader claims victory",
        'The opposition leader told supporters in the capital that the results showed "a clear demand for change", although several regions were still counting.',
    ),
    (
        "23:31",
        None,
        "Counting has been suspended in one northern district after a power cut at the tally centre, election officials said.",
    ),
    (
        "22:47",
        "Turnout highest in 20 years",
        "The electoral commission put national turnout at 71 percent, up nine points on the last election, with long queues reported at polling stations in the south.",
    ),
    (
        "22:10",
        None,
        "Polls have now closed across the country. Officials say the first results from rural constituencies should arrive within the hour.",
    ),
    (
        "21:02",
        None,
        "Welcome to our live coverage of election night. We will bring you results, reaction and analysis as they come in.",
    ),
]


def _page(tmp_path, after: str = ""):
    posts = "".join(
        f'<div class="post"><span class="time">{t}</span>'
        + (f"<h3>{h}</h3>" if h else "")
        + f"<p>{p}</p><div><a>Share</a> <a>Copy link</a></div></div>"
        for t, h, p in ENTRIES
    )
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Election night live: results as they come in | The Morning Ledger</title></head><body>
<nav><a>Home</a> <a>Politics</a> <a>World</a> <a>Business</a> <a>Opinion</a></nav>
<h1>Election night live: results as they come in</h1>
<p>Last updated: 23:58</p>{posts}<button>Load more updates</button>{after}
<footer>© 2025 The Morning Ledger</footer></body></html>"""
    path = tmp_path / "en_live.html"
    path.write_text(html, encoding="utf-8")
    doc = classify_page(path)
    return {doc.text[b.start : b.end]: b for b in doc.blocks}


def test_every_entry_of_a_live_blog_is_body(tmp_path):
    got = _page(tmp_path)
    for _, _, para in ENTRIES:
        assert got[para].label == "body", (para, got[para])


def test_comments_after_a_live_blog_stay_out(tmp_path):
    comment = (
        "Who counts the votes in the district without power? Nobody has told us anything at all."
    )
    got = _page(
        tmp_path,
        f"""<section><h3>Comments (2)</h3><div><b>seadog77</b> <span>2 hours ago</span>
<p>{comment}</p><a>Reply</a> <a>Like (12)</a></div>
<div><b>J. Farrow</b> <span>1 hour ago</span><p>Turnout was high in our town too, the queue went round the block twice.</p>
<a>Reply</a> <a>Like (4)</a></div></section>""",
    )
    assert got[comment].label != "body", got[comment]
