"""More whole invented pages (``tests/clean/pages/``, invented text and
sites) in styles the other page tests do not cover: subscription walls,
embedded posts, pages in languages outside the dated six. Read by the
reader, labelled by the real stages (segment, langid, classify)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.langid import IdentifyLanguages
from newsline.model import Document
from newsline.readers import read_path
from newsline.settings import Settings

from .helpers import BODY, classify_lines

pytest.importorskip("trafilatura")

PAGES = Path(__file__).parent / "pages"
S = Settings()


def _page(name: str) -> Document:
    (doc,) = list(read_path(str(PAGES / name), S))
    assert isinstance(doc, Document), doc
    stats: Counter[str] = Counter()
    for stage in (SegmentBlocks(S), IdentifyLanguages(S.lang), ClassifyBlocks(S)):
        stage([doc], stats)
    return doc


def _blocks(doc: Document) -> dict[str, tuple[str, str | None]]:
    return {doc.text[b.start : b.end]: (b.label, b.lang) for b in doc.blocks}


def test_subscription_wall_teaser_inside_the_main_text_is_not_body():
    # the wall's box sits inside <article>: trafilatura keeps its sentences
    doc = _page("en_paywall.html")
    got = _blocks(doc)
    teaser = next(t for t in got if t.startswith("You've reached your limit"))
    assert got[teaser][0] == "navigation", got[teaser]
    assert got["Already a subscriber? Log in"][0] == "navigation"
    assert got["Subscribe to continue reading"][0] == "navigation"
    body = [t for t, (lab, _) in got.items() if lab == "body"]
    assert body[-1].startswith("Local health campaigners welcomed")


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to continue reading",
        "Already a subscriber? Sign in",
        "Réservé aux abonnés",
        "Ya eres suscriptor? Inicia sesión",
        "订阅后继续阅读全文",
    ],
)
def test_subscription_wall_prompt_lines_are_navigation(line):
    lang = "vi" if not line.isascii() else "en"
    out = classify_lines([*BODY[lang][:2], line, *BODY[lang][2:]])
    assert out[line][0] == "navigation", out[line]


@pytest.mark.parametrize(
    "para",
    [
        "Streaming services now offer unlimited access to films for a monthly fee, the report found.",
        "The newspaper said it had gained 40,000 subscribers since it began charging for articles.",
    ],
)
def test_sentences_about_subscriptions_stay_body(para):
    from .helpers import BODY_EN

    out = classify_lines([*BODY_EN[:2], para, *BODY_EN[2:]])
    assert out[para][0] == "body", out[para]


def test_embedded_post_and_its_signature_stay_in_the_article():
    # an embedded post: its text, then "— Name (@handle) date". The signature
    # says who wrote the quoted post (who said it), so it stays with it
    doc = _page("en_tweet.html")
    got = _blocks(doc)
    post = next(t for t in got if t.startswith("Crews are working through the night"))
    assert got[post][0] == "body"
    assert got["— Eastshire Power (@EastshirePower) March 2, 2025"][0] == "body"
    assert got["By Tom Rees"][0] == "byline"

