"""A repost with its diacritics stripped -- Vietnamese typed without tones by
an aggregator, a Portuguese or French copy keyboarded without accents -- is
the same text to a reader: a near-duplicate of the original (similarity about
1) and its paragraphs the original's repeated blocks. The exact key keeps the
marks: the stripped copy is a worse reading, not the same text.

Every article is invented (a made-up market town, port and festival).
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from newsline.dedup import Deduplicate
from newsline.dedup.shingles import normalise
from newsline.model import Block, Document
from newsline.settings import DedupSettings

FOLD = DedupSettings(fold_marks=True)


def strip_marks(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize(
        "NFC",
        "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"),
    )


VI = (
    "Sáng 9/5, chợ đầu mối nông sản Phú Lâm chính thức đi vào hoạt động sau hai năm xây dựng, "
    "với tổng vốn đầu tư gần 180 tỷ đồng. Chợ có 420 ki-ốt, khu sơ chế và kho lạnh rộng 3.000 "
    "mét vuông, đủ sức tiếp nhận khoảng 600 tấn rau quả mỗi ngày.\n\n"
    "Bà Hoàng Thị Lụa, tiểu thương bán rau ở chợ cũ hơn 20 năm, cho biết mặt bằng mới rộng rãi, "
    "sạch sẽ hơn nhưng tiền thuê ki-ốt vẫn còn cao so với thu nhập của nhiều hộ.\n\n"
    "Ban quản lý chợ cho biết sẽ miễn phí thuê trong ba tháng đầu để hỗ trợ tiểu thương di dời."
)
# another Vietnamese article of the same town, same week: must not link
VI_OTHER = (
    "Chiều 10/5, Ủy ban nhân dân thị trấn Phú Lâm tổ chức lễ khởi công tuyến đường vành đai phía "
    "Tây dài 4,2 km, nối quốc lộ với khu công nghiệp. Dự án dự kiến hoàn thành sau 18 tháng.\n\n"
    "Người dân hai bên tuyến đường đồng thuận bàn giao mặt bằng, nhiều hộ tự nguyện hiến đất để "
    "mở rộng lòng đường và vỉa hè.\n\n"
    "Lãnh đạo huyện đề nghị nhà thầu bảo đảm an toàn giao thông trong suốt thời gian thi công."
)
PT = (
    "O porto de Vila Serena vai receber a partir de junho um novo terminal de passageiros, com "
    "capacidade para dois navios de cruzeiro em simultâneo, anunciou a administração portuária.\n\n"
    "A obra, orçada em 46 milhões de euros, inclui a requalificação da avenida marginal e um "
    "parque de estacionamento subterrâneo com 800 lugares.\n\n"
    "Os comerciantes da baixa esperam que o terminal traga mais visitantes fora da época alta."
)
FR_PARA = (
    "Le festival des Lanternes de Saint-Arnoult réunira cette année quarante-deux compagnies "
    "venues de sept pays, du jeudi au dimanche, sur les quais et dans la cour de l'ancienne abbaye."
)


def run(*texts: str) -> list[Document]:
    docs = [Document(id=f"d{i}", source=f"d{i}.txt", text=t) for i, t in enumerate(texts)]
    Deduplicate(FOLD)(docs, Counter())
    return docs


def test_fold_marks_drops_diacritics_and_strokes():
    from newsline.dedup.shingles import fold_marks

    assert fold_marks(normalise("Mưa lớn gây ngập sâu ở Đồng Tháp")) == "mua lon gay ngap sau o dong thap"
    assert fold_marks(normalise("Łódź, Ørsted, São Paulo, Ελλάδα")) == "lodz, orsted, sao paulo, ελλαδα"


def test_fold_marks_leaves_unmarked_scripts_alone():
    from newsline.dedup.shingles import fold_marks

    for text in ("ข่าวเศรษฐกิจวันนี้", "地铁新线开通运营", "서울 시장 선거", "القاهرة اليوم", "plain ascii text"):
        assert fold_marks(normalise(text)) == normalise(text)


def test_one_character_folds_alike_whatever_else_the_text_holds():
    from newsline.dedup.shingles import fold_marks

    # a Cyrillic letter with a breve folds the same in a text with or without
    # a Latin accent elsewhere, so two copies differing in that accent agree
    assert fold_marks("йод") == "иод"
    assert fold_marks("йод café") == "иод cafe"


def test_a_vietnamese_repost_without_tones_is_a_near_duplicate():
    docs = run(VI, strip_marks(VI))
    near = docs[1].meta.get("near_duplicates")
    assert near and near[0]["id"] == "d0" and near[0]["similarity"] >= 0.95
    # not an exact copy: the text without its tones is a worse reading
    assert docs[1].meta.get("duplicate_of") is None


def test_a_portuguese_copy_typed_without_accents_is_a_near_duplicate():
    docs = run(PT, strip_marks(PT))
    near = docs[1].meta.get("near_duplicates") or []
    # the same text to a reader: similarity about 1, not lowered by every accent
    assert [n["id"] for n in near] == ["d0"] and near[0]["similarity"] >= 0.95


def test_two_articles_of_one_town_stay_apart_without_their_tones():
    docs = run(VI, strip_marks(VI_OTHER))
    assert not docs[1].meta.get("near_duplicates")
    assert not docs[1].meta.get("duplicate_blocks")


def test_a_paragraph_syndicated_without_accents_is_a_repeated_block():
    first = "Programme complet sur le site de la ville.\n\n" + FR_PARA
    second = "Agenda du week-end\n\n" + strip_marks(FR_PARA) + "\n\nEntrée libre."
    docs = [
        Document(
            id=f"d{i}",
            source=f"d{i}.txt",
            text=t,
            blocks=[
                Block(start=s, end=s + len(p), label="body")
                for s, p in _spans(t)
            ],
        )
        for i, t in enumerate((first, second))
    ]
    Deduplicate(FOLD)(docs, Counter())
    found = docs[1].meta.get("duplicate_blocks") or []
    assert [docs[1].text[b["start"] : b["end"]] for b in found] == [strip_marks(FR_PARA)]
    assert found[0]["first"] == "d0"


def test_a_paragraph_differing_in_a_word_is_not_a_repeated_block():
    other = FR_PARA.replace("quarante-deux", "trente-neuf")
    docs = run(FR_PARA + "\n\nx", strip_marks(other) + "\n\ny")
    assert not docs[1].meta.get("duplicate_blocks")


def test_folding_ends_on_long_adversarial_input():
    from newsline.dedup.shingles import fold_marks

    # runs of combining marks, marked letters, marks after another script:
    # 100k characters each (a quadratic pattern would not finish)
    for text in ("e\u0301" * 50_000, "\u0301" * 100_000, "ế" * 100_000, "ไ\u0300" * 50_000):
        assert len(fold_marks(text)) <= len(text)


def _spans(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for part in text.split("\n\n"):
        out.append((pos, part))
        pos += len(part) + 2
    return out


def test_without_fold_marks_a_stripped_repost_is_not_linked():
    """Folding is opt-in (it costs dedup time): by default the stripped
    repost stays apart, and the setting is part of the saved state's
    fingerprint, so a state saved one way is refused the other way."""
    import pytest

    docs = [Document(id=f"d{i}", source=f"d{i}.txt", text=t) for i, t in enumerate((VI, strip_marks(VI)))]
    Deduplicate()(docs, Counter())
    assert not docs[1].meta.get("near_duplicates")
    folded = Deduplicate(FOLD)
    folded(
        [Document(id=f"e{i}", source=f"e{i}.txt", text=t) for i, t in enumerate((VI, strip_marks(VI)))],
        Counter(),
    )
    with pytest.raises(ValueError, match="fold_marks"):
        Deduplicate().load_state(folded.state_dict())
