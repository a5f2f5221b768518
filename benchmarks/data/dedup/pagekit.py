"""Whole invented pages for the dedup held-out sets, each put together from
named blocks so that the block gold is exactly what the construction shares
between pages (used by heldout2/build.py and heldout3/build.py).
"""

from __future__ import annotations

import html
from collections import defaultdict


class Pages:
    """The pages built so far (``docs``: name -> {"html"}) and the gold
    blocks they share (``gold_blocks``: key -> kind, judged, occurrences),
    on the sites of ``sites`` (name -> lang, name, host and chrome texts)."""

    def __init__(self, sites: dict[str, dict]):
        self.sites = sites
        self.docs: dict[str, dict] = {}
        self.gold_blocks: dict[str, dict] = defaultdict(lambda: {"occurrences": []})

    @staticmethod
    def short(text: str, lang: str) -> bool:
        n = len("".join(text.split()))
        return n < (12 if lang in ("zh", "th") else 30)


    def add(self, doc: str, key: str, kind: str, text: str, lang: str, judged: bool | None = None) -> None:
        g = self.gold_blocks[key]
        g.setdefault("kind", kind)
        if judged is None:
            judged = not Pages.short(text, lang)
        g["judged"] = g.get("judged", True) and judged
        g["occurrences"].append({"doc": doc, "text": text})


    def page(self, doc, site, headline, byline, paras, date, variant="full", transform=lambda t: t,
             top=None, embed=None, bio=None, lang=None):
        """paras: [(key, text)]; key None = text of this page only."""
        s = self.sites[site]
        lang = lang or s["lang"]
        e = html.escape
        out = ["<!DOCTYPE html>"]
        amp = variant == "amp"
        out.append(f'<html lang="{lang}"{" amp" if amp else ""}>')
        out.append("<head><meta charset=\"utf-8\">")
        out.append(f"<title>{e(transform(headline))} | {e(s['name'])}</title>")
        out.append(f'<meta property="og:site_name" content="{e(s["name"])}">')
        out.append(f'<meta property="article:published_time" content="{date}">')
        slug = doc.split("-", 2)[-1]
        out.append(f'<link rel="canonical" href="https://{s["host"]}/news/{slug}">')
        if amp:
            out.append('<script async src="https://cdn.ampproject.example/v0.js"></script><style amp-custom>body{font-family:serif}</style>')
        if variant == "print":
            out.append('<meta name="robots" content="noindex"><link rel="stylesheet" href="/print.css" media="print">')
        out.append("</head>")
        body_cls = {"amp": "amp-mode-touch", "print": "print-view", "mobile": "m-page"}.get(variant, "site")
        out.append(f'<body class="{body_cls}">')

        def chrome(part, tag, cls):
            text = s.get(part)
            if text:
                out.append(f'<{tag} class="{cls}">{e(text)}</{tag}>')
                self.add(doc, f"C:{site}:{part}", "chrome", text, lang)

        if variant == "full":
            chrome("cookie", "div", "cookie-banner")
            out.append(f'<header><div class="logo">{e(s["name"])}</div><nav><ul>'
                       + "".join(f'<li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(s["nav"]))
                       + "</ul></nav></header>")
            self.add(doc, f"C:{site}:nav", "chrome", " ".join(s["nav"]), lang, judged=False)
        elif variant == "amp":
            out.append(f'<header class="amp-header"><amp-img src="/logo.png" width="120" height="30" alt="{e(s["name"])}"></amp-img>'
                       '<button on="tap:sidebar.toggle">Menu</button></header>')
            out.append('<amp-sidebar id="sidebar" layout="nodisplay"><ul>'
                       + "".join(f'<li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(s["nav"][:3])) + "</ul></amp-sidebar>")
        elif variant == "mobile":
            out.append(f'<div class="m-top"><a class="m-logo" href="/">{e(s["name"])}</a><span class="m-menu">☰</span></div>')
        elif variant == "print":
            out.append(f'<div class="print-masthead">{e(s["name"])}</div>')

        art_open = {"amp": '<main id="content"><article class="amp-article">',
                    "print": '<div class="print-body">', "mobile": '<section class="m-art">'}.get(variant, "<main><article>")
        art_close = {"amp": "</article></main>", "print": "</div>", "mobile": "</section>"}.get(variant, "</article>")
        out.append(art_open)
        h = transform(headline)
        out.append(f"<h1>{e(h)}</h1>")
        self.add(doc, f"H:{headline[:40]}", "headline", h, lang, judged=False)
        if byline:
            out.append(f'<p class="byline">{e(byline)}</p>')
            self.add(doc, f"B:{byline}", "byline", byline, lang, judged=False)
        if top:
            out.append(f'<p class="update"><strong>{e(top)}</strong></p>')
        for i, (key, text) in enumerate(paras):
            t = transform(text)
            if key and key.startswith("Q:"):
                out.append(f'<blockquote class="quoted">{e(t)}</blockquote>')
            else:
                out.append(f"<p>{e(t)}</p>")
            if key:
                self.add(doc, key, "paragraph" if t == text else "paragraph-folded", t, lang)
            if embed and i == embed[0]:
                out.append(f'<blockquote class="twitter-tweet"><p lang="{lang}" dir="ltr">{e(embed[1])}</p>&mdash; {e(embed[2])} <a href="https://x.example/status/1">{e(embed[3])}</a></blockquote>')
        if bio:
            out.append(f'<aside class="author-bio"><p>{e(bio)}</p></aside>')
            self.add(doc, "BIO:" + bio[:30], "chrome", bio, lang)
        out.append(art_close)
        if variant == "full":
            chrome("newsletter", "div", "newsletter-teaser")
            if s.get("rail"):
                out.append('<aside class="most-read"><h3>Most read</h3><ol>'
                           + "".join(f"<li><a href='/r{i}'>{e(r)}</a></li>" for i, r in enumerate(s["rail"])) + "</ol></aside>")
                for r in s["rail"]:
                    self.add(doc, f"R:{site}:{r}", "chrome", r, lang, judged=False)
            out.append("</main>")
            out.append('<footer>')
            chrome("footer", "p", "footer-text")
            out.append("</footer>")
        elif variant == "amp":
            out.append(f'<amp-ad width="300" height="250" type="adsense"></amp-ad><footer class="amp-footer"><a href="/">{e(s["name"])}</a> · <a href="https://{s["host"]}/news/{slug}">View full site</a></footer>')
        elif variant == "print":
            out.append(f'<p class="print-url">Printed from https://{s["host"]}/news/{slug} on {date[:10]}</p>')
        elif variant == "mobile":
            out.append(f'<div class="m-foot"><a href="/">{e(s["name"])}</a> | <a href="https://{s["host"]}/news/{slug}?desktop=1">电脑版</a></div>')
        out.append("</body></html>")
        self.docs[doc] = {"html": "\n".join(out) + "\n"}

    def write(self, here, groups, hard) -> dict:
        """Write the pages into folder ``here`` (its old pages removed) and
        return the gold built so far: documents, duplicate groups and hard
        negatives (``groups`` / ``hard``: (name, docs, note) triples), blocks."""
        for old in here.glob("*.html"):
            old.unlink()
        for doc, d in self.docs.items():
            (here / f"{doc}.html").write_text(d["html"], encoding="utf-8")
        return {
            "documents": sorted(self.docs),
            "duplicate_groups": [{"group": g, "docs": d, "note": n} for g, d, n in groups],
            "hard_negatives": [{"set": s, "docs": d, "why": w} for s, d, w in hard],
            "blocks": self.shared_blocks(),
        }

    def shared_blocks(self) -> list[dict]:
        """The gold blocks on two pages or more; a paragraph whose copies
        differ in bytes (folded) is kind "paragraph-folded"."""
        blocks = []
        for key, g in sorted(self.gold_blocks.items()):
            docs = {o["doc"] for o in g["occurrences"]}
            if len(docs) < 2:
                continue
            kind = g["kind"]
            if kind == "paragraph" and len({o["text"] for o in g["occurrences"]}) > 1:
                kind = "paragraph-folded"
            blocks.append({"key": key, "kind": kind, "judged": g["judged"], "occurrences": g["occurrences"]})
        return blocks


def paras(key: str, texts: list[str]) -> list[tuple[str, str]]:
    """A story's paragraphs as page() takes them, keyed P:<key>1, P:<key>2, ..."""
    return [(f"P:{key}{i}", t) for i, t in enumerate(texts, 1)]


def own(texts: list[str]) -> list[tuple[None, str]]:
    """Paragraphs only one page has, as page() takes them: no shared key."""
    return [(None, t) for t in texts]
