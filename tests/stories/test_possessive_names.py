"""A possessive is the name itself: "Epstein's" and "Epstein" are one anchor.

Seen in story titles on real pages ("[Epstein, Andrew, Epstein’s, Prince]").
"""

from newsline.stories.anchors import latin_names


def test_possessive_and_plain_name_give_one_feature():
    feats = latin_names("Later, Prince Andrew spoke of Epstein's island and of Epstein’s staff.")
    words = {f for f, _ in feats if f.startswith("w:")}
    assert "w:epstein" in words
    assert not any(w.endswith(("'s", "’s")) for w in words)
    assert {s for f, s in feats if f == "w:epstein"} == {"Epstein"}


def test_a_name_ending_in_s_keeps_its_s():
    feats = latin_names("On Monday, Paris and Athens signed the accord.")
    assert ("w:athens", "Athens") in feats and ("w:paris", "Paris") in feats
