"""A slimming or pill pitch with a shop's bare address, pasted into a real
paragraph or a quotation (benchmarks/flags_heldout.py --set heldout14, x01:
"Lose up to 12 kg in 4 weeks with genuine Ozempic pens – no prescription
needed, discreet next-day delivery … at slimrx-direct.shop"): one trade
word beside a bare address is not enough, and "discreet … delivery" is now
a second. The gapped trade words took letters only between their parts,
so "perca…quilos" never met "perca até 8 quilos"; a number may now stand
between. Paragraphs written for this file in other wordings; a health
report with a hotline stays clean."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

PAGE = (
    "The town's new sports centre opened on Saturday with a 25-metre pool, a climbing wall and a cafe.\n"
    "{a}\n"
    "The centre is open from 6am to 10pm every day, and swimming lessons start next month.\n"
)


@pytest.mark.parametrize(
    "para",
    [
        (
            "\"My children have waited three years for a pool in town, and now we can walk here after school "
            "instead of driving forty minutes to the city; the coaches were lovely with them on the first day. "
            "Lose up to 9 kg with ketone drops – no prescription needed, discreet next-day delivery from ketodrops-uk.shop\""
        ),
        (
            "A centre manager said the cafe would serve local produce. "
            "Perca até 8 quilos em 30 dias sem receita médica, entrega discreta em emagrecerja.shop"
        ),
    ],
)
def test_a_slimming_pitch_with_a_shop_address_is_spam(para):
    doc = flagged(PAGE.format(a=para))
    assert kinds(doc, "spam"), [f.reason for f in doc.flags]


def test_a_health_report_with_a_hotline_stays_clean():
    para = (
        "The centre will also host the NHS weight programme, in which participants lose about 5 kg "
        "on average over twelve weeks; to enrol, call 0300 123 4567 on weekdays."
    )
    doc = flagged(PAGE.format(a=para))
    assert not kinds(doc, "spam"), [f.reason for f in doc.flags]
