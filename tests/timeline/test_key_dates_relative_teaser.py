"""A site's teaser or banner with a relative word ("the best of yesterday",
"lo mejor de ayer") is one passage repeated on every page, but it is read as
a different day on each page (the day before that page's own). Counted
per (day, passage) it gave every page's eve a look-back point, so a week of
pages could lift a row of days nobody wrote about above a day two leads
told. The passage now counts once, whatever day it was read as.

Every page here is invented: a ferry strike in an imaginary port, told by
imaginary sites in French, Spanish, English and Vietnamese."""

from __future__ import annotations

import pytest

from newsline.dates import resolve_dates
from newsline.timeline.keydates import DocDays, day_mentions, day_scores, key_dates

# (language, the site's repeated teaser with a word for "yesterday", the
# leads of three pages published 10, 11 and 12 June 2025: the first two
# tell the strike of the 6th, the third the talks of the 5th)
STORIES = {
    "fr": (
        (
            "Notre sélection du soir pour nos abonnés, avec la revue de presse complète "
            "et les dix articles les plus lus hier sur le site, à retrouver chaque matin "
            "dans votre boîte aux lettres électronique avant tout le monde."
        ),
        [
            "Les marins du port de Valmer ont cessé le travail le 6 juin 2025, bloquant trois ferries.",
            "La grève lancée le 6 juin 2025 par les marins de Valmer bloque toujours les ferries.",
            "Les négociations ouvertes le 5 juin 2025 entre armateurs et marins ont échoué.",
        ],
    ),
    "es": (
        (
            "Nuestra selección de la noche para los suscriptores, con el resumen de prensa "
            "completo y los diez artículos más leídos ayer en la web, que recibirá cada "
            "mañana en su correo electrónico antes que nadie."
        ),
        [
            "Los marineros del puerto de Valmer dejaron de trabajar el 6 de junio de 2025.",
            "La huelga iniciada el 6 de junio de 2025 por los marineros de Valmer sigue.",
            "Las negociaciones abiertas el 5 de junio de 2025 entre navieras y marineros fracasaron.",
        ],
    ),
    "en": (
        (
            "Our evening selection for subscribers, with the full press review and the ten "
            "most read stories on the site yesterday, delivered every morning to your inbox "
            "before anyone else reads it."
        ),
        [
            "Sailors at the port of Valmer walked off the job on 6 June 2025, halting three ferries.",
            "The strike Valmer sailors began on 6 June 2025 still keeps the ferries in port.",
            "Talks opened on 5 June 2025 between the ferry owners and the sailors have failed.",
        ],
    ),
    "vi": (
        (
            "Tuyển chọn buổi tối dành cho độc giả đăng ký, cùng bản điểm báo đầy đủ và mười "
            "bài viết được đọc nhiều nhất trên trang hôm qua, gửi tới hộp thư của bạn mỗi "
            "sáng trước mọi người khác."
        ),
        [
            "Thủy thủ cảng Valmer đã ngừng làm việc ngày 6/6/2025, khiến ba chuyến phà bị kẹt.",
            "Cuộc đình công thủy thủ Valmer bắt đầu ngày 6/6/2025 vẫn khiến phà nằm bến.",
            "Cuộc đàm phán mở ngày 5/6/2025 giữa chủ tàu và thủy thủ đã thất bại.",
        ],
    ),
}
PUBS = ["2025-06-10", "2025-06-11", "2025-06-12"]


def _docs(lang: str, with_teaser: bool = True) -> list[DocDays]:
    teaser, leads = STORIES[lang]
    docs = []
    for i, (pub, lead) in enumerate(zip(PUBS, leads)):
        text = lead + ("\n\n" + teaser if with_teaser else "")
        dates = resolve_dates(text, lang, pub)
        docs.append(DocDays(f"{lang}{i}", pub, lang, day_mentions(text, dates)))
    return docs


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_relative_teaser_on_every_page_counts_once(lang):
    docs = _docs(lang)
    # the teaser is read on every page, as that page's eve
    read_as = {v for d in docs for v, _ in d.mentions}
    assert {"2025-06-09", "2025-06-10", "2025-06-11"} <= read_as, read_as
    score = day_scores(docs)
    # counted for the first page only
    assert score["2025-06-09"] == 2
    assert score["2025-06-10"] == 0 and score["2025-06-11"] == 0
    # the strike two leads told first, then the talks one lead told, then the
    # first page's eve (once): no other eve of the teaser
    assert key_dates(docs, 5) == [("2025-06-06", 4), ("2025-06-05", 2), ("2025-06-09", 2)]


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_near_miss_the_same_day_told_in_different_words_still_counts_per_page(lang):
    # without the teaser nothing changes: each lead is its own passage and
    # every page looking back to the strike counts double
    score = day_scores(_docs(lang, with_teaser=False))
    assert score["2025-06-06"] == 4
    assert score["2025-06-05"] == 2


def test_near_miss_a_passage_read_as_two_days_in_one_article_counts_for_both():
    # one article, one passage with two days in it: both count (the repeat
    # rule is across articles)
    docs = [DocDays("a", "2025-06-10", "fr", (("2025-06-05", "k"), ("2025-06-06", "k")))]
    assert day_scores(docs) == {"2025-06-05": 2, "2025-06-06": 2}
