"""FlagDocuments: tell the reader what to distrust in a page, and why.

Runs after languages, block labels and dates are known. Adds
:class:`~newsline.model.Flag` objects of kinds ``spam``, ``foreign_block``,
``content_farm``, ``machine_translation`` and ``suspect_date``, each with a
sentence a person understands, the span concerned and its evidence in
``data``. Each rule runs on its own: a rule that fails on a page adds a note
to ``doc.meta["warnings"]`` and the other rules still run.

This stage must never change the text or the blocks, and never let an
exception escape for one bad document. It changes a label in one way only: a
body block it finds to be an injection (an off-topic foreign passage, an
advert) is set aside, keeping its text, with the flag's reason.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import replace

from ..model import Document, Flag
from ..pipeline import Stage
from ..settings import FlagSettings
from ..textnorm import composed_view, needs_composing
from . import rules as R

KINDS = ("spam", "foreign_block", "content_farm", "machine_translation", "suspect_date")


class FlagDocuments(Stage):
    name = "flags"
    parallel = True

    def __init__(self, settings: FlagSettings | None = None) -> None:
        self.settings = settings or FlagSettings()

    def __call__(self, docs: list[Document], stats: Counter[str]) -> list[Document]:
        for doc in docs:
            try:
                new = self.flag(doc)
            except Exception as e:  # noqa: BLE001
                stats["flags.errors"] += 1
                doc.meta.setdefault("warnings", []).append(
                    f"flagging failed on {doc.source}: {type(e).__name__}: {e}"
                )
                continue
            # Re-running the stage replaces its own flags instead of doubling them.
            doc.flags = [f for f in doc.flags if f.kind not in KINDS] + new
            for f in new:
                stats[f"flags.{f.kind}"] += 1
            stats["flags.set_aside_foreign"] += set_aside_off_topic_foreign(doc, new)
            stats["flags.set_aside_spam"] += set_aside_injected_spam(doc, new)
            stats["flags.set_aside_notice"] += set_aside_machine_made_notice(doc, new)
        return docs

    def flag(self, doc: Document) -> list[Flag]:
        if needs_composing(doc.text):
            return self._flag_composed(doc)
        return self._flag(doc)

    def _flag_composed(self, doc: Document) -> list[Flag]:
        """A page typed with combining marks, or in windows-1258 ("a" +
        U+0323 where the cue tables spell "ạ"), is flagged on its composed
        view, as the cleaner and the dates read it: its adverts' trade words
        were never met. The flags' spans are mapped back to the stored text."""
        composed, fwd, back = composed_view(doc.text)
        shadow = copy.copy(doc)
        shadow.text = composed
        shadow.blocks = [replace(b, start=fwd[b.start], end=fwd[b.end]) for b in doc.blocks]
        shadow.dates = [replace(m, start=fwd[m.start], end=fwd[m.end]) for m in doc.dates]
        flags = self._flag(shadow)
        for f in flags:
            f.start = None if f.start is None else back[f.start]
            f.end = None if f.end is None else back[f.end]
        return flags

    def _flag(self, doc: Document) -> list[Flag]:
        st = self.settings
        units = R.units_of(doc)
        out: list[Flag] = []

        def run(rule, *args):
            try:
                return rule(doc, units, st, *args)
            except Exception as e:  # noqa: BLE001 - one rule failing must not hide the others
                doc.meta.setdefault("warnings", []).append(
                    f"flag rule {rule.__name__} failed on {doc.source}: {type(e).__name__}: {e}"
                )
                return []

        out += run(R.spam_flags)
        out += run(R.alt_text_spam_flags)
        out += run(R.lure_flags)
        out += run(R.giveaway_flags)
        out = R.without_advert_shape_twins(out)
        out += run(R.injection_flags)
        out += run(R.foreign_flags)
        out += run(R.farm_flags)
        out += run(R.stitched_article_flags)
        out += run(R.credited_items_flags)
        out += run(R.spun_flags)
        out += run(R.farm_wrapper_flags)
        out += run(R.generated_faq_flags)
        out += run(R.name_variant_flags)
        out += run(R.era_year_flags)
        out += run(R.mixed_script_flags, list(out))
        out += run(R.punctuation_flags)
        # what the translation rules find below their own counts, pooled
        signs: dict[str, list] = {}
        out += run(R.untranslated_flags, signs)
        out += run(R.left_untranslated_flags, signs)
        out += run(R.stutter_flags, signs)
        out += run(R.calque_flags, signs)
        out += run(R.doubled_word_flags, signs)
        out += run(R.translation_signs_flags, signs, list(out))
        out += run(R.suspect_date_flags)
        # last: it weighs the other rules' flags as farm signs
        out += run(R.credited_repost_flags, list(out))
        return out


def set_aside_off_topic_foreign(doc: Document, flags: list[Flag]) -> int:
    """Label body blocks that are off-topic foreign-language insertions 'foreign'.

    An on-topic passage in a second language is content and stays in the body
    (flagged); an off-topic one is an injection and is set aside, keeping its
    text and the flag's reason.
    """
    off_topic = [f for f in flags if f.kind == "foreign_block" and not f.data.get("on_topic", True)]
    return _set_aside(doc, off_topic, "foreign")


def set_aside_injected_spam(doc: Document, flags: list[Flag]) -> int:
    """Label body blocks that a spam flag of this stage found to be an
    injected advert 'spam' ("Préstamos rápidos sin aval, dinero en tu cuenta
    en 10 minutos…" between two paragraphs of a report on something else).

    The flag already judged that the article is not about such trade (its
    headline and its other paragraphs name none); a flagged advert left as
    body would be read, clustered and quoted as the article's text. The block
    keeps its text and gets the flag's reason. So does a block of
    instructions planted for AI assistants (a prompt injection): left as
    body, it would be fed to the machines it was written to steer.
    """
    adverts = [
        f
        for f in flags
        if f.kind == "spam" and f.data.get("source") == "flags" and f.start is not None
    ]
    return _set_aside(doc, adverts, "spam")


# how much of a block may follow the page's notice about itself for the block
# to be the notice ("... from the internet. SiteName is not responsible for
# its content."), not a paragraph of the article that ends with one
NOTICE_TAIL_MAX_CHARS = 160


def set_aside_machine_made_notice(doc: Document, flags: list[Flag]) -> int:
    """Label 'footer' a body block that is the page's notice about itself
    ("Bài viết được tổng hợp tự động từ nhiều nguồn tin trên internet", "本站
    文章均由程序自动采集", "This article was generated by AI"): a site's
    apparatus, like its copyright line, not the article -- left as body it
    is quoted, clustered and searched as the article's text. The block must
    open with the notice and hold little else; a paragraph of the article
    that ends with one stays body (the flag still points at it)."""
    n = 0
    for f in flags:
        if (
            f.kind != "content_farm"
            or f.data.get("signal") != "machine_made_notice"
            or f.start is None
        ):
            continue
        for b in doc.blocks:
            if (
                b.label == "body"
                and b.start <= f.start < b.end
                and not doc.text[b.start : f.start].strip()
                and len(doc.text[(f.end or f.start) : b.end].strip()) <= NOTICE_TAIL_MAX_CHARS
            ):
                b.label = "footer"
                b.reasons.append(f"set aside: {f.reason}")
                n += 1
    return n


def _set_aside(doc: Document, flags: list[Flag], label: str) -> int:
    """Body blocks inside each flag's span relabelled ``label``, keeping their
    text and the flag's reason; returns how many."""
    n = 0
    for f in flags:
        for b in doc.blocks:
            if b.label == "body" and b.start >= (f.start or 0) and b.end <= (f.end or 0):
                b.label = label
                b.reasons.append(f"set aside: {f.reason}")
                n += 1
    return n
