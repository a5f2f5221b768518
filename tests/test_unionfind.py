from newsline.unionfind import UnionFind


def test_groups_rooted_at_their_smallest_member_whatever_the_link_order():
    for links in ([(4, 1), (1, 3), (0, 2)], [(0, 2), (3, 1), (1, 4)], [(2, 0), (4, 3), (3, 1)]):
        uf = UnionFind(6)
        for a, b in links:
            uf.union(a, b)
        assert [uf.find(i) for i in range(6)] == [0, 1, 0, 1, 1, 5]
