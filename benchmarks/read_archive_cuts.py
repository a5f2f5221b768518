"""How many cuts of an archive are read as if it were whole?

    PYTHONPATH=src python benchmarks/read_archive_cuts.py [STEP]

Writes one small archive of four pages (Portuguese, Greek, Japanese,
Indonesian; written for this benchmark) as .tar, .tar.gz, .tar.bz2, .tar.xz
and .zip, cuts it at every STEP-th byte (default 1) and reads each cut with
``newsline.readers.read_path``. Prints, per format, the cuts that gave no
ReadError naming the archive: "silent" when some member was lost or cut,
"padding" when every member was read whole (for a compressed archive that
is still a cut stream, unreported; for a plain tar cut after its
end-of-archive block nothing tells it from a whole one), and how many
members were read whole from all the cuts together (what a cut keeps).
"""

from __future__ import annotations

import io
import os
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newsline.model import Document, ReadError
from newsline.readers import read_path
from newsline.settings import Settings

MEMBERS = {
    "porto.txt": "A câmara do Porto aprovou ontem o orçamento para a nova ponte.\n" * 3,
    "limani.txt": "Το δημοτικό συμβούλιο του Πειραιά ενέκρινε χθες τον προϋπολογισμό.\n" * 9,
    "kaigi.txt": "市議会は昨日、新しい橋の予算案を可決した。\n" * 25,
    "jembatan.txt": "Dewan kota Surabaya kemarin menyetujui anggaran jembatan baru.\n" * 40,
}


def _tar(mode: str) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tar:
        for name, text in MEMBERS.items():
            info = tarfile.TarInfo(name)
            info.size = len(text.encode())
            tar.addfile(info, io.BytesIO(text.encode()))
    return buf.getvalue()


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in MEMBERS.items():
            zf.writestr(name, text)
    return buf.getvalue()


def main() -> None:
    step = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    settings = Settings()
    formats = {
        "tar": _tar("w"),
        "tar.gz": _tar("w:gz"),
        "tar.bz2": _tar("w:bz2"),
        "tar.xz": _tar("w:xz"),
        "zip": _zip(),
    }
    total_silent = 0
    with tempfile.TemporaryDirectory() as tmp:
        for ext, data in formats.items():
            path = os.path.join(tmp, f"pages.{ext}")
            silent = padding = cuts = whole_members = 0
            for cut in range(1, len(data), step):
                with open(path, "wb") as fh:
                    fh.write(data[:cut])
                out = list(read_path(path, settings))
                whole_members += sum(
                    1 for x in out if isinstance(x, Document) and x.text in MEMBERS.values()
                )
                if any(isinstance(x, ReadError) and x.source == path for x in out):
                    continue
                whole = {
                    x.source for x in out if isinstance(x, Document) and x.text in MEMBERS.values()
                }
                cuts += 1
                if len(whole) == len(MEMBERS):
                    padding += 1
                else:
                    silent += 1
            total_silent += silent
            print(
                f"{ext:8} {len(data):6} bytes: unreported cuts {cuts} (silent {silent}, padding {padding}); "
                f"whole members read from the cuts: {whole_members}"
            )
    print(f"total silent losses: {total_silent}")


if __name__ == "__main__":
    main()
