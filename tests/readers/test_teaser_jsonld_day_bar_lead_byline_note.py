"""Four metadata misses of meta heldout13, each a shape of page:

* a teaser's NewsArticle in its own JSON-LD script beside the article's:
  the extractor took its author with the article's (u02); an author the
  page's JSON-LD gives only to an article with another headline did not
  write this page;
* a site's day bar above its menu ("วันอังคารที่ 9 ธันวาคม พ.ศ. 2568", today's
  date on every page) was read as the publish stamp over the article's own
  stamp under the headline (u06);
* a byline opening the first paragraph, set off from the lede by a dash
  ("By X — A colony …"), where no byline line and no markup names the
  writer (u04);
* a closing credit with a note in brackets on where the story came from
  ("Hải Yến (Theo Kyodo, NHK)") read by the extractor as two writers,
  "Hải Yến Theo Kyodo" and "NHK" (u09).

Pages written for this test, in other languages and sites than the set's."""

from __future__ import annotations

import json

import pytest

from newsline.clean import ClassifyBlocks, SegmentBlocks
from newsline.dates import ResolveDates
from newsline.langid import IdentifyLanguages
from newsline.model import Document
from newsline.pipeline import run_stages
from newsline.readers import read_path
from newsline.settings import Settings


def _read(tmp_path, html: str) -> Document:
    """The page as a run reads and labels it, up to dates."""
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    s = Settings()
    (doc,) = [d for d in read_path(str(p), s) if isinstance(d, Document)]
    stages = [SegmentBlocks(s), IdentifyLanguages(s.lang), ClassifyBlocks(s), ResolveDates(s.dates)]
    run_stages(stages, [doc])
    return doc


def _ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def test_a_teasers_jsonld_author_is_no_author_of_the_page(tmp_path):
    head = "Fähre nach Amrum fährt im Winter seltener"
    article = _ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": head,
            "datePublished": "2025-12-03T07:00:00+01:00",
            "author": {"@type": "Person", "name": "Wiebke Janssen"},
        }
    )
    teaser = _ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Inselbahn bekommt neue Wagen",
            "datePublished": "2025-10-12T09:00:00+02:00",
            "author": {"@type": "Person", "name": "Ole Brodersen"},
        }
    )
    html = (
        f'<html lang="de"><head><meta charset="utf-8"><title>{head} - Inselbote</title>'
        f"{article}{teaser}</head><body><article><h1>{head}</h1>"
        "<p>Von Wiebke Janssen · 03.12.2025</p>"
        "<p>Die Reederei streicht von Januar an jede zweite Abfahrt nach Amrum, weil im Winter zu wenige Gäste kommen.</p>"
        "<p>Pendler sollen auf die Frühfähre um 6.30 Uhr ausweichen, die weiter täglich fährt.</p>"
        "<aside><p>Auch interessant: Inselbahn bekommt neue Wagen</p></aside></article></body></html>"
    )
    doc = _read(tmp_path, html)
    assert doc.author == "Wiebke Janssen", (doc.author, doc.meta)


def test_two_writers_of_the_pages_own_jsonld_stay(tmp_path):
    head = "Harbour board approves night ferry trial"
    article = _ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": head,
            "author": [{"@type": "Person", "name": "Priya Raman"}, {"@type": "Person", "name": "Tom Okafor"}],
        }
    )
    html = (
        f'<html lang="en"><head><meta charset="utf-8"><title>{head}</title><meta name="author" '
        f'content="Priya Raman; Tom Okafor">{article}</head><body><article><h1>{head}</h1>'
        "<p>The harbour board voted on Tuesday to run a night ferry to the island for six months from March.</p>"
        "<p>The trial will cost about £90,000 and will be reviewed in September.</p></article></body></html>"
    )
    doc = _read(tmp_path, html)
    assert set((doc.author or "").split("; ")) == {"Priya Raman", "Tom Okafor"}, doc.author


def _day_bar_page(stamp: str) -> str:
    return (
        '<html lang="vi"><head><meta charset="utf-8"><title>Cần Thơ mở tuyến buýt mới ra sân bay</title></head><body>'
        "<div>Thứ Ba, 09/12/2025</div>"
        "<header><div>Báo Miền Tây</div><nav><a>Thời sự</a> <a>Kinh tế</a> <a>Xã hội</a> <a>Thể thao</a></nav></header>"
        "<article><h1>Cần Thơ mở tuyến buýt mới ra sân bay</h1>"
        f"{stamp}"
        "<p>Thành phố Cần Thơ đưa vào hoạt động tuyến xe buýt mới nối trung tâm với sân bay quốc tế, giá vé 20.000 đồng.</p>"
        "<p>Tuyến buýt chạy từ 5 giờ sáng đến 22 giờ, mỗi chuyến cách nhau 30 phút.</p></article></body></html>"
    )


def test_a_sites_day_bar_above_its_menu_gives_way_to_the_articles_stamp(tmp_path):
    doc = _read(tmp_path, _day_bar_page("<p>Thứ Năm, 04/12/2025 - 15:20</p>"))
    assert (doc.published or "")[:10] == "2025-12-04", (doc.published, doc.meta)


def test_the_day_bar_is_still_read_where_the_article_has_no_stamp(tmp_path):
    doc = _read(tmp_path, _day_bar_page(""))
    assert (doc.published or "")[:10] == "2025-12-09", (doc.published, doc.meta)


@pytest.mark.parametrize(
    ("lang", "lead", "writer"),
    [
        (
            "en",
            "<strong>By Callum Reid</strong> — Volunteers have counted the first otter cubs on the river for thirty years, the wildlife trust said.",
            "Callum Reid",
        ),
        (
            "es",
            "<strong>Por Lucía Berrocal</strong> – Los voluntarios contaron este otoño las primeras crías de nutria en el río en treinta años.",
            "Lucía Berrocal",
        ),
    ],
)
def test_a_byline_opening_the_first_paragraph_names_the_writer(tmp_path, lang, lead, writer):
    html = (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Otters return</title></head><body>'
        f"<article><h1>Otters return</h1><p>{lead}</p>"
        "<p>The survey found four cubs and two adults along a two-mile stretch below the weir.</p>"
        "</article></body></html>"
    )
    doc = _read(tmp_path, html)
    assert doc.author == writer, (doc.author, doc.meta)


def test_a_dateline_opening_the_first_paragraph_names_no_writer(tmp_path):
    html = (
        '<html lang="en"><head><meta charset="utf-8"><title>Otters return</title></head><body>'
        "<article><h1>Otters return</h1><p>NORTHAMPTON — Volunteers have counted the first otter cubs on "
        "the river for thirty years, the wildlife trust said on Monday.</p>"
        "<p>The survey found four cubs and two adults along a two-mile stretch below the weir.</p>"
        "</article></body></html>"
    )
    doc = _read(tmp_path, html)
    assert not doc.author, doc.author


@pytest.mark.parametrize(
    ("lang", "credit", "writer"),
    [
        ("vi", "<strong>Minh Khôi</strong> (Theo AFP, Reuters)", "Minh Khôi"),
        ("es", "<strong>Ana Ruiz</strong> (según EFE, AP)", "Ana Ruiz"),
    ],
)
def test_a_closing_credits_note_in_brackets_names_no_writer(tmp_path, lang, credit, writer):
    body = {
        "vi": "<p>Động đất mạnh 6,4 độ xảy ra ngoài khơi đảo Sumatra sáng nay, chưa có báo cáo thiệt hại.</p>"
        "<p>Cơ quan khí tượng Indonesia không phát cảnh báo sóng thần.</p>",
        "es": "<p>Un sismo de magnitud 6,4 sacudió esta mañana la costa de Sumatra, sin daños reportados.</p>"
        "<p>La agencia meteorológica de Indonesia no emitió alerta de tsunami.</p>",
    }[lang]
    html = (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Sumatra</title></head><body>'
        f'<article><h1>Sumatra</h1>{body}<p class="author">{credit}</p></article></body></html>'
    )
    doc = _read(tmp_path, html)
    assert doc.author == writer, (doc.author, doc.meta)
