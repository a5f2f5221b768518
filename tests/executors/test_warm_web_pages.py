"""The pool starts with the first batch: a run of web pages loads what only
pages need (trafilatura, the markup rules) once, before the workers fork,
and a run of plain text does not load it at all. What the stages make of
each page is the same in the pool as inline.

Run in fresh interpreters: in the test process other tests have already
imported trafilatura, which would hide a warm-up that skips it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

# Pages in other sites' styles and languages, each a way a page goes wrong:
# markup left open, a page the extractor finds no article in, a page over
# the extraction limit (lowered so the test stays small), and pages in
# legacy encodings (windows-1258 Vietnamese with combining tones, TIS-620
# Thai, GBK Chinese) that the reader must decode before anything runs.
_PAGES = textwrap.dedent(
    r"""
    import os, unicodedata

    def cp1258(text):
        # windows-1258 writes a tone as a combining mark after its letter
        out = []
        for ch in text:
            marks = unicodedata.normalize("NFD", ch)
            tones = "".join(m for m in marks[1:] if m in "\u0300\u0301\u0303\u0309\u0323")
            rest = "".join(m for m in marks if m not in tones)
            out.append(unicodedata.normalize("NFC", rest) + tones)
        return "".join(out).encode("cp1258")

    V = "Hội đồng nhân dân tỉnh Bình Định họp phiên bất thường ngày 5/2/2026 để "
    PAGES = {
        "unclosed.html": (
            "<html><head><title>Harbour dredging resumes | Coast Courier</title></head>"
            "<body><div class=menu><a href=/>Home<a href=/sport>Sport</div>"
            "<div><h1>Harbour dredging resumes<p>By Ana Ruiz"
            "<p>Dredging of the northern channel resumed on Monday after a two-week pause, "
            "the port authority said, with crews working around the clock to clear silt."
            "<p>Shipping agents said larger vessels would again be able to dock at high tide"
            "</div></div></span><footer>Contact us | Terms</footer>"
        ).encode("utf-8"),
        "nothing_to_extract.html": (
            "<html><head><title>Index</title></head><body><nav><a href=/a>A</a> "
            "<a href=/b>B</a> <a href=/c>C</a></nav></body></html>"
        ).encode("utf-8"),
        "huge.html": (
            "<html><head><title>Budget hearing | Valley Post</title></head><body>"
            "<h1>Budget hearing runs late</h1>"
            + "".join(
                f"<p>Councillor number {k} asked about the road fund and the answer "
                f"took several minutes to give in full at the hearing.</p>"
                for k in range(400)
            )
            + "</body></html>"
        ).encode("utf-8"),
        "vi_cp1258.html": cp1258(
            "<html><head><meta charset='windows-1258'><title>Thời sự</title></head><body>"
            "<nav>Trang chủ | Thể thao</nav><h1>Tỉnh họp phiên bất thường</h1>"
            f"<p>{V}bàn kế hoạch chống hạn, các đại biểu thống nhất bổ sung kinh phí.</p>"
            "</body></html>"
        ),
        "th_tis620.html": (
            "<html><head><meta charset='tis-620'><title>ข่าวภูมิภาค</title></head><body>"
            "<h1>จังหวัดเตรียมรับมือภัยแล้ง</h1><p>ผู้ว่าราชการจังหวัดประชุมหน่วยงานที่เกี่ยวข้อง"
            "เมื่อวันที่ 5 กุมภาพันธ์ 2569 เพื่อวางแผนแจกจ่ายน้ำให้เกษตรกรในพื้นที่</p></body></html>"
        ).encode("tis-620"),
        "zh_gbk.html": (
            "<html><head><meta charset='gbk'><title>本地新闻</title></head><body>"
            "<div>首页 | 国内 | 国际</div><h1>市政府召开抗旱会议</h1>"
            "<p>市政府于2026年2月5日召开抗旱工作会议，部署水库调度和农田灌溉工作，"
            "各区县负责人参加会议。</p><p>版权所有 2026 本地新闻网</p></body></html>"
        ).encode("gbk"),
    }

    def write_pages(folder):
        for name, data in PAGES.items():
            with open(os.path.join(folder, name), "wb") as fh:
                fh.write(data)
    """
)

_PROBE = textwrap.dedent(
    """
    import json, sys, tempfile
    from newsline.executors.local import LocalExecutor
    from newsline.model import Document
    from newsline.readers import read_path
    from newsline.settings import Settings
    from newsline.stages import default_stages
    {pages}
    settings = Settings()
    settings.clean.trafilatura_max_chars = 20_000
    stages = [s for s in default_stages(settings) if s.parallel]
    folder = tempfile.mkdtemp()
    write_pages(folder)
    import os
    docs = [
        d for name in sorted(PAGES) for d in read_path(os.path.join(folder, name), settings)
        if isinstance(d, Document)
    ]
    if sys.argv[1] == "text":
        docs = [Document(id=d.id, source=d.source, text=d.text) for d in docs]

    def view(ds):
        return [
            {{
                "source": d.source.rsplit("/", 1)[-1], "encoding": d.encoding,
                "title": d.title, "author": d.author, "published": d.published,
                "sitename": d.sitename, "lang": d.lang,
                "blocks": [(b.start, b.end, b.label, b.lang, b.reasons) for b in d.blocks],
                "flags": [(f.kind, f.reason) for f in d.flags],
                "trafilatura": d.meta.get("trafilatura"),
                "events": [(e.start, e.end, e.date) for e in d.events],
            }}
            for d in ds
        ]

    copies = [Document.from_dict(d.to_dict()) for d in docs]
    ex = LocalExecutor(stages, workers=2)
    try:
        pooled, _ = ex.submit(docs).result()
        loaded_before_fork = "trafilatura" in sys.modules
    finally:
        ex.close()
    inline = LocalExecutor(stages, workers=1)
    alone, _ = inline.submit(copies).result()
    print(json.dumps({{
        "loaded_before_fork": loaded_before_fork,
        "pooled": view(pooled), "inline": view(alone), "n": len(docs),
    }}, ensure_ascii=False))
    """
).format(pages=textwrap.indent(_PAGES, ""))


def _probe(kind: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, kind],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_run_of_web_pages_loads_the_extractor_before_the_workers_fork():
    got = _probe("html")
    assert got["n"] == 6
    # loaded once in the run's process, shared by the forked workers
    assert got["loaded_before_fork"]
    # the extractor's limit and the legacy encodings reached the stages
    by_source = {d["source"]: d for d in got["pooled"]}
    assert by_source["huge.html"]["trafilatura"]["skipped"].startswith("page larger than")
    assert any(k == "limit_exceeded" for k, _ in by_source["huge.html"]["flags"])
    assert by_source["vi_cp1258.html"]["encoding"] in ("cp1258", "windows-1258")
    assert any(b[2] == "body" for b in by_source["zh_gbk.html"]["blocks"])
    # and every page comes out of the pool exactly as it does inline
    assert got["pooled"] == got["inline"]


def test_a_run_of_plain_text_does_not_load_the_extractor():
    got = _probe("text")
    assert got["n"] == 6
    assert not got["loaded_before_fork"]
    assert got["pooled"] == got["inline"]
