"""Two credit-like notes that are not the article's text nor its stamp.

* A repost's note on where the text first ran ("Originally published at
  <outlet> on <date>.", "Reprinted with permission from …") names its source:
  attribution, not a publish stamp.
* A print version's notice ("This article was printed from <URL>", "Printed
  on <date>") is the print page's chrome: footer, and its date is the day the
  page was printed, never the publish date.

Lines invented here, in several languages and site styles. Near misses: a
sentence of the article that opens with the same words goes on as a sentence
(a year or a clause after a comma) and stays body.
"""

from __future__ import annotations

import pytest

from tests.stages_through import read_through

from .helpers import BODY, label_closing

REPUBLISHED = [
    ("en", "Originally published by The Riverside Ledger on March 3, 2025."),
    ("en", "Reprinted with permission from the Valley Gazette."),
    ("en", "First appeared in The Coastal Review, 14 June 2025."),
    ("es", "Publicado originalmente en El Heraldo del Norte el 4 de mayo de 2025."),
    ("fr", "Article initialement publié sur le site de La Voix des Plaines."),
    ("pt", "Publicado originalmente no Jornal do Planalto em 12/05/2025."),
    ("de", "Zuerst erschienen bei der Nordkurier Zeitung."),
    ("it", "Pubblicato originariamente su Cronache del Lago."),
    # a machine translation's calque, and a Vietnamese post's note
    ("en", "Original published by Saigon Morning on 12/1/2028."),
    ("vi", "Bài đăng lần đầu trên báo Bờ Hồ ngày 3/5/2025."),
]


@pytest.mark.parametrize("lang, line", REPUBLISHED)
def test_note_on_where_the_text_first_ran_is_attribution(lang, line):
    label, why = label_closing(BODY[lang], line)
    assert label == "attribution", (label, why)
    assert "first ran" in why[0], why


SENTENCES_OPENING_THE_SAME = [
    (
        "en",
        "First published in 1998, the novel sold more than two million copies and was translated into 30 languages.",
    ),
    (
        "en",
        "Originally published in a small literary magazine, the story was later adapted into a film that won three awards.",
    ),
    (
        "es",
        "Publicado originalmente en 1970, el libro se convirtió en una lectura obligatoria en las escuelas del país.",
    ),
    ("en", "Read more about the plan in the report, which the council published on Monday."),
    (
        "vi",
        "Bài đăng lần đầu trên trang cá nhân của ông, sau đó được hàng nghìn người chia sẻ, đã khiến công ty phải lên tiếng.",
    ),
]


@pytest.mark.parametrize("lang, line", SENTENCES_OPENING_THE_SAME)
def test_sentence_opening_on_the_same_words_stays_body(lang, line):
    label, why = label_closing(BODY[lang], line)
    assert label == "body", (label, why)


PRINT_NOTES = [
    (
        "en",
        "This article was printed from https://www.valleypost.example/news/local/road-plan-88213",
    ),
    ("en", "Printed on 03/05/2025 14:22"),
    ("en", "Date printed: 3 May 2025"),
    ("es", "Impreso el 4 de mayo de 2025"),
    ("fr", "Imprimé le 12 mars 2025"),
    ("de", "Gedruckt am 12. März 2025"),
]


@pytest.mark.parametrize("lang, line", PRINT_NOTES)
def test_print_version_notice_is_footer_not_a_stamp(lang, line):
    label, why = label_closing(BODY[lang], line)
    assert label == "footer", (label, why)
    assert "print version" in why[0], why


@pytest.mark.parametrize(
    "lang, line",
    [
        (
            "en",
            "Printed on recycled paper, the new ballots cost the county about $40,000 more than last year.",
        ),
        (
            "en",
            "Printed on 12 March, the leaflets urged residents to leave their homes before the storm arrived.",
        ),
        (
            "es",
            "Impreso en papel reciclado, el nuevo padrón electoral costó al municipio un diez por ciento más.",
        ),
    ],
)
def test_sentence_about_printing_stays_body(lang, line):
    label, why = label_closing(BODY[lang], line)
    assert label == "body", (label, why)


PRINT_PAGE = """<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Ferry timetable to change from June | North Quay Echo</title></head>
<body onload="window.print()">
<p>North Quay Echo</p>
<h1>Ferry timetable to change from June</h1>
<p>By Owen Pritchard</p>
<p>The island ferry will leave the north quay twenty minutes earlier on weekdays from the first of June, the operator said, after complaints that commuters were missing their connecting trains.</p>
<p>The last sailing of the day will move from 10.40pm to 10.15pm, and a new Sunday morning crossing will be added over the summer months.</p>
<p>Passengers with season tickets will not need to renew them, the operator added, and the new timetable is already on its website.</p>
<p>Printed on 14/11/2025 08:05</p>
<p>This article was printed from https://www.northquayecho.example/news/ferry-timetable-2290</p>
</body></html>
"""


def test_print_date_is_not_the_publish_date(tmp_path):
    """A print page with no stamp of its own: the day it was printed must not
    become its publish date."""

    p = tmp_path / "ferry.html"
    p.write_text(PRINT_PAGE, encoding="utf-8")
    doc = read_through(p, "dates")
    printed = next(b for b in doc.blocks if doc.text[b.start : b.end].startswith("Printed on"))
    assert printed.label == "footer", (printed.label, printed.reasons)
    assert not (doc.published or "").startswith("2025-11-14"), doc.published
    assert not (doc.published or "").startswith("2025-14-11"), doc.published
