"""A story run through a synonym spinner: common words of news prose swapped
for dictionary synonyms no writer uses there ("tortured phrases":
"metropolis council", "enterprise house owners", "synthetic intelligence",
"curiosity charges"). Two different ones make a content_farm flag; one
alone, "per annum", a metropolis that is a city, or the words quoted by a
story about spinners do not. Pages written for this file (other stories and
other phrases than the held-out sets); the spun pages failed before the
change."""

from __future__ import annotations

import pytest

from tests.flags.helpers import flagged, kinds

SPUN_SCHOOLS = (
    "Metropolis council to trial synthetic intelligence tutors in schools\n"
    "The metropolis council of Bristol will trial synthetic intelligence tutors in twelve "
    "secondary schools from September, officers announced on Thursday.\n"
    "Enterprise house owners near the schools have been asked to sponsor laptops, and the "
    "council said it would not raise pupils' fees to pay for the scheme.\n"
    "Teachers' unions said the trial should be paused until its results are known.\n"
)
SPUN_MORTGAGES = (
    "Mortgage holders face higher payments\n"
    "Households with variable loans will pay more from next month after the central financial "
    "institution raised curiosity charges for the fourth time this year.\n"
    "Lenders said average monthly repayments would rise by about 45 pounds.\n"
)


@pytest.mark.parametrize("page", [SPUN_SCHOOLS, SPUN_MORTGAGES])
def test_spun_story_is_a_content_farm(page: str) -> None:
    doc = flagged(page)
    got = kinds(doc, "content_farm", signal="spun_text")
    assert got and len(got[0].data["phrases"]) >= 2, [f.reason for f in doc.flags]


@pytest.mark.parametrize(
    "page",
    [
        # one tortured phrase alone: a slip
        (
            "Council to trial AI tutors in schools\n"
            "The city council of Bristol will trial artificial intelligence tutors in twelve "
            "secondary schools from September, officers said; critics called it synthetic "
            "intelligence marketing.\n"
            "The scheme costs 40,000 pounds per annum.\n"
        ),
        # a metropolis that is a city, and "per annum"
        (
            "Lagos plans new rail line\n"
            "The metropolis of Lagos, home to more than 15 million people, will add a third rail line "
            "by 2028, the state government said.\n"
            "Operating costs are put at 12 billion naira per annum.\n"
        ),
        # a story about spinners quoting their words
        (
            "Why some news sites read so strangely\n"
            'Researchers found copied stories in which "city council" had become "metropolis '
            'council" and "interest rates" had become "curiosity charges".\n'
            "The sites use software that swaps words for synonyms to hide the copying.\n"
        ),
    ],
)
def test_plain_or_quoting_pages_are_not_spun(page: str) -> None:
    doc = flagged(page)
    assert not kinds(doc, "content_farm"), [f.reason for f in doc.flags]
