"""A story's title labels (the names in brackets after it) are spelled as
its pages write them once any page does: the events stage's name anchors
are romanised, lower-cased keys ('quy' for Quy), and the first page seen
could fix that spelling for good, so `newsline stories` showed
'[TEU, Quy Nhon, quy, …]' though every page writes 'Quy'."""

from __future__ import annotations

import re

import pytest

from newsline.runner import run_corpus
from newsline.store import Store

# An invented story (a port opening a container terminal) in three languages.
PAGES = {
    "vi.txt": "Cảng Quy Nhơn khánh thành bến container mới trị giá 1.200 tỷ đồng\n\n"
    "Ngày 20/1/2026, Cảng Quy Nhơn (tỉnh Bình Định) đã khánh thành bến container số 3 "
    "với tổng vốn đầu tư 1.200 tỷ đồng, nâng công suất của cảng lên 1,5 triệu TEU mỗi năm.\n\n"
    "Bến mới có thể tiếp nhận tàu trọng tải đến 70.000 tấn. Chuyến tàu đầu tiên dự kiến "
    "cập bến vào ngày 25/1.\n",
    "en.txt": "Quy Nhon port opens new container terminal\n\n"
    "Quy Nhon port in Binh Dinh province opened its third container terminal on January 20, "
    "2026, a 1.2 trillion dong investment that lifts the port's capacity to 1.5 million TEU "
    "a year.\n\nThe new berth can take ships of up to 70,000 tonnes. The first vessel is due "
    "to call on January 25.\n",
    "es.txt": "El puerto vietnamita de Quy Nhon inaugura una nueva terminal de contenedores\n\n"
    "El puerto de Quy Nhon, en la provincia de Binh Dinh, inauguró el 20 de enero de 2026 su "
    "tercera terminal de contenedores, que eleva su capacidad a 1,5 millones de TEU al año.\n\n"
    "La nueva terminal puede recibir buques de hasta 70.000 toneladas; el primer barco "
    "atracará el 25 de enero.\n",
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


def test_labels_are_spelled_as_the_pages_write_them(stories):
    every_page = "\n".join(PAGES.values())
    labels = [x for s in stories for x in _labels(s["title"])]
    assert labels
    for label in labels:
        # a Latin label the pages never write in that case is a machine key
        if label.isascii() and label.islower():
            assert re.search(rf"\b{re.escape(label)}\b", every_page), (label, labels)
    assert "Quy" in labels or "Quy Nhon" in labels


def test_names_written_as_such_stay_labels(stories):
    # near miss: labels the pages wrote are kept as they were
    labels = {x for s in stories for x in _labels(s["title"])}
    assert {"TEU", "Quy Nhon"} <= labels


def test_a_surface_equal_to_its_key_is_not_written():
    from newsline.stories.cluster import _written

    assert not _written({"w:quy": "quy"}, "w:quy")
    assert not _written({}, "w:quy")
    assert _written({"w:quy": "Quy"}, "w:quy")  # case differs: as a page wrote it
    assert _written({"w:vietnam": "越南"}, "w:vietnam")
