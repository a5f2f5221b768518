"""The advert rule's phrases come in one order whatever the process's hash
seed: they were sorted by length only, so phrases of one length kept the
order of a set of strings, which changes from run to run (and between the
local and Ray engines' processes), and the spam flag's reason, which lists
the phrases found in this order, could be worded differently for the same
page."""

from __future__ import annotations

import json

from tests.hash_seeds import probe_outputs

_PROBE = """
import json
from newsline.flags.rules import _advert_phrases
print(json.dumps([_advert_phrases(a, b) for a, b in [("en", "en"), ("es", "fr"), ("vi", None)]]))
"""


def test_advert_phrases_do_not_depend_on_the_hash_seed():
    outs = set()
    for stdout in probe_outputs(_PROBE):
        got = json.loads(stdout)
        assert all(len(x) > 5 for x in got)
        # longest first is what makes "online casino" win over "casino"
        assert all(len(x[0]) >= len(x[-1]) for x in got)
        outs.add(json.dumps(got))
    assert len(outs) == 1
