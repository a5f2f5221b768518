"""Every threshold and switch of newsline, with its default, in one place.

Stages take the section they need in their constructor; nothing reads
global state. Each field's comment is its documentation.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class LimitSettings:
    # Pages larger than this (bytes, after decompression) are cut and flagged.
    max_page_bytes: int = 50 * 1024 * 1024
    # Lines longer than this (characters) are split for block work and flagged.
    max_line_chars: int = 100_000
    # Documents with more blocks than this keep the rest as one trailing block.
    max_blocks: int = 20_000
    # Compressed inputs that expand beyond this are refused (zip bombs).
    max_decompressed_bytes: int = 200 * 1024 * 1024


@dataclass
class ReadSettings:
    # Bytes given to the charset detector (more is slower and rarely better).
    detect_sample_bytes: int = 64 * 1024
    # Follow symbolic links in input directories (loops are detected).
    follow_symlinks: bool = True


@dataclass
class CleanSettings:
    # Filled in by the cleaning stage (issue: clean and explain).
    favor_precision: bool = False


@dataclass
class LangSettings:
    # Languages the detector may answer with (ISO 639-1). A small set keeps
    # lingua's memory low; all 75 languages cost about 1.3 GB.
    languages: tuple[str, ...] = (
        "vi", "th", "zh", "en", "ja", "ko", "id", "ms", "fr", "de", "es", "ru",
    )


@dataclass
class DateSettings:
    languages: tuple[str, ...] = ("vi", "th", "zh", "en", "es", "fr")


@dataclass
class DedupSettings:
    # Jaccard similarity above which two documents are near-duplicates.
    threshold: float = 0.8
    # Character shingle size.
    shingle_size: int = 5
    num_perm: int = 128


@dataclass
class StorySettings:
    # Similarity above which a document joins an existing story.
    join_threshold: float = 0.3
    # Optional local path of a sentence-embedding model.
    embedding_model_path: str | None = None


@dataclass
class Settings:
    limits: LimitSettings = field(default_factory=LimitSettings)
    read: ReadSettings = field(default_factory=ReadSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    lang: LangSettings = field(default_factory=LangSettings)
    dates: DateSettings = field(default_factory=DateSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)
    stories: StorySettings = field(default_factory=StorySettings)
    # Documents per batch handed to a worker and written in one transaction.
    batch_size: int = 64
    # Worker processes for per-document stages (0 = all cores).
    workers: int = 0
