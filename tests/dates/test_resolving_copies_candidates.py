"""Resolving works on copies of the found candidates (a text found once can
be resolved against several publication dates): the copy holds every field
of the candidate and its own ``extra``."""

from dataclasses import fields, replace

from newsline.dates.engine import Cand, _copy_cand, find_dates, resolve_found


def test_copy_has_every_field_and_its_own_extra():
    c = Cand(3, 17, "pt", kind="yearless", m=4, d=9, note="x", extra={"para": 2})
    got = _copy_cand(c)
    assert got == replace(c, extra=dict(c.extra))
    assert all(getattr(got, f.name) == getattr(c, f.name) for f in fields(Cand))
    got.extra["dateline"] = True
    got.y = 2031
    assert c.extra == {"para": 2} and c.y is None  # the original is untouched


def test_resolving_twice_leaves_the_found_candidates_as_they_were():
    # Indonesian and German pages, two publication dates: one scan, two readings
    for text, lang in (
        ("Rapat digelar kemarin, 12 Mei, di Bandung.", "id"),
        ("Die Sitzung fand gestern statt, am 12. Mai in Leipzig.", "de"),
        ("The hearing was held yesterday in Leeds.", "en"),
    ):
        found = find_dates(text, lang)
        before = [(c.start, c.end, c.kind, dict(c.extra), c.value) for c in found.cands or ()]
        a = resolve_found(found, "2031-06-02")
        b = resolve_found(found, "2029-01-15")
        after = [(c.start, c.end, c.kind, dict(c.extra), c.value) for c in found.cands or ()]
        assert before == after
        assert [m.value for m in a] != [m.value for m in b] or not a
