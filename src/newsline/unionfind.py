"""Disjoint sets over 0..n-1, for grouping items linked pair by pair (events
told alike, paragraphs made from one template)."""

from __future__ import annotations


class UnionFind:
    """Each set's root is its smallest member, so groups and their order do
    not depend on the order links were made in."""

    def __init__(self, n: int):
        self.p = list(range(n))

    def find(self, i: int) -> int:
        while self.p[i] != i:
            self.p[i] = self.p[self.p[i]]
            i = self.p[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)
