"""A story's title labels (the names in brackets after it) are words its
pages wrote, never a machine reading of them: the events stage's name
anchors are romanised keys ('daqiao' for 大桥, 'quy' for Quy), and one shown
as a label read as a garbled word to anyone looking at `newsline stories`."""

from __future__ import annotations

import re

import pytest

from newsline.runner import run_corpus
from newsline.store import Store

# An invented story (a bridge opening in western Cambodia) in three languages.
PAGES = {
    "zh.txt": "柬埔寨马德望新桥通车 投资8亿美元\n\n"
    "2025年11月3日，柬埔寨马德望省桑河大桥正式通车，总投资8亿美元，大桥全长1.8公里。"
    "洪森出席了通车仪式，首批车辆于当天中午通过大桥。\n",
    "th.txt": "สะพานข้ามแม่น้ำสังแกที่พระตะบองเปิดใช้แล้ว\n\n"
    "เมื่อวันที่ 3 พฤศจิกายน 2568 สะพานข้ามแม่น้ำสังแกในจังหวัดพระตะบอง ประเทศกัมพูชา "
    "ได้เปิดใช้อย่างเป็นทางการ มูลค่าการลงทุน 800 ล้านดอลลาร์ สะพานยาว 1.8 กิโลเมตร\n",
    "vi.txt": "Cầu Sangkae ở Battambang thông xe\n\n"
    "Ngày 3/11/2025, cầu bắc qua sông Sangkae tại tỉnh Battambang (Campuchia) chính thức "
    "thông xe với tổng vốn 800 triệu USD, dài 1,8 km. Ông Hun Sen dự lễ thông xe.\n",
}


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    root = tmp_path_factory.mktemp("labels")
    for name, text in PAGES.items():
        (root / name).write_text(text, "utf-8")
    db = root / "l.db"
    run_corpus([str(root)], db)
    with Store(db, readonly=True) as store:
        return store.stories()


def _labels(title: str) -> list[str]:
    m = re.search(r" \[([^\]]*)\]$", title)
    return m.group(1).split(", ") if m else []


def test_every_label_is_written_in_a_page(stories):
    assert stories
    every_page = "\n".join(PAGES.values())
    for s in stories:
        for label in _labels(s["title"]):
            assert label in every_page, (label, s["title"])


def test_names_the_pages_wrote_stay_labels(stories):
    # near miss: Latin names written as such are no machine reading
    labels = {x for s in stories for x in _labels(s["title"])}
    assert {"Sangkae", "Battambang"} <= labels


def test_a_surface_equal_to_its_key_is_not_written():
    from newsline.stories.cluster import _written

    assert not _written({"w:daqiao": "daqiao"}, "w:daqiao")
    assert not _written({}, "w:daqiao")
    assert _written({"w:vietnam": "越南"}, "w:vietnam")
    assert _written({"w:quy": "Quy"}, "w:quy")  # case differs: as a page wrote it
