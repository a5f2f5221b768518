"""jieba loads without setuptools' pkg_resources (about 0.1 CPU-s and 10 MB
of every run's fixed cost, used by jieba only to open its own data files),
and cuts and tags exactly as it does with it; a process that loaded
pkg_resources itself keeps it."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("jieba")

# Written for these tests: a Traditional Chinese brief about a harbour.
_TEXT = "高雄港務局於2023年11月8日宣布，新碼頭將於明年春季啟用，局長林志明表示貨櫃量可望成長。"

_CUT = textwrap.dedent(
    f"""
    import json, sys
    if sys.argv[1] == "preloaded":
        import pkg_resources  # noqa: F401
    from newsline import wordseg
    words = wordseg.chinese_words({_TEXT!r})
    tags = [(w, t) for w, t in wordseg.chinese_tagger().cut({_TEXT!r})]
    print(json.dumps({{"words": words, "tags": tags,
                      "pkg_resources": "pkg_resources" in sys.modules}}))
    """
)


def _cut(mode: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", _CUT, mode],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def test_jieba_loads_without_pkg_resources_and_cuts_the_same():
    pytest.importorskip("pkg_resources")
    alone, preloaded = _cut("alone"), _cut("preloaded")
    assert alone["pkg_resources"] is False
    assert preloaded["pkg_resources"] is True  # not unloaded from under its importer
    assert alone["words"] == preloaded["words"]
    assert alone["tags"] == preloaded["tags"]
    assert "2023" in alone["words"] and len(alone["tags"]) > 10
