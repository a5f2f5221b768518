"""Thai sites serving the Buddhist calendar state their publication time in
ISO or RFC 2822 forms with a Buddhist-era year ("2566-05-16T08:45:00+07:00"):
read as C.E. (B.E. - 543), so the page's relative dates are not read 543
years ahead (see tests/dates/test_buddhist_era_publication.py)."""

from __future__ import annotations

import pytest

from newsline.readers.dates import to_iso


@pytest.mark.parametrize(
    "raw,iso",
    [
        ("2566-05-16", "2023-05-16"),
        ("2567-02-29T08:45:00+07:00", "2024-02-29T08:45:00+07:00"),
        ("Tue, 16 May 2566 08:45:00 +0700", "2023-05-16T08:45:00+07:00"),
        # C.E. forms are left as they are
        ("2023-05-16", "2023-05-16"),
        ("2023-05-16T08:45:00+07:00", "2023-05-16T08:45:00+07:00"),
    ],
)
def test_buddhist_era_stated_dates_read_as_common_era(raw, iso):
    assert to_iso(raw) == iso
