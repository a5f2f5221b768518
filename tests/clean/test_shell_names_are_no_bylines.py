"""A page built in the browser shows only its shell (logo, menu items,
footer); its article is in its structured data and classified apart. The
shell, classified alone, has no article for a short line to stand at the
start or end of, yet its logo and its two-letter menu items were read as
name-only bylines (bundle5's "Nông Nghiệp Mới", bundle9's "滇西晨报" and
"国内"). There they are chrome. A page that shows an article of its own
(its headline and lead, the rest in its data) keeps its byline. Pages
invented here, in Indonesian and Chinese."""

from __future__ import annotations

import json

import pytest

from newsline.model import KEPT_LABELS
from tests.stages_through import read_through

pytest.importorskip("trafilatura")

ID = [
    "Pemerintah kabupaten meresmikan pasar ikan higienis di pelabuhan lama pada Kamis pagi, "
    "setelah pembangunan selama sepuluh bulan.",
    "Pasar itu menampung 120 pedagang dan dilengkapi ruang pendingin bersama yang bisa "
    "dipakai nelayan tanpa biaya sewa.",
    "Para pedagang berharap jumlah pembeli naik setelah akses jalan ke pelabuhan diperbaiki "
    "tahun depan.",
]
ZH = [
    "市交通局14日宣布，城区三条公交线路将于下月起延长末班车时间至晚上十一点，方便夜间通勤的市民出行。",
    "据介绍，调整涉及的线路日均客流超过三万人次，此前不少市民反映末班车过早，加班后只能打车回家。",
    "交通局表示，将根据试行一个月的客流情况，决定是否在更多线路推广夜间延时运营。",
    "不少市民对此表示欢迎，也有人建议同步增加夜间班次，缩短候车时间，并在站台增设照明和实时到站信息屏。",
    "公交集团相关负责人说，夜间延时后将增派驾驶员轮班，确保安全运营，车辆调度方案已报市交通局备案。",
]


def _page(shell: str, article: dict, title: str) -> str:
    blob = json.dumps({"props": {"pageProps": {"article": article}}}, ensure_ascii=False)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><div id="__next">{shell}</div>
<script id="__NEXT_DATA__" type="application/json">{blob}</script></body></html>"""


def _labels(tmp_path, html: str) -> list[tuple[str, str]]:
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    doc = read_through(p, "classify")
    assert doc.meta.get("structured_body"), doc.meta
    return [(doc.text[b.start : b.end], b.label) for b in doc.blocks]


@pytest.mark.parametrize(
    ("shell", "paras", "head"),
    [
        (
            '<div class="logo">Kabar Bahari</div><nav><ul><li><a href="/">Beranda</a></li>'
            '<li><a href="/daerah">Daerah</a></li></ul></nav><footer>© Kabar Bahari</footer>',
            ID,
            "Pasar ikan higienis diresmikan",
        ),
        (
            '<div class="logo">江城晚报</div><ul class="nav"><li><a href="/">首页</a></li>'
            '<li><a href="/sh">社会</a></li><li><a href="/ms">民生</a></li></ul>'
            "<footer>江城晚报版权所有</footer>",
            ZH,
            "三条公交线路末班车延至23点",
        ),
    ],
)
def test_a_shells_short_lines_are_no_bylines(tmp_path, shell, paras, head):
    art = {"title": head, "content": "".join(f"<p>{p}</p>" for p in paras)}
    labels = _labels(tmp_path, _page(shell, art, head))
    shown = [(t, lab) for t, lab in labels if t not in paras]
    assert shown and all(lab not in (*KEPT_LABELS, "byline") for _, lab in shown), labels
    assert all(lab in KEPT_LABELS for t, lab in labels if t in paras), labels


def test_a_page_showing_its_own_article_keeps_its_byline(tmp_path):
    head = "Pasar ikan higienis diresmikan di pelabuhan lama"
    shell = (
        '<div class="logo">Kabar Bahari</div>'
        f"<article><h1>{head}</h1><p>Rina Kartika</p><p>{ID[0]}</p></article>"
        "<footer>© Kabar Bahari</footer>"
    )
    art = {"title": head, "content": "".join(f"<p>{p}</p>" for p in ID)}
    labels = dict(_labels(tmp_path, _page(shell, art, head)))
    assert labels[head] == "title" and labels[ID[0]] == "body", labels
    assert labels["Rina Kartika"] == "byline", labels
