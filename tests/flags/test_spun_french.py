"""A French story through a synonym spinner ("il y a trois annuités",
"omnibus électriques", "taux de curiosité", "nosocomium"), which heldout15's
g15 showed the tortured-phrase table lacked (it had English only). Two
different such phrases make a farm's spun copy. Texts written for this
file on other topics; a loan repaid "en dix annuités" and natural news prose
stay clean, as does a reporter quoting a spun phrase."""

from __future__ import annotations

from tests.flags.helpers import flagged, kinds


def test_a_spun_french_story_is_a_farm():
    text = (
        "L'établissement financier central a relevé jeudi son taux de curiosité directeur de 0,25 point, une première depuis trois annuités.\n"
        "Les ménages endettés verront leurs mensualités augmenter, a prévenu le gouverneur, qui escompte un ralentissement des prix d'ici deux annuités.\n"
        "Les marchés avaient anticipé cette décision, selon plusieurs économistes interrogés.\n"
    )
    doc = flagged(text)
    assert kinds(doc, "content_farm", signal="spun_text"), [f.reason for f in doc.flags]


def test_natural_french_and_a_quoted_spun_phrase_stay_clean():
    text = (
        "La Banque centrale européenne a relevé jeudi son taux directeur de 0,25 point, une première depuis trois ans.\n"
        "Le prêt de la commune, remboursable en dix annuités, financera quarante bus électriques.\n"
        "Sur certains sites, l'article a été recopié avec des formules absurdes comme « taux de curiosité » ou « omnibus électriques », a relevé un chercheur.\n"
    )
    doc = flagged(text)
    assert not kinds(doc, "content_farm"), [f.reason for f in doc.flags]
