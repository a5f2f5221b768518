"""A country named by its people or its adjective ("el régimen sirio", "les
rebelles libyens", "Egyptian protesters", "die syrische Armee") read as the
country's territory code, as its name is (``t:SY``).

What it is for: many pages name their country only so; without this table
the place anchor that ties them to the other languages' pages of the story is
missing. CLDR (babel) has no demonyms, so this is a hand-made data table of
the world's countries: every country with a demonym of its own in English,
Spanish and French, the most reported ones in German and Portuguese. Thai,
Chinese, Vietnamese and Indonesian put a word for "people" before or after
the country's own name (ชาวซีเรีย, 叙利亚人, người Syria, warga Suriah), which
the territory scan reads already; their few exceptions are listed here.

Left out on purpose (general ambiguity, not any page's): a word that is also
a continent's or a people's ("American", "americano", "indio", "Indian"),
one shared by two countries ("Congolese", "Korean", "Guinean" in Portuguese),
an English noun that is also a thing ("Pole", "Finn"), and the masculine
singular that names a world language in Spanish, French and Portuguese
("inglés", "español", "français": "en español", "la version en français"),
whose other forms ("la policía española", "les autorités françaises") stay.
A language's name after "in"/"en"/"em" ("in Russian", "en ruso") is no
place either (see :func:`demonym_places`).

It must never download anything; the scan is one regex over words plus a
dictionary look-up per word, linear in the text.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import ahocorasick

# code | English | Spanish | French. Base forms, space-separated; the
# inflections are made below (sirio -> siria, sirios, sirias; syrien ->
# syrienne, syriens, syriennes; Syrian -> Syrians). "_" joins a name of two
# words ("South_Korean"). "!" before a Spanish or French form: its masculine
# singular is the language's name, and only the other forms are read.
# "=" before a form: exactly that word, no inflection.
_TABLE = """
AF|Afghan|afgano|afghan
AL|Albanian|albanés|albanais
DZ|Algerian|argelino|algérien
AD|Andorran|andorrano|andorran
AO|Angolan|angoleño|angolais
AR|Argentine Argentinian|argentino|argentin
AM|Armenian|armenio|arménien
AU|Australian|australiano|australien
AT|Austrian|austriaco austríaco|autrichien
AZ|Azerbaijani Azeri|azerbaiyano azerí|azerbaïdjanais azéri
BS|Bahamian|bahameño|bahaméen
BH|Bahraini|bahreiní|bahreïnien
BD|Bangladeshi|bangladesí|bangladais
BB|Barbadian|barbadense|barbadien
BY|Belarusian Belarussian|bielorruso|biélorusse
BE|Belgian|belga|belge
BZ|Belizean|beliceño|bélizien
BJ|Beninese|beninés|béninois
BT|Bhutanese|butanés|bhoutanais
BO|Bolivian|boliviano|bolivien
BA|Bosnian|bosnio|bosnien
BW|Botswanan|botsuano|botswanais
BR|Brazilian|brasileño|brésilien
BN|Bruneian|bruneano|brunéien
BG|Bulgarian|búlgaro|bulgare
BF|Burkinabe|burkinés|=burkinabè =burkinabé =burkinabés
BI|Burundian|burundés|burundais
KH|Cambodian|camboyano|cambodgien
CM|Cameroonian|camerunés|camerounais
CA|Canadian|canadiense|canadien
CV|Cape_Verdean|caboverdiano|cap-verdien
CF||centroafricano|centrafricain
TD|Chadian|chadiano|tchadien
CL|Chilean|chileno|chilien
CN|Chinese|chino|chinois
CO|Colombian|colombiano|colombien
KM|Comoran Comorian|comorense|comorien
CR|Costa_Rican|costarricense|costaricien costaricain
CI|Ivorian|marfileño|ivoirien
HR|Croatian Croat|croata|croate
CU|Cuban|cubano|cubain
CY|Cypriot|chipriota|chypriote
CZ|Czech|checo|tchèque
DK|Danish Dane|danés|danois
DJ|Djiboutian|yibutiano|djiboutien
DO||dominicano|dominicain
EC|Ecuadorian Ecuadorean|ecuatoriano|équatorien
EG|Egyptian|egipcio|égyptien
SV|Salvadoran Salvadorean|salvadoreño|salvadorien
GQ|Equatoguinean|ecuatoguineano|équato-guinéen
ER|Eritrean|eritreo|érythréen
EE|Estonian|estonio|estonien
SZ|Swazi|suazi|swazi
ET|Ethiopian|etíope|éthiopien
FJ|Fijian|fiyiano|fidjien
FI|Finnish|finlandés|finlandais
FR|French Frenchman =Frenchmen =Frenchwoman =Frenchwomen|!francés|!français
GA|Gabonese|gabonés|gabonais
GM|Gambian|gambiano|gambien
GE||georgiano|géorgien
DE|German|alemán|allemand
GH|Ghanaian|ghanés|ghanéen
GR|Greek|griego|grec
GT|Guatemalan|guatemalteco|guatémaltèque
GN|Guinean|guineano|guinéen
GW|Bissau-Guinean||bissau-guinéen
GY|Guyanese|guyanés|guyanien
HT|Haitian|haitiano|haïtien
HN|Honduran|hondureño|hondurien
HU|Hungarian|húngaro|hongrois
IS|Icelandic Icelander|islandés|islandais
IN|||indien
ID|Indonesian|indonesio|indonésien
IR|Iranian|iraní|iranien
IQ|Iraqi|iraquí|irakien
IE|Irish Irishman =Irishmen|irlandés|irlandais
IL|Israeli|israelí|israélien
IT|Italian|italiano|italien
JM|Jamaican|jamaicano jamaiquino|jamaïcain
JP|Japanese|japonés nipón|japonais nippon
JO|Jordanian|jordano|jordanien
KZ|Kazakh Kazakhstani|kazajo|kazakh kazakhstanais
KE|Kenyan|keniano keniata|kényan
KW|Kuwaiti|kuwaití|koweïtien
KG|Kyrgyz|kirguís kirguiso|kirghize
LA|Laotian|laosiano|laotien
LV|Latvian|letón|letton
LB|Lebanese|libanés|libanais
LS|Basotho|lesotense|lesothan
LR|Liberian|liberiano|libérien
LY|Libyan|libio|libyen
LI|Liechtensteiner|liechtensteiniano|liechtensteinois
LT|Lithuanian|lituano|lituanien
LU|Luxembourgish Luxembourger|luxemburgués|luxembourgeois
MG|Malagasy|malgache|malgache
MW|Malawian|malauí|malawite malawien
MY|Malaysian|malasio|malaisien
MV|Maldivian|maldivo|maldivien
ML|Malian|maliense|malien
MT|Maltese|maltés|maltais
MH|Marshallese|marshalés|marshallais
MR|Mauritanian|mauritano|mauritanien
MU|Mauritian|mauriciano|mauricien
MX|Mexican|mexicano|mexicain
MD|Moldovan|moldavo|moldave
MC|Monegasque|monegasco|monégasque
MN|Mongolian|mongol|mongol
ME|Montenegrin|montenegrino|monténégrin
MA|Moroccan|marroquí|marocain
MZ|Mozambican|mozambiqueño|mozambicain
MM|Burmese|birmano|birman
NA|Namibian|namibio|namibien
NR|Nauruan|nauruano|nauruan
NP|Nepalese Nepali|nepalí|népalais
NL|Dutch Dutchman =Dutchmen|neerlandés holandés|néerlandais hollandais
NZ|New_Zealander|neozelandés|néo-zélandais
NI|Nicaraguan|nicaragüense|nicaraguayen
NE|Nigerien|nigerino|nigérien
NG|Nigerian|nigeriano|nigérian
KP|North_Korean|norcoreano|nord-coréen
NO|Norwegian|noruego|norvégien
OM|Omani|omaní|omanais
PK|Pakistani|pakistaní paquistaní|pakistanais
PW|Palauan|palauano|palaosien
PS|Palestinian|palestino|palestinien
PA|Panamanian|panameño|panaméen
PY|Paraguayan|paraguayo|paraguayen
PE|Peruvian|peruano|péruvien
PH|Filipino Philippine|filipino|philippin
PL|Polish|polaco|polonais
PT|Portuguese|!portugués|!portugais
PR|Puerto_Rican|puertorriqueño|portoricain
QA|Qatari|catarí qatarí|qatari qatarien
RO|Romanian|rumano|roumain
RU|Russian|ruso|russe
RW|Rwandan|ruandés|rwandais
LC|Saint_Lucian|santalucense|saint-lucien
WS|Samoan|samoano|samoan
SM|Sammarinese|sanmarinense|saint-marinais
SA|Saudi|saudí saudita|saoudien
SN|Senegalese|senegalés|sénégalais
RS|Serbian Serb|serbio|serbe
SC|Seychellois|seychellense|=seychellois =seychelloise =seychelloises
SL|Sierra_Leonean|sierraleonés|sierra-léonais
SG|Singaporean|singapurense|singapourien
SK|Slovak Slovakian|eslovaco|slovaque
SI|Slovenian Slovene|esloveno|slovène
SO|Somali Somalian|somalí|somalien
ZA|South_African|sudafricano|sud-africain
KR|South_Korean|surcoreano|sud-coréen
SS|South_Sudanese|sursudanés|sud-soudanais
ES|Spanish Spaniard|!español|!espagnol
LK|Sri_Lankan|esrilanqués ceilandés|sri-lankais
SD|Sudanese|sudanés|soudanais
SR|Surinamese|surinamés|surinamais
SE|Swedish Swede|sueco|suédois
CH|Swiss|suizo|suisse
SY|Syrian|sirio|syrien
TW|Taiwanese|taiwanés|taïwanais
TJ|Tajik|tayiko|tadjik
TZ|Tanzanian|tanzano|tanzanien
TH|Thai|tailandés|thaïlandais
TL|Timorese|timorense|timorais
TG|Togolese|togolés|togolais
TO|Tongan|tongano|tongien
TT|Trinidadian|trinitense|trinidadien
TN|Tunisian|tunecino|tunisien
TR|Turkish Turk|turco|turc
TM|Turkmen|turcomano|turkmène
TV|Tuvaluan|tuvaluano|tuvaluan
UG|Ugandan|ugandés|ougandais
UA|Ukrainian|ucraniano|ukrainien
AE|Emirati|emiratí|émirien
GB|British Briton|británico =inglesa =ingleses =inglesas|britannique =anglaise =anglaises
US||estadounidense|américain
UY|Uruguayan|uruguayo|uruguayen
UZ|Uzbek|uzbeko|ouzbek
VE|Venezuelan|venezolano|vénézuélien
VN|Vietnamese|vietnamita|vietnamien
YE|Yemeni|yemení|yéménite
ZM|Zambian|zambiano|zambien
ZW|Zimbabwean|zimbabuense|zimbabwéen
XK|Kosovar Kosovan|kosovar|kosovar
"""

# German: the adjective's stem (syrisch -> syrische, syrischen, ...) and,
# after "/", nouns for the people (Syrer -> Syrerin, Syrern, ...; Türke ->
# Türken, Türkin ...). Not "amerikanisch" (see the module docstring), nor
# nouns that are the country's own name in another case ("Ungarn", "Polen").
_GERMAN = """
AF afghanisch/Afghane
AL albanisch/Albaner
DZ algerisch/Algerier
AR argentinisch/Argentinier
AM armenisch/Armenier
AU australisch/Australier
AT österreichisch/Österreicher
AZ aserbaidschanisch
BD bangladeschisch
BY belarussisch weißrussisch
BE belgisch/Belgier
BO bolivianisch
BA bosnisch/Bosnier
BR brasilianisch/Brasilianer
BG bulgarisch/Bulgare
KH kambodschanisch
CA kanadisch/Kanadier
CL chilenisch/Chilene
CN chinesisch/Chinese
CO kolumbianisch/Kolumbianer
HR kroatisch/Kroate
CU kubanisch/Kubaner
CY zyprisch
CZ tschechisch/Tscheche
DK dänisch/Däne
EC ecuadorianisch
EG ägyptisch/Ägypter
EE estnisch
ET äthiopisch/Äthiopier
FI finnisch
FR französisch/Franzose
GE georgisch
DE deutsch
GH ghanaisch
GR griechisch/Grieche
HT haitianisch
HU ungarisch
IS isländisch/Isländer
IN indisch/Inder
ID indonesisch/Indonesier
IR iranisch/Iraner
IQ irakisch/Iraker
IE irisch
IL israelisch/=Israeli =Israelis
IT italienisch/Italiener
JP japanisch/Japaner
JO jordanisch/Jordanier
KZ kasachisch/Kasache
KE kenianisch/Kenianer
KP nordkoreanisch/Nordkoreaner
KR südkoreanisch/Südkoreaner
KW kuwaitisch
LV lettisch
LB libanesisch/Libanese
LY libysch/Libyer
LT litauisch/Litauer
LU luxemburgisch
MY malaysisch
ML malisch
MX mexikanisch/Mexikaner
MA marokkanisch/Marokkaner
MM myanmarisch birmanisch
NP nepalesisch
NL niederländisch/Niederländer
NZ neuseeländisch/Neuseeländer
NG nigerianisch/Nigerianer
NO norwegisch/Norweger
PK pakistanisch/Pakistaner
PS palästinensisch/Palästinenser
PE peruanisch/Peruaner
PH philippinisch
PL polnisch
PT portugiesisch/Portugiese
QA katarisch
RO rumänisch/Rumäne
RU russisch/Russe
RW ruandisch
SA saudisch saudi-arabisch
SN senegalesisch
RS serbisch/Serbe
SK slowakisch/Slowake
SI slowenisch/Slowene
SO somalisch/Somalier
ZA südafrikanisch/Südafrikaner
ES spanisch/Spanier
LK srilankisch
SD sudanesisch/Sudanese
SE schwedisch/Schwede
CH schweizerisch
SY syrisch/Syrer
TW taiwanisch
TH thailändisch/Thailänder
TN tunesisch/Tunesier
TR türkisch/Türke
UA ukrainisch/Ukrainer
AE emiratisch
GB britisch/Brite
US US-amerikanisch
UY uruguayisch
UZ usbekisch
VE venezolanisch/Venezolaner
VN vietnamesisch/Vietnamese
YE jemenitisch/Jemenit
ZW simbabwisch
"""

# Portuguese (both Brazil's and Portugal's spellings where they differ),
# inflected as Spanish is; "!" and "=" as in _TABLE.
_PORTUGUESE = """
AF afegão =afegã =afegãos =afegãs
DZ argelino
AO angolano
AR argentino
AM armênio arménio
AU australiano
AT austríaco
BE belga
BO boliviano
BR brasileiro
CA canadense canadiano
CV cabo-verdiano
CL chileno
CN chinês
CO colombiano
HR croata
CU cubano
CZ tcheco checo
DK dinamarquês
EC equatoriano
EG egípcio
ET etíope
FI finlandês
FR !francês
GE georgiano
DE =alemã =alemães =alemãs
GR grego
HT haitiano
HU húngaro
IN indiano
ID indonésio
IR iraniano
IQ iraquiano
IE irlandês
IL israelense
IT italiano
JP japonês nipônico
JO jordaniano
KE queniano
KP norte-coreano
KR sul-coreano
LB libanês
LY líbio
MX mexicano
MA marroquino
MZ moçambicano
NL holandês neerlandês
NG nigeriano
NO norueguês
PK paquistanês
PS palestino palestiniano
PY paraguaio
PE peruano
PH filipino
PL polonês polaco
PT !português
QA catari
RO romeno
RU russo
SA saudita
RS sérvio
SO somali
ZA sul-africano
ES !espanhol
SD sudanês
SE sueco
CH suíço
SY sírio
TH tailandês
TL timorense
TN tunisiano
TR turco
UA ucraniano
GB britânico
US estadunidense estado-unidense
UY uruguaio
VE venezuelano
VN vietnamita
YE iemenita
"""

# Thai and Chinese: the exceptions, people named by a word other than the
# country's name ("ชาวอเมริกัน", Americans: อเมริกา is the United States in
# Thai news). Vietnamese ("người Mỹ") and Indonesian ("warga Amerika")
# need none.
_SCRIPT_FORMS = {"th": {"ชาวอเมริกัน": "US"}}


def _es_forms(base: str) -> list[str]:
    """sirio -> siria, sirios, sirias; francés -> francesa, ...; iraquí ->
    iraquíes, iraquís; canadiense -> canadienses."""
    if base.endswith("o"):
        stem = base[:-1]
        return [base, stem + "a", stem + "os", stem + "as"]
    if base.endswith(("í", "ú")):
        return [base, base + "es", base + "s"]
    if base.endswith(("e", "a")):
        return [base, base + "s"]
    for accented, plain in (("és", "es"), ("án", "an"), ("ín", "in"), ("ón", "on"), ("ís", "is")):
        if base.endswith(accented):
            stem = base[: -len(accented)] + plain
            return [base, stem + "a", stem + "es", stem + "as"]
    if base.endswith(("ol", "al", "ar", "or")):
        return [base, base + "a", base + "es", base + "as"]
    return [base, base + "s", base + "es"]


def _pt_forms(base: str) -> list[str]:
    """sírio -> síria, sírios, sírias; chinês -> chinesa, chineses, chinesas;
    espanhol -> espanhola, espanhóis, espanholas."""
    if base.endswith("o"):
        stem = base[:-1]
        return [base, stem + "a", stem + "os", stem + "as"]
    if base.endswith("ês"):
        stem = base[:-2] + "es"
        return [base, stem + "a", stem + "es", stem + "as"]
    if base.endswith("ol"):
        return [base, base + "a", base[:-2] + "óis", base + "as"]
    return [base, base + "s"]


def _fr_forms(base: str) -> list[str]:
    """syrien -> syrienne, syriens, syriennes; marocain -> marocaine, ...;
    français -> française, françaises; belge -> belges; grec -> grecque."""
    if base.endswith("en"):
        return [base, base + "ne", base + "s", base + "nes"]
    if base.endswith("s"):
        return [base, base + "e", base + "es"]
    if base.endswith("e"):
        return [base, base + "s"]
    if base.endswith("c"):  # grec -> grecque, turc -> turque
        fem = base[:-1] + ("cque" if base.endswith("ec") else "que")
        return [base, base + "s", fem, fem + "s"]
    if base.endswith("i"):  # qatari, azéri
        return [base, base + "e", base + "s", base + "es"]
    return [base, base + "e", base + "s", base + "es"]


def _en_forms(base: str) -> list[str]:
    """Syrian -> Syrians; Chinese, Swiss, Danish, French: invariant."""
    if base.endswith(("ese", "ish", "ch", "ss", "sh", "ois")) or base in ("Thai", "Basotho"):
        return [base]
    return [base, base + "s"]


def _de_forms(base: str) -> list[str]:
    """syrisch -> syrische, syrischen, ...; Syrer -> Syrerin, Syrern, ...;
    Türke -> Türken, Türkin, Türkinnen."""
    if base[0].islower() or base.startswith("US-"):
        return [base] + [base + e for e in ("e", "en", "er", "es", "em")]
    if base.endswith("er"):
        return [base, base + "in", base + "innen", base + "n", base + "s"]
    if base.endswith("e"):
        return [base, base + "n", base[:-1] + "in", base[:-1] + "innen"]
    if base.endswith("it"):  # Jemenit
        return [base, base + "en", base + "in", base + "innen"]
    return [base, base + "s"]


_INFLECT = {"es": _es_forms, "fr": _fr_forms, "en": _en_forms, "de": _de_forms, "pt": _pt_forms}


def _add(out: dict[str, str], lang: str, code: str, field: str) -> None:
    for token in field.split():
        word = token.lstrip("!=").replace("_", " ")
        if token.startswith("="):
            forms = [word]
        else:
            forms = _INFLECT[lang](word)
            if token.startswith("!"):
                forms = forms[1:]
        for form in forms:
            out.setdefault(form, code)


@cache
def demonym_table() -> dict[str, dict[str, str]]:
    """Language -> written form -> territory code (all inflections)."""
    out: dict[str, dict[str, str]] = {lg: {} for lg in _INFLECT}
    for row in _TABLE.strip().splitlines():
        code, en, es, fr = row.split("|")
        _add(out["en"], "en", code, en)
        _add(out["es"], "es", code, es)
        _add(out["fr"], "fr", code, fr)
    for row in _GERMAN.strip().splitlines():
        code, rest = row.split(" ", 1)
        adjectives, _, nouns = rest.partition("/")
        _add(out["de"], "de", code, adjectives)
        _add(out["de"], "de", code, nouns)
    for row in _PORTUGUESE.strip().splitlines():
        code, rest = row.split(" ", 1)
        _add(out["pt"], "pt", code, rest)
    return out


@cache
def _first_words(lang: str) -> frozenset[str]:
    """First words of the table's two-word forms ("South" of "South Korean")."""
    return frozenset(f.split(" ")[0] for f in demonym_table().get(lang, {}) if " " in f)


# A word: letters, with inner hyphens or apostrophes ("sud-coréen",
# "US-amerikanisch"). Each repetition needs a separator first, so no two
# ways to read one run (linear).
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Prefixes before a hyphen that leave the demonym after it its country
# ("pro-syrien", "anti-American", "ex-ministre" aside).
_HYPHEN_PREFIXES = frozenset({"pro", "anti", "ex", "néo", "neo", "post"})
# A language's name right after these is the language: in Spanish, French
# and Portuguese always ("en ruso", "en russe", "em russo": their adjectives
# follow the noun, so "en territorio sirio" never puts one there); in
# English only when no noun follows ("in Russian and English", not "in
# Russian airstrikes"). German writes the language capitalised ("auf
# Russisch"), which the table's adjectives are not.
_LANGUAGE_AFTER = {"es": "en", "fr": "en", "pt": "em", "en": "in"}
_EN_LANGUAGE_NEXT = re.compile(
    r"[^\S\n]*(?:[^\w\s-]|\n|$|(?:and|or|language|version|translation|subtitles)\b)"
)
# Where a capital is owed to the position (a line's or a sentence's start,
# a quotation): a capitalised Spanish, French, Portuguese or German
# adjective is read only there; elsewhere it is a nickname or a name's part
# ("el Chino", "Sirio" the star, "Indischer Ozean").
_FORCED_CAPITAL_BEFORE = re.compile(r"(?:^|[.!?:;\n>•*·\"“«(]|[—–-][^\S\n])[^\S\n]*$")
# Languages whose demonyms are written in lower case (German adjectives too;
# its nouns, capitalised, are listed capitalised).
_LOWER_CASE_LANGS = frozenset({"es", "fr", "pt", "de"})


@cache
def _form_automaton(lang: str) -> ahocorasick.Automaton:
    """The language's table forms (two-word forms included), lowered for a
    language whose forms the walk also reads capitalised, for
    :func:`_may_hold_demonym`."""
    lower = lang in _LOWER_CASE_LANGS
    a = ahocorasick.Automaton()
    for form in demonym_table()[lang]:
        a.add_word(form.lower() if lower else form, len(form))
    a.make_automaton()
    return a


# A letter as _WORD reads one.
_LETTER = re.compile(r"[^\W\d_]")


def _may_hold_demonym(text: str, lang: str) -> bool:
    """Whether :func:`demonym_places`'s walk over the words of ``text`` could
    find a demonym: most pages hold none, and one Aho–Corasick pass answers
    for them instead of the walk's Python step per word.

    Whatever the walk reads is written in the text as one of the table's
    forms: a word as it stands, a two-word form (its words one space apart),
    the part of a word after a prefix and a hyphen, or, in a lower-case
    language, a form capitalised. The last is found in the lowered text
    (where the form lowered is written, as each character lowers on its
    own); the others as they are, where each stands between two characters
    that are no letters (the walk's words are whole runs of letters; the
    part after a prefix follows a hyphen)."""
    automaton = _form_automaton(lang)
    if lang in _LOWER_CASE_LANGS:
        return next(automaton.iter(text.lower()), None) is not None
    for end, size in automaton.iter(text):
        start = end + 1 - size
        if not (start and _LETTER.match(text, start - 1)) and not _LETTER.match(text, end + 1):
            return True
    return False


def demonym_places(text: str, lang: str | None) -> list[tuple[str, int, int]]:
    """(code, start, end) of every demonym or national adjective of the
    text's language in ``text`` (see the module docstring)."""
    if not lang:
        return []
    out: list[tuple[str, int, int]] = []
    for form, code in _SCRIPT_FORMS.get(lang, {}).items():
        start = text.find(form)
        while start >= 0:
            out.append((code, start, start + len(form)))
            start = text.find(form, start + len(form))
    table = demonym_table().get(lang)
    if not table:
        out.sort(key=lambda t: t[1])
        return out
    lower_case = lang in _LOWER_CASE_LANGS
    if not _may_hold_demonym(text, lang):
        out.sort(key=lambda t: t[1])
        return out
    firsts = _first_words(lang)
    language_after = _LANGUAGE_AFTER.get(lang)
    prev_word = ""
    skip_to = -1
    for m in _WORD.finditer(text):
        word, i, end = m.group(), m.start(), m.end()
        before, prev_word = prev_word, word.lower()
        if i < skip_to:
            continue
        if word in firsts:
            nxt = _WORD.match(text, end + 1)
            if nxt and text[end] == " " and (pair := word + " " + nxt.group()) in table:
                out.append((table[pair], i, nxt.end()))
                skip_to = nxt.end()
                continue
        code = table.get(word)
        if code is None and lower_case and word[:1].isupper() and not word.isupper():
            # a capital the position gives ("Sirios y libios …" opening a line)
            low = word[0].lower() + word[1:]
            if low in table and _FORCED_CAPITAL_BEFORE.search(text, max(0, i - 4), i):
                code = table[low]
        if code is None and "-" in word:
            head, _, rest = word.partition("-")
            if head.lower() in _HYPHEN_PREFIXES:
                code = table.get(rest)
                if code is not None:
                    i = end - len(rest)
        if code is None:
            continue
        if before == language_after and (lang != "en" or _EN_LANGUAGE_NEXT.match(text, end)):
            continue
        out.append((code, i, end))
    out.sort(key=lambda t: t[1])
    return out


# Mentions a people needs to stand for a place the page does not name.
_UNNAMED_MENTIONS = 2

# A word for people next to a country's own name makes the name a people,
# as a demonym is ("16名中国游客", "6 công dân Việt Nam", "นักท่องเที่ยวจีน",
# "warga Malaysia"): the languages without demonyms write "Chinese tourists"
# so. The word follows the name in Chinese and Japanese (人民 is left out:
# 中国人民银行 is a bank) and comes before it in Vietnamese, Thai and
# Indonesian/Malay.
_PEOPLE_AFTER = re.compile(
    r"(?:人(?!民)|籍|[游遊旅乘]客|観光客|公民|[侨僑]民|民[众眾]|[劳勞]工|留[学學]生|船[员員]"
    r"|[难難]民|[选選]手|[渔漁]民|[队隊]员|患者)"
)
_PEOPLE_BEFORE = {
    "vi": re.compile(
        r"(?:người|công dân|du khách|hành khách|khách|kiều bào|lao động|ngư dân|thuyền viên"
        r"|du học sinh|sinh viên|nạn nhân|cầu thủ|bệnh nhân|thủy thủ|thuỷ thủ) $",
        re.IGNORECASE,
    ),
    "th": re.compile(
        r"(?:ชาว|คน|นักท่องเที่ยว|ผู้โดยสาร|แรงงาน|พลเมือง|นักศึกษา|ลูกเรือ|ผู้อพยพ|ชาวประมง"
        r"|นักเตะ|ผู้ป่วย|ผู้เสียชีวิต) ?$"
    ),
    "id": re.compile(
        r"(?:warga|warga negara|orang|turis|wisatawan|penumpang|pekerja|nelayan|pelajar"
        r"|mahasiswa|korban) $",
        re.IGNORECASE,
    ),
}
_PEOPLE_BEFORE["ms"] = _PEOPLE_BEFORE["id"]
_PEOPLE_AFTER_LANGS = frozenset({"zh", "ja"})
# how far back a word for people may start (the longest above, a space)
_PEOPLE_REACH = 16


def people_of_named(text: str, lang: str | None, named: list[tuple[str, int, int]]) -> list[str]:
    """The codes of the country names in ``named`` ((code, start, end) in
    ``text``) that tell a people, not a place: a word for people written
    next to the name (see _PEOPLE_AFTER). Like a demonym's, such a mention
    tells who acts (the tourists aboard, a country's citizens abroad), not
    where the story happens (see anchors.feature_counts, "p")."""
    if lang in _PEOPLE_AFTER_LANGS:
        return [c for c, _, e in named if _PEOPLE_AFTER.match(text, e)]
    before = _PEOPLE_BEFORE.get(lang or "")
    if before is None:
        return []
    return [c for c, s, _ in named if before.search(text, max(0, s - _PEOPLE_REACH), s)]


def with_demonyms(
    text: str, lang: str | None, places: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """``places`` (the territory names read in ``text``, in order) with the
    page's demonyms that tell where it is, in text order:

    - those of a country the page names ("Siria … el régimen sirio"): the
      same place, told again;
    - of a country the page does not name, only the people it names most,
      and only when it names them ``_UNNAMED_MENTIONS`` times or more: the
      page's own subject told by its people ("los rebeldes libios … los
      libios"; "Francia y Rusia … el régimen sirio … los sirios"). A people
      named once, or less than another, is most often an actor from
      elsewhere commenting, helping or visiting ("el ministro español",
      "blogueros iraníes", "touristes boliviens", a marathon's Kenyan
      winner) and no place of the story;
    - a script's people-and-name form (_SCRIPT_FORMS) always, as the name.

    A demonym inside a name already read ("Saudi" of "Saudi Arabia") is not
    read twice."""
    found = demonym_places(text, lang)
    if not found:
        return places
    spans = [(s, e) for _, s, e in places]
    found = [p for p in found if not any(s < p[2] and p[1] < e for s, e in spans)]
    # a script's people-and-name form ("ชาวอเมริกัน") is read as the name is
    written = _SCRIPT_FORMS.get(lang or "", {})
    places = places + [p for p in found if text[p[1] : p[2]] in written]
    found = [p for p in found if text[p[1] : p[2]] not in written]
    named = {code for code, _, _ in places}
    others = Counter(code for code, _, _ in found if code not in named)
    named |= {code for code, n in others.most_common(1) if n >= _UNNAMED_MENTIONS}
    found = [p for p in found if p[0] in named]
    return sorted(places + found, key=lambda t: t[1])
