"""A syndicated copy's note on where and when the article first appeared
("This article was first published by X on December 11") dates the
original page, no happening: it gives no event, and the copy's other
sentences keep theirs. Held-out story8 (a repost stamped two days after the
original) showed the English form; notes written for these tests in the six
languages, with outlets invented. Near misses: a book or a report "first
published" in a year (a happening), a story "first told" on a day, and a
note's word inside a longer sentence that tells something else."""

from __future__ import annotations

import pytest

from newsline.events.extract import _FIRST_PUBLISHED
from tests.events.records import extract_from_text


@pytest.mark.parametrize(
    "lang,note,body,published,dates",
    [
        (
            "en",
            "This story was originally published by the Lakeside Courier on May 3, 2031.",
            "The city council of Port Alder approved the new harbour plan on Friday, May 2.",
            "2031-05-06",
            ["2031-05-02"],
        ),
        (
            "es",
            "Este artículo fue publicado originalmente en El Heraldo Austral el 3 de mayo de 2031.",
            "El concejo municipal de Puerto Alder aprobó el viernes 2 de mayo el nuevo plan.",
            "2031-05-06",
            ["2031-05-02"],
        ),
        (
            "fr",
            "Cet article a initialement été publié par La Gazette du Lac le 3 mai 2031.",
            "Le conseil municipal de Port-Alder a adopté vendredi 2 mai le nouveau plan du port.",
            "2031-05-06",
            ["2031-05-02"],
        ),
        (
            "vi",
            "Bài viết được đăng lần đầu trên báo Bờ Hồ ngày 3/5/2031.",
            "Ngày 2/5/2031, hội đồng thành phố Port Alder đã thông qua quy hoạch cảng mới.",
            "2031-05-06",
            ["2031-05-02"],
        ),
        (
            "zh",
            "本文原载于《湖滨日报》2031年5月3日，经作者授权转载，内容有删节。",
            "波特奥尔德市议会2031年5月2日批准了新的港口规划。",
            "2031-05-06",
            ["2031-05-02"],
        ),
        (
            "th",
            "บทความนี้เผยแพร่ครั้งแรกในหนังสือพิมพ์ริมทะเลสาบ เมื่อวันที่ 3 พ.ค. 2574",
            "สภาเมืองพอร์ตอัลเดอร์อนุมัติแผนท่าเรือใหม่เมื่อวันที่ 2 พ.ค. 2574",
            "2031-05-06",
            ["2031-05-02"],
        ),
        # the note opened by the credit's words alone, with no "this
        # article" (story10's machine-translated page: "Original published
        # 12/1/2028 by …")
        (
            "en",
            "Original published 3/5/2031 by Lakeside Courier.",
            "The city council of Port Alder approved the new harbour plan on Friday, May 2.",
            "2031-05-06",
            ["2031-05-02"],
        ),
        (
            "en",
            "Originally published on May 3, 2031 by the Lakeside Courier.",
            "The city council of Port Alder approved the new harbour plan on Friday, May 2.",
            "2031-05-06",
            ["2031-05-02"],
        ),
        (
            "es",
            "Publicado originalmente el 3 de mayo de 2031 en El Heraldo Austral.",
            "El concejo municipal de Puerto Alder aprobó el viernes 2 de mayo el nuevo plan.",
            "2031-05-06",
            ["2031-05-02"],
        ),
        (
            "vi",
            "Bài đăng lần đầu trên báo Bờ Hồ ngày 3/5/2031.",
            "Ngày 2/5/2031, hội đồng thành phố Port Alder đã thông qua quy hoạch cảng mới.",
            "2031-05-06",
            ["2031-05-02"],
        ),
    ],
)
def test_a_copys_note_gives_no_event(lang, note, body, published, dates):
    evs = extract_from_text(note + "\n" + body, lang, published=published)
    assert sorted(e.date for e in evs) == dates


@pytest.mark.parametrize(
    "lang,text,published,dates",
    [
        (
            "en",
            "The novel was first published in 1998 by a small press in Port Alder.",
            "2031-05-06",
            ["1998"],
        ),
        (
            "en",
            "This story was first told by the harbour master on Sunday, May 4, at a town meeting.",
            "2031-05-06",
            ["2031-05-04"],
        ),
        (
            "fr",
            "Le rapport a d'abord été publié le 3 mai 2031 par l'inspection du travail de Port-Alder.",
            "2031-05-06",
            ["2031-05-03"],
        ),
        (
            "es",
            "El informe del tribunal de cuentas fue publicado originalmente el 3 de mayo de 2031.",
            "2031-05-06",
            ["2031-05-03"],
        ),
        # the credit's words opening a sentence that goes on as a clause
        (
            "en",
            "Originally published in 1851, the paper was the first daily of the colony.",
            "2031-05-06",
            ["1851"],
        ),
        (
            "es",
            "Publicado originalmente el 3 de mayo de 2031, el informe del tribunal causó un gran revuelo.",
            "2031-05-06",
            ["2031-05-03"],
        ),
    ],
)
def test_a_happening_told_with_published_stays(lang, text, published, dates):
    evs = extract_from_text(text, lang, published=published)
    assert sorted(e.date for e in evs) == dates


def test_the_note_pattern_on_long_adversarial_text_finishes():
    # a note's words repeated with no sentence end, and a long run of
    # punctuation: one anchored match each, bounded (no nested quantifiers)
    got = [
        _FIRST_PUBLISHED.match(text) is not None
        for text in (
            "this article was first published " * 3000,
            "-" * 100_000 + "this article was first published by X on ",
            "本文原载" * 25_000,
        )
    ]
    # the note after a run of punctuation is still a note; the others run
    # on with no date in reach
    assert got == [False, True, False]
