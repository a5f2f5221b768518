"""Mandarin written in pinyin: Chinese in Latin letters.

A line of pinyin ("Wǒmen míngtiān qù Běijīng", "Zhongguo jingji zengzhang")
is Chinese to an analyst, but its letters are Latin and the model, which
has no pinyin, names whichever Latin language its trigrams recall
(Vietnamese, Indonesian, Spanish). Pinyin is told by its shape: every word
is one or more of Mandarin's ~400 syllables, the only marks on it are
pinyin's tones (ā á ǎ à, ü); and, without tone marks, a good share of the
syllables are ones other languages rarely write (zh-, x-, q-, -ang, -uo).

The syllables are pypinyin's character readings, toneless (see SYLLABLES).

This module must never name a site, a person or any text of a test set.
"""

from __future__ import annotations

import re
import unicodedata

# Tone marks (macron, acute, caron, grave) and the diaeresis of ü.
_PINYIN_MARKS = frozenset("\u0304\u0301\u030c\u0300\u0308")
# Macron and caron: tones no other language of the configured set writes on
# a, e, i, o, u (Vietnamese uses acute and grave too).
_PINYIN_ONLY_MARKS = frozenset("\u0304\u030c")
# A cheap first look, before the syllables are read: a word of initials
# and vowel runs with an n, ng or r after them (over-generates; English
# "the", "of", "and" fail it).
_ROUGH_WORD = re.compile(r"(?:(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv]+(?:ng|n|r)?)+")
# Syllables Mandarin writes often and other Latin-script languages seldom:
# a zh/x/q initial, or a final -ng, -ao, -ou, -uo, -ui, -iu, -ie, -ian,
# -iao, -uai.
_TYPICAL = re.compile(r"^(?:zh|x|q)|(?:ng|ao|ou|uo|ui|iu|ie|ian|iao|uai)$")
# without tone marks: words, and the share of syllables typical of pinyin
MIN_WORDS_TONELESS = 3
MIN_TYPICAL_SHARE = 0.5
MIN_WORDS_TONED = 2
# lower-case words: a line of capitalised words is one of names
# ("Shanghai Beijing Shenzhen"), no language's sentence
MIN_LOWER_WORDS = 1
MIN_LOWER_WORDS_TONELESS = 2


def _toneless(word: str) -> tuple[str, bool, bool] | None:
    """(``word`` lower-case without marks, whether it had any mark, whether
    it had a macron or caron); None when a mark is no pinyin mark (ơ, ñ, ç)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if decomposed.isascii():
        return decomposed, False, False
    out = []
    pinyin_only = False
    for ch in decomposed:
        if ch.isascii():
            out.append(ch)
        elif ch in _PINYIN_MARKS:
            pinyin_only = pinyin_only or ch in _PINYIN_ONLY_MARKS
        else:
            return None
    return "".join(out), True, pinyin_only


# Mandarin's syllables without tones: pypinyin's character readings (its
# pinyin_dict), tone marks removed, less the vowelless interjections (m, n,
# ng, hm); written out here because reading them at run time loads
# pypinyin's whole table (about 50 MB) for a few hundred syllables.
SYLLABLES = frozenset(
    (
        "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie "
        "bin bing bo bong bu ca cai can cang cao ce cei cen ceng cha chai chan "
        "chang chao che chen cheng chi chong chou chu chua chuai chuan chuang "
        "chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de "
        "dei den deng di dia dian diao die din ding diu dong dou du duan dui "
        "dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai "
        "gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun "
        "guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan "
        "huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju "
        "juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai "
        "kuan kuang kui kun kuo la lai lan lang lao le lei len leng li lia lian "
        "liang liao lie lin ling liu lo long lou lu luan lue lun luo ma mai man "
        "mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na "
        "nai nan nang nao ne nei nen neng ni nia nian niang niao nie nin ning "
        "niu nong nou nu nuan nue nun nuo o ou pa pai pan pang pao pei pen peng "
        "pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin "
        "qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru "
        "rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan "
        "shang shao she shei shen sheng shi shou shu shua shuai shuan shuang "
        "shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te "
        "tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan "
        "wang wei wen weng wo wong wu xi xia xian xiang xiao xie xin xing xiong "
        "xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan "
        "yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao "
        "zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui "
        "zhun zhuo zi zong zou zu zuan zui zun zuo"
    ).split()
)
_ALTERNATION = "|".join(sorted(SYLLABLES, key=lambda s: (-len(s), s)))
_SYLLABLE = re.compile(f"(?:{_ALTERNATION})")
_SYLLABLES = re.compile(f"(?:{_ALTERNATION})+")


def is_pinyin(words: list[str]) -> bool:
    """Are ``words`` (a line's Latin words) Mandarin in pinyin?"""
    if len(words) < MIN_WORDS_TONED:
        return False
    plain = []
    toned = False
    for word in words:
        t = _toneless(word)
        if t is None or _ROUGH_WORD.fullmatch(t[0]) is None:
            return False
        plain.append(t[0])
        toned = toned or t[2]
    lower = sum(1 for w in words if w.islower())
    if lower < MIN_LOWER_WORDS:
        return False
    if not toned and (len(words) < MIN_WORDS_TONELESS or lower < MIN_LOWER_WORDS_TONELESS):
        return False
    if not all(_SYLLABLES.fullmatch(w) for w in plain):
        return False
    if toned:
        return True
    found = [s for w in plain for s in _SYLLABLE.findall(w)]
    typical = sum(1 for s in found if _TYPICAL.search(s))
    return typical >= MIN_TYPICAL_SHARE * len(found)
