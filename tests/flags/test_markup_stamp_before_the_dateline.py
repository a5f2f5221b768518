"""A page whose <meta> publish time comes before its wire dateline's day (the
year its weekday-named days give) is published on the dateline's day by the
dates stage; the flags stage still says the markup's stamp is wrong, pointing
at the dateline (pages in tests/dates/test_meta_time_before_the_dateline.py)."""

from __future__ import annotations

import pytest

from tests.dates.test_meta_time_before_the_dateline import _page

pytest.importorskip("trafilatura")


@pytest.mark.parametrize(("lang", "meta"), [("es", "2024-06-03T09:00:00-05:00")])
def test_the_markup_stamp_is_flagged(tmp_path, lang, meta):
    doc = _page(tmp_path, lang, meta, weekday=True, stage="flags")
    flags = [f for f in doc.flags if f.kind == "suspect_date"]
    assert any(
        f.data.get("signal") == "dateline" and f.data.get("published") == meta[:10] for f in flags
    ), [(f.reason, f.data) for f in flags]
    assert any(doc.text[f.start : f.end] == "14 de abril" for f in flags)
