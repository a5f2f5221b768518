"""An event's name-variant flags come out in one order whatever the
process's hash seed: they were listed in the order of a set of strings,
which changes from run to run (and between the local and Ray engines'
processes), so the same input gave different timelines. Invented names."""

from __future__ import annotations

import json

from tests.hash_seeds import probe_outputs

_PROBE = """
import json
from newsline.events.merge import _name_variants
rs = [
    {"lang": "en", "doc_id": "a", "anchors": ["name:halvorsen", "name:brandtner", "name:okonkwo",
                                               "name:varennes", "name:lindqvist"]},
    {"lang": "en", "doc_id": "b", "anchors": ["name:halvorson", "name:brantner", "name:okonkow",
                                               "name:varenne", "name:lindquist"]},
]
print(json.dumps(_name_variants(rs)))
"""


def test_name_variants_do_not_depend_on_the_hash_seed():
    outs = set()
    for stdout in probe_outputs(_PROBE):
        got = json.loads(stdout)
        assert len(got) >= 3
        outs.add(json.dumps(got))
    assert len(outs) == 1, outs


_SHARED_PROBE = """
import json
from newsline.events.merge import _shared
a = ["name:brandtner", "name:brantner", "name:okonkwo", "name:okonkow"]
b = ["name:brandtnar", "name:okonkwoh"]
idf = {"name:brandtner": 1.0, "name:brantner": 5.0, "name:okonkwo": 2.0, "name:okonkow": 7.0}
print(json.dumps(_shared(a, b, idf, 0.8)))
"""


def test_shared_name_weight_does_not_depend_on_the_hash_seed():
    # Two names of one mention each meet the same name of the other; which
    # one counts (and so the pair's weight, and whether events merge) must
    # not follow the order of a set of strings.
    outs = set()
    for stdout in probe_outputs(_SHARED_PROBE):
        weight, count = json.loads(stdout)
        assert count == 2
        outs.add(weight)
    assert len(outs) == 1, outs
