"""A stamp line that writes its update before its publication ("Cập nhật
10/03 · Đăng 08/03", "Actualizado … | Publicado …"): the page was published
on the earlier day, since an update never comes before the publication.
The day a stamp line writes alone, and a later line's day, are unchanged."""

from collections import Counter

from newsline.dates import ResolveDates
from tests.dates.test_published_stamp import _doc


def test_update_first_then_publication_on_one_line():
    vi = _doc(
        ["Cập nhật: 10/03/2025 09:15 | Đăng: 08/03/2025 17:30", "Hôm qua, cầu mới đã thông xe."],
        ["metadata", "body"],
        "vi",
    )
    es = _doc(
        [
            "Actualizado el 21 de mayo de 2025 · Publicado el 19 de mayo de 2025",
            "Ayer el concejo aprobó el presupuesto.",
        ],
        ["metadata", "body"],
        "es",
    )
    ResolveDates()([vi, es], Counter())
    assert vi.published == "2025-03-08"
    assert es.published == "2025-05-19"
    assert "2025-05-18" in [m.value for m in es.dates]  # "ayer" counts from the publication


def test_the_first_stamp_line_still_wins_over_a_later_line():
    # a later metadata line (a comment's time) is no part of the stamp line
    en = _doc(
        ["Published 15 March 2025", "The council met.", "Comment posted 2 March 2025"],
        ["metadata", "body", "metadata"],
        "en",
    )
    ResolveDates()([en], Counter())
    assert en.published == "2025-03-15"
