"""A page with no publish date of its own is dated by the day its URL's path
names ("/2025/03/14/slug", "/20250314-slug"): news sites file articles by the
day they ran. Without it, "ayer" and "vendredi dernier" on such a page were no
date at all. Story12's Thai page (no stamp, its day only in its URL) showed
the defect; these pages are Spanish, French and Vietnamese."""

from collections import Counter

import pytest

from newsline.dates import ResolveDates
from newsline.model import Block, Document


def _doc(lines, labels, lang, url):
    text = "\n".join(lines)
    blocks, pos = [], 0
    for line, label in zip(lines, labels):
        blocks.append(Block(pos, pos + len(line), label, lang))
        pos += len(line) + 1
    return Document(id="d", source=url, url=url, text=text, lang=lang, blocks=blocks)


@pytest.mark.parametrize(
    "line, lang, url, published, day",
    [
        (
            "El incendio de la fábrica de Tarrasa se declaró ayer por la tarde.",
            "es",
            "https://cronica-del-valles.example/sucesos/2025/03/14/incendio-fabrica-tarrasa.html",
            "2025-03-14",
            "2025-03-13",
        ),
        # a compact day; Tuesday 9 September 2025: "vendredi dernier" is the 5th
        (
            "Le conseil municipal de Besançon a voté vendredi dernier la hausse des tarifs.",
            "fr",
            "https://lest-hebdo.example/politique/20250909-besancon-tarifs",
            "2025-09-09",
            "2025-09-05",
        ),
    ],
)
def test_relative_days_count_from_the_day_in_the_url(line, lang, url, published, day):
    doc = _doc([line], ["body"], lang, url)
    ResolveDates()([doc], Counter())
    assert doc.published == published and doc.meta["published_from_url"] == published
    assert day in [m.value for m in doc.dates]


@pytest.mark.parametrize(
    "lines, labels, lang, url, published, day",
    [
        (
            ["Ngày đăng: 16/05/2025 07:10", "Hôm qua, cầu Rồng tạm ngừng phun lửa để bảo trì."],
            ["metadata", "body"],
            "vi",
            "https://tin-mien-trung.example/2025/05/10/cau-rong-bao-tri",
            None,
            "2025-05-15",
        ),
        (
            ["The ferry resumed service yesterday."],
            ["body"],
            "en",
            "https://harbour-post.example/2025/05/10/ferry",
            "2025-05-12",
            "2025-05-11",
        ),
    ],
)
def test_a_visible_stamp_or_a_stated_date_outranks_the_urls_day(
    lines, labels, lang, url, published, day
):
    doc = _doc(lines, labels, lang, url)
    doc.published = published
    ResolveDates()([doc], Counter())
    assert doc.published == (published or "2025-05-16") and "published_from_url" not in doc.meta
    assert day in [m.value for m in doc.dates]


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
