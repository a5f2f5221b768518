"""A story whose pages mostly name no country holds no page to its places.

A story told at home in its own language names no country ("the province",
"Hanoi", "the city's metro"), and the one country a page names in passing
(the lender, the investors) is all its place profile: a foreign page naming
the story's own country scored half its worth against it, and joined a
neighbouring story of the same city instead (found on
benchmarks/data/stories/heldout1: a French page on a provincial council's
vote went to the same province's flood story). Invented pages.
"""

from __future__ import annotations

from collections import Counter

from newsline.stories import ClusterStories
from newsline.stories.cluster import Story

from .helpers import mk

METRO = {
    "vi1": (
        "Tuyến metro Bến Thành – Suối Tiên chở 150.000 lượt khách trong tuần đầu",
        (
            "Ban Quản lý đường sắt đô thị Thành phố Hồ Chí Minh cho biết tuyến metro Bến Thành – Suối "
            "Tiên đã phục vụ hơn 150.000 lượt khách trong tuần đầu vận hành thương mại. Ông Lê Hoài "
            "Nam, Trưởng ban, cho biết tần suất sẽ tăng lên 6 phút một chuyến vào giờ cao điểm."
        ),
    ),
    "vi2": (
        "Metro Bến Thành – Suối Tiên: hành khách xếp hàng mua vé",
        (
            "Tại ga Bến Thành, hàng trăm người dân xếp hàng mua vé tháng. Ông Lê Hoài Nam cho biết "
            "tuyến dài 19,7 km với 14 nhà ga, vốn vay từ Nhật Bản chiếm phần lớn tổng mức đầu tư, và "
            "các nhà thầu Hàn Quốc phụ trách hệ thống điện."
        ),
    ),
    "vi3": (
        "Thành phố Hồ Chí Minh tính kéo dài metro Bến Thành – Suối Tiên",
        (
            "Sau tuần đầu vận hành với hơn 150.000 lượt khách, thành phố giao Ban Quản lý đường sắt "
            "đô thị nghiên cứu kéo dài tuyến từ Suối Tiên về Bình Dương. Ông Lê Hoài Nam nói việc "
            "kết nối xe buýt với các nhà ga sẽ hoàn thành trong năm."
        ),
    ),
}
METRO_FR = (
    "Vietnam : le métro de Hô Chi Minh-Ville transporte 150 000 passagers en une semaine",
    (
        "La première ligne de métro de Hô Chi Minh-Ville, entre Ben Thanh et Suoi Tien au Vietnam, a "
        "transporté plus de 150 000 passagers lors de sa première semaine d'exploitation. Le "
        "directeur de l'autorité du métro, Le Hoai Nam, a promis un train toutes les 6 minutes aux "
        "heures de pointe. La ligne de 19,7 km compte 14 stations."
    ),
)


def test_a_foreign_page_joins_a_home_story_that_names_no_country():
    docs = [mk("metro", k, METRO, published="2026-01-05") for k in ("vi1", "vi2", "vi3")]
    for d in docs:
        d.lang = "vi"
    docs.append(mk("metro", "fr", {"fr": METRO_FR}, published="2026-01-06"))
    stage = ClusterStories()
    stage(docs, Counter())
    assert len({stage.story_of(d.id) for d in docs}) == 1


def test_the_place_factor_spares_only_stories_mostly_without_a_country():
    stage = ClusterStories()
    w = stage.settings.join_place_weight
    passing = Story(id="a", n=3, places={"JP": 0.5, "KR": 0.5})
    assert stage._join_place_factor(passing, {"VN": 1.0}) == 1.0
    # near miss: a story whose pages name their country keeps the factor
    home = Story(id="b", n=3, places={"PT": 2.0, "ES": 1.0})
    assert stage._join_place_factor(home, {"VN": 1.0}) == 1.0 - w
    two_of_three = Story(id="c", n=3, places={"PT": 2.0})
    assert stage._join_place_factor(two_of_three, {"GR": 1.0}) == 1.0 - w
