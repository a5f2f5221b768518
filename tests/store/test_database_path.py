"""A folder given as the database is named as one: SQLite said 'unable to
open database file' (run) or 'disk I/O error' (runs, export, serve)."""

import pytest

from newsline.store import DatabaseError, Store


@pytest.mark.parametrize("readonly", [False, True])
def test_a_directory_given_as_the_database_is_named_as_one(tmp_path, readonly):
    with pytest.raises(DatabaseError, match="is a directory, not a database file"):
        Store(tmp_path, readonly=readonly)


def test_a_new_file_beside_a_directory_still_opens(tmp_path):
    with Store(tmp_path / "news.db") as s:
        assert s.count_documents() == 0
