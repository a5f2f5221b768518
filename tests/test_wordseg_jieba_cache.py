"""wordseg fills jieba's default tokenizer from jieba's own cache file with
one read: the same dictionary jieba's ``initialize`` loads, and jieba's own
path whenever the fast one does not apply."""

from __future__ import annotations

import threading
import types

import pytest

from newsline import wordseg


def test_same_dictionary_as_jiebas_initialize():
    jieba = pytest.importorskip("jieba")
    wordseg._jieba()
    assert jieba.dt.initialized
    own = jieba.Tokenizer()
    own.initialize()  # jieba's path, from the same cache file
    assert own.total == jieba.dt.total
    assert own.FREQ == jieba.dt.FREQ


def _fake(tmp_path, dictionary=None, initialized=False):
    dt = types.SimpleNamespace(
        initialized=initialized,
        dictionary=dictionary,
        cache_file=None,
        tmp_dir=str(tmp_path),
        lock=threading.RLock(),
    )
    return types.SimpleNamespace(dt=dt, DEFAULT_DICT=None)


def test_left_to_jieba_without_cache_or_with_another_dictionary(tmp_path):
    import marshal

    fake = _fake(tmp_path)
    wordseg._load_jieba_cache(fake)  # no cache file yet: jieba builds it itself
    assert not fake.dt.initialized
    (tmp_path / "jieba.cache").write_bytes(marshal.dumps(({"中": 3}, 3)))
    other = _fake(tmp_path, dictionary="/custom/dict.txt")
    wordseg._load_jieba_cache(other)  # a custom dictionary: jieba checks its mtime
    assert not other.dt.initialized
    wordseg._load_jieba_cache(fake)
    assert fake.dt.initialized and fake.dt.FREQ == {"中": 3} and fake.dt.total == 3
    (tmp_path / "jieba.cache").write_bytes(b"not marshal")
    bad = _fake(tmp_path)
    wordseg._load_jieba_cache(bad)
    assert not bad.dt.initialized
