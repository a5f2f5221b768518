"""A people's word in Latin script ("the Chinese contractor", "Malaysian
officials", "Thai police") is its country, read as the country's territory
code (see demonyms), and no one's name: read as a name too, its skeleton
met chance words of other scripts that the Chinese tagger calls names
(循环赛, "round robin": k:sns, as "Chinese"), and a one-line Chinese sports
flash joined a port story of the same country on that alone. Invented
pages."""

from __future__ import annotations

from collections import Counter

from newsline.stories import ClusterStories
from newsline.stories.anchors import latin_names

from .helpers import page


def test_a_demonym_gives_no_name_feature():
    got = latin_names(
        "Police said the Chinese consulate sent Thai and Vietnamese staff to Chiang Mai.", "en"
    )
    surfaces = {s for _, s in got}
    assert not surfaces & {"Chinese", "Thai", "Vietnamese"}
    assert "Chiang Mai" in surfaces  # the names beside them are still read


def test_a_name_made_on_a_demonym_is_still_read():
    got = {f for f, _ in latin_names("The minister met traders in Chinatown on Sunday.", "en")}
    assert "w:chinatown" in got


def test_a_chinese_flash_does_not_join_a_story_on_its_country_and_a_demonym():
    docs = [
        page(
            "port-en",
            "en",
            "2027-05-10",
            "Malaysia opens Chinese-built port terminal in Kuantan",
            "Malaysia opened a new container terminal at Kuantan port on Monday, built by a "
            "Chinese contractor for 1.4 billion ringgit. Transport officials said the Chinese "
            "firm finished the work four months early. The terminal can handle 900,000 "
            "containers a year.",
        ),
        page(
            "port-en2",
            "en",
            "2027-05-11",
            "Kuantan terminal to double Malaysia's east coast capacity",
            "The Kuantan terminal, opened on Monday by Malaysian officials, will double the "
            "east coast's container capacity, its operator said. The Chinese builder will run "
            "the cranes for two years before handing them to local staff.",
        ),
        page(
            "badminton-zh",
            "zh",
            "2027-05-11",
            "亚洲羽毛球团体赛：马来西亚3比2胜印尼",
            "11日进行的亚洲羽毛球团体赛循环赛中，马来西亚队以3比2击败印尼队。",
        ),
    ]
    ClusterStories()(docs, Counter())
    assert docs[0].meta["story_id"] == docs[1].meta["story_id"]
    assert docs[2].meta["story_id"] != docs[0].meta["story_id"]
