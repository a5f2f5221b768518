"""One page's two sentences dated two different days are two happenings: a
page does not disagree with itself. A sprinter suspended on Tuesday and, on
Wednesday, his federation's appeal, told by an English page; a Chinese page
tells the appeal ("上周三") naming the sprinter, as the Tuesday sources do.
Joined strongest evidence first, the Chinese sentence was a day-apart
"conflict" of the suspension, and it chained the English page's Wednesday
sentence into the Tuesday event. Sources that agree on the day now join
first, and no chain puts two days of one page in one event. Sources a day
apart on one happening still merge, flagged. Pages written for this test (an
invented sprinter)."""

from __future__ import annotations

from newsline.model import Document

from .records import merge_documents

PAGES = {
    "en": (
        "2025-06-05",
        "Kenyan sprinter Daniel Mwangi was suspended on Tuesday by the Athletics Integrity "
        "Unit for doping. On Wednesday, Athletics Kenya asked the Court of Arbitration for "
        "Sport in Lausanne to lift the ban on Mwangi.",
    ),
    "pt": (
        "2025-06-05",
        "O velocista queniano Daniel Mwangi foi suspenso por doping na terça-feira, 3 de "
        "junho, pela Unidade de Integridade do Atletismo.",
    ),
    "de": (
        "2025-06-05",
        "Der kenianische Sprinter Daniel Mwangi wurde am Dienstag von der Athletics Integrity "
        "Unit wegen Dopings gesperrt.",
    ),
    "zh": (
        "2025-06-09",
        "上周三，肯尼亚田径协会请求洛桑国际体育仲裁法庭撤销对姆万吉（Daniel Mwangi）的禁赛。",
    ),
}


def merged(pages):
    docs = [
        Document(
            id=f"ban-{lang}",
            source=f"https://{lang}.sport.example/ban",
            text=text,
            lang=lang,
            published=pub,
            meta={"story_id": "ban"},
        )
        for lang, (pub, text) in pages.items()
    ]
    return merge_documents(docs).finalize()["events"]


def test_a_pages_two_days_stay_two_events():
    events = merged(PAGES)
    for e in events:
        en_days = {s["date"] for s in e["sources"] if s["doc_id"] == "ban-en"}
        assert len(en_days) <= 1, e["sources"]
    by_date = {e["date"]: sorted(s["doc_id"] for s in e["sources"]) for e in events}
    assert by_date["2025-06-03"] == ["ban-de", "ban-en", "ban-pt"]
    assert by_date["2025-06-04"] == ["ban-en", "ban-zh"]
    assert not any(f["kind"] == "date_conflict" for e in events for f in e["flags"])


def test_sources_a_day_apart_on_one_happening_still_merge_flagged():
    pages = {
        "en": PAGES["en"][:1] + (PAGES["en"][1].split(". On Wednesday")[0] + ".",),
        "pt": (
            "2025-06-05",
            "O velocista queniano Daniel Mwangi foi suspenso por doping na quarta-feira, 4 de "
            "junho, pela Unidade de Integridade do Atletismo.",
        ),
    }
    events = merged(pages)
    assert len(events) == 1
    assert [f["kind"] for f in events[0]["flags"]] == ["date_conflict"]
