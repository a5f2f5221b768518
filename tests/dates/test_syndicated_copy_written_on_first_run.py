"""A syndicated copy stamped days after the original keeps its own publish
date, but its text was written on the day its note names ("This article was
first published by <outlet> on December 11"): the text's "yesterday" counts
from that day, not from the copy's stamp. story8's repost showed it (held-out
set, see benchmarks/data/dates/story8/README.md); the pages here are written
for the test, in six languages. Near misses: a note naming the copy's own day
or a later one changes nothing; a body sentence "first published in 1998"
is no note; a page with no note keeps its stamp as the anchor."""

from __future__ import annotations

import pytest

from newsline.model import Document
from tests.stages_through import read_through

PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="{stamp}T08:00:00+00:00"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/about">About</a></nav></header>
<article>
<h1>{title}</h1>
<p>{note}</p>
{body}
</article>
<footer><p>Contact | Privacy | Terms</p></footer>
</body></html>
"""

# (lang, title, note naming the first run, body with "yesterday" in its first paragraph)
PAGES = {
    "en": (
        "Dockworkers strike at Port Alder",
        (
            "This article was first published by the Harbor Ledger on March 11, 2031, and is "
            "republished under a syndication agreement."
        ),
        (
            "<p>About two thousand dockworkers walked off the job at Port Alder yesterday, halting "
            "the loading of grain ships for the whole day, the union said in a statement.</p>"
            "<p>The union wants the port authority to reopen talks on night shifts and on the pay "
            "of the crane operators, who have worked without a contract since the autumn.</p>"
            "<p>The port authority said it was ready to meet the union in the coming days and that "
            "ships would be loaded as soon as the workers returned to the quays.</p>"
        ),
    ),
    "es": (
        "Huelga de estibadores en Puerto Alder",
        (
            "Este artículo fue publicado por primera vez en El Heraldo del Puerto el 11 de marzo "
            "de 2031."
        ),
        (
            "<p>Unos dos mil estibadores abandonaron ayer sus puestos en Puerto Alder y paralizaron "
            "la carga de los buques de grano durante toda la jornada, según el sindicato.</p>"
            "<p>El sindicato pide a la autoridad portuaria que reabra la negociación sobre los "
            "turnos de noche y el salario de los operadores de grúa, que trabajan sin convenio.</p>"
            "<p>La autoridad portuaria dijo que está dispuesta a reunirse con el sindicato en los "
            "próximos días y que los buques se cargarán en cuanto vuelvan los trabajadores.</p>"
        ),
    ),
    "fr": (
        "Grève des dockers à Port Alder",
        "Cet article a été publié pour la première fois par Le Courrier du Port le 11 mars 2031.",
        (
            "<p>Quelque deux mille dockers ont cessé le travail hier à Port Alder, bloquant le "
            "chargement des céréaliers pendant toute la journée, selon le syndicat.</p>"
            "<p>Le syndicat demande à l'autorité portuaire de rouvrir les négociations sur le "
            "travail de nuit et sur le salaire des grutiers, qui travaillent sans convention.</p>"
            "<p>L'autorité portuaire s'est dite prête à rencontrer le syndicat dans les prochains "
            "jours et a promis que les navires seraient chargés dès le retour des ouvriers.</p>"
        ),
    ),
    "vi": (
        "Công nhân bốc xếp cảng Port Alder đình công",
        "Bài viết này được đăng lần đầu trên báo Cảng Biển ngày 11/3/2031.",
        (
            "<p>Khoảng hai nghìn công nhân bốc xếp tại cảng Port Alder đã ngừng việc hôm qua, khiến "
            "việc bốc hàng lên các tàu chở ngũ cốc bị đình trệ suốt cả ngày, công đoàn cho biết.</p>"
            "<p>Công đoàn yêu cầu ban quản lý cảng mở lại đàm phán về ca đêm và tiền lương của "
            "những người vận hành cần cẩu, vốn đã làm việc mà không có hợp đồng từ mùa thu.</p>"
            "<p>Ban quản lý cảng cho biết sẵn sàng gặp công đoàn trong những ngày tới và các tàu sẽ "
            "được bốc hàng ngay khi công nhân quay lại làm việc.</p>"
        ),
    ),
    "zh": (
        "阿尔德港码头工人罢工",
        "本文原刊于《港口晚报》（2031年3月11日）。",
        (
            "<p>约两千名码头工人昨天在阿尔德港停工，导致运粮船的装货工作全天停滞，工会在声明中表示。</p>"
            "<p>工会要求港务局重新就夜班安排和起重机操作员的工资展开谈判，这些工人自去年秋天以来一直没有合同。</p>"
            "<p>港务局表示愿意在未来几天与工会会面，并承诺工人一回到码头就恢复装船。</p>"
        ),
    ),
    "th": (
        "คนงานท่าเรือพอร์ตอัลเดอร์นัดหยุดงาน",
        "บทความนี้เผยแพร่ครั้งแรกในหนังสือพิมพ์ท่าเรือรายวัน เมื่อวันที่ 11 มีนาคม 2574",
        (
            "<p>คนงานท่าเรือราวสองพันคนที่ท่าเรือพอร์ตอัลเดอร์หยุดงานเมื่อวานนี้ ทำให้การขนถ่ายธัญพืชขึ้นเรือหยุดชะงักตลอดทั้งวัน สหภาพแรงงานระบุในแถลงการณ์</p>"
            "<p>สหภาพแรงงานเรียกร้องให้การท่าเรือเปิดการเจรจาเรื่องกะกลางคืนและค่าจ้างของพนักงานควบคุมปั้นจั่นอีกครั้ง ซึ่งทำงานโดยไม่มีสัญญามาตั้งแต่ฤดูใบไม้ร่วง</p>"
            "<p>การท่าเรือระบุว่าพร้อมพบกับสหภาพแรงงานในอีกไม่กี่วันข้างหน้า และจะขนสินค้าขึ้นเรือทันทีที่คนงานกลับมาทำงาน</p>"
        ),
    ),
}


def _dated(tmp_path, lang: str, stamp: str, note: str | None = None) -> Document:
    title, first_run_note, body = PAGES[lang]
    p = tmp_path / f"{lang}-{stamp}.html"
    html = PAGE.format(
        lang=lang,
        title=title,
        stamp=stamp,
        note=first_run_note if note is None else note,
        body=body,
    )
    p.write_text(html, encoding="utf-8")
    return read_through(p, "dates")


def _yesterday(doc: Document) -> list[str]:
    # the day-relative mentions ("yesterday"); the zh page's "去年秋天" (last
    # autumn) is a season
    return [m.value for m in doc.dates if m.kind == "relative" and m.granularity == "day"]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_copy_stamped_later_counts_yesterday_from_the_first_run(tmp_path, lang):
    doc = _dated(tmp_path, lang, "2031-03-13")
    assert doc.published[:10] == "2031-03-13", doc.published  # the copy keeps its own date
    assert doc.meta.get("written_on_first_run") == "2031-03-11", doc.meta
    assert _yesterday(doc) == ["2031-03-10"], [(m.value, m.kind) for m in doc.dates]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_note_naming_the_copys_own_day_changes_nothing(tmp_path, lang):
    doc = _dated(tmp_path, lang, "2031-03-11")
    assert "written_on_first_run" not in doc.meta
    assert _yesterday(doc) == ["2031-03-10"]


def test_a_note_naming_a_later_day_is_no_anchor(tmp_path):
    # a copy stamped before the day its note names: the stamp or the note is
    # wrong, and the text is read from the page's own stamp as before
    doc = _dated(tmp_path, "en", "2031-03-08")
    assert "written_on_first_run" not in doc.meta
    assert _yesterday(doc) == ["2031-03-07"]


def test_a_body_sentence_about_a_first_edition_is_no_note(tmp_path):
    doc = _dated(
        tmp_path,
        "en",
        "2031-03-13",
        note="The union's history of the port was first published in 1998 and is still sold "
        "at the harbour museum, where the strike committee met on March 11, 2031.",
    )
    assert "written_on_first_run" not in doc.meta
    assert _yesterday(doc) == ["2031-03-12"]
