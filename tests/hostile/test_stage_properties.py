"""Property tests beyond the readers (issue 8): date resolution and block
segmentation/classification on arbitrary text. No exception escapes, no
stage hides one behind an ``internal_error`` flag, every offset slices the
original text, and blocks never lose text (every non-blank character lies in
a block)."""

from __future__ import annotations

import os
import re
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsline.model import BLOCK_LABELS, Document, make_doc_id
from newsline.settings import Settings

# NEWSLINE_PROPERTY_EXAMPLES=2000 for a long local run.
PROPS = settings(
    deadline=None,
    max_examples=int(os.environ.get("NEWSLINE_PROPERTY_EXAMPLES", "50")),
    suppress_health_check=[HealthCheck.too_slow],
)
# Characters a blank line may hold (the segmenter leaves them outside blocks).
INVISIBLE = set("\x00\u200b\u200c\u200d\u2060\ufeff")
ISO_PARTIAL = re.compile(r"^(-?\d{1,5}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$")

# Fragments that look like dates, numbers and text in the project's languages
# (written for these tests), mixed with arbitrary characters.
FRAGMENTS = [
    "ngày 12/7",
    "hôm qua",
    "tháng 3 năm 2024",
    "thứ hai",
    "31/1",
    "2024-01-31",
    "năm ngoái",
    "7月9日",
    "2023年12月",
    "上周三",
    "昨天",
    "十二月",
    "วันที่ 5 ม.ค. 2567",
    "พ.ศ. 2566",
    "เมื่อวานนี้",
    "January 31, 2024",
    "last Tuesday",
    "31 Jan",
    "T-12",
    "1/2/3",
    "99/99/9999",
    "el 3 de marzo",
    "le 14 juillet 2023",
    "0",
    "12",
    "2024",
    "\n",
    " ",
    "\n\n",
    "。",
    ".",
    # languages read with CLDR month names only (dates/cldr.py)
    "29. August 2024",
    "3.–5. Mai",
    "3 de março de 2024",
    "15 апреля",
    "12.03.2023",
    "Juni",
]
text_strategy = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=25
).map("".join)


@PROPS
@given(
    text=text_strategy,
    lang=st.sampled_from([None, "vi", "th", "zh", "en", "es", "fr", "xx", "de", "pt", "ru", "ja"]),
    published=st.sampled_from(
        [None, "2024-01-31", "2024-01-31T10:00:00+07:00", "2024", "garbage", ""]
    ),
)
def test_date_mentions_slice_the_text(text, lang, published):
    from newsline.dates import resolve_dates

    for m in resolve_dates(text, lang, published):
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start : m.end].strip(), m
        assert ISO_PARTIAL.match(m.value), m
        if m.end_value is not None:
            assert ISO_PARTIAL.match(m.end_value), m


def _run_stages(doc: Document) -> Document:
    from newsline.clean import ClassifyBlocks, SegmentBlocks
    from newsline.dates import ResolveDates

    s = Settings()
    docs = [doc]
    for stage in (SegmentBlocks(s), ClassifyBlocks(s), ResolveDates(s.dates)):
        docs = stage(docs, Counter())
    return docs[0]


def _check_blocks(doc: Document, original: str) -> None:
    assert doc.text == original  # no stage may change the text
    assert not [f for f in doc.flags if f.kind == "internal_error"], doc.flags
    last_end = 0
    covered = bytearray(len(original))
    for b in doc.blocks:
        assert 0 <= b.start <= b.end <= len(original), b
        assert b.start >= last_end, "blocks overlap or are out of order"
        last_end = b.end
        assert b.label in BLOCK_LABELS, b
        assert all(isinstance(r, str) and r for r in b.reasons), b
        covered[b.start : b.end] = b"\x01" * (b.end - b.start)
    lost = [
        i
        for i, ch in enumerate(original)
        if not ch.isspace() and ch not in INVISIBLE and not covered[i]
    ]
    assert not lost, f"text outside every block at {lost[:5]}: {original[lost[0] : lost[0] + 20]!r}"
    for m in doc.dates:
        assert 0 <= m.start < m.end <= len(original), m
    for f in doc.flags:
        if f.start is not None:
            assert 0 <= f.start <= (f.end if f.end is not None else f.start) <= len(original), f


@PROPS
@given(text=text_strategy.filter(lambda t: t.strip()))
@example(text="\x00")  # found by the long run: NUL alone is a blank line, not lost text
def test_blocks_cover_plain_text(text):
    doc = Document(id=make_doc_id("prop", text), source="prop.txt", text=text)
    _check_blocks(_run_stages(doc), text)


@PROPS
@given(paras=st.lists(text_strategy.filter(lambda t: t.strip()), min_size=1, max_size=6))
def test_blocks_cover_html_text(paras):
    from html import escape

    from newsline.readers.html import html_to_text

    html = (
        "<html><head><title>t</title></head><body><nav>Home | World</nav>"
        + "".join(f"<p>{escape(p)}</p>" for p in paras)
        + "<footer>© 2024</footer></body></html>"
    )
    text = html_to_text(html)
    doc = Document(id=make_doc_id("prop", text), source="prop.html", text=text, html=html)
    _check_blocks(_run_stages(doc), text)
