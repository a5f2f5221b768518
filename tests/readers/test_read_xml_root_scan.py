"""The scan for an XML file's root element must fail fast on a head that
holds no element: "\\s+" inside a repeated group, and a "<?…?>" or comment
that could reach a later close, let a head of 40 whitespace characters or
40 processing instructions take exponential time (the fuzzer found a page of
vertical tabs that hung the reader). Invented heads."""

from __future__ import annotations

import pytest

from newsline.readers.xmlnews import root_name


@pytest.mark.parametrize(
    "unit", [b"\x0b", b" \n", b"<?a?>", b"<!--a-->", b"<!DOCTYPE a [x]>"], ids=repr
)
def test_a_head_with_no_element_is_no_xml(unit):
    assert root_name(unit * 40 + b"x") is None


def test_the_root_is_found_after_a_prolog():
    head = (
        b"\xef\xbb\xbf<?xml version='1.0'?>\n<!-- export -->\n"
        b'<!DOCTYPE nitf [ <!ENTITY x "y"> ]>\n  <nitf:nitf>'
    )
    assert root_name(head) == "nitf"
    assert root_name(b"  \n\t<rss version='2.0'>") == "rss"
    assert root_name(b"<?xml version='1.0'?><?xml-stylesheet href='s.xsl'?><feed>") == "feed"
