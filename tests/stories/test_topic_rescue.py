"""A page whose names plainly belong to one large topic joins it even when
the only place it names is a side one (topics._rescue): an agency's dateline
abroad, the country that hosts a meeting, while the country it is about is
written only as an adjective. Near misses stay out: a page about another
country that names the topic's capital once, a roundup naming two topics'
leaders alike, a page sharing nothing.

Hand-made story profiles as tests/stories/test_topics.py builds them, then an
invented corpus in English, Spanish, French, Vietnamese, Chinese and Thai:
three affairs (a mine in Mongolia, a cocoa board in Ghana, a water crisis in
Uruguay) with invented people."""

from __future__ import annotations

from collections import Counter

from newsline.model import Document
from newsline.settings import StorySettings
from newsline.stories import ClusterStories
from newsline.stories.topics import group_topics

from .test_topics import P, as_sets, flat_idf

# two affairs of ten pages or more, each in its own country
A = P("a", 14, {"t:MN": 3.0, "w:temuulen": 2.5, "w:ulaanbaatar": 1.5, "w:umnugovi": 1.0})
B = P("b", 12, {"t:GH": 3.0, "w:amankwah": 2.5, "w:kumasi": 1.5, "w:accra": 1.0})


def _topics(*extra: P, **kw) -> set[frozenset[str]]:
    stories = [A, B, *extra]
    got = group_topics(
        stories, flat_idf, threshold=0.25, min_documents=10, attach_threshold=0.1, **kw
    )
    return as_sets(stories, got)


def test_a_page_placed_only_by_a_side_country_joins_the_topic_of_its_names():
    # a Geneva dateline (CH) and its own spokesman's name, but the leader,
    # capital and province of one affair named again and again
    names = {"w:temuulen": 2.0, "w:ulaanbaatar": 1.5, "w:umnugovi": 1.0, "w:lindqvist": 1.5}
    lone = P("lone", 1, {"t:CH": 0.5, **names})
    assert _topics(lone) == {frozenset({"a", "lone"}), frozenset({"b"})}


def test_the_rescue_is_off_at_margin_zero():
    lone = P("lone", 1, {"t:CH": 0.5, "w:temuulen": 2.0, "w:ulaanbaatar": 1.5})
    assert len(_topics(lone, rescue_margin=0.0)) == 3


def test_a_page_about_another_country_naming_the_capital_once_stays_out():
    other = P(
        "other", 1, {"t:CL": 3.0, "w:santiago": 2.0, "w:valdebenito": 2.0, "w:ulaanbaatar": 0.5}
    )
    assert len(_topics(other)) == 3
    # its country its heaviest anchor, one shared name beside: still out
    other = P("other", 1, {"t:AR": 2.0, "w:temuulen": 1.0})
    assert len(_topics(other)) == 3


def test_a_roundup_naming_two_topics_alike_stays_out():
    roundup = P("roundup", 1, {"t:CH": 0.5, "w:temuulen": 1.5, "w:amankwah": 1.5, "w:davos": 1.0})
    assert len(_topics(roundup)) == 3


def test_a_page_sharing_nothing_stays_out():
    assert len(_topics(P("lone", 1, {"t:DE": 1.0, "w:bundesliga": 2.0}))) == 3


# ------------------------------------------------------------ end to end
# (affair, language, day, title, body); invented people and organisations.
AFFAIRS = [
    (
        "mongolia",
        "en",
        "2025-03-03",
        "Mongolia halts Tsagaan Davaa copper mine after herders protest",
        (
            "Mongolia's government halted work at the Tsagaan Davaa copper mine in Umnugovi "
            "province after herders blocked the road to the pit. Prime Minister Dorjgotov "
            "Temuulen said in Ulaanbaatar that the licence would be reviewed. Herders say the "
            "mine drains their wells."
        ),
    ),
    (
        "mongolia",
        "es",
        "2025-03-04",
        "Mongolia paraliza la mina de cobre Tsagaan Davaa tras protestas de pastores",
        (
            "El Gobierno de Mongolia paralizó la mina de cobre Tsagaan Davaa en la provincia de "
            "Umnugovi después de que los pastores bloquearan el camino. El primer ministro "
            "Dorjgotov Temuulen dijo en Ulaanbaatar que la licencia será revisada."
        ),
    ),
    (
        "mongolia",
        "fr",
        "2025-03-04",
        "La Mongolie suspend la mine de cuivre de Tsagaan Davaa",
        (
            "Le gouvernement de la Mongolie a suspendu la mine de cuivre de Tsagaan Davaa, dans "
            "la province d'Umnugovi, après le blocage de la route par des éleveurs. Le Premier "
            "ministre Dorjgotov Temuulen a annoncé à Oulan-Bator un réexamen de la licence."
        ),
    ),
    (
        "mongolia",
        "vi",
        "2025-03-05",
        "Mông Cổ đình chỉ mỏ đồng Tsagaan Davaa sau biểu tình của người chăn nuôi",
        (
            "Chính phủ Mông Cổ đã đình chỉ hoạt động tại mỏ đồng Tsagaan Davaa ở tỉnh Umnugovi "
            "sau khi người chăn nuôi chặn đường. Thủ tướng Dorjgotov Temuulen cho biết tại "
            "Ulaanbaatar rằng giấy phép sẽ được xem xét lại."
        ),
    ),
    (
        "mongolia",
        "en",
        "2025-07-20",
        "Mongolia's parliament votes to cancel Tsagaan Davaa licence",
        (
            "Lawmakers in Ulaanbaatar voted to cancel the Tsagaan Davaa licence. Prime Minister "
            "Temuulen backed the vote; the operator said it would seek arbitration. Herders in "
            "Umnugovi celebrated. Mongolia will hold a new tender."
        ),
    ),
    (
        "ghana",
        "en",
        "2025-04-10",
        "Ghana suspends cocoa board chief over missing funds",
        (
            "Ghana's President Kofi Amankwah suspended the head of the Cocoa Marketing Authority "
            "after auditors in Accra found that funds meant for farmers in Ashanti were missing. "
            "Farmers in Kumasi marched to demand their pay."
        ),
    ),
    (
        "ghana",
        "fr",
        "2025-04-11",
        "Le Ghana suspend le patron de l'office du cacao",
        (
            "Le président du Ghana, Kofi Amankwah, a suspendu le directeur de la Cocoa Marketing "
            "Authority après qu'un audit mené à Accra a révélé la disparition de fonds destinés "
            "aux planteurs de l'Ashanti. Des planteurs ont défilé à Kumasi."
        ),
    ),
    (
        "ghana",
        "es",
        "2025-04-11",
        "Ghana suspende al jefe de la junta del cacao por fondos desaparecidos",
        (
            "El presidente de Ghana, Kofi Amankwah, suspendió al director de la Cocoa Marketing "
            "Authority después de que una auditoría en Accra revelara que faltaban fondos para "
            "los agricultores de Ashanti. Los agricultores marcharon en Kumasi."
        ),
    ),
    (
        "ghana",
        "vi",
        "2025-04-12",
        "Ghana đình chỉ người đứng đầu cơ quan ca cao vì thất thoát quỹ",
        (
            "Tổng thống Ghana Kofi Amankwah đã đình chỉ người đứng đầu Cocoa Marketing Authority "
            "sau khi kiểm toán tại Accra phát hiện quỹ dành cho nông dân ở Ashanti bị thất thoát. "
            "Nông dân ở Kumasi đã tuần hành."
        ),
    ),
    (
        "ghana",
        "en",
        "2025-09-02",
        "Ghana charges former cocoa board chief",
        (
            "Prosecutors in Accra charged the former head of the Cocoa Marketing Authority. "
            "President Amankwah said farmers in Ashanti and Kumasi would be repaid. Ghana will "
            "audit every regional office."
        ),
    ),
    (
        "uruguay",
        "es",
        "2025-01-15",
        "Uruguay declara emergencia hídrica en Montevideo",
        (
            "El presidente de Uruguay, Martín Echagoyen, declaró la emergencia hídrica en "
            "Montevideo porque el río Santa Lucía está en su nivel más bajo. La empresa OSE "
            "mezclará agua salobre."
        ),
    ),
    (
        "uruguay",
        "en",
        "2025-01-16",
        "Uruguay declares water emergency in Montevideo",
        (
            "Uruguay's President Martín Echagoyen declared a water emergency in Montevideo as the "
            "Santa Lucía river fell to its lowest level. The utility OSE will mix in brackish "
            "water."
        ),
    ),
    (
        "uruguay",
        "fr",
        "2025-01-16",
        "L'Uruguay déclare l'urgence hydrique à Montevideo",
        (
            "Le président de l'Uruguay, Martín Echagoyen, a déclaré l'urgence hydrique à "
            "Montevideo, la rivière Santa Lucía étant au plus bas. La compagnie OSE mélangera de "
            "l'eau saumâtre."
        ),
    ),
    (
        "uruguay",
        "zh",
        "2025-01-17",
        "乌拉圭宣布蒙得维的亚进入缺水紧急状态",
        "乌拉圭总统Martín Echagoyen宣布蒙得维的亚进入缺水紧急状态，因为Santa Lucía河水位降至最低。供水公司OSE将混入微咸水。",
    ),
    (
        "uruguay",
        "es",
        "2025-05-30",
        "Echagoyen levanta la emergencia hídrica tras las lluvias",
        (
            "Tras semanas de lluvias, el presidente Echagoyen levantó la emergencia hídrica en "
            "Montevideo. El río Santa Lucía recuperó su caudal y OSE dejó de mezclar agua "
            "salobre. Uruguay construirá una nueva represa."
        ),
    ),
]
# pages that plainly belong to one affair, placed only by a side country
BELONG = [
    (
        "mongolia",
        "fr",
        "2025-03-12",
        "Genève : une ONG accuse Temuulen de céder aux miniers",
        (
            "Genève (Suisse) – L'Observatoire Lindqvist, par la voix de sa directrice Ingrid "
            "Lindqvist, accuse le Premier ministre mongol Dorjgotov Temuulen de céder aux "
            "miniers. Selon Ingrid Lindqvist, Temuulen a promis à Oulan-Bator un réexamen qui n'a "
            "pas eu lieu, et la mine de Tsagaan Davaa continue de pomper l'eau des éleveurs "
            "d'Umnugovi. « Temuulen doit publier le contrat », dit Ingrid Lindqvist. "
            "L'Observatoire Lindqvist publiera ses relevés d'Umnugovi le mois prochain."
        ),
    ),
    (
        "ghana",
        "vi",
        "2025-04-20",
        "Quỹ Vandersmissen ở Brussels chất vấn ông Amankwah",
        (
            "Brussels (Bỉ) – Quỹ Vandersmissen, do bà Henrike Vandersmissen điều hành, họp báo "
            "tại trụ sở ở Brussels. Bà Henrike Vandersmissen nói quỹ Vandersmissen đã tài trợ "
            "trường học và giếng nước suốt mười năm, và quỹ Vandersmissen muốn biết số tiền ấy đi "
            "đâu. Bà chất vấn Tổng thống Kofi Amankwah: vì sao Kumasi chưa nhận được khoản hỗ "
            "trợ, và vì sao văn phòng ở Accra im lặng. Ông Amankwah chưa trả lời bà Vandersmissen."
        ),
    ),
    (
        "uruguay",
        "zh",
        "2025-01-25",
        "日内瓦研究所批评Echagoyen的供水计划",
        (
            "瑞士日内瓦消息：Hoffstetter水资源研究所所长Greta Hoffstetter周三表示，Echagoyen政府在蒙得维的亚混入微咸水的做法有损健康。Greta "
            "Hoffstetter说，Santa "
            "Lucía河的枯竭早有预兆，OSE公司却没有修建新水库。Hoffstetter研究所将向Echagoyen递交报告，呼吁蒙得维的亚居民节约用水。"
        ),
    ),
]
# pages that must stay out
STAY_OUT = [
    # about Chile; names Montevideo once
    (
        "chile",
        "es",
        "2025-02-01",
        "Chile raciona el agua en Santiago por la sequía",
        (
            "Chile racionará el agua en Santiago desde el lunes. La ministra chilena Rocío "
            "Valdebenito dijo en Santiago que los embalses de Chile están al 20 %. Valdebenito "
            "pidió a los vecinos de Santiago reducir el consumo, como se hizo en Montevideo. "
            "Chile estudia plantas desalinizadoras en Antofagasta."
        ),
    ),
    # a roundup naming two affairs' leaders alike, from a third country
    (
        "roundup",
        "en",
        "2025-05-05",
        "Davos panel: leaders under pressure over resources",
        (
            "Davos (Switzerland) – A panel at the Lisbeth Forum heard from Annika Sorvali and "
            "Pieter Haagsma about governance of natural resources. Speakers cited Temuulen and "
            "Amankwah among leaders facing protests over mines and cocoa money. Sorvali and "
            "Haagsma called for open contracts."
        ),
    ),
    # a Thai page sharing nothing
    (
        "football",
        "th",
        "2025-06-01",
        "บาเยิร์นมิวนิกชนะดอร์ทมุนด์ในบุนเดสลีกา",
        (
            "บาเยิร์นมิวนิกเอาชนะโบรุสเซียดอร์ทมุนด์ 3-1 ในศึกบุนเดสลีกาที่เยอรมนี "
            "เมื่อคืนวันเสาร์ แฟนบอลกว่าเจ็ดหมื่นคนเข้าชมที่สนามอัลลิอันซ์อารีนา"
        ),
    ),
]

# topics of 4 pages or more are large here (the corpus is small)
SETTINGS = dict(topic_min_documents=4)


def _doc(i: int, row: tuple[str, str, str, str, str]) -> Document:
    affair, lang, day, title, body = row
    doc_id = f"{affair}-{i}-{lang}"
    text = title + "\n\n" + body
    return Document(
        id=doc_id, source=doc_id + ".txt", text=text, lang=lang, title=title, published=day
    )


def _all_docs() -> list[Document]:
    rows = AFFAIRS + BELONG + STAY_OUT
    return sorted((_doc(i, r) for i, r in enumerate(rows)), key=lambda d: (d.published, d.id))


def _topics_of(stage: ClusterStories) -> dict[str, set[str]]:
    """document id -> the ids of the documents its topic holds."""
    rows = stage.finalize()["stories"]
    topic_of = {d: r["topic"] for r in rows for d in r["documents"]}
    members: dict[str, set[str]] = {}
    for d, t in topic_of.items():
        members.setdefault(t, set()).add(d)
    return {d: members[t] for d, t in topic_of.items()}


def _ids(rows: list, offset: int) -> list[tuple[str, str]]:
    """(document id, affair) of ``rows`` listed from ``offset`` on."""
    return [(f"{r[0]}-{offset + i}-{r[1]}", r[0]) for i, r in enumerate(rows)]


AFFAIR_IDS = _ids(AFFAIRS, 0)
BELONG_IDS = _ids(BELONG, len(AFFAIRS))
STAY_OUT_IDS = _ids(STAY_OUT, len(AFFAIRS) + len(BELONG))


def _check_affairs_and_belonging(topics: dict[str, set[str]]) -> None:
    for doc_id, affair in AFFAIR_IDS + BELONG_IDS:
        # its topic holds its whole affair and nothing of another affair
        assert {a for d, a in AFFAIR_IDS if d in topics[doc_id]} == {affair}, doc_id
        assert {d for d, a in AFFAIR_IDS if a == affair} <= topics[doc_id], doc_id


def _check_stay_out(topics: dict[str, set[str]]) -> None:
    for doc_id, _ in STAY_OUT_IDS:
        assert not topics[doc_id] & {d for d, _ in AFFAIR_IDS}, doc_id


def _stage(docs: list[Document]) -> ClusterStories:
    stage = ClusterStories(StorySettings(**SETTINGS))
    stage(docs, Counter())
    return stage


def test_pages_placed_by_a_side_country_join_their_affair_in_three_scripts():
    _check_affairs_and_belonging(_topics_of(_stage(_all_docs())))


def test_pages_about_another_country_or_two_affairs_or_nothing_stay_out():
    _check_stay_out(_topics_of(_stage(_all_docs())))


def test_later_pages_join_without_reclustering_and_after_a_state_round_trip():
    first_ids = {d for d, _ in AFFAIR_IDS}
    docs = _all_docs()
    stage = _stage([d for d in docs if d.id in first_ids])
    before = {d: stage.story_of(d) for d in first_ids}
    again = ClusterStories(StorySettings(**SETTINGS))
    again.load_state(stage.state_dict())
    again([d for d in docs if d.id not in first_ids], Counter())
    # earlier pages keep their stories; topics come out of the stories alone
    assert {d: again.story_of(d) for d in first_ids} == before
    topics = _topics_of(again)
    _check_affairs_and_belonging(topics)
    _check_stay_out(topics)
