from newsline.model import Block, Document, Flag, make_doc_id


def test_doc_id_is_stable_and_depends_on_source_and_content():
    a = make_doc_id("/x/a.txt", "Nhật Bản")
    assert a == make_doc_id("/x/a.txt", "Nhật Bản")
    assert a != make_doc_id("/x/b.txt", "Nhật Bản")
    assert a != make_doc_id("/x/a.txt", "Nhật Bản.")
    assert len(a) == 16


def test_clean_text_keeps_only_body_and_title_blocks():
    text = "Title\nbody one\nSPAM\nbody two"
    d = Document(
        id="1",
        source="s",
        text=text,
        blocks=[
            Block(0, 5, "title"),
            Block(6, 14, "body"),
            Block(15, 19, "spam", reasons=["caps"]),
            Block(20, 28, "body"),
        ],
    )
    assert d.clean_text() == "Title\n\nbody one\n\nbody two"
    assert [b.text_of(d) for b in d.blocks] == ["Title", "body one", "SPAM", "body two"]


def test_round_trip_through_dict():
    d = Document(
        id="1",
        source="s",
        text="abc",
        blocks=[Block(0, 3, "body", "en", ["r"])],
        flags=[Flag("spam", "why", 0, 3, {"score": 1.0})],
        meta={"k": [1]},
    )
    assert Document.from_dict(d.to_dict()) == d
