"""The local executor's warm-up: what it loads before the workers fork."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

# Run in a fresh interpreter: in the test process other tests have already
# loaded jieba, pypinyin and lingua, which would hide a warm-up that skips them.
_PROBE = textwrap.dedent(
    """
    import gc, json, sys
    from newsline.stages import default_stages
    from newsline.settings import Settings
    from newsline.executors.local import _warm_up
    import newsline.langid.detect as D

    _warm_up(default_stages(Settings()))
    import jieba
    print(json.dumps({
        "jieba_initialized": bool(jieba.dt.initialized),
        "pypinyin": "pypinyin" in sys.modules,
        "thai_tagger": "pythainlp.tag.perceptron" in sys.modules,
        "lingua_detectors": D._detector.cache_info().currsize,
        "frozen": gc.get_freeze_count() > 0,
    }))
    """
)


def test_warm_up_loads_each_languages_resources_before_fork():
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=300, check=True
    )
    got = json.loads(out.stdout.strip().splitlines()[-1])
    # Chinese tagging and romanisation, Thai tagging: each language's own path ran
    assert got["jieba_initialized"], got
    assert got["pypinyin"], got
    assert got["thai_tagger"], got
    # both lingua modes (short texts use the high-accuracy models)
    assert got["lingua_detectors"] >= 2, got
    # the loaded tables are kept out of the workers' garbage collection
    assert got["frozen"], got
