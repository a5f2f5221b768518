"""Link lists planted on hacked pages (invented pages, in languages and
trades heldout6 does not use): the cleaner reads them as navigation or
related links, so they were never read as spam. Near misses: a related-links
list of real stories, one of them on the trade; a list on the very trade the
article reports on."""

from __future__ import annotations

from tests.clean.helpers import BODY
from tests.flags.helpers import flagged, kinds, span

LISTS = {
    "es": [
        "comprar viagra sin receta en españa",
        "cialis genérico envío urgente",
        "levitra barato sin receta",
        "casino online con bono de bienvenida",
    ],
    "de": [
        "viagra ohne rezept bestellen",
        "cialis generika ohne rezept",
        "online casino mit freispiele",
        "sofortkredit ohne schufa heute",
    ],
    "en": [
        "best online casino bonus codes",
        "free spins no deposit uk",
        "payday loans no credit check",
        "replica watches cheap",
        "Weather",
    ],
}
TITLE = {
    "es": "El pueblo celebra sus fiestas de San Juan",
    "de": "Feuerwehr bekommt neues Löschfahrzeug",
    "en": "Allotment society wins county garden prize",
}


def _page(lang: str, items: list[str], title: str | None = None) -> tuple[str, dict[int, str]]:
    b = BODY[lang]
    lines = [title or TITLE[lang], b[0], b[1], b[2], *items]
    labels = {0: "title"} | {k: "related" for k in range(4, 4 + len(items))}
    return "\n".join(lines) + "\n", labels


def test_pharmacy_and_casino_link_lists_are_spam():
    for lang, items in LISTS.items():
        text, labels = _page(lang, items)
        doc = flagged(text, labels=labels)
        got = kinds(doc, "spam")
        assert len(got) == 1, (lang, [(f.kind, f.reason) for f in doc.flags])
        assert items[0] in span(doc, got[0]) and items[3] in span(doc, got[0])


def test_related_stories_with_one_trade_word_are_not_a_planted_list():
    items = [
        "Council to review bin collection rounds",
        "Man fined for running an unlicensed online casino",
        "New cycle lane opens on the high street",
        "School celebrates its centenary",
    ]
    text, labels = _page("en", items)
    doc = flagged(text, labels=labels)
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]


def test_a_list_on_the_trade_the_article_reports_is_its_topic():
    lang = "en"
    body = (
        "Regulators blocked 40 websites selling viagra, cialis and levitra without "
        "prescription, and warned buyers about payday loans and replica watches offered beside them."
    )
    items = [
        "viagra without prescription: the risks",
        "how to spot fake cialis",
        "levitra and your heart",
        "payday loans: a guide",
    ]
    b = BODY[lang]
    lines = ["Regulator shuts fake online pharmacies", b[0], body, b[1], *items]
    labels = {0: "title"} | {k: "related" for k in range(4, 8)}
    doc = flagged("\n".join(lines) + "\n", labels=labels)
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
