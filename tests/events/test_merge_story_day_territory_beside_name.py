"""Within one story, the only sentence of each of two documents dated one
day is one happening unless their names disagree. A sentence naming only a
territory ("Portugal banned ...") and one naming only a person or thing
("le gouvernement a interdit le Fluvatrin") name different kinds of things:
nothing there disagrees, and they merge (flagged as merged on the story's
day). Two different territories, or two different names, still disagree.
Sentences invented."""

from __future__ import annotations

from newsline.model import Document

from .records import merge_documents


def doc(doc_id, lang, text, story="pesticide", published="2025-03-05"):
    return Document(
        id=doc_id,
        source=f"https://{doc_id}.example/a",
        text=text,
        lang=lang,
        published=published,
        meta={"story_id": story},
    )


def groups(docs):
    events = merge_documents(docs).finalize()["events"]
    return sorted(sorted(s["doc_id"] for s in e["sources"]) for e in events), events


def test_a_territory_alone_beside_a_name_alone_merges_and_is_flagged():
    got, events = groups(
        [
            doc("en", "en", "On 3 March 2025, Portugal banned the sale of the weed killer."),
            doc("fr", "fr", "Le 3 mars 2025, le gouvernement a interdit la vente du Fluvatrin."),
        ]
    )
    assert got == [["en", "fr"]]
    assert [f["kind"] for f in events[0]["flags"]] == ["merged_on_story_and_day"]


def test_a_spanish_name_alone_beside_a_vietnamese_territory_alone():
    got, _ = groups(
        [
            doc(
                "es", "es", "El 3 de marzo de 2025, el ministerio retiró el Fluvatrin del mercado."
            ),
            doc("vi", "vi", "Ngày 3/3/2025, Bồ Đào Nha đã cấm bán loại thuốc diệt cỏ này."),
        ]
    )
    assert got == [["es", "vi"]]


def test_two_territories_still_disagree():
    got, _ = groups(
        [
            doc("en", "en", "On 3 March 2025, Portugal banned the sale of the weed killer."),
            doc("es", "es", "El 3 de marzo de 2025, Chile prohibió la venta del herbicida."),
        ]
    )
    assert got == [["en"], ["es"]]


def test_a_territory_beside_another_territory_and_a_name_still_disagrees():
    got, _ = groups(
        [
            doc("en", "en", "On 3 March 2025, Portugal banned the sale of the weed killer."),
            doc("es", "es", "El 3 de marzo de 2025, Chile prohibió el Fluvatrin."),
        ]
    )
    assert got == [["en"], ["es"]]


def test_two_names_that_never_meet_still_disagree():
    got, _ = groups(
        [
            doc("en", "en", "On 3 March 2025, Maria Okafor resigned as farm minister."),
            doc("fr", "fr", "Le 3 mars 2025, Pedro Salinas a inauguré la nouvelle usine."),
        ]
    )
    assert got == [["en"], ["fr"]]


def test_two_stories_never_merge_this_way():
    got, _ = groups(
        [
            doc("en", "en", "On 3 March 2025, Portugal banned the sale of the weed killer."),
            doc("fr", "fr", "Le 3 mars 2025, le gouvernement a interdit le Fluvatrin.", story="b"),
        ]
    )
    assert got == [["en"], ["fr"]]
