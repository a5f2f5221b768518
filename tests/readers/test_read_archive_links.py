"""A tar's symbolic and hard links name a member read in its own place: they
are passed over and counted for the run's report, not rejected as errors (a
mirrored site's ``latest.html -> 2024/05/story.html`` is no damage). A device
or FIFO member is still an error naming it; an archive of links alone still
says it holds no files. Sentences written for these tests."""

from __future__ import annotations

import io
import tarfile

from newsline.model import Document, PassedOver, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

IT = "Il consiglio comunale di Perugia ha approvato ieri il nuovo piano per le piste ciclabili."
NL = "De gemeente Zwolle start volgende week met de herinrichting van het stationsplein."


def _tar(path, members):
    with tarfile.open(path, "w:gz") as tf:
        for name, kind, value in members:
            info = tarfile.TarInfo(name)
            if kind == "file":
                info.size = len(value)
                tf.addfile(info, io.BytesIO(value))
            else:
                info.type = kind
                info.linkname = value
                tf.addfile(info)


def _read(path):
    out = list(read_path(str(path), Settings(), passed_over=True))
    return (
        [x for x in out if isinstance(x, Document)],
        [x for x in out if isinstance(x, ReadError)],
        [x for x in out if isinstance(x, PassedOver)],
    )


def test_links_in_a_tar_are_passed_over_and_counted(tmp_path):
    path = tmp_path / "site.tar.gz"
    _tar(path, [
        ("site/2024/story.txt", "file", IT.encode()),
        ("site/latest.txt", tarfile.SYMTYPE, "2024/story.txt"),
        ("site/copy.txt", tarfile.LNKTYPE, "site/2024/story.txt"),
        ("site/other.txt", "file", NL.encode()),
    ])
    docs, errors, passed = _read(path)
    assert [d.text for d in docs] == [IT, NL]
    assert not errors
    (p,) = passed
    assert p.source.endswith("site.tar.gz")
    assert p.counts == {"link:symbolic link": 1, "link:hard link": 1}


def test_a_fifo_member_is_still_an_error_naming_it(tmp_path):
    path = tmp_path / "odd.tar.gz"
    _tar(path, [("a.txt", "file", IT.encode()), ("pipe", tarfile.FIFOTYPE, "")])
    docs, errors, passed = _read(path)
    assert [d.text for d in docs] == [IT]
    assert len(errors) == 1 and errors[0].source.endswith("odd.tar.gz/pipe")
    assert not passed


def test_a_tar_of_links_alone_still_says_it_holds_no_files(tmp_path):
    path = tmp_path / "links.tar.gz"
    _tar(path, [("latest.txt", tarfile.SYMTYPE, "gone.txt")])
    docs, errors, passed = _read(path)
    assert not docs and "holds no files" in errors[0].reason
    assert passed[0].counts == {"link:symbolic link": 1}
