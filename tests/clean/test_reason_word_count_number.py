"""A block's reason counts its words in the right number: a one-word menu
line read "short menu-like line before the article (1 words)" in `newsline
show` and on the document page. Failed at 20f94bdf."""

from __future__ import annotations

from newsline.clean import classify as C


def test_one_word_is_singular_and_others_plural():
    assert C._words(1) == "1 word"
    assert C._words(1.2) == "1 word"
    assert C._words(0) == "0 words"
    assert C._words(2) == "2 words"
    assert C._words(11) == "11 words"


def test_a_one_word_menu_line_reads_one_word():
    from newsline.clean.classify import classify_document
    from newsline.clean.segment import segment_text
    from newsline.model import Document
    from newsline.settings import CleanSettings

    # a Polish site's menu above its article: one word per line
    body = (
        "Rada miasta przyjęła we wtorek budżet na przyszły rok, zwiększając wydatki "
        "na transport publiczny i remonty szkół o jedną piątą."
    )
    lines = ["Kraj", "Świat", "Sport", body]
    lines.append("Radni opozycji głosowali przeciw, wskazując na rosnący dług miasta.")
    text = "\n".join(lines)
    doc = Document(id="t", source="pl.txt", text=text)
    doc.blocks, _ = segment_text(text)
    classify_document(doc, CleanSettings())
    reasons = [r for b in doc.blocks for r in b.reasons]
    assert any("(1 word)" in r for r in reasons), reasons
    assert not any("1 words" in r for r in reasons), reasons
