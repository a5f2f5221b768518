"""Precision and recall of date resolution on a hand-labelled set, per language.

The set (benchmarks/data/dates/labelled.jsonl) was written for newsline in
vi, th, zh, en, es and fr: full, partial, Buddhist-era (and impossible),
year-less, relative, range expressions and non-dates (durations, ordinals,
model numbers, counts, decades). A prediction counts as correct when it
overlaps the labelled span and gives the same value (and end, and kind
where labelled); anything else predicted is a false positive.

A second set (heldout.jsonl) was written after the rules, in other phrasings,
and scored once before any fix (first score: P 0.956, R 0.977 on 60 items;
after the English bare-weekday rule it prompted: P 0.957, R 1.000).

A third set (heldout2.jsonl, 92 items, ~15 a language) was written later
still, again in phrasings neither earlier set uses (vi "rạng sáng 3/2",
"hạ tuần tháng 5", "Quý III/2023"; th "5 ก.พ. 67", Thai digits, "เมื่อวานซืน";
zh "上月底", "十月一日", "农历"; en "mid-March", "Q3 2023", "by year-end";
es "anteayer", "1.º de mayo"; fr "avant-hier", "mi-juillet"; and non-dates:
"Boeing 737", "COVID-19", "Article 5", "24/7", "G7", phone numbers, times
"9.30", "49.3"). First score, before any fix: P 0.969, R 0.899 (62 TP, 2 FP,
7 FN); after the fixes it prompted (counts from now, "by year-end", a
deadline told in the present, French "en fin de semaine" told ahead): P
0.986, R 0.986. Its one miss is pinned by an existing test: "2024年底" (the
end of 2024) reads as the year 2024, where the label, like "去年年底" ->
2023-12, says December (tests/dates/test_year_end_and_start.py keeps
"2023年底" -> 2023 and "Cuối năm 2023" -> 2023).

Choices written down for heldout2: a decade ("the 1990s", "los años 90")
stays no date, as in the first two sets; a part of a month ("mid-March",
"hạ tuần tháng 5", "5月下旬") is the month; "the end of a year" is its
December; French "en fin de semaine" is the current week (Monday to
Sunday) -- it means the last working days in France and the weekend in
Quebec, and only the week holds both; "quinze jours" counts 15 days, as the
first set's "il y a quinze jours" does; a deadline told in the present
("the filing deadline is Sept. 5", published in March) lies ahead; a lunar
day ("农历八月十五") gives no Gregorian date.

A fourth set (heldout3.jsonl, 103 items, ~17 a language) was written next,
in registers none of the others covers: legal and government texts (a
document number such as "Nghị định 100/2019/NĐ-CP", "Ley 39/2015",
"国办发〔2023〕15号" or "décret n° 2024-123" is no date; the "ngày"/"du" date
after it is), sports (scores, rounds, halves, a season "2023/24"), business
("H1 2024", "FY2023", "quý III", "第三季度", "ไตรมาสแรก", "primer semestre",
"au premier semestre"), weather ("đêm 3 rạng sáng 4/9", "3日夜间至4日",
"overnight Wednesday into Thursday"), history and holidays ("the 9/11
attacks", "Mayo del 68", "Cách mạng tháng Tám", "Quốc khánh 2/9", "14
Juillet"), festivals, Thai 2-digit BE years in Thai digits, and non-dates
(prices "20.500đ", times "20h30", versions, heights, phone numbers, ISBN).
First score, before any fix: P 0.905, R 0.779 (67 TP, 7 FP, 19 FN); after
the fixes it prompted (seasons "2023/24", holidays told by their date,
nights running into the next day in th/zh/en/es/fr, Thai "เมื่อ 2
วันที่ผ่านมา", Chinese document numbers, English "on the 3rd", quarters
named by a word, "by the end of the month"): P 0.988, R 0.919 (79 TP, 1 FP,
7 FN). Its misses then -- a quarter or half with no year ("Quý III",
"第三季度", "the fourth quarter", "el tercer trimestre", "au premier
semestre", "au quatrième trimestre") and "fin 2023" read as the year --
were fixed in session 22 (helper D34: a bare part alone is of the calendar
where its sentence tells of no match, school term or pregnancy, in English
where it tells of trade; the end of a named year is its December): P 1.000,
R 1.000 (86 TP; one fr item relabelled by heldout4's convention, below).

Choices written down for heldout3: a season ("mùa giải 2023/24", "la saison
2023-2024") is its two years; a fiscal year ("FY2023", "ปีงบประมาณ 2567",
"el ejercicio 2023") is the year it is named for; a quarter or half with no
year is the publication year's, or the year before when told in the past and
not yet begun (a fourth quarter told in March); a night running into the next
morning is the two days; the name of a happening ("9/11", "Mayo del 68",
"Cách mạng tháng Tám") is no date, but a holiday told by its date ("Quốc
khánh 2/9", "le 14 Juillet", "el 12 de octubre") is that date; a festival
named alone ("Tết Nguyên đán", "สงกรานต์", "春节前夕") gives no date -- the lunar
ones move every year and newsline carries no lunar calendar; "the end of a
named year" ("fin 2023") is its December, as in heldout2.

A fifth set (heldout4.jsonl, 91 items, ~15 a language) was written after
those, before reading how the engine decides, in registers none of the
others covers: dates qualified by a time zone ("lúc 23h ngày 5/3 (giờ Hà
Nội)", "北京时间3月5日晚", "at 11 p.m. on March 5 (Hanoi time)", "a las 23.00
del 5 de marzo (hora peninsular)"), lunar days ("Mùng 1 Tết", "Rằm tháng
Giêng", "正月十五", "วันขึ้น ๑๕ ค่ำ เดือน ๑๒"), deadlines ("hạn chót ... là
30/6", "chậm nhất ngày 31/3", "申报截止日期为6月30日", "no later than March
31, 2025", "a más tardar el 31 de julio", "au plus tard le 30 juin", "d'ici
au 31 juillet"), counts kept "so far this year" ("từ đầu năm đến nay",
"ตั้งแต่ต้นปีจนถึงปัจจุบัน", "今年以来", "en lo que va de año", "depuis le
début de l'année"), vague times ("近日", "日前", "เมื่อเร็ว ๆ นี้",
"Recently"), parts of last week ("A finales de la semana pasada", "À la fin
de la semaine dernière", "Late last week"), nights ("the night of March 4
to 5", "dans la nuit de lundi", "En la madrugada del sábado al domingo",
"13日晚至14日凌晨"), numbered and fiscal weeks, school years ("năm học
2024-2025", "ปีการศึกษา 2567", "2024-2025学年", "the 2024-25 school year"),
and non-dates (scores "3-1", "24/7", "24h/24, 7j/7", "G20", "5G", aircraft
and phone models, coordinates, a house number "số 12/5", a fraction "1/3").
First score, before any fix: P 0.815, R 0.791 (53 TP, 12 FP, 14 FN); three
of those FPs were labels of mine that forgot "năm nay"/"ปีนี้" is this year,
as heldout3 labels it: relabelled, P 0.862, R 0.800 (56 TP, 9 FP, 14 FN).
After the fixes it prompted (a name after "el miércoles 7", "原定于" no
future, "so far this year" as 1 January to publication, a weekend then a
past verb in es/fr, a span of years after "the", zh 将 before a verb of what
is to come, vi deadline words before a day/month, "ปีการศึกษา 2567"): P
0.957, R 0.943 (66 TP, 3 FP, 4 FN) -- no longer held out for that figure.
Its misses then: "the week ending Nov. 23" (read as the day), "dans la nuit
de lundi" (read as the Monday), "La semaine 40" (a numbered week: no rule),
and "Depuis le début de l'année" -- labelled here as 1 January to
publication, where heldout3 labelled the same words January. Session 22
(helper D34) read all four as labelled (the week ending a day as its seven
days, the French night of a weekday as two days, numbered ISO weeks, "since
the start of the year" alone as the year to date in five languages) and
relabelled heldout3's "Depuis le début de l'année" to this set's written
convention: P 1.000, R 1.000 (70 TP).

Choices written down for heldout4: a date qualified by a time zone is the
date as written (the zone's own day); a lunar day gives no Gregorian date,
as in heldout2 and heldout3; vague times ("近日", "Recently") give none; a
deadline is the day it falls on; "so far this year" is 1 January of the
publication's year to the publication day; a part of a week ("late last
week") is that week, as a part of a month is the month; "dans la nuit de
lundi" is the night of Monday into Tuesday (the two days, as heldout3's
nights); a school year across two years is both, one named by a single year
("ปีการศึกษา 2567") that year; a numbered week ("la semaine 40") is that ISO
week of the publication's year, a fiscal week ("fiscal week 47", "la semana
16 del año fiscal") none; "the week ending Nov. 23" is the seven days ending
then; a "this weekend" told in the past on a Monday is the weekend just gone.

A sixth set (heldout5.jsonl, 96 items, 16 a language: datelines, parts of
months, fiscal and school years, holidays named by name, written-out numbers,
weekday/date disagreements, decades, look-alike non-dates) is described, with
its choices and scores, in benchmarks/data/dates/README.md. First score,
before any fix: P 0.959, R 0.843; after the fixes it prompted: P 1.000, R
0.976.

A seventh set (heldout6.jsonl, 96 items, 16 a language: reviews and captions
in another year, ordinals, ISO/slashed/dotted dates, eras, split fiscal years,
times across midnight, this/next weekdays, quarters with a relative year,
seasons, look-alike non-dates) is described with its choices and scores in
benchmarks/data/dates/README.md. First score, before any fix: P 0.689, R
0.696 (relabelled: P 0.738, R 0.697); after the fixes it prompted: P 0.954,
R 0.945.

An eighth set (heldout7.jsonl, 96 items, 16 a language: sports fixtures,
weather warnings across days, court deadlines, earnings quarters and halves,
obituaries, TV schedules, election calendars, anniversaries, lunar-new-year
words, look-alike non-dates) is described with its choices and scores in
benchmarks/data/dates/README.md. First score, before any fix: P 0.683, R
0.694 (84 TP, 39 FP, 37 FN); relabelled (one vi item) P 0.699, R 0.711; after
the fixes it prompted: P 0.966, R 0.942 (114 TP, 4 FP, 7 FN).

A ninth set (heldout8.jsonl, 96 items, 16 a language: transport notices,
exam calendars, tax deadlines, health campaigns, holidays named without a
date, market reports, Thai digits, full-width Chinese digits, dates in two
calendars, bare days told ahead, recurring days, look-alike non-dates) is
described with its choices and scores in benchmarks/data/dates/README.md.
First score, before any fix: P 0.842, R 0.870 (80 TP, 15 FP, 12 FN); after
the fixes it prompted: P 0.989, R 0.967 (89 TP, 1 FP, 3 FN).

A tenth set (heldout9.jsonl, 96 items, 16 a language: court and police
reports, obituaries, anniversaries, weather warnings from today to a later
day, fixtures in lists, elections, corporate filings, lunar days, datelines,
look-alike non-dates) is described with its choices and scores in
benchmarks/data/dates/README.md. First score, before any fix: P 0.886, R
0.872 (109 TP, 14 FP, 16 FN); after the fixes it prompted: P 1.000, R 0.984
(123 TP, 0 FP, 2 FN).

An eleventh set (heldout10.jsonl, 96 items, 16 a language: holidays named by
name, countdowns, tax and school years, visa rules, product launches, times
with dates, weekday slips, abbreviations, look-alike non-dates) is described
with its choices and scores in benchmarks/data/dates/README.md. First score,
before any fix: P 0.895, R 0.764 (relabelled, five items: P 0.943, R 0.805);
after the fixes it prompted: P 0.983, R 0.951 (117 TP, 2 FP, 6 FN).

A twelfth set (heldout11.jsonl, 96 items, 16 a language: fixture lists and
results, weather from night to morning, the day before yesterday and after
tomorrow, the first week and halves of a month, ranges in one month,
numbered weeks, two-digit years, headline dates over weekdays, court pages,
relative words in quoted speech, "the following Monday", lunar festivals,
look-alike non-dates) is described with its choices and scores in
benchmarks/data/dates/README.md. First score, before any fix: P 0.881, R
0.829 (141 TP, 19 FP, 29 FN); relabelled (a week of a month is the month,
four items): P 0.906, R 0.853; after the fixes it prompted: P 0.970, R 0.947
(161 TP, 5 FP, 9 FN).

A thirteenth set (heldout12.jsonl, 96 items, 16 a language: obituaries and
funerals, anniversaries, "this time last year", quarter and half codes
("T3 2026", "S1 2027"), deadlines in hours, clock times alone, dotted, dashed
and ISO dates, abbreviated months, schedules in tables, dates in file names
and addresses, weekly slots, "the eve of", "exactly one week after",
academic years, look-alike non-dates) is described with its choices and
scores in benchmarks/data/dates/README.md. First score, before any fix: P
0.834, R 0.805 (136 TP, 27 FP, 33 FN); after the fixes it prompted: P 0.988,
R 0.976 (165 TP, 2 FP, 4 FN).

A fourteenth set (heldout13.jsonl, 96 items, 16 a language: court
reporting, travel and road notices, epidemiological weeks, religious and
lunar dates beside solar ones, festivals tied to a year, decades beside
years, ranges across months, closures from a weekday's clock time to a later
weekday's, "last night" past midnight, quotes of officials, look-alike
non-dates of those genres) is described with its choices and scores in
benchmarks/data/dates/README.md. First score, before any fix: P 0.843, R
0.851 (97 TP, 18 FP, 17 FN); relabelled (one item): P 0.843, R 0.858; after
the fixes it prompted: P 1.000, R 0.982 (111 TP, 0 FP, 2 FN).

A fifteenth set (heldout14.jsonl, 96 items, 16 a language: markets and
dividends, bond maturities, futures months, exam and school calendars, season
openers, obituaries' years with places or in the Buddhist era, ordinal
anniversaries, solstices and solar terms, deadlines, time zones that move the
day, Roman-numeral months, ISO timestamps and week codes, look-alike
non-dates of those genres) is described with its choices and scores in
benchmarks/data/dates/README.md. First score, before any fix: P 0.946, R
0.908 (139 TP, 8 FP, 14 FN); relabelled (three items): P 0.966, R 0.910;
after the fixes it prompted: P 1.000, R 1.000 (156 TP, 0 FP, 0 FN).

A sixteenth set (heldout15.jsonl, 96 items, 16 a language: court and
parliament calendars by a bare day or a relative week, transport notices
until further notice, weather warnings with a validity window, days, weeks
and quarters counted back from another, dates in brackets, headline forms,
lunar festivals tied to a year, the eve and the day after, quoted speech
followed by the day it was said, school and fiscal years written two ways,
Buddhist-era two-digit years, clock times alone, look-alike non-dates of
those genres) is described with its choices and scores in
benchmarks/data/dates/README.md. First score, before any fix: P 0.839, R
0.728 (115 TP, 22 FP, 43 FN); relabelled (two items): P 0.832, R 0.731;
after the fixes it prompted: P 0.967, R 0.936 (146 TP, 5 FP, 10 FN);
after session 30's (helper DT): P 0.987, R 0.981 (153 TP, 2 FP, 3 FN).

A seventeenth set (heldout16.jsonl, 110 items, 16 to 18 a language in vi, th,
zh, en, es, fr and two each in id, de, pt, ja: dates in tables and lists,
ranges across years, ordinal weekdays of a month beside recurring ones, "this
coming" and "a week from" a weekday, the same day and the next, the week
before last, eras, time zones that move the day, fiscal codes, two days
joined by "and", look-alike non-dates) is described with its choices and
scores in benchmarks/data/dates/README.md. First score, before any fix: P
0.866, R 0.854 (129 TP, 20 FP, 22 FN); relabelled (two items): P 0.879, R
0.879; after the fixes it prompted: P 0.986, R 0.973 (145 TP, 2 FP, 4 FN).

An eighteenth set (heldout17.jsonl, 135 items, 17 to 22 a language in vi,
th, zh, en, es, fr and three each in id, de, pt, ja, ko, it: the weekend
before or after a holiday, the week and weekend before last, parts of this
week and of last month, ten-day parts of a month, the day before yesterday
and the day before that, holidays by name, a fiscal year's close, counts back
from a happening, spans across midnight and the new year, lunar dates
glossed beside solar ones, look-alike non-dates) is described with its
choices and scores in benchmarks/data/dates/README.md. First score, before
any fix: P 0.797, R 0.760 (114 TP, 29 FP, 36 FN); relabelled (one item): P
0.804, R 0.762; after the fixes it prompted: P 0.947, R 0.954 (144 TP, 8 FP,
7 FN).

A nineteenth set (heldout18.jsonl, 124 items, 15 to 20 a language in vi,
th, zh, en, es, fr and three each in id, de, pt, ja, ko, it, ru: dates in
conditions, counts back from a later dated happening, the day after tomorrow
and the year before last, the first months of a year, four- and two-month
periods, winters across two years, citations with a date, compact dates, a
German calendar week, era years, look-alike non-dates such as odds and
tennis sets) is described with its choices and scores in
benchmarks/data/dates/README.md. First score, before any fix: P 0.890, R
0.796 (121 TP, 15 FP, 31 FN); after the fixes it prompted: P 1.000, R 0.987
(150 TP, 0 FP, 2 FN).

Run:  PYTHONPATH=src python3 benchmarks/dates_labelled.py [--set labelled|heldout|...|heldout18]
          [--engine newsline|dateparser] [-v]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsline.dates import resolve_dates

SETS = ROOT / "benchmarks" / "data" / "dates"


def predict_newsline(item):
    return [
        (m.start, m.end, m.value, m.end_value, m.kind)
        for m in resolve_dates(item["text"], item["lang"], item.get("published"))
    ]


def predict_dateparser(item):
    """dateparser's search_dates with settings that forbid filling from the clock."""
    from dateparser.search import search_dates

    base = (
        dt.datetime.fromisoformat(item["published"])
        if item.get("published")
        else dt.datetime(1900, 1, 1)
    )
    settings = {
        "RELATIVE_BASE": base,
        "REQUIRE_PARTS": ["year"],
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    out = []
    try:
        found = search_dates(item["text"], languages=[item["lang"]], settings=settings) or []
    except Exception:  # noqa: BLE001 - a comparison: a crash is just no answer
        found = []
    pos = 0
    for s, d in found:
        a = item["text"].find(s, pos)
        if a < 0:
            continue
        pos = a + len(s)
        out.append((a, a + len(s), d.date().isoformat(), None, "absolute"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--engine", default="newsline", choices=["newsline", "dateparser"])
    ap.add_argument(
        "--set",
        default="labelled",
        choices=["labelled", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18"],
        help="labelled: written with the rules; heldout .. heldout18: "
        "written afterwards, each scored once before any fix",
    )
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    predict = predict_newsline if args.engine == "newsline" else predict_dateparser
    tp, fp, fn = Counter(), Counter(), Counter()
    data = SETS / f"{args.set}.jsonl"
    items = [json.loads(x) for x in data.read_text(encoding="utf-8").splitlines() if x.strip()]
    for item in items:
        lang = item["lang"]
        preds = predict(item)
        used = set()
        for ex in item["expect"]:
            a = item["text"].find(ex["span"])
            b = a + len(ex["span"])
            hit = None
            for i, (s, e, v, ev, kind) in enumerate(preds):
                if i in used or e <= a or s >= b:
                    continue
                if (
                    v == ex["value"]
                    and ev == ex.get("end")
                    and ("kind" not in ex or kind == ex["kind"])
                ):
                    hit = i
                    break
            if hit is None:
                fn[lang] += 1
                if args.verbose:
                    print(f"MISS [{lang}] {ex} in {item['text']!r} -> {preds}")
            else:
                used.add(hit)
                tp[lang] += 1
        for i, p in enumerate(preds):
            if i not in used:
                fp[lang] += 1
                if args.verbose:
                    print(
                        f"FALSE [{lang}] {item['text'][p[0] : p[1]]!r} -> {p[2:]} in {item['text']!r}"
                    )
    print(f"engine: {args.engine}   set: {args.set}   items: {len(items)}")
    print(f"{'lang':5} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>6} {'recall':>6}")
    for lang in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[lang] / max(1, tp[lang] + fp[lang])
        r = tp[lang] / max(1, tp[lang] + fn[lang])
        print(f"{lang:5} {tp[lang]:4d} {fp[lang]:4d} {fn[lang]:4d} {p:6.3f} {r:6.3f}")
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"{'ALL':5} {T:4d} {F:4d} {N:4d} {T / max(1, T + F):6.3f} {T / max(1, T + N):6.3f}")


if __name__ == "__main__":
    main()
