"""A content farm's "spun" repost rewords every sentence of an article
("genehmigt" -> "abgesegnet") but keeps its names, its order and every
figure: a copy to a reader, yet its character shingles agree at about half,
far under the near-duplicate threshold, and the LSH bands never bring the
pair together. Two texts with the very same figures (five or more) and an
estimated similarity of at least ``reworded_threshold`` are linked; one event
written by two papers in their own words, a daily report with new figures
and a rewording with too few figures to tell stay apart.

Every article is invented (German, Indonesian, Spanish).
"""

from __future__ import annotations

from collections import Counter

from newsline.dedup import Deduplicate
from newsline.model import Document
from newsline.settings import DedupSettings

DE = (
    "Der Stadtrat von Lindenfurt hat am Dienstag, 9. Juni, den Bau einer neuen Sporthalle an der "
    "Kastanienallee genehmigt. Die Halle soll 7,4 Millionen Euro kosten und im Herbst 2028 "
    "fertig sein.\n\n"
    "Nach den Plänen des Bauamts bekommt die Halle drei Spielfelder und eine Tribüne mit "
    "450 Plätzen. Zwei Grundschulen und 14 Vereine sollen sie künftig nutzen.\n\n"
    "Bürgermeisterin Katrin Oswald sprach von einem wichtigen Tag für den Breitensport. Die "
    "alte Halle am Bahnhof sei seit Jahren marode und müsse ohnehin abgerissen werden.\n\n"
    "Die Opposition kritisierte, dass das Land nur 2,1 Millionen Euro zuschießt. Den Rest muss "
    "die Stadt über einen Kredit finanzieren."
)
DE_SPUN = (
    "Der Gemeinderat von Lindenfurt hat am Dienstag, 9. Juni, den Neubau einer Sporthalle an der "
    "Kastanienallee abgesegnet. Die Halle wird 7,4 Millionen Euro kosten und soll im Herbst 2028 "
    "fertiggestellt werden.\n\n"
    "Laut den Plänen des Bauamts erhält die Halle drei Spielfelder sowie eine Tribüne mit "
    "450 Sitzplätzen. Zwei Grundschulen und 14 Sportvereine sollen sie in Zukunft nutzen.\n\n"
    "Bürgermeisterin Katrin Oswald sprach von einem großen Tag für den Breitensport. Die "
    "alte Halle am Bahnhof sei seit langem marode und müsse sowieso abgerissen werden.\n\n"
    "Die Opposition bemängelte, dass das Land lediglich 2,1 Millionen Euro beisteuert. Den Rest "
    "muss die Stadt mit einem Kredit bezahlen."
)
ID = (
    "Pemerintah Kabupaten Sukamaju mulai membangun jembatan gantung baru di Desa Cibeureum "
    "pada Senin, 12 Mei, setelah jembatan lama putus diterjang banjir bandang tahun lalu.\n\n"
    "Jembatan sepanjang 86 meter itu dibangun dengan anggaran Rp 4,2 miliar dan ditargetkan "
    "selesai dalam 150 hari kerja. Selama ini sekitar 1.300 warga harus memutar sejauh "
    "9 kilometer untuk mencapai pasar kecamatan.\n\n"
    "Kepala Dinas Pekerjaan Umum, Agus Hermawan, mengatakan jembatan baru dirancang lebih "
    "tinggi agar aman dari luapan sungai saat musim hujan.\n\n"
    "Warga menyambut baik pembangunan itu. Anak-anak sekolah selama ini terpaksa menyeberang "
    "sungai dengan rakit bambu ketika air sedang tinggi."
)
ID_SPUN = (
    "Pemkab Sukamaju mulai mengerjakan jembatan gantung baru di Desa Cibeureum "
    "pada hari Senin, 12 Mei, sesudah jembatan lama putus dihantam banjir bandang tahun lalu.\n\n"
    "Jembatan dengan panjang 86 meter itu dikerjakan dengan dana Rp 4,2 miliar dan ditargetkan "
    "rampung dalam 150 hari kerja. Selama ini kurang lebih 1.300 warga mesti memutar sejauh "
    "9 kilometer untuk sampai ke pasar kecamatan.\n\n"
    "Kepala Dinas PU, Agus Hermawan, menuturkan jembatan baru didesain lebih "
    "tinggi supaya aman dari luapan sungai ketika musim hujan.\n\n"
    "Warga menyambut gembira pembangunan tersebut. Anak-anak sekolah selama ini terpaksa "
    "menyeberangi sungai memakai rakit bambu saat air sedang tinggi."
)
# one flood, two papers, their own words, the same official figures
ES_A = (
    "Las lluvias de la noche del martes dejaron 212 litros por metro cuadrado en Valdeolmos, "
    "según la agencia meteorológica. El río Tajuelo se desbordó a las 3.40 y anegó 35 viviendas "
    "del barrio de la Vega.\n\n"
    "Los bomberos rescataron a 17 vecinos atrapados en sus casas. El alcalde pidió a la "
    "población que evite desplazarse hasta que baje el agua."
)
ES_B = (
    "Vecinos de la Vega pasaron la madrugada del miércoles achicando agua: el Tajuelo salió de "
    "su cauce a las 3.40, tras una tromba de 212 litros por metro cuadrado, y 35 casas quedaron "
    "inundadas.\n\n"
    '"Nunca lo había visto así", contaba una de las 17 personas que los bomberos sacaron de '
    "sus casas en barca. El ayuntamiento ha habilitado el polideportivo como albergue."
)


def run(*texts: str, settings: DedupSettings | None = None) -> list[Document]:
    docs = [Document(id=f"d{i}", source=f"d{i}.txt", text=t) for i, t in enumerate(texts)]
    Deduplicate(settings)(docs, Counter())
    return docs


def near_ids(d: Document) -> list[str]:
    return [n["id"] for n in d.meta.get("near_duplicates") or []]


def test_a_spun_german_repost_is_a_near_duplicate():
    docs = run(DE, DE_SPUN)
    assert near_ids(docs[1]) == ["d0"]
    assert docs[1].meta["near_duplicates"][0]["similarity"] < DedupSettings().threshold


def test_a_spun_indonesian_repost_is_a_near_duplicate():
    assert near_ids(run(ID, ID_SPUN)[1]) == ["d0"]


def test_a_spun_copy_among_other_articles_finds_its_original():
    docs = run(DE, ID, ES_A, ID_SPUN, DE_SPUN)
    assert near_ids(docs[3]) == ["d1"]
    assert near_ids(docs[4]) == ["d0"]


def test_one_event_in_two_papers_own_words_is_not_a_copy():
    # the same figures, but written independently
    assert near_ids(run(ES_A, ES_B)[1]) == []


def test_a_rewording_with_new_figures_is_another_text():
    other = DE_SPUN.replace("7,4", "9,8").replace("2028", "2030").replace("450", "600")
    other = other.replace("14 Sport", "21 Sport").replace("2,1", "3,5")
    assert near_ids(run(DE, other)[1]) == []


def test_too_few_figures_to_tell_are_not_enough():
    few = DE.replace("7,4", "sieben").replace("2028", "nächstes Jahr").replace("450", "vielen")
    few_spun = DE_SPUN.replace("7,4", "sieben").replace("2028", "nächstes Jahr")
    few_spun = few_spun.replace("450", "vielen")
    # two figures left (14, 2,1): a shared pair of figures says little
    assert near_ids(run(few, few_spun)[1]) == []


def test_the_setting_off_links_no_rewording():
    assert near_ids(run(DE, DE_SPUN, settings=DedupSettings(reworded_threshold=None))[1]) == []


def test_a_rewording_in_a_later_run_finds_its_original_through_the_saved_state():
    first = Deduplicate()
    first([Document(id="a", source="a.txt", text=ID)], Counter())
    later = Deduplicate()
    later.load_state(first.state_dict())
    spun = Document(id="b", source="b.txt", text=ID_SPUN)
    later([spun], Counter())
    assert near_ids(spun) == ["a"]
