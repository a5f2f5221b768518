"""Shared set-up of the executor tests (local and Ray engines)."""

from __future__ import annotations

import pytest


def _crash_batches(n_batches: int, size: int, crash_at: tuple[int, int]) -> list:
    """n_batches batches of size documents "page I J" with ids "I-J"; the one at
    crash_at (batch, position) reads "CRASH-ME", which the killing stages die on."""
    from newsline.model import Document

    return [
        [
            Document(
                id=f"{i}-{j}",
                source="s",
                text="CRASH-ME" if (i, j) == crash_at else f"page {i} {j}",
            )
            for j in range(size)
        ]
        for i in range(n_batches)
    ]


@pytest.fixture
def crash_batches():
    return _crash_batches
