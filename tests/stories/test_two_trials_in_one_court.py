"""Two trials in one court in one week are two stories: they share the
court, its city, the prosecuting agency and the words of a trial, many
names, while each names its own defendant, judges and lawyers and gives
its own sums (benchmarks/data/stories/heldout16 showed the class: a businessman's
laundering trial joined a political aide's bribery trial opened two days
before in the same High Court; there the Malay pages' sums, "RM48 juta",
are not read as amounts yet, so that set does not move). A page meeting a grown story of its week on
more than a few names, sharing none of its figures, is another happening
when it names as many of its own as it shares; a page of the same trial
repeats its sums and joins. Pages written for this test, in Indonesian,
English and Spanish, about a court in Jakarta."""

from __future__ import annotations

from .helpers import page, story_lists

FIRST_TRIAL = [
    page(
        "hartono-id",
        "id",
        "2031-05-12",
        "Sidang korupsi proyek bendungan: mantan Dirjen Hartono Wibisono didakwa terima "
        "Rp 27,5 miliar",
        "JAKARTA — Sidang perdana perkara korupsi proyek Bendungan Karangsari dengan terdakwa "
        "mantan Direktur Jenderal Sumber Daya Air Hartono Wibisono digelar di Pengadilan Tindak "
        "Pidana Korupsi Jakarta Pusat, Senin (12/5). Jaksa Komisi Pemberantasan Korupsi (KPK) "
        "Dimas Prasetyo mendakwa Hartono menerima suap Rp 27,5 miliar dari kontraktor PT Tirta "
        "Bangun Persada. Ketua majelis hakim Sri Rahayuningsih memberi kesempatan kuasa hukum "
        "terdakwa, Yohanes Situmorang, mengajukan eksepsi pekan depan. KPK menyiapkan 38 saksi.",
    ),
    page(
        "hartono-en",
        "en",
        "2031-05-12",
        "Former water official goes on trial over Rp 27.5 billion dam bribes",
        "JAKARTA — The corruption trial of Hartono Wibisono, a former director general of water "
        "resources, opened at the Central Jakarta Corruption Court on Monday. Prosecutors from "
        "the Corruption Eradication Commission (KPK) said he took Rp 27.5 billion in bribes from "
        "the contractor PT Tirta Bangun Persada for the Karangsari Dam. Presiding judge Sri "
        "Rahayuningsih adjourned the hearing to next week. The KPK plans to call 38 witnesses.",
    ),
    page(
        "hartono-es",
        "es",
        "2031-05-13",
        "Comienza en Yakarta el juicio a un exalto cargo por sobornos de una presa",
        "Yakarta, 13 may. — El exdirector general de Recursos Hídricos de Indonesia Hartono "
        "Wibisono compareció ante el Tribunal Anticorrupción de Yakarta Central, acusado por la "
        "Comisión para la Erradicación de la Corrupción (KPK) de recibir 27.500 millones de "
        "rupias en sobornos de la constructora PT Tirta Bangun Persada por la presa de "
        "Karangsari. La fiscalía citará a 38 testigos.",
    ),
]

SECOND_TRIAL = page(
    "susanto-id",
    "id",
    "2031-05-14",
    "Sidang pencucian uang Rp 112 miliar: pengusaha Benny Susanto didakwa KPK",
    "JAKARTA — Pengusaha batu bara Benny Susanto menjalani sidang perdana perkara pencucian "
    "uang Rp 112 miliar di Pengadilan Tindak Pidana Korupsi Jakarta Pusat, Rabu (14/5). Jaksa "
    "Komisi Pemberantasan Korupsi (KPK) Anita Kusumawardani mendakwa Benny menyamarkan hasil "
    "tambang ilegal melalui empat perusahaan cangkang di Balikpapan dan Samarinda. Ketua "
    "majelis hakim Bambang Hermawan menolak permohonan penangguhan penahanan yang diajukan "
    "kuasa hukum terdakwa, Ratna Sihombing. KPK akan menghadirkan 19 saksi.",
)

SECOND_DAY = page(
    "hartono-day2-id",
    "id",
    "2031-05-19",
    "Saksi: uang Rp 27,5 miliar untuk Hartono diserahkan dalam empat tahap",
    "JAKARTA — Direktur PT Tirta Bangun Persada, Agus Salim Nasution, bersaksi di Pengadilan "
    "Tindak Pidana Korupsi Jakarta Pusat bahwa uang Rp 27,5 miliar untuk mantan Dirjen Hartono "
    "Wibisono diserahkan dalam empat tahap. Jaksa KPK Dimas Prasetyo menghadirkan Agus sebagai "
    "saksi pertama dari 38 saksi. Ketua majelis hakim Sri Rahayuningsih menunda sidang.",
)


def test_another_defendants_trial_in_the_same_court_is_another_story():
    got = story_lists(FIRST_TRIAL + [SECOND_TRIAL])
    assert sorted(d.id for d in FIRST_TRIAL) in got
    assert [SECOND_TRIAL.id] in got


def test_the_same_trials_next_hearing_joins_it():
    got = story_lists(FIRST_TRIAL + [SECOND_TRIAL, SECOND_DAY])
    assert sorted(d.id for d in FIRST_TRIAL + [SECOND_DAY]) in got
    assert [SECOND_TRIAL.id] in got
