"""One story, one day, several happenings, told by sources in several
languages: a trial resumes, and "on the same day" victims' relatives march
through the same town. Each source's sentences share the town's name, so
one shared anchor at a time chained the trial, the march and the
prosecutor's statement of every source into one event. A sentence told as
"the same day" as another of its page ("On the same day", "Ese mismo día",
"Le même jour", "Cùng ngày", "同一天") is another happening: no chain joins
the two. The same happening told in four languages still is one event with
each source's original-language quote. Pages written for this test (an
invented town, company and dam)."""

from __future__ import annotations

from newsline.model import Document

from .records import merge_documents

PAGES = {
    "en": (
        "The trial of three engineers charged over the Rio Claro dam collapse resumed on "
        "Tuesday at the Valdoria regional court. On the same day, about 500 relatives of the "
        "victims marched through Valdoria to demand compensation from the mining firm Andesca. "
        "Prosecutor Elena Ruiz told the court on Tuesday that Andesca ignored 14 safety warnings."
    ),
    "es": (
        "El juicio contra los tres ingenieros acusados por el colapso de la presa de Río Claro "
        "se reanudó el martes en el tribunal regional de Valdoria. Ese mismo día, unos 500 "
        "familiares de las víctimas marcharon por Valdoria para exigir una indemnización a la "
        "minera Andesca. La fiscal Elena Ruiz dijo al tribunal el martes que Andesca ignoró 14 "
        "advertencias de seguridad."
    ),
    "fr": (
        "Le procès des trois ingénieurs poursuivis pour la rupture du barrage de Rio Claro a "
        "repris mardi devant le tribunal régional de Valdoria. Le même jour, quelque 500 proches "
        "des victimes ont défilé dans Valdoria pour réclamer une indemnisation à la société "
        "minière Andesca."
    ),
    "vi": (
        "Phiên tòa xét xử ba kỹ sư bị cáo buộc trong vụ vỡ đập Rio Claro đã tiếp tục hôm thứ Ba "
        "(11/3) tại tòa án khu vực Valdoria. Cùng ngày, khoảng 500 thân nhân các nạn nhân đã tuần "
        "hành qua Valdoria để đòi công ty khai khoáng Andesca bồi thường. Công tố viên Elena Ruiz "
        "nói trước tòa hôm thứ Ba rằng Andesca đã phớt lờ 14 cảnh báo an toàn."
    ),
}


def merged_events():
    docs = [
        Document(
            id=f"dam-{lang}",
            source=f"https://{lang}.news.example/dam",
            text=text,
            lang=lang,
            published="2025-03-12",
            meta={"story_id": "dam"},
        )
        for lang, text in PAGES.items()
    ]
    return merge_documents(docs).finalize()["events"]


def test_one_day_of_a_story_keeps_its_happenings_apart():
    events = merged_events()
    assert all(e["date"] == "2025-03-11" for e in events)
    kinds = []
    for e in events:
        quotes = " ".join(s["quote"] for s in e["sources"])
        kinds.append(
            ("Rio Claro" in quotes or "Río Claro" in quotes, "500" in quotes, "Ruiz" in quotes)
        )
        assert sum(kinds[-1]) == 1, [s["quote"][:60] for s in e["sources"]]
    assert len(events) == 3


def test_each_happening_cites_every_source_in_its_own_language():
    events = merged_events()
    march = next(e for e in events if any("500" in s["quote"] for s in e["sources"]))
    assert sorted(s["doc_id"] for s in march["sources"]) == ["dam-en", "dam-es", "dam-fr", "dam-vi"]
    quote = {s["doc_id"]: s["quote"] for s in march["sources"]}
    assert quote["dam-vi"].startswith("Cùng ngày, khoảng 500")
    assert quote["dam-es"].startswith("Ese mismo día, unos 500")
    trial = next(e for e in events if any("Claro" in s["quote"] for s in e["sources"]))
    assert len({s["doc_id"] for s in trial["sources"]}) == 4


def test_merge_records_never_chain_a_page_s_same_day_sentences():
    from newsline.events.merge import merge_records

    from .records import event_record

    def rec(doc, quote, surface, lang, start):
        return event_record(
            doc, quote, "2025-03-11", lang, start=start, surface=surface, published="2025-03-12"
        )

    trial_en = "The trial resumed on Tuesday at the Valdoria court."
    march_en = "On the same day, 500 relatives marched through Valdoria."
    trial_fr = "Le procès a repris mardi devant le tribunal de Valdoria."
    march_fr = "Le même jour, 500 proches ont défilé dans Valdoria."
    records = [
        rec("a", trial_en, "Tuesday", "en", 0),
        rec("a", march_en, "the same day", "en", 60),
        rec("b", trial_fr, "mardi", "fr", 0),
        rec("b", march_fr, "Le même jour", "fr", 70),
    ]
    groups = sorted(
        sorted((s["doc_id"], s["start"]) for s in e["sources"]) for e in merge_records(records)
    )
    assert groups == [[("a", 0), ("b", 0)], [("a", 60), ("b", 70)]]


# A statistics release and a rate decision on one day, told in four
# languages; the release sentence also names the month its figures are for.
RELEASE = {
    "vi": (
        "Tổng cục Thống kê Veloria hôm thứ Sáu (7/3) công bố chỉ số giá tiêu dùng tháng 2 tăng "
        "3,4% so với cùng kỳ năm trước. Cùng ngày, Ngân hàng Trung ương Veloria quyết định giữ "
        "nguyên lãi suất điều hành ở mức 4,5%."
    ),
    "th": (
        "สำนักงานสถิติแห่งชาติเวโลเรียเปิดเผยเมื่อวันศุกร์ที่ 7 มี.ค. ว่าดัชนีราคาผู้บริโภคเดือนกุมภาพันธ์"
        "เพิ่มขึ้น 3.4% เมื่อเทียบกับปีก่อน\nในวันเดียวกัน ธนาคารกลางเวโลเรียมีมติคงอัตราดอกเบี้ยนโยบายไว้ที่ 4.5%"
    ),
    "zh": (
        "维洛里亚国家统计局3月7日（周五）公布，2月份消费者价格指数同比上涨3.4%。"
        "同一天，维洛里亚央行决定将基准利率维持在4.5%不变。"
    ),
    "en": (
        "Veloria's statistics office said on Friday, March 7, that consumer prices rose 3.4% in "
        "February from a year earlier. On the same day, the Veloria central bank kept its "
        "policy rate at 4.5%."
    ),
}


def test_a_release_and_a_rate_decision_of_one_day_in_four_languages():
    docs = [
        Document(
            id=f"cpi-{lang}",
            source=f"https://{lang}.news.example/cpi",
            text=text,
            lang=lang,
            published="2025-03-08",
            meta={"story_id": "cpi"},
        )
        for lang, text in RELEASE.items()
    ]
    merger = merge_documents(docs)
    day = [e for e in merger.finalize()["events"] if e["date"] == "2025-03-07"]
    groups = sorted(
        (
            "4.5" in " ".join(s["quote"] for s in e["sources"]),
            sorted(s["doc_id"] for s in e["sources"]),
        )
        for e in day
    )
    every = ["cpi-en", "cpi-th", "cpi-vi", "cpi-zh"]
    assert groups == [(False, every), (True, every)]
    # no event for the comparison's year-earlier baseline
    assert not [e for e in merger.finalize()["events"] if e["date"] == "2024"]
