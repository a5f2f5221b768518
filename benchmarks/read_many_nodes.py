"""Reading pages with many nodes: is the HTML reader linear in their number?

    PYTHONPATH=src python benchmarks/read_many_nodes.py [--sizes 500,1000,2000,4000]

A page of N captioned images, N <meta> tags and N/10 headings (a gallery, a
tag cloud) is read with ``newsline.readers.html.parse_html``; printed per N:
CPU ms per page and ms per node. A linear reader keeps ms per node flat; the
quadratic walk of resiliparse node lists it once had took 20 s at N = 2,000.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsline.readers.html import parse_html


def gallery_page(n: int) -> str:
    head = "".join(f'<meta name="tag{i}" content="value {i}">' for i in range(n))
    body = "".join(
        f'<figure><img src="p{i}.jpg" alt="photo {i}"><figcaption>Caption {i}</figcaption></figure>'
        for i in range(n)
    )
    heads = "".join(f"<h1>Section {i}</h1>" for i in range(n // 10))
    return f"<html><head><title>Gallery</title>{head}</head><body>{heads}{body}</body></html>"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="500,1000,2000,4000")
    args = ap.parse_args()
    parse_html(gallery_page(10))  # imports and first-call set-up, not counted
    print(f"{'nodes':>7}  {'CPU ms/page':>12}  {'ms/node':>8}")
    for n in (int(s) for s in args.sizes.split(",")):
        html = gallery_page(n)
        t0 = time.process_time()
        parse_html(html)
        ms = (time.process_time() - t0) * 1000
        print(f"{n:>7}  {ms:>12.1f}  {ms / n:>8.4f}")


if __name__ == "__main__":
    main()
