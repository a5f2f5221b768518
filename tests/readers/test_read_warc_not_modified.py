"""A WARC response ``304 Not Modified`` (a crawler's conditional re-fetch) is
passed over as "not modified", not counted among the redirects: a run that
said "1 redirect (304 ×1)" sent the user looking for a moved page.
Records hand-written in another site's style, as in read_samples.py."""

from __future__ import annotations

import gzip

from read_samples import PAGE_PT, warc_response

from newsline.model import Document, PassedOver
from newsline.pipeline import passed_over_text
from newsline.readers import read_path
from newsline.settings import Settings


def test_304_is_not_modified_and_301_stays_a_redirect(tmp_path):
    base = "https://diario.example.pt/cidade"
    records = [
        warc_response(base + "/obras", PAGE_PT, record_id="ok-1"),
        warc_response(base + "/obras", b"", record_id="nm-1", status="304 Not Modified"),
        warc_response(base + "/velho", b"", record_id="mv-1", status="301 Moved Permanently"),
    ]
    path = tmp_path / "recrawl.warc.gz"
    path.write_bytes(b"".join(gzip.compress(r) for r in records))
    out = list(read_path(str(path), Settings(), passed_over=True))
    assert [d.url for d in out if isinstance(d, Document)] == [base + "/obras"]
    (passed,) = [x for x in out if isinstance(x, PassedOver)]
    assert passed.counts == {"not modified:304": 1, "redirect:301": 1}
    assert passed_over_text(passed.counts) == "1 redirect (301 ×1), 1 not modified (304 ×1)"
