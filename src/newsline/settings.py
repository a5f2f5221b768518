"""Every threshold and switch of newsline, with its default, in one place.

Stages take the section they need in their constructor; nothing reads
global state. Each field's comment is its documentation.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class LimitSettings:
    # Pages larger than this (bytes, after decompression; per file, WARC
    # record or JSONL line) are cut at this size and get a "limit_exceeded"
    # flag; the document is kept. News pages are well under 3 MB; at 8 MiB of
    # text the later stages already take about 1.5 min per page (measured on
    # the hostile corpus), at 50 MB over 10 min in language ID alone.
    max_page_bytes: int = 8 * 1024 * 1024
    # Lines longer than this (characters) are split for block work and flagged.
    max_line_chars: int = 100_000
    # Documents with more blocks than this keep the rest as one trailing block.
    max_blocks: int = 20_000
    # A gzipped single page (.html.gz, .txt.gz) stops decompressing here, or
    # at max_page_bytes if smaller (zip bombs): cut and flagged, or refused
    # when nothing usable came out. WARC/JSONL archives stream and are bounded
    # per record/line by max_page_bytes instead.
    max_decompressed_bytes: int = 200 * 1024 * 1024
    # A JSON Lines line is read whole up to this size (a JSON object cannot be
    # parsed cut); its text or html over max_page_bytes is then cut and flagged
    # like any page. A longer line is rejected as FILE:LINE, the next are read.
    max_jsonl_line_bytes: int = 64 * 1024 * 1024


@dataclass
class ReadSettings:
    # Bytes given to the charset detector (more is slower and rarely better).
    detect_sample_bytes: int = 64 * 1024
    # Follow symbolic links in input directories (loops are detected).
    follow_symlinks: bool = True
    # Pass over hidden entries met while walking an input directory, as a shell
    # glob does: names starting with "." (.git, .DS_Store, macOS's "._" copies)
    # and macOS's __MACOSX folder. Each is counted under "passed over"; a
    # path named on the command line is read whatever its name.
    skip_hidden: bool = True
    # Share of control characters / undecodable bytes (in the detector sample)
    # above which an input is refused as "binary content" rather than flagged.
    binary_control_share: float = 0.1


@dataclass
class CleanSettings:
    # --- HTML: trafilatura finds the main text, newsline labels the rest ---
    # Run trafilatura on HTML documents (metadata + main text -> body prior).
    use_trafilatura: bool = True
    # trafilatura's precision switch: on the article-extraction set it raised
    # body F1 from 0.960 to 0.964 (with comments excluded).
    favor_precision: bool = True
    favor_recall: bool = False
    # Reader comments are not the article.
    include_comments: bool = False
    # Skip trafilatura's fallback extractors (readability/jusText comparison):
    # about half the time per page; see benchmarks/clean_body_f1.py for the F1 cost.
    trafilatura_fast: bool = False
    # Pages with more HTML than this skip trafilatura (flagged limit_exceeded):
    # its time grows faster than the page (over 2 min at 8 MB); news articles
    # are far smaller.
    trafilatura_max_chars: int = 2_000_000
    # A block is inside trafilatura's main text when at least this share of
    # its words align (in order, difflib) with the main text's words.
    main_text_min_overlap: float = 0.5
    # A run of at least this many full paragraphs (and words) right after
    # trafilatura's main text continues the article (it stopped at an ad
    # slot or picked a blurb); see clean.classify._continue_main_text.
    continuation_min_paragraphs: int = 3
    # (site promotions and disclaimers after an article are a few short
    # paragraphs; a truncated article's rest is long).
    continuation_min_words: int = 150
    # --- Length in "words" (CJK character = 1/1.5 word, Thai = 1/4) ---
    # Lines at most this long with no sentence-final punctuation read as
    # headlines / menu items rather than prose.
    short_line_words: int = 16
    # A block at least this long, with sentence punctuation or stop words,
    # is prose (anchors the article body).
    prose_min_words: int = 12
    # Function words (per-language tables in newsline.clean.cues) that make
    # an unpunctuated long line prose, and a short full sentence a sentence
    # rather than a headline (FineWeb-style stop-word test).
    prose_min_stopwords: int = 3
    sentence_min_stopwords: int = 2
    # At least this many consecutive headline-like lines form a link list.
    link_list_min_run: int = 3
    # headline-like lines in a row, most of them unrelated to the page: a teaser box
    teaser_run_min: int = 6
    # Menu items: lines at most this long outside the body are navigation.
    menu_item_max_words: int = 4
    # --- Spam / keyword lines ---
    # A short line whose words do not occur anywhere else in the page, and
    # that is all-caps, a keyword list or carries a spam term, is spam.
    spam_line_max_words: int = 6
    # A short line of at least this many separator-delimited items is a
    # keyword line ("a, b, c, d").
    keyword_line_min_items: int = 4
    # --- Bylines ---
    # Name-only lines: at most this many words / characters.
    byline_max_words: int = 5
    byline_max_chars: int = 40
    # How many blocks from the start (after the title) or end a byline may sit.
    byline_window: int = 3
    # An author's bio after the article ("Jane Doe is a correspondent
    # covering ...") is at most this long; longer closing paragraphs are text.
    bio_max_words: int = 80
    # --- Pull quotes ---
    # A block this long (in words) whose text copies sentences or a
    # quotation of a longer body block is a pull quote (a highlighted copy;
    # see clean.classify._pull_quotes). Shorter ones are headings or phrases
    # a paragraph may well contain.
    pull_quote_min_words: int = 6
    pull_quote_max_words: int = 48
    # --- Cross-page boilerplate (optional corpus-level hook) ---
    # A normalised line seen on at least this many pages of one site is
    # boilerplate (see newsline.clean.frequent.SiteLineCounter).
    frequent_line_min_pages: int = 3


@dataclass
class LangSettings:
    # Languages the detector may answer with (ISO 639-1). A small set keeps
    # lingua's memory low; all 75 languages cost about 1.3 GB.
    languages: tuple[str, ...] = (
        "vi",
        "th",
        "zh",
        "en",
        "ja",
        "ko",
        "id",
        "ms",
        "fr",
        "de",
        "es",
        "ru",
    )
    # Text in a language outside ``languages`` (Italian, Portuguese, Arabic,
    # Hindi ... on a crawl of vi/th/zh/en pages) would otherwise get the
    # nearest configured language (Italian -> es, Portuguese -> es, Dutch ->
    # de, Ukrainian -> ru) or none (Arabic, Devanagari). CLD2 (compiled, ~160
    # languages, a few microseconds a call) is asked for texts of at least
    # ``open_set_min_letters`` letters; when it is reliable and gives at
    # least ``open_set_min_percent`` % of the text to one language outside
    # the set, that language is the answer. Configured languages are still
    # decided by lingua alone. Empty min letters (0) turns it off.
    open_set_min_letters: int = 40
    open_set_min_percent: int = 90
    # A shorter line (a headline, a caption: "Polícia prende suspeito em São
    # Paulo") of at least ``open_set_short_min_words`` words and
    # ``open_set_short_min_letters`` letters gets the same check, but the
    # high-accuracy model must then put that language at least
    # ``open_set_short_margin`` times above the next: with two words or
    # fewer, neighbours (es/pt/ca) are too close to tell apart.
    open_set_short_min_words: int = 3
    open_set_short_min_letters: int = 20
    open_set_short_margin: float = 2.0
    # A cheap first pass before lingua (CLD2, a few microseconds a line
    # against lingua's 0.1-0.3 ms): a Latin-script line of at least three
    # words, two thirds of them lower-case (not a line of names), that CLD2
    # reliably gives at least ``first_pass_min_percent`` % to one of
    # ``first_pass_languages`` -- its every chunk in that language: CLD2
    # falls back to English for text it cannot read, and then labels the
    # chunks unknown -- is that language when it has at least
    # ``first_pass_alone_min_letters`` letters, or, shorter, when lingua's
    # cheap low-accuracy mode agrees with the second language at most
    # ``first_pass_confirm_margin`` of the first (in place of the costlier
    # high-accuracy mode). Only languages without a close neighbour in the
    # set: Indonesian/Malay stay with lingua, Vietnamese with its own marks
    # and syllables (and a close neighbour added to ``languages``, Portuguese
    # beside Spanish, should leave the pass). Empty turns the pass off.
    # (On ~43,000 Latin lines of the eval sets, CLD2 and the old answer
    # differ on none of the lines of 100 letters it decides alone.)
    first_pass_languages: tuple[str, ...] = ("en", "fr", "de", "es")
    first_pass_min_percent: int = 90
    first_pass_alone_min_letters: int = 100
    first_pass_confirm_margin: float = 0.05
    # lingua's high-accuracy mode (all n-gram sizes): better on words and
    # short lines, about 2x the memory of low-accuracy mode.
    high_accuracy: bool = True
    # Texts longer than this (characters) go to lingua's low-accuracy mode
    # (trigrams only), shorter ones to high accuracy: on lines of >= 120
    # characters the two agree within 0.3 points at ~1/50 the cost; high
    # accuracy pays off on words and short lines (benchmarks/langid_accuracy.py).
    high_accuracy_max_chars: int = 120
    # Latin-script text where at least this share of words carry Vietnamese
    # diacritics, and at least one letter only Vietnamese uses (ă đ ơ ư ạ ả ...),
    # is Vietnamese without asking the statistical model.
    vi_marked_word_share: float = 0.5
    # Unaccented Latin text whose words fit Vietnamese syllable structure at
    # least this often (and has >= vi_syllable_min_words words) reads as Vietnamese.
    vi_syllable_fit: float = 0.85
    vi_syllable_min_words: int = 3
    # Unaccented text whose words fit Vietnamese syllables at least this
    # often, below ``vi_syllable_fit`` (English loanwords in a Vietnamese
    # chat line: "nay team minh di team building"), reads as Vietnamese when
    # CLD2 reliably gives Vietnamese ``first_pass_min_percent`` % of it.
    vi_loanword_syllable_fit: float = 0.6
    # Latin text that is one word said this many times or more ("word word
    # word", "ha ha ha") has no language; two may be a language's own
    # doubling (Vietnamese "nhà nhà", Indonesian plurals).
    repeated_word_min: int = 3
    # A Latin-script run this short (words) between or beside Thai/Han/Hangul
    # text is a name or acronym inside that text, not a language of its own.
    embedded_latin_max_words: int = 6
    # A block is split at a language boundary when the minority span has at
    # least this many letters (a Han/kana/Hangul character counts as 2: one
    # carries roughly a syllable).
    split_min_letters: int = 40
    # Text mostly in Latin letters is still Thai/Chinese/Korean... when at
    # least this share of its letters (Han/kana/Hangul counting 2) is in that script.
    non_latin_min_share: float = 0.3
    # Blocks with fewer letters than this take the document language when the
    # script allows it (short lines are too short to tell similar languages apart).
    short_block_letters: int = 25
    # A longer block the model puts in another language of the page's script
    # keeps the page's language when the model's confidence in it is at least
    # this share of its top answer (name-heavy English lines read as German...).
    same_script_prior: float = 0.5
    # A short reply or exclamation ("Gracias.", "Of course not.", "Bonjour à
    # tous !") keeps its own language on a page of another when the model
    # gives it at least ``utterance_min_confidence`` and the page's language
    # at most ``utterance_page_share`` of that: a reply is in the language it
    # is written in, and a word both languages write ("Claro.", "Video.")
    # still leans to the page.
    utterance_min_confidence: float = 0.45
    utterance_page_share: float = 0.1


@dataclass
class FlagSettings:
    # A block in another language than the page is "foreign" (and flagged)
    # from this many letters (Han/kana/Hangul counting 2).
    foreign_min_letters: int = 40
    # Share of a foreign block's anchors (numbers, Latin names, countries,
    # transliterated names) found on the rest of the page for it to be on topic.
    on_topic_min_score: float = 0.5
    # Fewer anchors than this: too little evidence, the block counts as off topic.
    on_topic_min_anchors: int = 2
    # A foreign block whose quoted words are the foreign part and whose words
    # outside the quotation marks (at least this many letters) are in the
    # page's language is a quotation the article reports ("..." a déclaré X):
    # content, never an injection.
    quote_frame_min_letters: int = 12
    # A second language holding at least this share of the article's letters in
    # at least this many blocks makes a bilingual page (each paragraph and its
    # translation): its on-topic blocks get one flag, not one each.
    bilingual_min_share: float = 0.3
    bilingual_min_blocks: int = 3
    # A block listing at least this many short phrases, this share of which
    # repeat one word, is a keyword-stuffed SEO block (a content-farm signal).
    stuffing_min_items: int = 8
    stuffing_min_share: float = 0.5
    # One phrase of at least phrase_min_words words (two of them no function
    # word, not a name alone) repeated at least phrase_min_repeats times in
    # the kept text, its repeats making at least phrase_min_share of its
    # words, in at least phrase_min_blocks blocks: a search phrase stuffed
    # into the prose (a content-farm signal).
    phrase_min_words: int = 3
    phrase_min_repeats: int = 6
    phrase_min_share: float = 0.08
    phrase_min_blocks: int = 3
    # Injected keyword lines: at most this many words (or characters in
    # unspaced scripts), in capitals from this many letters.
    spam_line_max_words: int = 6
    spam_line_max_chars: int = 24
    spam_caps_min_letters: int = 4
    # Neighbouring blocks on each side a short line is compared with.
    spam_context_blocks: int = 2
    # One name spelled two ways: differing parts at most this edit distance
    # apart, at least this long, at least this similar (1 - distance/length).
    name_max_edit: int = 2
    name_min_len: int = 4
    name_min_ratio: float = 0.55
    # Calendar years outside [min_plausible_ce_year, reference + max_future_years]
    # written with an era mark (พ.ศ., B.E., AD ...) are impossible in news.
    min_plausible_ce_year: int = 1000
    max_future_years: int = 50
    # Spaces before punctuation / sentences starting in lower case: flag MT
    # from this many occurrences.
    mt_min_punct_artefacts: int = 3
    # Minority-script letters inside a word (homoglyphs such as Cyrillic 'о'
    # in a Latin word): at most this many letters make an artefact.
    mixed_script_max_letters: int = 2
    # A dated past event this many days after the publish stamp makes the stamp suspect.
    date_tolerance_days: int = 7
    # A publish stamp more than this many days after the page's own wire
    # dateline (the day the story was filed), with no update note, is suspect.
    dateline_max_lag_days: int = 60


@dataclass
class DateSettings:
    # Languages with date tables; text in other languages gets no dates.
    languages: tuple[str, ...] = ("vi", "th", "zh", "en", "es", "fr")
    # Other languages (German, Portuguese, Russian, ...) still get the dates
    # they write out in full ("29. August 2024", "12.03.2023"), read with
    # CLDR's month names and date order (dates/cldr.py); no relative dates.
    cldr_fallback: bool = True
    # Explicit years outside this range are not read as years (CE, after
    # Buddhist-era conversion). Out-of-range Buddhist-era years are kept as
    # kind "impossible" so that the flags stage can report them.
    min_year: int = 1000
    max_year: int = 2200
    # A year-less date takes the year that puts it nearest the publication
    # date, each day ahead of publication counting this many days (news
    # mostly looks back; explicit cues like "tới"/"next" override it).
    yearless_future_cost: float = 3.0
    # A weekday with a bare day number ("lundi 7") resolves to a date at most
    # this many days from publication on which both agree; a weekday written
    # with a year-less date ("mardi 8 mars") picks the year in which they
    # agree when that date lies at most weekday_year_window days before
    # publication (days after it count yearless_future_cost times).
    weekday_day_window: int = 42
    weekday_year_window: int = 366
    # ... unless the nearest year already puts the date within this many days
    # of publication ("The hearing is listed for Thursday, March 7", published
    # on 1 March when the 7th is a Friday): a slip of the weekday is likelier
    # than a story about a day almost a year back.
    weekday_slip_window: int = 31
    # Bare years ("in 2018") must lie in this tighter range to count.
    min_bare_year: int = 1800
    max_bare_year: int = 2100
    # Text longer than this (characters) is resolved only up to this point.
    max_chars: int = 2_000_000
    # Sentences shorter than this many words (or 3x this many characters in
    # Thai/Chinese) around a date are not events (captions, stamps).
    min_event_words: int = 5
    # Longest quote kept for one event, in characters (longer sentences are cut
    # at the date's clause).
    max_event_chars: int = 600
    # Merging: name anchors match when their consonant skeletons are this
    # similar (1 - edit distance / length).
    anchor_similarity: float = 0.75
    # Events whose dates differ by at most this many days may merge (flagged
    # as a date conflict when they differ at all).
    merge_max_day_gap: int = 1
    # Shared anchors needed to merge two events of the same day / of a day
    # apart or coarser granularity.
    merge_min_shared: int = 1
    merge_min_shared_loose: int = 2
    # Two mentions from documents the story stage put in different stories
    # need at least this many shared anchors, whatever their dates: on a busy
    # news day one shared name ("US", "Tim") joins unrelated happenings, and
    # chains of such pairs make one event of a whole day's news.
    merge_min_shared_other_story: int = 3
    # Also merge, and flag, two documents' only sentences of one day within one
    # story when they share no anchor (and their names do not disagree).
    merge_same_story_day: bool = True
    # A month or week named without its day ("at the July summit", "--07",
    # "last week") merges into an event on a day of that month (week) when
    # they share names as for a coarse date (the loose bar); the event keeps
    # the day.
    merge_month_into_day: bool = True


@dataclass
class DedupSettings:
    # Estimated Jaccard similarity (of character shingle sets) at or above
    # which two documents are near-duplicates.
    threshold: float = 0.8
    # Character shingle size (codepoints, after NFC + casefold + whitespace collapse).
    shingle_size: int = 5
    # MinHash permutations; 128 gives about +-0.04 error on the estimate.
    num_perm: int = 128
    # Chance (0..1) that a pair exactly at ``threshold`` is ever compared.
    # None: LSH bands balanced for speed (0.8, 128 permutations: 11 x 11,
    # about 0.63 at the threshold, more above it). 0.95: 13 x 7, a pair at
    # the threshold is compared 95% of the time, for more dedup CPU time and
    # memory (benchmarks/bench_neardup.py --recall). Buckets are rebuilt
    # from the saved signatures, so a database may be continued under
    # another value.
    candidate_recall: float | None = None
    # Seed of the MinHash permutations. Changing it invalidates saved state.
    seed: int = 1
    # Look for repeated blocks (syndicated paragraphs, teasers on every page).
    blocks: bool = True
    # Blocks shorter than this (normalised characters) are never grouped:
    # short lines ("Share", dates) repeat by nature and say nothing.
    block_min_chars: int = 40
    # A document whose kept text is made, at this share or more, of blocks
    # seen on one earlier document (or that document's kept text, of blocks
    # repeated here) is its near-duplicate even under ``threshold``: a copy
    # cut short or with paragraphs added. None: only the MinHash estimate
    # links. Needs ``blocks``.
    contained_threshold: float | None = 0.8
    # ... and at least this many blocks must be shared with that document (a
    # brief repeating one lede, a report repeating one stock sentence: one).
    contained_min_blocks: int = 3
    # ... and the shared blocks at least this share of the longer of the two
    # kept texts: a page quoting a whole story and adding as much of its own
    # is commentary, not a copy.
    contained_min_share: float = 0.5
    # Two similar texts are near-duplicates only if at least this share of
    # the figures of the one with fewer is in the other too (texts with fewer
    # than three figures are not judged): a daily report re-filled with new
    # prices in the same sentences is another report. None: figures not read.
    figures_shared: float | None = 0.5
    # Two texts with the very same figures (at least ``reworded_min_figures``
    # of them) are near-duplicates at this estimated similarity or more, under
    # ``threshold``: a content farm's "spun" repost rewords every sentence
    # ("approved" -> "signed off on") but keeps its names, order and every
    # figure, and lands near 0.5; a daily report re-filled with new figures,
    # or one event reported by two papers in their own words, has other
    # figures or far less in common. Candidates are the earlier documents
    # with the same set of figures (one dict entry a document), not the LSH
    # bands, which never bring such a pair together. None: off. Needs
    # ``figures_shared`` (the figures are read for it). A figure only the
    # headline holds is not counted: a farm's clickbait headline writes "18
    # months" where the article spells it out (dedup.stage.figure_bits).
    # 0.3, not 0.4: a copy machine-translated out and back rewords more
    # than a spinner (estimates 0.33-0.34 on dedup heldout8 and
    # tests/dedup/test_translated_back_copies.py); independent reports with
    # the same figures stay near 0.15. benchmarks/gen_corpus.py, 50k
    # documents: 13 false links of 4,405, not 12 of 4,404.
    reworded_threshold: float | None = 0.3
    # Five, not four: a dateline's day, month and year are three figures
    # every article of that day shares, and unrelated short templated texts
    # of one day matched on four (benchmarks/gen_corpus.py, 12k documents:
    # 8 false links of 20 at four).
    reworded_min_figures: int = 5
    # Read near-duplicate shingles and repeated-block keys without
    # diacritics (the exact key keeps them): a repost typed without
    # Vietnamese tones or Latin accents is then found as a near-duplicate
    # and its paragraphs as repeated blocks. Off by default: folded in the
    # shingler it costs 3-9 % more dedup CPU, and 1M documents with it took
    # 672 s (benchmarks/bench_neardup.py --fold-marks on), past the 10-minute
    # goal. Changing it invalidates saved state.
    fold_marks: bool = False
    # ... and the documents in these languages always, whatever fold_marks
    # says: Vietnamese marks nearly every syllable (a fifth to a third of
    # its letters), so a copy typed without them ("khong dau") shares almost
    # no shingle with its original, where a Spanish or French copy without
    # accents (a few letters in a hundred) still shares most. Only these
    # documents pay for the folding; a stripped copy, having no marks, reads
    # the same folded or not, whatever language it is identified as.
    # Changing it invalidates saved state.
    fold_marks_languages: tuple[str, ...] = ("vi",)
    # At most this many near-duplicates are listed on one document.
    max_listed: int = 50


@dataclass
class StorySettings:
    # Similarity (0..1) at or above which a document joins the best existing
    # story; below it the document starts a new story.
    join_threshold: float = 0.2
    # Share of the anchor similarity (names, territories, numbers, dates) in
    # the score when the story already has documents in the document's
    # language; the rest is same-language TF-IDF word similarity. Across
    # languages only anchors (and the optional embedding) count.
    anchor_weight: float = 0.5
    # Two stories whose profiles are at least this similar are merged (see
    # merge_every; a story first told in two languages separately).
    merge_threshold: float = 0.35
    # Stories are merged after every this many documents placed, counted
    # across calls and runs (the count is kept in the stage's state), and
    # once more for the last ones when the stories are written (finalize):
    # how often merges run decides which story a later page can join, so a
    # count of pages, not the batch a caller happens to hand in, makes the
    # stories the same whatever the batch size. cl-tls topic F1
    # (benchmarks/stories_cltls.py --batches) when merges ran after each
    # batch: 0.9207 / 0.9222 / 0.9235 / 0.9237 / 0.9076 / 0.8981 for batches
    # of 16 / 32 / 64 / 100 / 256 / all (`newsline run` hands 256): merging
    # rarely lets one story's pages of two languages grow apart, merging
    # after every few pages glues stories too early (heldout2 / heldout6
    # story F1 0.81 / 0.94 with batches of 8 or more, 0.76 / 0.88 with
    # batches of 1).
    merge_every: int = 64
    # A story of fewer than 3 documents is merged into its nearest story at
    # this similarity (stragglers of a story told many times). Below
    # merge_threshold it makes stories coarser and less pure (0.2 chained
    # unrelated stories into one on cl-tls: precision 0.70); at 0.35 (= merge)
    # stories stay fine-grained and stragglers find their home at the topic
    # level below instead.
    attach_threshold: float = 0.35
    # When two stories of 3 documents or more are compared for merging, their
    # score is multiplied by (1 - w) + w * cos, where cos compares the places
    # they are about (shares of their territory mentions): stories about two
    # different countries need a score 1 / (1 - w) times higher to merge. At
    # 0 places play no part. Without it, two large stories of one wave of
    # news in neighbouring countries merged or not depending on the batch
    # size (cl-tls topic F1 0.77-0.89 for batches of 32/64/100; 0.89 each
    # with it, at 0.5 or 1.0 alike).
    merge_place_weight: float = 0.5
    # The same factor when one document is scored against a story of 3
    # documents or more (its own territory shares against the story's): a
    # page about one country that names the same people as another
    # country's story goes to its own country's story. On cl-tls (batches of
    # 32/64/100) story precision 0.944/0.945/0.937 -> 0.948/0.945/0.951,
    # topic F1 within +-0.007 either way; 0 turns it off.
    join_place_weight: float = 0.5
    # A document dated more than time_grace_days outside a story's date span
    # (or two stories whose spans are that far apart) has its score
    # multiplied by (1 - w) + w * time_grace_days / gap: the same people and
    # places months apart are often another happening (a minister's
    # announcement in March, his resignation in August). Undated documents
    # and stories are left alone. Off (0) by default: on cl-tls, whose gold
    # is one topic per country over years, w 0.5 lowered story F1 0.48 ->
    # 0.32 (grace 45 days) or 0.34 (grace 120) and topic F1 0.897 -> 0.888;
    # turn it on where stories should be single happenings.
    time_weight: float = 0.0
    time_grace_days: int = 30
    # Features kept per story profile (the heaviest); bounds state size.
    max_story_anchors: int = 400
    max_story_words: int = 600
    # Characters of cleaned text read per document (title + start of body).
    max_chars: int = 20_000
    # At most this many candidate stories are scored per document.
    max_candidates: int = 30
    # Optional local path of a sentence-embedding model (see
    # newsline.stories.embedding for the formats); never downloaded.
    embedding_model_path: str | None = None
    # Share of the embedding cosine in the score when a model is loaded.
    embedding_weight: float = 0.4
    # --- topics: the coarse level above stories (newsline.stories.topics) ---
    # Stories whose average-link similarity (geometric mean of the IDF-
    # weighted territory cosine and anchor cosine) is at least this form one
    # topic; lower = fewer, broader topics; above 1.0, one topic per story.
    topic_threshold: float = 0.25
    # A topic of fewer documents than this joins the nearest larger topic
    # when their average similarity is at least topic_attach_threshold.
    topic_min_documents: int = 10
    topic_attach_threshold: float = 0.1
    # Rounds of reassignment after the greedy merging: each story moves to
    # the topic (of topic_min_documents or more) whose centroid it is most
    # like, when that beats its own and reaches topic_attach_threshold. 0
    # keeps the greedy result. cl-tls topic F1 for batches of 32/64/100:
    # 0.888/0.884/0.882 -> 0.897/0.894/0.896; it settles in one or two rounds.
    topic_refine_rounds: int = 3
    # Last, a topic still under topic_min_documents joins the large topic
    # its names (anchor cosine, places aside) match best when that reaches
    # topic_attach_threshold, is at least this many times the next large
    # topic's, and the places it names that the large topic does not weigh
    # less than the names they share (newsline.stories.topics._rescue): a
    # page naming one topic's leader and capital again and again, placed
    # only by an agency's dateline elsewhere, was a topic of its own. 0
    # turns it off.
    topic_rescue_margin: float = 2.0


@dataclass
class WebSettings:
    # --- search (newsline.web.search) ---
    # Queries longer than this (characters) are cut; at most this many terms are used.
    max_query_chars: int = 200
    max_terms: int = 12
    # A term whose matches exceed this many documents is ranked among its
    # newest matches only: BM25 over every match of a very common word costs
    # ~70 ms per 25k matches, and the best of the newest few thousand reads fine.
    rank_candidates: int = 5000
    # BM25 weight of a title match relative to a body match.
    title_weight: float = 3.0
    # Result totals are counted up to this many (then shown as "1000+").
    count_cap: int = 1000
    # Letters of one query token tried with their variants (d -> đ), at most.
    max_variant_letters: int = 3
    # Snippet: characters shown before / after the first match, and how much
    # of a long document is read to place it.
    snippet_before: int = 70
    snippet_after: int = 190
    snippet_scan_chars: int = 500_000
    # --- short-gram index (newsline.web.index) ---
    # Documents indexed per transaction (a concurrent run waits at most this long).
    gram_sync_batch: int = 1000
    # --- report (newsline report) ---
    # Stories shown in full (the rest are listed), and events per story.
    report_max_stories: int = 200
    report_max_events_per_story: int = 300


@dataclass
class Settings:
    limits: LimitSettings = field(default_factory=LimitSettings)
    read: ReadSettings = field(default_factory=ReadSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    lang: LangSettings = field(default_factory=LangSettings)
    flags: FlagSettings = field(default_factory=FlagSettings)
    dates: DateSettings = field(default_factory=DateSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)
    stories: StorySettings = field(default_factory=StorySettings)
    web: WebSettings = field(default_factory=WebSettings)
    # Documents per batch handed to a worker and written in one transaction.
    batch_size: int = 256
    # Worker processes for per-document stages (0 = all cores).
    workers: int = 0


# Sections whose values never change what a run stores (how the web app and
# the report show it).
_NOT_STORED = frozenset({"web"})


def changed_settings(settings: Settings) -> dict[str, object]:
    """``{"section.field": value}`` for every value of ``settings`` that differs
    from its default and changes what a run stores (not workers, batch size or
    the web app's); values as JSON gives them (others as their repr). A run
    records them, so that results stored under other settings can be told."""
    import json
    from dataclasses import fields

    default = Settings()
    out: dict[str, object] = {}
    for f in fields(Settings):
        section, base = getattr(settings, f.name), getattr(default, f.name)
        if f.name in _NOT_STORED or not hasattr(section, "__dataclass_fields__"):
            continue
        for g in fields(section):
            value = getattr(section, g.name)
            if value == getattr(base, g.name):
                continue
            try:
                value = json.loads(json.dumps(value))
            except (TypeError, ValueError):
                value = repr(value)
            out[f"{f.name}.{g.name}"] = value
    return out
