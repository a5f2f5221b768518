"""Embedded SQLite store (WAL) for documents, annotations, runs and errors.

Everything a run produces is written in one transaction per batch together
with the state of the sequential stages, so a run killed at any point and
started again ends with nothing lost and nothing duplicated.

This module knows the model and SQL; it must never know a stage's logic.
"""

from .sqlite import SCHEMA_VERSION, DatabaseBusy, DatabaseError, Store

__all__ = ["SCHEMA_VERSION", "DatabaseBusy", "DatabaseError", "Store"]
