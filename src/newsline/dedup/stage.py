"""The ``dedup`` stage: exact, near-duplicate and repeated-block detection.

What it is for: linking every copy of a text -- the same article syndicated
on several sites, reposted with a changed headline or a boilerplate footer,
one paragraph quoted everywhere, one teaser on every page of a site -- to the
first copy seen, with an estimated similarity, incrementally across runs.

Annotations (``doc.meta``):
  ``duplicate_of``     id of the first document with the same normalised cleaned text
  ``near_duplicates``  [{"id", "similarity"}] earlier documents whose estimated
                       Jaccard similarity of character shingles >= threshold,
                       compared on the cleaned text less the spans the flags
                       stage found injected (spam lines, keyword-stuffed blocks),
                       diacritics dropped with ``fold_marks`` on (a stripped
                       repost is then the same text)
  ``duplicate_blocks`` [{"block", "start", "end", "group", "count", "first"}] blocks
                       whose normalised text (diacritics dropped with
                       ``fold_marks``) was seen before ("count" so far)

``finalize()`` returns ``{"duplicates": [...]}``, one row per link, so the
earlier document learns about the later ones too: kind "exact" / "near"
(whole documents) or "block" (the first repeated block shared by a pair
not otherwise linked; every repeated block stays in ``duplicate_blocks``).

It must never drop, merge or edit a document: it only annotates. It keeps
no text in its state, only 64-bit keys and MinHash signatures.
"""

from __future__ import annotations

import io
import json
import re
import zlib
from array import array
from collections import Counter
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import numpy as np

from ..model import KEPT_LABELS, Document
from ..pipeline import Stage
from ..settings import DedupSettings, Settings
from .lsh import LSHIndex, signatures
from .shingles import fold_marks, fold_marks_many, normalise, shingle_hashes, text_key

# Bump whenever normalise(), text_key() or the shingle hashing changes: a
# saved state's keys and signatures are then not comparable with new ones;
# load_state refuses it and the runner rebuilds it from the stored documents.
# 2: punctuation width and spacing, Arabic letters, compatibility forms.
# 3: near-duplicate shingles and block keys may be read without diacritics
#    (DedupSettings.fold_marks, in the fingerprint); kept characters,
#    figures and ledes per document.
# 4: diacritics folded per character in the shingler; near text less the
#    blocks the page's own site repeats; the site of each document.
# 5: the space inside a guillemet and a run of hyphens read as a dash.
# 6: Taiwan's words in Traditional text read as the mainland's.
# 7: number separators, digits of every script, entities escaped twice, "、";
#    a gallery page's captions compared with its kept text.
# 8: a document's figures less those only its headline holds.
# 9: documents in DedupSettings.fold_marks_languages read folded always.
_STATE_VERSION = 9
# the combining marks fold_marks drops
_MARKS = "".join(map(chr, range(0x300, 0x370)))
# kinds in the pair table
_EXACT, _NEAR = 0, 1
# earlier documents with one set of figures compared with a new one at most
_REWORDED_CANDIDATES = 32


# Flags whose span is text injected into the article, not the article itself:
# a content farm's repost of a wire story carries them, the wire copies do not.
# An off-topic foreign block (foreign_block, on_topic false) is one too.
_INJECTED_SIGNALS = frozenset({"keyword_stuffing", "keyword_lines"})


def _injected_spans(doc: Document) -> list[tuple[int, int]]:
    out = []
    for f in doc.flags:
        if f.start is None or f.end is None or f.end <= f.start:
            continue
        data = f.data or {}
        if (
            f.kind == "spam"
            or (f.kind == "content_farm" and data.get("signal") in _INJECTED_SIGNALS)
            or (f.kind == "foreign_block" and not data.get("on_topic", True))
        ):
            out.append((f.start, f.end))
    return sorted(out)


# A photo gallery's captions are its content: its pages share a title and an
# introduction and differ by their captions, which clean labels "caption"
# (not kept). On a page whose captions hold at least as much text as its
# kept body (the title aside), the captions are compared with the kept
# blocks: two pages of one gallery are then two pages, not one page twice.
# An article with a photo or two is compared on its kept text alone, so a
# copy that swaps the photo is still its copy.
_GALLERY_LABELS = KEPT_LABELS | {"caption"}


def compared_labels(doc: Document) -> frozenset[str]:
    """The block labels whose text dedup compares: the kept ones, and the
    captions on a page that is mostly captions (see ``_GALLERY_LABELS``)."""
    captions = body = 0
    for b in doc.blocks:
        if b.label == "caption":
            captions += b.end - b.start
        elif b.label in KEPT_LABELS and b.label != "title":
            body += b.end - b.start
    return _GALLERY_LABELS if captions and captions >= body else KEPT_LABELS


def compared_text(doc: Document, labels: frozenset[str] = KEPT_LABELS) -> str:
    """The text of ``doc``'s blocks labelled in ``labels``, joined as
    ``Document.clean_text`` joins the kept ones (the text if unblocked)."""
    if labels is KEPT_LABELS or not doc.blocks:
        return doc.clean_text()
    return "\n\n".join(doc.text[b.start : b.end] for b in doc.blocks if b.label in labels)


def near_text(
    doc: Document, leave_out: frozenset[int] = frozenset(), labels: frozenset[str] = KEPT_LABELS
) -> str:
    """The text near-duplicates are compared on: the cleaned text (kept blocks,
    or the blocks labelled in ``labels``) less the spans flagged as injected
    spam, which a block classifier may keep as body (a long advert line, a
    keyword-stuffed paragraph), and less the blocks numbered in ``leave_out``."""
    cut = _injected_spans(doc)
    if not doc.blocks or (not cut and not leave_out):
        return compared_text(doc, labels)
    parts = []
    for i, b in enumerate(doc.blocks):
        if b.label not in labels or i in leave_out:
            continue
        pos = b.start
        for s, e in cut:
            if e <= pos or s >= b.end:
                continue
            if s > pos:
                parts.append(doc.text[pos:s])
            pos = max(pos, e)
        if pos < b.end:
            parts.append(doc.text[pos : b.end])
    return "\n\n".join(parts)


# Figures in a text: digit runs with their thousands and decimal separators
# (a separator ending a sentence is cut off below). ASCII digits: normalise
# has read Thai and full-width ones so; [0-9] scans 2.5 times faster than \d.
_FIGURE = re.compile(r"[0-9][0-9.,]*")
_ANY_DIGIT = re.compile(r"\d")


def figure_bits(text: str, headline: str = "") -> tuple[int, int]:
    """The figures of ``text`` as two 64-bit masks (one bit per figure, by
    CRC-32, deterministic across runs): 16 bytes a document, enough to tell
    a text whose figures are another's from one whose figures are new.

    A figure that ``text`` holds only in its ``headline`` (normalised as
    ``text``; a part of it) is not counted: a content farm's clickbait
    headline writes in digits what the article spells ("18 mois" /
    "dix-huit mois") or adds a count of its own ("5 things"), and the
    copy's body keeps its source's figures all the same."""
    found = _FIGURE.findall(text)
    in_headline = _FIGURE.findall(headline) if headline else None
    if in_headline:
        times: dict[str, int] = {}
        for f in in_headline:
            f = f.rstrip(".,")
            times[f] = times.get(f, 0) + 1
        # as often in the whole text as in the headline (list.count runs in
        # C; a figure ending a sentence is found with its full stop or comma)
        only_there = {
            f
            for f, n in times.items()
            if found.count(f) + found.count(f + ".") + found.count(f + ",") <= n
        }
        if only_there:
            found = [f for f in found if f.rstrip(".,") not in only_there]
    bits = 0
    for f in set(found):
        bits |= 1 << (zlib.crc32(f.rstrip(".,").encode()) & 127)
    return bits >> 64, bits & 0xFFFFFFFFFFFFFFFF


def headline_text(doc: Document, labels: frozenset[str] = KEPT_LABELS) -> str:
    """The text of ``doc``'s first block labelled "title" ("": none, or
    titles not compared); it comes early on a page, so the search stops."""
    if "title" in labels:
        for b in doc.blocks:
            if b.label == "title":
                return doc.text[b.start : b.end]
    return ""


def _blocks_of(doc: Document) -> list[tuple[int | None, int, int]]:
    """(block index, start, end) of every block; lines when unsegmented."""
    if doc.blocks:
        return [(i, b.start, b.end) for i, b in enumerate(doc.blocks)]
    out, pos = [], 0
    for line in doc.text.split("\n"):
        out.append((None, pos, pos + len(line)))
        pos += len(line) + 1
    return out


class _Shared(NamedTuple):
    """What a page shares with earlier documents through its kept blocks."""

    by_doc: dict[int, list[int]]  # earlier document -> [characters, blocks] first seen there
    keys: set[int]  # keys of the page's blocks
    lede_repeated: bool  # its first kept body block was seen before
    # kept body blocks that are its site's boilerplate (see Deduplicate._blocks)
    site_repeated: frozenset[int]


class Deduplicate(Stage):
    """Sequential stage; see the module docstring."""

    name = "dedup"
    parallel = False

    def __init__(self, settings: Settings | DedupSettings | None = None):
        # Accept the whole Settings (as default_stages passes it) or the section.
        if isinstance(settings, Settings):
            settings = settings.dedup
        self.settings = settings or DedupSettings()
        s = self.settings
        self.index = LSHIndex(s.num_perm, s.threshold, s.candidate_recall)
        self.doc_ids: list[str] = []  # document number -> id
        self.seen: dict[str, int] = {}  # id -> document number
        self.row_doc: list[int] = []  # LSH row -> document number
        self.exact: dict[int, int] = {}  # text key -> first document number
        self.block_first: dict[int, int] = {}  # block key -> first document number
        self.block_count: dict[int, int] = {}  # block key -> count, once >= 2
        # link table, parallel lists: later doc, earlier doc, kind, similarity
        self.pair_doc: list[int] = []
        self.pair_other: list[int] = []
        self.pair_kind: list[int] = []
        self.pair_sim: list[float] = []
        self.block_links: list[tuple[int, int, int, int]] = []  # doc, block idx|-1, key, first
        # document number -> characters of its kept blocks, normalised (for
        # the share of a document its repeated blocks make up)
        self.kept_chars = array("I")
        # document number -> figure_bits of its text, high and low word
        self.figures = array("Q")
        # document number -> key of its first kept body block (its lede), 0: none
        self.lede_key = array("q")
        # document number -> number of its site (site_numbers)
        self.site_of = array("I")
        self.site_numbers: dict[str, int] = {}
        # figure mask (figure_bits, >= reworded_min_figures figures) -> LSH
        # row(s) of the documents with exactly those figures (reworded copies)
        self.figure_rows: dict[int, int | list[int]] = {}

    # ------------------------------------------------------------------ run
    def __call__(self, docs: list[Document], stats: Counter[str]) -> list[Document]:
        s = self.settings
        fresh: list[tuple[Document, int, str]] = []  # doc, doc number, normalised near text
        contained: list[tuple[Document, int, _Shared]] = []
        for doc in docs:
            if doc.id in self.seen:
                stats["dedup_already_indexed"] += 1
                continue
            try:
                labels = compared_labels(doc) if doc.blocks else KEPT_LABELS
                clean = compared_text(doc, labels)
                norm = normalise(clean)
            except Exception as e:  # noqa: BLE001 - one bad document never sinks the batch
                stats["dedup_errors"] += 1
                doc.meta["dedup_error"] = f"{type(e).__name__}: {e}"
                continue
            num = len(self.doc_ids)
            self.doc_ids.append(doc.id)
            self.seen[doc.id] = num
            if s.figures_shared is None:
                self.figures.extend((0, 0))
            else:
                headline = headline_text(doc, labels)
                # most headlines hold no digit (of any script): not normalised
                has_figure = headline and _ANY_DIGIT.search(headline)
                self.figures.extend(figure_bits(norm, normalise(headline) if has_figure else ""))
            self.site_of.append(self._site_number(doc))
            # read without diacritics: every document (fold_marks, in the
            # shingler), or one in a language marked on nearly every word
            fold_own = not s.fold_marks and doc.lang in s.fold_marks_languages
            shared: _Shared | None = None
            if s.blocks:
                shared = self._blocks(doc, num, stats, labels, fold=s.fold_marks or fold_own)
            else:
                self.kept_chars.append(0)
                self.lede_key.append(0)
            if not norm:
                stats["dedup_empty"] += 1
                continue
            key = text_key(norm)
            first = self.exact.get(key)
            if first is not None:
                doc.meta["duplicate_of"] = self.doc_ids[first]
                self._link(num, first, _EXACT, 1.0)
                stats["dedup_exact"] += 1
                continue
            self.exact[key] = num
            if shared is not None and shared.by_doc:
                contained.append((doc, num, shared))
            near_raw = near_text(
                doc, shared.site_repeated if shared is not None else frozenset(), labels
            )
            # most pages have no injected span: their near text is the clean
            # text, normalised above
            near = norm if near_raw == clean else normalise(near_raw)
            if fold_own:
                near = fold_marks(near)
            # folded in the shingler (see shingle_hashes); a text of marks
            # alone folds to nothing
            if not near or (s.fold_marks and not near.strip(_MARKS)):
                stats["dedup_near_empty"] += 1
                continue
            fresh.append((doc, num, near))
        if fresh:
            self._near(fresh, stats)
        for doc, num, shared in contained:
            self._contained(doc, num, shared, stats)
        return docs

    def _site_number(self, doc: Document) -> int:
        """The number of ``doc``'s site (its URL's host, else its site name);
        0: unknown. Not the folder it was read from, as the site_boilerplate
        stage falls back on: one folder often holds many sites' pages."""
        try:
            site = (urlsplit(doc.url).hostname or "").removeprefix("www.") if doc.url else ""
        except ValueError:  # a URL urllib cannot split
            site = ""
        site = site or (doc.sitename or "").strip().casefold()
        if not site:
            return 0
        num = self.site_numbers.get(site)
        if num is None:
            num = self.site_numbers[site] = len(self.site_numbers) + 1
        return num

    def _link(self, doc: int, other: int, kind: int, sim: float) -> None:
        self.pair_doc.append(doc)
        self.pair_other.append(other)
        self.pair_kind.append(kind)
        self.pair_sim.append(sim)

    def _near(self, fresh: list[tuple[Document, int, str]], stats: Counter[str]) -> None:
        s = self.settings
        hashes, offsets = shingle_hashes(
            [n for _, _, n in fresh], s.shingle_size, fold=s.fold_marks
        )
        sig = signatures(hashes, offsets, s.num_perm, s.seed)
        first_row = self.index.size
        cands = self.index.query_insert(sig, np.ones(len(fresh), dtype=bool))
        self.row_doc.extend(num for _, num, _ in fresh)
        for i, (doc, num, _) in enumerate(fresh):
            own_row = first_row + i
            rows = [r for r in cands[i] if r != own_row]
            hits: list[tuple[float, int]] = []
            if rows:
                sims = self.index.similarity(sig[i], rows)
                hits = [(float(x), rows[j]) for j, x in enumerate(sims) if x >= s.threshold]
                if not hits:
                    stats["dedup_lsh_false_candidates"] += 1
                kept = [h for h in hits if self._same_figures(num, self.row_doc[h[1]])]
                if len(kept) < len(hits):
                    stats["dedup_near_other_figures"] += len(hits) - len(kept)
                hits = kept
            reworded = self._reworded(num, own_row, sig[i], {r for _, r in hits})
            if reworded:
                stats["dedup_near_reworded"] += len(reworded)
                hits += reworded
            if not hits:
                continue
            hits.sort(key=lambda t: (-t[0], t[1]))
            doc.meta["near_duplicates"] = [
                {"id": self.doc_ids[self.row_doc[r]], "similarity": round(x, 4)}
                for x, r in hits[: s.max_listed]
            ]
            for x, r in hits:
                self._link(num, self.row_doc[r], _NEAR, round(x, 4))
            stats["dedup_near"] += 1

    def _figure_mask(self, num: int) -> int:
        """Document ``num``'s figures (figure_bits) as one 128-bit mask."""
        f = self.figures
        return f[2 * num] << 64 | f[2 * num + 1]

    def _reworded(
        self, num: int, row: int, sig_row: np.ndarray, linked: set[int]
    ) -> list[tuple[float, int]]:
        """(similarity, row) of the earlier documents with exactly the
        figures of document ``num`` (at least ``reworded_min_figures``) and
        an estimated similarity of ``reworded_threshold`` or more, not in
        ``linked``: a reworded ("spun") copy keeps every figure and about
        half its shingles; see DedupSettings. Notes ``row`` under its
        figures for the documents to come."""
        s = self.settings
        if s.reworded_threshold is None or s.figures_shared is None:
            return []
        mask = self._figure_mask(num)
        if mask.bit_count() < s.reworded_min_figures:
            return []
        rows = [r for r in self._note_figures(mask, row) if r not in linked]
        if not rows:
            return []
        sims = self.index.similarity(sig_row, rows)
        return [(float(x), r) for r, x in zip(rows, sims, strict=True) if x >= s.reworded_threshold]

    def _note_figures(self, mask: int, row: int) -> list[int]:
        """Note LSH ``row`` under figure ``mask``; return the latest
        earlier rows noted under it (a common set of figures: the last
        ``_REWORDED_CANDIDATES`` only)."""
        prior = self.figure_rows.get(mask)
        if prior is None:
            self.figure_rows[mask] = row
            return []
        if isinstance(prior, int):
            self.figure_rows[mask] = [prior, row]
            return [prior]
        rows = prior[-_REWORDED_CANDIDATES:]
        prior.append(row)
        return rows

    def _same_figures(self, num: int, other: int) -> bool:
        """Whether two similar texts carry the same figures: the share of
        the figures of the one with fewer that the other has too is at least
        ``figures_shared``. A daily report (prices, results, a weather
        table) re-filled with new figures in the same sentence frame is
        another report, however alike its words; a copy of an article cut,
        padded or retitled keeps the figures it has. Texts with fewer than
        three figures are not judged so."""
        need = self.settings.figures_shared
        if need is None:
            return True
        a, b = self._figure_mask(num), self._figure_mask(other)
        fewer = min(a.bit_count(), b.bit_count())
        if fewer < 3:
            return True
        return (a & b).bit_count() >= need * fewer

    def _contained(self, doc: Document, num: int, shared: _Shared, stats: Counter[str]) -> None:
        """Link ``doc`` to the earlier document whose repeated blocks it is
        made of, when the MinHash estimate did not: a copy cut short (the
        last third dropped), or one with paragraphs added (a local angle, a
        content farm's spam lines) is a copy to a reader, at a shingle
        Jaccard under the threshold. Its kept text must be made, at
        ``contained_threshold`` or more, of blocks seen before -- or the
        earlier document's kept text must be, of blocks repeated here --
        with ``contained_min_blocks`` of them shared with that document (a
        brief repeating an article's lede, a daily report repeating its
        closing line, share one block and stay apart), and the shared text
        at least ``contained_min_share`` of the longer of the two (an
        opinion page quoting a whole story and adding as much of its own is
        commentary, not a copy); and one of the two must open (its first
        kept body block) with a shared block -- a copy keeps the lede, while
        two short articles of one site sharing its standard closing
        paragraphs open each with its own. Listed with the
        similarity of the two kept texts (shared characters over the
        characters of both), below the threshold."""
        s = self.settings
        if s.contained_threshold is None:
            return
        own = self.kept_chars[num]
        total = sum(c for c, _ in shared.by_doc.values())
        already = {n["id"] for n in doc.meta.get("near_duplicates") or []}
        best: tuple[float, int] | None = None
        for other, (chars, n_blocks) in shared.by_doc.items():
            if n_blocks < s.contained_min_blocks or self.doc_ids[other] in already:
                continue
            if not self._same_figures(num, other):
                continue
            theirs = self.kept_chars[other]
            if not own or not theirs:
                continue
            if total / own < s.contained_threshold and chars / theirs < s.contained_threshold:
                continue
            if chars < s.contained_min_share * max(own, theirs):
                continue  # more of its own than copied: commentary quoting a story
            if not shared.lede_repeated and self.lede_key[other] not in shared.keys:
                continue  # neither opens with the shared text
            sim = round(chars / (own + theirs - chars), 4)
            if best is None or (sim, -other) > (best[0], -best[1]):
                best = (sim, other)
        if best is None:
            return
        sim, other = best
        near = doc.meta.get("near_duplicates") or []
        near.append({"id": self.doc_ids[other], "similarity": sim})
        near.sort(key=lambda n: -n["similarity"])
        doc.meta["near_duplicates"] = near[: s.max_listed]
        self._link(num, other, _NEAR, sim)
        stats["dedup_near_contained"] += 1

    def _blocks(
        self,
        doc: Document,
        num: int,
        stats: Counter[str],
        kept_labels: frozenset[str] = KEPT_LABELS,
        fold: bool = False,
    ) -> _Shared:
        """Note the page's repeated blocks; return what it shares with the
        earlier documents its blocks labelled in ``kept_labels`` (the blocks
        compared, see ``compared_labels``) were first seen on; with ``fold``
        the blocks are keyed without diacritics (``fold_marks``)."""
        found = []
        seen_here: set[int] = set()
        shared: dict[int, list[int]] = {}
        lede: int | None = None
        kept_chars = 0
        labels = [b.label for b in doc.blocks] if doc.blocks else None
        site = self.site_of[num]
        leave_out: list[int] = []
        # the page its first kept body block was first seen on: -1 until
        # that block is read, None when it is new (or too short to be keyed)
        opening_first: int | None = -1
        min_chars = self.settings.block_min_chars
        spans = _blocks_of(doc)
        # far too short blocks are not keyed: normalising never doubles a
        # text (bar runs of ligatures), so they are not normalised
        norms = [
            normalise(doc.text[start:end]) if end - start >= min_chars // 2 else ""
            for _, start, end in spans
        ]
        # the texts keyed: the page's blocks folded at once (fold_marks)
        keyed = fold_marks_many(norms) if fold else norms
        for (bi, start, end), norm, keyed_text in zip(spans, norms, keyed, strict=True):
            kept = labels is None or labels[bi] in kept_labels
            if end - start < min_chars // 2:
                if kept:
                    kept_chars += end - start
                continue
            if kept:
                kept_chars += len(norm)
            # the page's opening: its first kept body block not far too short
            # (a dateline, a time stamp are no opening)
            opening = opening_first == -1 and kept and (labels is None or labels[bi] != "title")
            if opening:
                opening_first = None  # new, until its key says otherwise, below
            if len(norm) < min_chars:
                # an opening too short to be keyed (a one-line Chinese brief)
                # is the page's own: no later block stands for its lede
                if opening:
                    lede = 0
                continue
            key = text_key(keyed_text)
            if key in seen_here:  # repeated inside one page: not syndication
                continue
            seen_here.add(key)
            first = self.block_first.get(key)
            if opening:
                lede, opening_first = key, first
            if first is None:
                self.block_first[key] = num
                continue
            if kept:
                if (
                    site
                    and self.site_of[first] == site
                    and first != opening_first
                    and labels
                    and labels[bi] != "title"
                ):
                    # the site's own boilerplate (see below): neither the
                    # page's own text nor shared with the page it was first on
                    leave_out.append(bi)
                    kept_chars -= len(norm)
                else:
                    tally = shared.setdefault(first, [0, 0])
                    tally[0] += len(norm)
                    tally[1] += 1
            count = self.block_count.get(key, 1) + 1
            self.block_count[key] = count
            self.block_links.append((num, -1 if bi is None else bi, key, first))
            found.append(
                {
                    "block": bi,
                    "start": start,
                    "end": end,
                    "group": f"{key & 0xFFFFFFFFFFFFFFFF:016x}",
                    "count": count,
                    "first": self.doc_ids[first],
                }
            )
        self.kept_chars.append(min(kept_chars, 0xFFFFFFFF))
        self.lede_key.append(lede or 0)
        if found:
            doc.meta["duplicate_blocks"] = found
            stats["dedup_docs_with_repeated_blocks"] += 1
            stats["dedup_repeated_blocks"] += len(found)
        # Blocks first seen on another page of the page's own site (an
        # "about us", a newsletter or sign-off paragraph, a standard
        # disclaimer) are not its own text: it is compared as a
        # near-duplicate on the rest, so two short articles of one site that
        # such closing paragraphs make most of stay apart. Kept: the blocks
        # of the page its opening block was first seen on -- a repost or
        # update of that page, whose article they are. One earlier page of
        # the site is enough: the second article cannot wait for a third.
        # Neither are they counted as text shared with the page they were
        # first seen on, nor as the page's own (contained copies).
        return _Shared(shared, seen_here, opening_first not in (None, -1), frozenset(leave_out))

    # ------------------------------------------------------------ finalize
    def finalize(self) -> dict[str, list[dict[str, Any]]]:
        ids = self.doc_ids
        rows: list[dict[str, Any]] = [
            {
                "doc_id": ids[d],
                "duplicate_of": ids[o],
                "kind": "exact" if k == _EXACT else "near",
                "similarity": sim,
            }
            for d, o, k, sim in zip(
                self.pair_doc, self.pair_other, self.pair_kind, self.pair_sim, strict=True
            )
        ]
        # Block rows only for pairs not already linked as whole documents: a
        # store keyed on (doc_id, duplicate_of) keeps one row per pair, and
        # the document-level link is the one people need.
        linked = set(zip(self.pair_doc, self.pair_other, strict=True))
        for d, bi, key, first in self.block_links:
            if (d, first) in linked:
                continue
            linked.add((d, first))
            rows.append(
                {
                    "doc_id": ids[d],
                    "duplicate_of": ids[first],
                    "kind": "block",
                    "similarity": 1.0,
                    "block": None if bi < 0 else bi,
                    "group": f"{key & 0xFFFFFFFFFFFFFFFF:016x}",
                    "count": self.block_count.get(key, 1),
                }
            )
        return {"duplicates": rows}

    # ------------------------------------------------------------ state
    def _fingerprint(self) -> dict[str, Any]:
        s = self.settings
        return {
            "version": _STATE_VERSION,
            "shingle_size": s.shingle_size,
            "num_perm": s.num_perm,
            "seed": s.seed,
            "block_min_chars": s.block_min_chars,
            "fold_marks": s.fold_marks,
            "fold_marks_languages": sorted(s.fold_marks_languages),
        }

    def state_dict(self) -> bytes:
        def keys_vals(d: dict[int, int]) -> tuple[np.ndarray, np.ndarray]:
            return (
                np.fromiter(d.keys(), dtype=np.int64, count=len(d)),
                np.fromiter(d.values(), dtype=np.int64, count=len(d)),
            )

        ek, ev = keys_vals(self.exact)
        bk, bv = keys_vals(self.block_first)
        ck, cv = keys_vals(self.block_count)
        bl = np.array(self.block_links, dtype=np.int64).reshape(-1, 4)
        buf = io.BytesIO()
        np.savez(
            buf,
            meta=np.frombuffer(json.dumps(self._fingerprint()).encode(), dtype=np.uint8),
            ids=np.frombuffer("\n".join(self.doc_ids).encode("utf-8"), dtype=np.uint8),
            sig=self.index.sig,
            row_doc=np.array(self.row_doc, dtype=np.int64),
            exact_k=ek,
            exact_v=ev,
            block_k=bk,
            block_v=bv,
            count_k=ck,
            count_v=cv,
            block_links=bl,
            kept_chars=np.frombuffer(self.kept_chars.tobytes(), dtype=np.uint32),
            figures=np.frombuffer(self.figures.tobytes(), dtype=np.uint64),
            lede_key=np.frombuffer(self.lede_key.tobytes(), dtype=np.int64),
            site_of=np.frombuffer(self.site_of.tobytes(), dtype=np.uint32),
            sites=np.frombuffer(json.dumps(list(self.site_numbers)).encode(), dtype=np.uint8),
            pair_doc=np.array(self.pair_doc, dtype=np.int64),
            pair_other=np.array(self.pair_other, dtype=np.int64),
            pair_kind=np.array(self.pair_kind, dtype=np.int8),
            pair_sim=np.array(self.pair_sim, dtype=np.float32),
        )
        return buf.getvalue()

    def load_state(self, data: bytes) -> None:
        z = np.load(io.BytesIO(data), allow_pickle=False)
        meta = json.loads(bytes(z["meta"]).decode())
        if meta != self._fingerprint():
            raise ValueError(
                f"dedup state was saved with {meta}, current settings are "
                f"{self._fingerprint()}; signatures are not comparable (start a new state)"
            )
        raw = bytes(z["ids"]).decode("utf-8")
        self.doc_ids = raw.split("\n") if raw else []
        self.seen = {d: i for i, d in enumerate(self.doc_ids)}
        s = self.settings
        self.index = LSHIndex(s.num_perm, s.threshold, s.candidate_recall)
        sig = z["sig"]
        if sig.shape[0]:
            self.index.insert_all(sig)
        self.row_doc = z["row_doc"].tolist()
        self.exact = dict(zip(z["exact_k"].tolist(), z["exact_v"].tolist(), strict=True))
        self.block_first = dict(zip(z["block_k"].tolist(), z["block_v"].tolist(), strict=True))
        self.block_count = dict(zip(z["count_k"].tolist(), z["count_v"].tolist(), strict=True))
        self.block_links = [tuple(r) for r in z["block_links"].tolist()]
        self.kept_chars = array("I", z["kept_chars"].astype(np.uint32).tobytes())
        self.figures = array("Q", z["figures"].astype(np.uint64).tobytes())
        self.lede_key = array("q", z["lede_key"].astype(np.int64).tobytes())
        self.site_of = array("I", z["site_of"].astype(np.uint32).tobytes())
        sites = json.loads(bytes(z["sites"]).decode())
        self.site_numbers = {site: i + 1 for i, site in enumerate(sites)}
        self.figure_rows = {}
        if s.reworded_threshold is not None:
            for row, num in enumerate(self.row_doc):
                mask = self._figure_mask(num)
                if mask.bit_count() >= s.reworded_min_figures:
                    self._note_figures(mask, row)
        self.pair_doc = z["pair_doc"].tolist()
        self.pair_other = z["pair_other"].tolist()
        self.pair_kind = z["pair_kind"].tolist()
        self.pair_sim = [round(float(x), 4) for x in z["pair_sim"]]
