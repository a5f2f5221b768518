"""An editor's note on how the text itself was edited ('This interview has
been edited for length and clarity', 'Entrevista editada por razones de
espacio', 'Cette interview a été éditée pour des raisons de longueur') is
about the text, not part of it: it was kept as article text. Pages written
for this test, in no real site's words."""

from __future__ import annotations

import pytest

from tests.clean.helpers import BODY as BODY0
from tests.clean.helpers import BODY as BODY1
from tests.clean.helpers import classify_lines, label_between, label_closing

BODY = {**BODY0, **BODY1}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "This interview has been edited for length and clarity."),
        ("en", "This conversation has been lightly edited and condensed."),
        ("es", "Entrevista editada por razones de espacio."),
        ("es", "Esta entrevista ha sido editada por motivos de extensión y claridad."),
        ("fr", "Cette interview a été éditée pour des raisons de longueur."),
        ("fr", "Les propos ont été condensés et édités par souci de clarté."),
        ("de", "Das Gespräch wurde aus Gründen der Länge gekürzt und redigiert."),
        ("pt", "A entrevista foi editada por questões de espaço e clareza."),
        ("ru", "Интервью публикуется в сокращении."),
    ],
)
def test_a_note_on_how_the_text_was_edited_is_no_article_text(lang, line):
    got = label_closing(BODY[lang], line)
    assert got[0] == "attribution", got


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # a report about an edited document names no edit of this text
        ("en", "Officials said the video had been edited before it was shared online."),
        ("es", "La grabación fue editada antes de difundirse en redes sociales, según la policía."),
        # a paragraph quoting such a note is longer than the note
        (
            "en",
            (
                "The mayor complained that his remarks had been edited for length and clarity by "
                "the council's press office, and that several of his points about the cost of "
                "the project had been left out of the published transcript altogether."
            ),
        ),
    ],
)
def test_sentences_about_other_edits_stay_body(lang, line):
    got = label_between(BODY[lang], line)
    assert got[0] == "body", got


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ko", "※ 이 기사는 인터뷰 내용을 일부 편집했습니다."),
        ("ja", "※インタビューは一部編集しています。"),
        ("ja", "※発言は読みやすさのため一部編集しています。"),
    ],
)
def test_a_korean_or_japanese_note_on_the_edit_is_no_article_text(lang, line):
    from tests.clean.helpers import BODY_JA as JA
    from tests.clean.helpers import BODY_KO as KO

    b = {"ko": KO, "ja": JA}[lang]
    got = classify_lines([*b, line])
    assert got[line][0] == "attribution", got[line]
    assert all(got[p][0] == "body" for p in b), [got[p] for p in b]


def test_a_korean_report_of_an_edited_video_stays_body():
    from tests.clean.helpers import BODY_KO as KO

    line = "경찰은 해당 영상을 누군가 일부 편집했다고 보고 경위를 조사하고 있다."
    got = classify_lines([KO[0], KO[1], line, KO[2], KO[3]])
    assert got[line][0] == "body", got[line]
