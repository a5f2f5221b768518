"""A page's own publish stamp fills Document.published when the reader found none."""

from collections import Counter

from newsline.dates import ResolveDates
from newsline.model import Block, Document


def _doc(lines, labels, lang):
    text = "\n".join(lines)
    blocks, pos = [], 0
    for line, label in zip(lines, labels):
        blocks.append(Block(pos, pos + len(line), label, lang))
        pos += len(line) + 1
    return Document(id="d", source="s", text=text, lang=lang, blocks=blocks)


def test_stamp_block_sets_published_vi_and_en():
    vi = _doc(
        ["Ngày đăng: 15/03/2025 08:30", "Hôm qua, hội nghị đã bế mạc tại Viêng Chăn."],
        ["metadata", "body"],
        "vi",
    )
    en = _doc(
        ["Published 15 March 2025", "Yesterday the meeting closed in Vientiane."],
        ["metadata", "body"],
        "en",
    )
    ResolveDates()([vi, en], Counter())
    assert vi.published == "2025-03-15" and vi.meta["published_from_stamp"] == "2025-03-15"
    assert en.published == "2025-03-15"


def test_date_in_body_does_not_become_published():
    en = _doc(["The summit opened on 15 March 2025 in Vientiane."], ["body"], "en")
    ResolveDates()([en], Counter())
    assert en.published is None


def test_visible_stamp_outranks_the_extractors_guess():
    """trafilatura/htmldate may guess a page's date from its copyright year
    (2025 -> 2025-01-01); the page's own stamp line, Buddhist era here, wins."""
    th = _doc(
        ["วันที่ 18 มีนาคม 2568 เวลา 14:20 น.", "เมื่อวานนี้ ที่ประชุมอนุมัติงบประมาณสร้างสะพาน"],
        ["metadata", "body"],
        "th",
    )
    th.published = "2025-01-01"
    th.meta["published_from_extractor"] = "2025-01-01"
    ResolveDates()([th], Counter())
    assert th.published == "2025-03-18"
    assert "2025-03-17" in [m.value for m in th.dates]  # "yesterday" from the stamp


def test_explicit_metadata_date_is_kept_over_the_stamp():
    """A <meta> publication time the reader found is the page's own statement."""
    en = _doc(
        ["Published 15 March 2025", "Yesterday the meeting closed."], ["metadata", "body"], "en"
    )
    en.published = "2025-03-16"
    ResolveDates()([en], Counter())
    assert en.published == "2025-03-16"


def test_the_day_a_files_path_names_is_the_reference_when_the_page_states_none():
    """Corpora file pages by day ("…/2011-02-16/ext_59.txt"): without it, "el
    pasado 16 de febrero" took the year of a birth date in the text (1982)."""
    es = _doc(
        [
            (
                "Saif Arab nació en 1982. Desde que comenzó el conflicto, el pasado 16 de febrero, "
                "apenas ha aparecido en público."
            )
        ],
        ["body"],
        "es",
    )
    es.meta["date_from_path"] = "2011-04-30"
    ResolveDates()([es], Counter())
    assert "2011-02-16" in [m.value for m in es.dates]
    assert es.published == "2011-04-30" and es.meta["published_from_path"] == "2011-04-30"


def test_the_pages_own_stamp_outranks_the_paths_day():
    en = _doc(
        ["Published 15 March 2025", "Yesterday the meeting closed in Vientiane."],
        ["metadata", "body"],
        "en",
    )
    en.meta["date_from_path"] = "2025-04-01"
    ResolveDates()([en], Counter())
    assert en.published == "2025-03-15" and "published_from_path" not in en.meta
    assert "2025-03-14" in [m.value for m in en.dates]
