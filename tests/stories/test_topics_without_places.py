"""A story that names no place at all is not about another place: it joins
the topic whose names it shares (a page naming a leader and his capital's
district, never the country), instead of staying a topic of its own because
its place cosine is 0. Hand-made story profiles, as tests/stories/test_topics.py
builds them; invented names."""

from __future__ import annotations

from newsline.stories.topics import _reassign, group_topics, story_similarities

from .test_topics import P, as_sets, flat_idf

# two affairs of ten pages or more, each in its own country
A = P("a", 14, {"t:KE": 3.0, "w:ombati": 2.5, "w:kiberu": 1.5, "w:odinge": 1.0})
B = P("b", 12, {"t:PE": 3.0, "w:vascuez": 2.5, "w:lampa": 1.5, "w:orcoya": 1.0})


def test_a_placeless_page_naming_a_topic_s_people_joins_it():
    lone = P("lone", 1, {"w:ombati": 1.0, "w:kiberu": 1.0, "w:nakuri": 0.5})
    stories = [A, B, lone]
    _pairs, sim = story_similarities(stories, flat_idf)
    assert len(sim) and float(sim.max()) > 0.3
    got = group_topics(stories, flat_idf, threshold=0.25, min_documents=10, attach_threshold=0.1)
    assert as_sets(stories, got) == {frozenset({"a", "lone"}), frozenset({"b"})}


def test_reassignment_moves_a_placeless_story_to_the_topic_of_its_names():
    lone = P("lone", 1, {"w:vascuez": 1.0, "w:lampa": 1.0})
    stories = [A, B, lone]
    # seeded with the page in the wrong topic: one round moves it
    groups, moved = _reassign(stories, flat_idf, [[0, 2], [1]], 10, 0.1)
    assert moved == 1
    assert as_sets(stories, groups) == {frozenset({"a"}), frozenset({"b", "lone"})}


def test_a_placeless_page_sharing_nothing_stays_alone_and_places_still_count():
    lone = P("lone", 1, {"w:ferrand": 1.0, "w:lucca": 1.0})
    stories = [A, B, lone]
    got = group_topics(stories, flat_idf, threshold=0.25, min_documents=10, attach_threshold=0.1)
    assert len(got) == 3
    # a page naming another country keeps the place rule: a shared name alone
    # is no topic
    other = P("other", 1, {"t:AR": 2.0, "w:ombati": 1.0})
    stories = [A, B, other]
    got = group_topics(stories, flat_idf, threshold=0.25, min_documents=10, attach_threshold=0.1)
    assert len(got) == 3
