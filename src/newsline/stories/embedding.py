"""Optional sentence-embedding backend, loaded only from a local path.

What it is for: letting a user who has a multilingual embedding model on
disk add its similarity to the anchor-based story linking. Three formats:

* a sentence-transformers directory (``modules.json``), when the
  ``sentence-transformers`` package is installed;
* a model2vec directory (``model.safetensors`` + ``tokenizer.json``), when
  ``model2vec`` is installed;
* newsline's own static format, needing only numpy: ``config.json``
  (``{"format": "newsline-static", "lowercase": true, "char_ngrams": [2, 3]}``),
  ``vocab.json`` (a list of tokens) and ``vectors.npy`` (float32,
  one row per token). A text's vector is the mean of its known tokens'
  rows (words, plus character n-grams for unspaced scripts), L2-normalised.

It must never download anything (no hub names, only existing directories)
and never be required: :func:`load_embedder` raises
:class:`EmbeddingUnavailable` with a clear reason, and the stage then works
without it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

_WORD = re.compile(r"\w+")
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]")

Embedder = Callable[[Sequence[str]], np.ndarray]


class EmbeddingUnavailable(RuntimeError):
    """The configured embedding model cannot be used (reason in the message)."""


def _normalise_rows(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return m / norms


class StaticEmbedder:
    """newsline-static: mean of token vectors (see module docstring)."""

    def __init__(self, path: Path):
        cfg = json.loads((path / "config.json").read_text("utf-8"))
        if cfg.get("format") != "newsline-static":
            raise EmbeddingUnavailable(f"{path}/config.json: format is not 'newsline-static'")
        vocab = json.loads((path / "vocab.json").read_text("utf-8"))
        self.vectors = np.load(path / "vectors.npy", allow_pickle=False).astype(np.float32)
        if self.vectors.ndim != 2 or self.vectors.shape[0] != len(vocab):
            raise EmbeddingUnavailable(
                f"{path}: vectors.npy has shape {self.vectors.shape}, vocab has {len(vocab)} tokens"
            )
        self.index = {t: i for i, t in enumerate(vocab)}
        self.lowercase = bool(cfg.get("lowercase", True))
        self.ngrams = tuple(cfg.get("char_ngrams", (2, 3)))

    def tokens(self, text: str) -> list[str]:
        text = unicodedata.normalize("NFC", text)
        if self.lowercase:
            text = text.casefold()
        out = []
        for w in _WORD.findall(text):
            out.append(w)
            if _UNSPACED.search(w):
                for n in self.ngrams:
                    out.extend(w[i : i + n] for i in range(len(w) - n + 1))
        return out

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.vectors.shape[1]), dtype=np.float32)
        for i, t in enumerate(texts):
            rows = [self.index[x] for x in self.tokens(t) if x in self.index]
            if rows:
                out[i] = self.vectors[rows].mean(axis=0)
        return _normalise_rows(out)


def load_embedder(path: str | Path) -> Embedder:
    """An embedder for the model at ``path`` (a local directory), or raise."""
    p = Path(path).expanduser()
    if not p.is_dir():
        raise EmbeddingUnavailable(f"embedding model path {p} is not a directory")
    if (p / "config.json").is_file() and (p / "vectors.npy").is_file():
        return StaticEmbedder(p)
    if (p / "modules.json").is_file():
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise EmbeddingUnavailable(
                f"{p} is a sentence-transformers model but the package is not installed"
            ) from e
        model = SentenceTransformer(str(p), device="cpu", local_files_only=True)
        return lambda texts: _normalise_rows(model.encode(list(texts), show_progress_bar=False))
    if (p / "tokenizer.json").is_file() and (p / "model.safetensors").is_file():
        try:
            from model2vec import StaticModel
        except ImportError as e:
            raise EmbeddingUnavailable(
                f"{p} looks like a model2vec model but the package is not installed"
            ) from e
        m2v = StaticModel.from_pretrained(str(p))
        return lambda texts: _normalise_rows(m2v.encode(list(texts)))
    raise EmbeddingUnavailable(
        f"{p}: no known model format (newsline-static config.json+vectors.npy, "
        "sentence-transformers modules.json, model2vec tokenizer.json+model.safetensors)"
    )
