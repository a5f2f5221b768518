"""Text that starts with a short binary magic ('BZh', 'RIFF', 'OggS', 'wOFF') is
text: a signature is binary only when the bytes after it are the format's."""

import bz2
import io
import struct
import wave

import pytest

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.readers.decode import binary_signature
from newsline.settings import Settings

S = Settings()

TEXTS = [
    "BZh9 is the flag that tells bzip2 to use its largest block size.\n\nMore follows.",
    "BZh1 and BZh9 differ only in block size, the manual says.",
    "RIFF tensions rise between the two coalition partners.\n\nA second paragraph.",
    "OggS, a nickname, was seen at the harbour yesterday evening.",
    "wOFF was the sound the dog made, witnesses told reporters.",
    "wOF2 fonts load faster, a developer explained at the meeting.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_plain_text_starting_with_a_magic_word_is_read(tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = read_path(str(path), S)
    assert isinstance(doc, Document), doc
    assert doc.text.startswith(text.split()[0])
    assert binary_signature(text.encode()) is None


def _wav() -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x01\x02" * 400)
    return out.getvalue()


def _riff(form: bytes, body: bytes) -> bytes:
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + form + body


OGG = b"OggS\x00\x02" + b"\x00" * 8 + b"\x01\x02\x03\x04" + b"\x00" * 8 + b"\x01\x1e\x01vorbis"
WOFF = b"wOFF\x00\x01\x00\x00" + struct.pack(">I", 2048) + b"\x00\x0c" + b"\x00" * 30
WOFF_CFF = b"wOFFOTTO" + b"\x00" * 40
WOFF2 = b"wOF2\x00\x01\x00\x00" + b"\x00" * 40


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (bz2.compress(b"hello " * 100), "bzip2 stream"),
        (bz2.compress(b""), "bzip2 stream"),
        (_wav(), "RIFF media"),
        (_riff(b"WEBP", b"VP8 " + b"\x00" * 30), "RIFF media"),
        (_riff(b"AVI ", b"LIST" + b"\x00" * 30), "RIFF media"),
        (OGG, "Ogg media"),
        (WOFF, "web font"),
        (WOFF_CFF, "web font"),
        (WOFF2, "web font"),
    ],
)
def test_real_binaries_keep_their_signature(data, what):
    assert binary_signature(data) == what


@pytest.mark.parametrize(
    "data", [_wav(), _riff(b"WEBP", b"VP8 " + b"\x00" * 30), OGG, WOFF, WOFF_CFF]
)
def test_real_binaries_under_a_text_name_are_still_refused(tmp_path, data):
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    (err,) = read_path(str(path), S)
    assert isinstance(err, ReadError) and err.reason.startswith("binary content")
