"""One walk over a page's JSON-LD serves the structured body and the
structured publish date: objects in the order the script writes them,
into lists and "@graph"/"mainEntity"/"hasPart", and a caller can keep it
from going under an object (a live blog whose entries it has read)."""

from __future__ import annotations

from newsline.readers.html import _jsonld_nodes


def test_objects_come_in_written_order_through_graph_and_main_entity():
    data = [
        {"@type": "WebSite", "name": "a"},
        {
            "@graph": [
                {
                    "@type": "WebPage",
                    "name": "b",
                    "mainEntity": {"@type": "NewsArticle", "name": "c"},
                },
                {"@type": "Person", "name": "d"},
            ]
        },
    ]
    names = [x.get("name") for x in _jsonld_nodes(data)]
    assert [n for n in names if n] == ["a", "b", "c", "d"]


def test_a_pruned_object_is_not_gone_under():
    blog = {"@type": "LiveBlogPosting", "name": "blog", "hasPart": [{"name": "inner"}]}
    prune: set[int] = set()
    seen = []
    for x in _jsonld_nodes([blog, {"name": "after"}], prune):
        seen.append(x.get("name"))
        if x is blog:
            prune.add(id(x))
    assert seen == ["blog", "after"]


def test_the_walk_is_bounded():
    deep: dict = {"name": "root"}
    node = deep
    for i in range(5000):
        node["hasPart"] = {"name": str(i)}
        node = node["hasPart"]
    assert sum(1 for _ in _jsonld_nodes(deep)) <= 1000
