"""Vietnamese marks nearly every syllable, so a copy typed without them
("không dấu") shares almost no character shingle with its original. A
document in one of ``DedupSettings.fold_marks_languages`` (Vietnamese by
default) is therefore always read without diacritics, even with
``fold_marks`` off; other languages keep the opt-in (it costs dedup time).

Every article is invented (a made-up river town, its ferry and its school).
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest

from newsline.dedup import Deduplicate
from newsline.model import Block, Document
from newsline.settings import DedupSettings

FERRY = [
    "Từ ngày 1/7, bến phà Tân Quới sẽ tạm ngừng hoạt động để nhường chỗ cho cây cầu mới "
    "dài 1,8 km bắc qua sông Hậu, công trình có tổng vốn gần 3.200 tỷ đồng sau bốn năm "
    "thi công.",
    "Mỗi ngày phà chở khoảng 9.000 lượt người và 2.500 xe máy qua sông; nhiều người lái "
    "phà đã làm việc ở bến hơn hai mươi năm và lo lắng về công việc sắp tới của mình.",
    "Ủy ban nhân dân huyện cho biết sẽ mở lớp đào tạo nghề miễn phí cho 46 công nhân bến "
    "phà và ưu tiên tuyển họ vào đội quản lý, bảo trì cầu.",
]
# another article of the same town and week: must stay apart
SCHOOL = [
    "Sáng 3/7, trường tiểu học Tân Quới khánh thành dãy phòng học mới gồm mười hai phòng, "
    "thư viện và sân chơi có mái che, do một doanh nghiệp địa phương tài trợ 14 tỷ đồng.",
    "Thầy hiệu trưởng cho biết năm học tới trường sẽ nhận thêm 180 học sinh từ hai điểm "
    "trường lẻ vốn xuống cấp sau nhiều mùa lũ.",
    "Phụ huynh mong huyện sớm làm đường bê tông vào trường để các em đi học an toàn hơn "
    "vào mùa mưa.",
]


def strip_marks(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def page(doc_id: str, paragraphs: list[str], lang: str | None) -> Document:
    text = "\n\n".join(paragraphs)
    blocks, pos = [], 0
    for p in paragraphs:
        blocks.append(Block(start=pos, end=pos + len(p), label="body"))
        pos += len(p) + 2
    return Document(id=doc_id, source=f"{doc_id}.html", text=text, blocks=blocks, lang=lang)


def run(settings: DedupSettings | None, *docs: Document) -> list[Document]:
    Deduplicate(settings)(list(docs), Counter())
    return list(docs)


def test_a_vietnamese_copy_without_tones_is_found_with_default_settings():
    stripped = [strip_marks(p) for p in FERRY]
    first, copy = run(None, page("a", FERRY, "vi"), page("b", stripped, "vi"))
    near = copy.meta.get("near_duplicates") or []
    assert [n["id"] for n in near] == ["a"] and near[0]["similarity"] >= 0.95
    # its paragraphs are the original's repeated blocks
    assert [b["first"] for b in copy.meta.get("duplicate_blocks") or []] == ["a", "a", "a"]
    # not an exact copy: without its tones it is a worse reading
    assert copy.meta.get("duplicate_of") is None


def test_the_copy_is_found_whatever_language_it_is_identified_as():
    # a text without marks reads the same folded or not: only the original
    # (identified as Vietnamese by its marks) needs folding
    _, copy = run(None, page("a", FERRY, "vi"), page("b", [strip_marks(p) for p in FERRY], "id"))
    assert [n["id"] for n in copy.meta.get("near_duplicates") or []] == ["a"]


def test_two_articles_of_one_town_stay_apart_without_their_tones():
    _, other = run(None, page("a", FERRY, "vi"), page("b", [strip_marks(p) for p in SCHOOL], "vi"))
    assert not other.meta.get("near_duplicates")
    assert not other.meta.get("duplicate_blocks")


def test_a_copy_with_its_tones_still_links_when_both_are_folded():
    _, copy = run(None, page("a", FERRY, "vi"), page("b", FERRY + ["Theo Báo Miền Tây."], "vi"))
    assert [n["id"] for n in copy.meta.get("near_duplicates") or []] == ["a"]


def test_no_language_listed_leaves_folding_opt_in():
    settings = DedupSettings(fold_marks_languages=())
    stripped = [strip_marks(p) for p in FERRY]
    _, copy = run(settings, page("a", FERRY, "vi"), page("b", stripped, "vi"))
    assert not copy.meta.get("near_duplicates")


def test_a_state_saved_with_other_languages_is_refused():
    saved = Deduplicate(DedupSettings(fold_marks_languages=()))
    saved([page("a", FERRY, "vi")], Counter())
    with pytest.raises(ValueError, match="fold_marks_languages"):
        Deduplicate().load_state(saved.state_dict())
