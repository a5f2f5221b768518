"""Two reader slips found in review (invented files):

* a root holding several <item> and several <entry> elements was read by
  whichever repeated name a set of strings gave first, so the same file gave
  item documents in one run and entry documents in the next;
* a compressed TSV (``rows.tsv.bz2``, ``rows.tsv.xz``) had its delimiter
  guessed instead of being read as tab-separated, since only ``.gz`` was
  stripped before the ``.tsv`` test: a text with commas was cut into columns."""

from __future__ import annotations

import bz2
import json
import lzma

import pytest

from newsline.readers import read_path
from newsline.settings import Settings
from tests.hash_seeds import probe_outputs

MIXED = (
    '<?xml version="1.0" encoding="utf-8"?><export>'
    "<item><title>Cầu mới thông xe</title><text>Cây cầu mới thông xe sáng nay.</text></item>"
    "<item><title>Mưa lớn ở Huế</title><text>Mưa lớn từ tối qua.</text></item>"
    "<entry><title>Le pont rouvre</title><text>Le pont rouvre ce matin.</text></entry>"
    "<entry><title>Pluie à Nantes</title><text>Il pleut depuis hier soir.</text></entry>"
    "</export>"
)


def test_mixed_repeated_items_are_read_the_same_way_in_every_run(tmp_path):
    path = tmp_path / "mixed.xml"
    path.write_text(MIXED, encoding="utf-8")
    probe = (
        "import json\n"
        "from newsline.readers import read_path\n"
        "from newsline.settings import Settings\n"
        f"docs = list(read_path({str(path)!r}, Settings()))\n"
        "print(json.dumps([getattr(d, 'title', None) for d in docs]))\n"
    )
    outs = {out for out in probe_outputs(probe)}
    assert len(outs) == 1, outs
    titles = json.loads(outs.pop())
    assert len(titles) == 2 and all(titles), titles


@pytest.mark.parametrize(("ext", "pack"), [(".bz2", bz2.compress), (".xz", lzma.compress)])
def test_a_compressed_tsv_is_read_as_tab_separated(tmp_path, ext, pack):
    # one column of texts: nothing to sniff a delimiter from, and a comma
    # guessed as the delimiter cuts each text at its first comma
    texts = [
        "Hà Nội, Huế, Đà Nẵng và Cần Thơ cùng mở tuyến buýt mới.",
        "Mưa lớn ở Huế, Quảng Trị và Quảng Bình từ tối qua.",
    ]
    rows = "text\n" + "".join(t + "\n" for t in texts)
    path = tmp_path / f"rows.tsv{ext}"
    path.write_bytes(pack(rows.encode("utf-8")))
    assert [d.text for d in read_path(str(path), Settings())] == texts
