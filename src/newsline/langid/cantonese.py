"""Written Cantonese (yue) inside text read as Chinese.

Neither lingua nor CLD2 knows Cantonese: its written form reads as zh. It
is told by characters Standard Written Chinese does not use -- pronouns,
particles and verbs of the spoken language (佢 "he", 哋 plural, 嘅
possessive, 咗 perfective, 喺 "at", 唔 "not", 冇 "have not", 嚟 "come" ...).
The page keeps ``zh`` as its language, so that word segmentation, dates,
stories and flags treat it as Chinese; the variety is recorded beside it
(see IdentifyLanguages). One such character in a quotation inside a
standard text is not enough: two different ones (or one in a line of
at most MAX_HAN_FOR_ONE_MARKER Han characters), and at least one in
every MIN_HAN_PER_MARKER Han characters (Cantonese prose has one in ten to
twenty; a standard paragraph quoting one Cantonese sentence, far fewer).
"""

from __future__ import annotations

import re

# Characters of written Cantonese that Standard Written Chinese does not
# write (係, 話, 咁, 晒 left out: standard Chinese writes them too, in 關係,
# 電話, 晒太阳).
MARKERS = frozenset("嘅咗喺佢哋唔冇嚟啲嗰嘢咩㗎噉啱睇諗攞搵揾乜嘞喎囉啩冚")
MIN_DISTINCT = 2
# at most this many Han characters per marker: a long standard article
# quoting one Cantonese sentence stays Chinese
MIN_HAN_PER_MARKER = 25
# a short line with one marker alone ("你食咗飯未呀？", "唔該晒！") is Cantonese
# when the marker is this dense: a reply or a caption, too short to hold a
# second one; a quoted word inside standard prose is far sparser
MAX_HAN_FOR_ONE_MARKER = 15


# one scan in C for the markers (most Chinese text has none), and a count of
# Han characters only where there are some
_MARKER = re.compile("[" + "".join(sorted(MARKERS)) + "]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]")


# a quoted span: a word or phrase the line mentions ("粤语“唔该”在香港很常用")
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|\"[^\"]*\"")


def written_cantonese(text: str) -> bool:
    """Is ``text`` (read as Chinese) written Cantonese?"""
    found = _MARKER.findall(text)
    if not found:
        return False
    # markers all inside quotation marks, in a line whose own Han words
    # outside them have none: a standard sentence mentioning or quoting
    # Cantonese (a quote alone, "「唔該晒！」", is still read whole)
    frame = _QUOTED.sub("", text)
    if _HAN.search(frame) and not _MARKER.search(frame):
        return False
    han = len(_HAN.findall(text))
    if len(set(found)) < MIN_DISTINCT:
        return han <= MAX_HAN_FOR_ONE_MARKER
    return len(found) * MIN_HAN_PER_MARKER >= han
