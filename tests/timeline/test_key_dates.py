"""Key dates of a story (`newsline timeline --top N`): which days matter.

Every input here is invented for these tests: a dam that fails in an
imaginary valley, told in English and Spanish pages of imaginary sites."""

from __future__ import annotations

import datetime as dt
import json

from typer.testing import CliRunner

from newsline.cli import app
from newsline.model import DateMention
from newsline.timeline.keydates import (
    DocDays,
    day_mentions,
    day_scores,
    key_date_events,
    key_dates,
    passage_key,
)

runner = CliRunner()


def _doc(i: int, pub: str | None, *days: str, key: str | None = None) -> DocDays:
    # each mention in its own passage unless ``key`` says they share one
    return DocDays(f"d{i}", pub, "en", tuple((d, key or f"passage {i} {d}") for d in days))


def test_a_day_many_articles_look_back_to_beats_the_publication_days():
    docs = [
        _doc(1, "2024-05-02", "2024-05-02", "2024-04-30"),
        _doc(2, "2024-05-03", "2024-05-03", "2024-04-30"),
        _doc(3, "2024-05-04", "2024-05-04", "2024-04-30"),
        _doc(4, "2024-05-04", "2024-05-04"),
    ]
    score = day_scores(docs)
    # three articles looking back: 3 x 2; the busiest publication day: 2 x 1
    assert score["2024-04-30"] == 6
    assert score["2024-05-04"] == 2
    assert [d for d, _ in key_dates(docs, 1)] == ["2024-04-30"]


def test_a_day_announced_ahead_counts_single_a_day_looked_back_to_double():
    # three articles announce a vote for the 14th; two report a flood of the 9th
    docs = [
        _doc(1, "2024-06-10", "2024-06-14", "2024-06-09"),
        _doc(2, "2024-06-11", "2024-06-14", "2024-06-09"),
        _doc(3, "2024-06-12", "2024-06-14"),
        _doc(4, "2024-06-15", "2024-06-15"),
    ]
    score = day_scores(docs)
    assert score["2024-06-14"] == 3
    assert score["2024-06-09"] == 4
    assert [d for d, _ in key_dates(docs, 1)] == ["2024-06-09"]
    # near miss: once the day has passed, an article looking back counts double
    docs.append(_doc(5, "2024-06-16", "2024-06-14"))
    assert day_scores(docs)["2024-06-14"] == 5


def test_a_passage_copied_across_articles_counts_once():
    banner = "special edition of 12 june 2024 read our flood maps"
    docs = [
        _doc(1, "2024-06-14", "2024-06-12", key=banner),
        _doc(2, "2024-06-15", "2024-06-12", key=banner),
        _doc(3, "2024-06-16", "2024-06-12", key=banner),
        _doc(4, "2024-06-15", "2024-06-13"),
        _doc(5, "2024-06-16", "2024-06-13"),
    ]
    score = day_scores(docs)
    assert score["2024-06-12"] == 2  # once, not 3 x 2
    assert score["2024-06-13"] == 4
    assert [d for d, _ in key_dates(docs, 1)] == ["2024-06-13"]


def test_one_article_mentioning_a_day_twice_counts_once():
    docs = [DocDays("a", "2024-06-15", "es", (("2024-06-13", "x"), ("2024-06-13", "y")))]
    assert day_scores(docs)["2024-06-13"] == 2


def test_days_outside_the_span_are_not_chosen():
    docs = [_doc(i, f"2024-03-{10 + i}", "2019-01-10", "2024-03-09") for i in range(4)]
    docs.append(_doc(9, "2024-03-14", "2024-04-30", "2024-04-30"))  # a plan, not yet a fact
    # the background date scores as high but lies years before the articles
    chosen = [d for d, _ in key_dates(docs, 3)]
    assert "2019-01-10" not in chosen
    assert "2024-04-30" not in chosen  # after the last article
    assert chosen[0] == "2024-03-09"  # a day before the first article: in reach
    # an explicit span: articles published outside it are not read either
    span = (dt.date(2024, 3, 1), dt.date(2024, 3, 11))
    docs2 = docs + [_doc(8, "2024-03-20", "2024-03-05", "2024-03-05")]
    assert [d for d, _ in key_dates(docs2, 5, span)] == ["2024-03-09"]


def test_ties_are_broken_by_the_earlier_day_whatever_the_input_order():
    docs = [
        _doc(1, "2024-02-10", "2024-02-08"),
        _doc(2, "2024-02-10", "2024-02-06"),
        _doc(3, "2024-02-10", "2024-02-07"),
    ]
    want = [("2024-02-06", 2), ("2024-02-07", 2), ("2024-02-08", 2)]
    assert key_dates(docs, 3) == want
    assert key_dates(list(reversed(docs)), 3) == want
    assert key_dates(docs, 0) == []


def test_no_publication_day_counts_once_and_sets_no_span():
    docs = [_doc(1, None, "2024-02-08"), _doc(2, "not a date", "2020-01-01")]
    assert key_dates(docs, 5) == [("2020-01-01", 1), ("2024-02-08", 1)]


def test_day_mentions_keeps_full_days_only_and_reads_the_passage():
    text = "Desde el 6 de marzo de 2023 el agua bajó; en marzo de 2023 y el 7 de marzo."
    dates = [
        DateMention(9, 27, "2023-03-06"),
        DateMention(43, 56, "2023-03", granularity="month"),
        DateMention(65, 75, "--03-07", kind="yearless"),
        {"start": 9, "end": 27, "value": "2023-03-06", "granularity": "day"},
        {"start": None, "end": 27, "value": "2023-03-06", "granularity": "day"},
    ]
    got = day_mentions(text, dates)
    assert [d for d, _ in got] == ["2023-03-06", "2023-03-06"]
    assert got[0][1] == passage_key(text, 9, 27)
    assert got[0][1] == "desde el 6 de marzo de 2023 el agua bajó en marzo de 2023 y el 7 de marzo"


def test_passage_key_is_linear_on_long_input():
    text = "é " * 50_000 + "3 May 2024" + " x" * 50_000
    assert passage_key(text, 100_000, 100_010).count("x") == 40


def test_key_date_events_keeps_the_events_of_the_chosen_days():
    docs = [_doc(i, "2024-05-05", "2024-05-01") for i in range(3)] + [
        _doc(7, "2024-05-05", "2024-05-04")
    ]
    events = [
        {"date": "2024-05-01", "text": "a", "sources": [{"doc_id": "d0"}]},
        {"date": "2024-05-01", "text": "b", "sources": [{"doc_id": "d1"}, {"doc_id": "d2"}]},
        {"date": "2024-05-04", "text": "c", "sources": [{"doc_id": "d7"}]},
        {"date": "2024-05", "text": "d", "sources": []},
    ]
    key, kept = key_date_events(events, docs, 1)
    assert key == [{"date": "2024-05-01", "score": 6, "events": 2}]
    assert [e["text"] for e in kept] == ["b", "a"]  # best attested first


# --- the command, on a small corpus in two languages ----------------------

# 140 characters either side of the date: the same passage on every page
_BANNER = (
    "Reader service from the Valley Courier newsroom, renewed every morning for "
    "subscribers who follow the flood: our flood special appeared on 6 March 2023 "
    "with maps of every village, shelter addresses and the numbers to call for help, "
    "all of it free to read."
)
_PAGES = {
    "en1.html": ("2023-03-05", "en", "Valdoria dam collapse: villages still flooded", [
        "The Valdoria dam collapsed on March 3, 2023, flooding four villages in the valley below.",
        "Rescue teams said on Sunday that 212 people had been moved to schools in Porto Lindo.",
        "The dam was last inspected on January 10, 2022, according to the regional water board.",
    ]),
    "en2.html": ("2023-03-06", "en", "Engineers blame cracks for Valdoria dam failure", [
        "Engineers said cracks seen in 2021 were never repaired before the dam failed on March 3, 2023.",
        "The regional governor Marta Quell promised an inquiry into the water board.",
        "The board signed off the last inspection on January 10, 2022 without remarks.",
    ]),
    "es1.html": ("2023-03-07", "es", "La presa de Valdoria: comienza la investigación", [
        "La presa de Valdoria se derrumbó el 3 de marzo de 2023 e inundó cuatro pueblos del valle.",
        "La gobernadora Marta Quell abrió el martes una investigación sobre la junta del agua.",
        "La última inspección se hizo el 10 de enero de 2022, según la junta regional.",
    ]),
    "es2.html": ("2023-03-08", "es", "Valdoria: los vecinos vuelven a casa", [
        "Los primeros vecinos volvieron a sus casas tras el derrumbe de la presa el 3 de marzo de 2023.",
        "El agua bajó más de dos metros desde el 4 de marzo de 2023, dijo la junta.",
        "La inspección del 10 de enero de 2022 no encontró grietas, según la junta.",
    ]),
}


def _corpus_db(tmp_path) -> str:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, (pub, lang, title, paras) in _PAGES.items():
        body = "".join(f"<p>{p}</p>" for p in paras)
        (corpus / name).write_text(
            f'<html lang="{lang}"><head><title>{title}</title>'
            f'<meta name="date" content="{pub}"></head><body><article><h1>{title}</h1>'
            f"{body}<p>{_BANNER}</p></article></body></html>",
            "utf-8",
        )
    db = str(tmp_path / "k.db")
    res = runner.invoke(app, ["run", str(corpus), "--db", db, "-q"])
    assert res.exit_code == 0, res.output
    return db


def test_cli_top_gives_the_key_dates_with_their_events(tmp_path):
    db = _corpus_db(tmp_path)
    res = runner.invoke(app, ["timeline", "--db", db, "--top", "2", "-f", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    key = [k["date"] for k in out["key_dates"]]
    # the day every article looks back to comes first; the inspection of 2022
    # is outside the story's span; the banner's day, on every page, counts once
    assert key[0] == "2023-03-03"
    assert "2022-01-10" not in key
    assert out["key_dates"][0]["score"] == 8
    assert {e["date"] for e in out["events"]} <= set(key)
    assert any("3 de marzo" in s["quote"] or "March 3" in s["quote"]
               for e in out["events"] for s in e["sources"])
    for e in out["events"]:
        assert e["sources"] and all(s["doc_id"] for s in e["sources"])

    # every format, and by story
    stories = json.loads(runner.invoke(app, ["stories", "--db", db]).output)["stories"]
    sid = stories[0]["id"]
    md = runner.invoke(app, ["timeline", "--db", db, "--story", sid, "--top", "2", "-f", "md"])
    assert md.exit_code == 0, md.output
    assert "Key dates" in md.output and "## 2023-03-03" in md.output
    page = runner.invoke(app, ["timeline", "--db", db, "--top", "2", "-f", "html"])
    assert page.exit_code == 0, page.output
    assert "Key dates" in page.output and "2023-03-03" in page.output

    # a --top of 0 is refused; without --top the output is the whole timeline
    assert runner.invoke(app, ["timeline", "--db", db, "--top", "0"]).exit_code != 0
    full = json.loads(runner.invoke(app, ["timeline", "--db", db]).output)
    assert set(full) == {"events"}
    assert len(full["events"]) >= len(out["events"])


def test_cli_banner_day_counts_once(tmp_path):
    db = _corpus_db(tmp_path)
    res = runner.invoke(app, ["timeline", "--db", db, "--top", "10", "-f", "json"])
    assert res.exit_code == 0, res.output
    scores = {k["date"]: k["score"] for k in json.loads(res.output)["key_dates"]}
    # on all four pages, counted for the first only (published the day before)
    assert scores["2023-03-06"] <= 2
