"""A page with no publish date of its own is dated by the day its URL's path
names ("/2025/03/14/slug", "/20250314-slug"): news sites file articles by the
day they ran. Without it, "ayer" and "vendredi dernier" on such a page were no
date at all. Story12's Thai page (no stamp, its day only in its URL) showed
the defect; these pages are Spanish, French and Vietnamese."""

from collections import Counter

from newsline.dates import ResolveDates
from newsline.model import Block, Document


def _doc(lines, labels, lang, url):
    text = "\n".join(lines)
    blocks, pos = [], 0
    for line, label in zip(lines, labels):
        blocks.append(Block(pos, pos + len(line), label, lang))
        pos += len(line) + 1
    return Document(id="d", source=url, url=url, text=text, lang=lang, blocks=blocks)


def test_yesterday_counts_from_the_day_in_the_url_es():
    es = _doc(
        ["El incendio de la fábrica de Tarrasa se declaró ayer por la tarde."],
        ["body"],
        "es",
        "https://cronica-del-valles.example/sucesos/2025/03/14/incendio-fabrica-tarrasa.html",
    )
    ResolveDates()([es], Counter())
    assert es.published == "2025-03-14" and es.meta["published_from_url"] == "2025-03-14"
    assert "2025-03-13" in [m.value for m in es.dates]


def test_a_compact_day_in_the_url_fr():
    fr = _doc(
        ["Le conseil municipal de Besançon a voté vendredi dernier la hausse des tarifs."],
        ["body"],
        "fr",
        "https://lest-hebdo.example/politique/20250909-besancon-tarifs",
    )
    ResolveDates()([fr], Counter())
    # Tuesday 9 September 2025: "vendredi dernier" is the 5th
    assert fr.published == "2025-09-09"
    assert "2025-09-05" in [m.value for m in fr.dates]


def test_a_visible_stamp_outranks_the_urls_day_vi():
    vi = _doc(
        ["Ngày đăng: 16/05/2025 07:10", "Hôm qua, cầu Rồng tạm ngừng phun lửa để bảo trì."],
        ["metadata", "body"],
        "vi",
        "https://tin-mien-trung.example/2025/05/10/cau-rong-bao-tri",
    )
    ResolveDates()([vi], Counter())
    assert vi.published == "2025-05-16" and "published_from_url" not in vi.meta
    assert "2025-05-15" in [m.value for m in vi.dates]


def test_a_stated_publish_date_outranks_the_urls_day():
    en = _doc(
        ["The ferry resumed service yesterday."],
        ["body"],
        "en",
        "https://harbour-post.example/2025/05/10/ferry",
    )
    en.published = "2025-05-12"
    ResolveDates()([en], Counter())
    assert en.published == "2025-05-12" and "published_from_url" not in en.meta
    assert "2025-05-11" in [m.value for m in en.dates]


def test_no_day_from_the_host_or_the_query():
    for url in (
        "https://archive.example/search?from=2025-05-10&q=ferry",
        "https://20250510.example/ferry",
        "not a url at all [",
    ):
        en = _doc(["The ferry resumed service yesterday."], ["body"], "en", url)
        ResolveDates()([en], Counter())
        assert en.published is None, url
        assert "published_from_url" not in en.meta
