"""newsline.lazy: a heavy library imported on first use, once, by any thread;
and which heavy libraries importing newsline and building its stages pull in."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from newsline.lazy import lazy_module


def _fresh(code: str) -> dict:
    """What ``code`` prints (one JSON line) in a fresh interpreter: the test
    process has long imported everything."""
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_imported_on_first_attribute_read_only():
    got = _fresh(
        """
        import json, sys
        from newsline.lazy import lazy_module
        m = lazy_module("xml.dom.minidom")
        before = "xml.dom.minidom" in sys.modules
        doc = m.parseString("<a>b</a>")
        print(json.dumps({"before": before, "after": "xml.dom.minidom" in sys.modules,
                          "text": doc.documentElement.firstChild.data}))
        """
    )
    assert got == {"before": False, "after": True, "text": "b"}


def test_same_objects_as_the_module():
    import fractions

    lazy = lazy_module("fractions")
    assert lazy.Fraction is fractions.Fraction
    assert "fractions" in repr(lazy)
    with pytest.raises(AttributeError):
        lazy.no_such_name  # noqa: B018


def test_missing_library_fails_when_bound_not_when_used():
    with pytest.raises(ModuleNotFoundError):
        lazy_module("no_such_package_newsline_test.sub")


def test_first_reads_from_many_threads_see_one_module():
    got = _fresh(
        """
        import json, sys, threading
        from newsline.lazy import lazy_module
        m = lazy_module("email.mime.multipart")
        seen, barrier = [], threading.Barrier(8)
        def read():
            barrier.wait()
            seen.append(m.MIMEMultipart)
        ts = [threading.Thread(target=read) for _ in range(8)]
        for t in ts: t.start()
        for t in ts: t.join()
        print(json.dumps({"n": len(seen), "distinct": len({id(x) for x in seen})}))
        """
    )
    assert got == {"n": 8, "distinct": 1}


_HEAVY = ("scipy", "ray", "jieba", "pythainlp", "pypinyin", "lingua", "pykakasi", "torch")


def test_import_newsline_pulls_in_no_heavy_library():
    got = _fresh(
        f"""
        import json, sys
        import newsline, newsline.cli, newsline.pipeline, newsline.runner
        print(json.dumps(sorted(m for m in {_HEAVY!r} if m in sys.modules)))
        """
    )
    assert got == []


def test_building_the_stages_pulls_in_no_heavy_library():
    """scipy serves the topic grouping alone (the main process, at the end of a
    run): a Ray worker or the web app building the stages never loads it."""
    got = _fresh(
        f"""
        import json, sys
        from newsline.settings import Settings
        from newsline.stages import default_stages
        default_stages(Settings())
        print(json.dumps(sorted(m for m in {_HEAVY!r} if m in sys.modules)))
        """
    )
    assert got == []


def test_topics_group_as_before_once_scipy_loads():
    from newsline.stories import topics

    assert not isinstance(topics.sparse, type(sys))  # the stand-in
    m = topics.sparse.csr_matrix(([1.0, 2.0], ([0, 1], [1, 0])), shape=(2, 2))
    assert m.toarray().tolist() == [[0.0, 1.0], [2.0, 0.0]]

