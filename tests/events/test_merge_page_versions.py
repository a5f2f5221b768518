"""A page read again after an update (same URL, new text) is one source in the
timeline, told by its latest version: each version was counted as a source of
the same events ("6 sources" from 5 pages). Pages written for this test (an
invented ferry strike and an invented landslide)."""

from __future__ import annotations

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.events import ExtractEvents, MergeEvents
from newsline.model import Document

PAGES = {
    "en": (
        "https://harbourpost.example/2025/03/ferry-strike",
        "Ferry crews in Piraeus began a 48-hour strike on March 3, 2025, leaving 40 ships "
        "in port. The union said talks with the ministry would resume on March 5, 2025.",
        " Update: the ministry agreed on March 4, 2025 to raise the crews' pay by 6 percent.",
    ),
    "vi": (
        "https://tinbien.example/the-gioi/dinh-cong-pha-piraeus.html",
        "Ngày 3/3/2025, thủy thủ phà ở cảng Piraeus bắt đầu đình công 48 giờ, khiến 40 tàu "
        "nằm lại cảng. Công đoàn cho biết đàm phán với bộ sẽ tiếp tục vào ngày 5/3/2025.",
        " Ngày 4/3/2025, Bộ Hàng hải Hy Lạp đã đồng ý tăng lương cho thủy thủ phà thêm 6%.",
    ),
}
OTHER = (
    "https://puertos.example/grecia/huelga-ferris-pireo",
    "Los tripulantes de los ferris del Pireo iniciaron el 3 de marzo de 2025 una huelga de "
    "48 horas que dejó 40 barcos en el puerto.",
)


def _doc(doc_id: str, url: str, text: str, lang: str) -> Document:
    return Document(
        id=doc_id, source=url, url=url, text=text, lang=lang, published="2025-03-03",
        meta={"story_id": "strike"},
    )


def _prepare(docs: list[Document]) -> list[Document]:
    stats: Counter[str] = Counter()
    ResolveDates()(docs, stats)
    ExtractEvents()(docs, stats)
    return docs


def _sources_per_page(events: list[dict]) -> list[tuple[str, int]]:
    """(event date, how many documents of one URL it cites) where one URL is cited twice."""
    out = []
    for e in events:
        docs_by_url: dict[str, set[str]] = {}
        for s in e["sources"]:
            docs_by_url.setdefault(s["url"] if "url" in s else s["source"], set()).add(s["doc_id"])
        out += [(e["date"], len(v)) for v in docs_by_url.values() if len(v) > 1]
    return out


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_page_updated_between_runs_is_one_source_told_by_its_latest_text(lang):
    url, text, update = PAGES[lang]
    merger = MergeEvents()
    stats: Counter[str] = Counter()
    first = _prepare([_doc("v1", url, text, lang), _doc("es", OTHER[0], OTHER[1], "es")])
    merger(first, stats)  # day one
    merger(_prepare([_doc("v2", url, text + update, lang)]), stats)  # the re-crawl
    events = merger.finalize()["events"]
    cited = {s["doc_id"] for e in events for s in e["sources"]}
    assert "v1" not in cited and {"v2", "es"} <= cited, cited
    assert _sources_per_page(events) == []
    # the update is in the timeline
    assert any(e["date"] == "2025-03-04" for e in events), [e["date"] for e in events]


def test_state_saved_between_runs_still_knows_the_page():
    url, text, update = PAGES["en"]
    a = MergeEvents()
    a(_prepare([_doc("v1", url, text, "en")]), Counter())
    b = MergeEvents()
    b.load_state(a.state_dict())
    b(_prepare([_doc("v2", url, text + update, "en")]), Counter())
    cited = {s["doc_id"] for e in b.finalize()["events"] for s in e["sources"]}
    assert cited == {"v2"}, cited


def test_unrelated_texts_under_one_url_are_both_kept():
    # a feed that gives every item its site's home page as link
    home = "https://harbourpost.example/"
    other = (
        "A landslide closed the coastal road near Kalamata on March 4, 2025, the police said. "
        "Engineers expect to reopen it on March 10, 2025."
    )
    merger = MergeEvents()
    merger(_prepare([_doc("a", home, PAGES["en"][1], "en")]), Counter())
    merger(_prepare([_doc("b", home, other, "en")]), Counter())
    cited = {s["doc_id"] for e in merger.finalize()["events"] for s in e["sources"]}
    assert cited == {"a", "b"}, cited


def test_texts_piped_in_are_no_versions_of_one_page():
    # two texts piped on standard input share the source "<stdin>", not a page:
    # the second quoting the first (a follow-up with the whole first report)
    # is another source, as it is for search, the document page and the run
    # count, which all ask newsline.model.page_names
    url, text, update = PAGES["en"]
    first = Document(id="s1", source="<stdin>", text=text, lang="en", published="2025-03-03")
    second = Document(
        id="s2", source="<stdin>", text=text + update, lang="en", published="2025-03-04"
    )
    merger = MergeEvents()
    merger(_prepare([first]), Counter())
    merger(_prepare([second]), Counter())
    cited = {s["doc_id"] for e in merger.finalize()["events"] for s in e["sources"]}
    assert cited == {"s1", "s2"}, cited
