/**
 * The bundled example: seed 004 (LKjIP 2024, Dinas Koperasi dan Usaha Kecil dan Menengah,
 * Kabupaten Indragiri Hilir; report 004 of docs/DOMAIN.md §13) typed into the
 * template layout. The STATED columns (Capaian, Kriteria, Tingkat Kemajuan, Serapan) keep the
 * report's own numbers, mistakes included, so the demo's check has something real to find:
 * Tabel 3.7 "% Capaian" (43 wrong), Tabel 3.6 anggaran "Capaian %" (4 wrong), Tabel 3.3 capaian
 * 2021/2022 (3 wrong), "70.95" and "59.64%" typed with a dot (FORMAT_AMBIGUOUS).
 * Percentages are percent points (60% → 60), as the template's Petunjuk asks.
 * Regenerate assets/contoh-LKjIP-2024.xlsx with `node scripts/build-example.js`.
 */
import type { TemplateInput, TemplateRow } from "../../src/workbook/template";

const SAS_1 = "Meningkatkan Produktivitas Usaha Masyarakat, Koperasi, UMKM Berbasis Unggulan Daerah";
const SAS_2 = "Meningkatkan Pertumbuhan Usaha Koperasi dan UMKM";
const SAS_3 = "Meningkatnya Akuntabilitas Kinerja Dinas Koperasi Dan Usaha Kecil Dan Menengah Kab. Inhil";
const DINAS = "Dinas Koperasi dan Usaha Kecil dan Menengah";

/**
 * Tabel 3.2 (L716–723) with Target Akhir Renstra and Tingkat Kemajuan of Tabel 3.4 (L768–771), the realisasi
 * 2021–2023 of the Renstra matrix (Lampiran 2, L1063–1071; 2023 is "data sementara", 2021 of the first is blank) and
 * the Analisis/Solusi of Tabel 3.5 (L789–796; the AKIP row's Analisis says only "Sangat Tinggi", as printed).
 * The second indicator of sasaran 1.1.1.1 leaves Kode and Sasaran blank, as the merged print does.
 */
const KINERJA_2024: TemplateRow[] = [
  {
    Kode: "1.1.1",
    "Sasaran Strategis": SAS_1,
    "Indikator Kinerja": "Persentase UMKM dan Koperasi yang Naik Skala Usaha",
    Satuan: "Persen",
    Target: 63,
    Realisasi: 57.9,
    "Capaian (%)": 91.9,
    Kriteria: "Sangat Tinggi",
    "Target Akhir Renstra": 67,
    "Tingkat Kemajuan (%)": 86.4,
    "Sumber Data": DINAS,
    "Realisasi 2022": 61.78,
    "Realisasi 2023": 61.7,
    Analisis: "Tingginya tingkat capaian difasilitasi pelatihan dan pendampingan baik UMKM maupun Koperasi",
    Solusi: "Dilanjutkan dan ditingkatkan antara lain melaksanakan monev pasca pelatihan",
  },
  {
    Kode: "1.1.1.1",
    "Sasaran Strategis": SAS_2,
    "Indikator Kinerja": "Persentase Koperasi yang aktif",
    Satuan: "Persen",
    Target: 70,
    Realisasi: 69.2,
    "Capaian (%)": 98.9,
    Kriteria: "Sangat tinggi",
    "Target Akhir Renstra": 75,
    "Tingkat Kemajuan (%)": 92.2,
    "Sumber Data": DINAS,
    "Realisasi 2021": 67,
    "Realisasi 2022": 67.7,
    "Realisasi 2023": 65,
    Analisis:
      "Tingginya tingkat Capaian antara lain karena disamping dilakukan Pelatihan, pendampingan juga dilakukan penilaian Kesehatan kelembagaan Koperasi",
    Solusi:
      "Dilanjutkan dan ditingkatkan dengan menyelenggarakan pemeringkatan koperasi untuk mendapatkan predikat koperasi yang aktif berkualitas",
  },
  {
    "Indikator Kinerja": "Pertumbuhan Usaha Kecil Menengah baru",
    Satuan: "Persen",
    Target: 77,
    Realisasi: 8.96,
    "Capaian (%)": 11.6,
    Kriteria: "Sangat Rendah",
    "Target Akhir Renstra": 83,
    "Tingkat Kemajuan (%)": 10.8,
    "Sumber Data": DINAS,
    "Realisasi 2021": 0.27,
    "Realisasi 2022": 90.36,
    "Realisasi 2023": 90.36,
    Analisis:
      "Sangat Rendahnya capaian dikarenakan Masih banyak masalah yang dihadapi sektor UMKM agar bisa berkembang",
    Solusi:
      "Berbagai program pemberdayaan dilaksanakan untuk membuka akses UMKM dan Koperasi terhadap sumber pembiayaan, meningkatkan kapasitas SDM dan kemampuan teknologi",
  },
  {
    Kode: "1.1.1.2",
    "Sasaran Strategis": SAS_3,
    "Indikator Kinerja": "Nilai AKIP Dinas Koperasi Dan Usaha Kecil Dan Menengah Kab. Inhil",
    Satuan: "Nilai",
    Target: 73,
    Realisasi: "70.95",
    "Capaian (%)": 97.1,
    Kriteria: "Sangat Tinggi",
    "Target Akhir Renstra": 79,
    "Tingkat Kemajuan (%)": 89.8,
    "Sumber Data": "Berdasarkan Hasil LHE dari Inspektorat",
    "Realisasi 2021": 61.69,
    "Realisasi 2022": 70.65,
    "Realisasi 2023": 71.35,
    Analisis: "Sangat Tinggi",
    Solusi:
      "Nilai AKIP pada Dinas Koperasi dan Usaha Kecil dan Menengah tahun 2023 yang merupakan hasil evaluasi APIP atas implementasi SAKIP adalah 70,95 termasuk dalam kategori “BB” atau Sangat Baik",
  },
];

/**
 * Tabel 3.3 (L734–743): the indicators of the previous Renstra (2021–2023), which differ from
 * the 2024 ones, so they are rows of their own with only the year columns. "2023 (Akhir
 * Renstra)" prints a target and a capaian but no realisasi. Row 4's 2022 target is blank as printed.
 */
const LALU: TemplateRow[] = [
  {
    Kode: "R.1",
    "Indikator Kinerja": "Persentase Volume Usaha Koperasi dan Usaha Mikro",
    Satuan: "Persen",
    "Target 2021": 60,
    "Realisasi 2021": "59.64%",
    "Capaian 2021 (%)": 99,
    "Target 2022": 63,
    "Realisasi 2022": 61.78,
    "Capaian 2022 (%)": 98,
    "Target 2023": 65,
    "Capaian 2023 (%)": 65,
  },
  {
    Kode: "R.2",
    "Indikator Kinerja": "Persentase Koperasi Aktif",
    Satuan: "Persen",
    "Target 2021": 69,
    "Realisasi 2021": 67,
    "Capaian 2021 (%)": 97,
    "Target 2022": 70,
    "Realisasi 2022": 67.71,
    "Capaian 2022 (%)": 84,
    "Target 2023": 71,
    "Capaian 2023 (%)": 65,
  },
  {
    Kode: "R.3",
    "Indikator Kinerja": "Persentase Penumbuhan usaha mikro",
    Satuan: "Persen",
    "Target 2021": 71,
    "Realisasi 2021": 86,
    "Capaian 2021 (%)": 124,
    "Target 2022": 71,
    "Realisasi 2022": 74,
    "Capaian 2022 (%)": 112,
    "Target 2023": 72,
    "Capaian 2023 (%)": 100,
  },
  {
    Kode: "R.4",
    "Indikator Kinerja": "Persentase Pertumbuhan Usaha Kecil",
    Satuan: "Persen",
    "Target 2021": 70,
    "Realisasi 2021": 0,
    "Capaian 2021 (%)": 0,
    "Realisasi 2022": 0,
    "Capaian 2022 (%)": 0,
    "Target 2023": 79,
    "Capaian 2023 (%)": 100,
  },
];
const KINERJA_LALU = LALU.map((r): TemplateRow => ({ ...r, "Sumber Data": "Tabel 3.3 (Renstra 2021–2023)" }));

const P = "Program";
const K = "Kegiatan";
const S = "Sub Kegiatan";
type Budget = [string, string, string, string | null, number, number, number | string];

/**
 * Tabel 3.7 (L861–925): [kode, tingkat, uraian, kode sasaran, pagu, realisasi, stated % capaian].
 * Sub kegiatan keep their running numbers 1–34. The program → sasaran link is reconstructed
 * from Tabel 3.6 (anggaran.json `mapped_programs`), not printed: P1 → 1.1.1.2 (AKIP), P3–P4 →
 * 1.1.1.1, the others → 1.1.1.
 */
const TABEL_3_7: Budget[] = [
  [
    "1",
    P,
    "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    "1.1.1.2",
    5670694672,
    3790022175,
    93.83,
  ], // L865
  [
    "1.1",
    K,
    "Kegiatan Perencanaan, Penganggaran, Dan Evaluasi Kinerja Perangkat Daerah",
    null,
    192367700,
    174745390,
    98.35,
  ], // L866
  ["1", S, "Sub Kegiatan Penyusunan Dokumen Perencanaan Perangkat Daerah", null, 118942300, 109549740, 100], // L867
  ["2", S, "Sub Kegiatan Evaluasi Kinerja Perangkat Daerah", null, 73425400, 65195650, 95.67], // L868
  ["1.2", K, "Kegiatan Administrasi Keuangan Perangkat Daerah", null, 3974905962, 2648957053, 100], // L869
  ["3", S, "Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN", null, 3974905962, 2648957053, 100], // L870
  [
    "1.3",
    K,
    "Kegiatan Administrasi Barang Milik Daerah pada Perangkat Daerah",
    null,
    35515600,
    35515590,
    100,
  ], // L871
  [
    "4",
    S,
    "Sub Kegiatan Penyusunan Perencanaan Kebutuhan Barang Milik Daerah SKPD",
    null,
    4186000,
    4186000,
    100,
  ], // L872
  ["5", S, "Sub Kegiatan Pengamanan Barang Milik Daerah SKPD", null, 31329600, 31329590, 100], // L873
  ["1.4", K, "Kegiatan Administrasi Kepegawaian Perangkat Daerah", null, 17330000, 16022500, 100], // L874
  ["6", S, "SubKegiatan Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya", null, 7500000, 7492500, 100], // L875
  [
    "7",
    S,
    "Sub Kegiatan Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi",
    null,
    9830000,
    8530000,
    100,
  ], // L876
  ["1.5", K, "Kegiatan Administrasi Umum Perangkat Daerah", null, 978286610, 546529260, 65], // L877
  [
    "8",
    S,
    "Sub Kegiatan Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
    null,
    2288850,
    2288600,
    100,
  ], // L879
  ["9", S, "Sub Kegiatan Penyediaan Peralatan dan Perlengkapan Kantor", null, 88297550, 76598550, 94.34], // L880
  ["10", S, "Sub Kegiatan Penyediaan Bahan Logistik Kantor", null, 76180000, 75800000, 100], // L881
  ["11", S, "Sub Kegiatan Penyediaan Barang Cetak dan Penggandaan", null, 22240210, 22140210, 100], // L882
  [
    "12",
    S,
    "Sub Kegiatan Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan",
    null,
    290400000,
    24200000,
    8.33,
  ], // L883
  [
    "13",
    S,
    "Sub Kegiatan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
    null,
    498880000,
    345501900,
    85.73,
  ], // L884
  [
    "1.6",
    K,
    "Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
    null,
    415358800,
    324142571,
    100,
  ], // L885
  ["14", S, "Sub Kegiatan Penyediaan Jasa Surat Menyurat", null, 3550000, 3550000, 100], // L886
  [
    "15",
    S,
    "Sub Kegiatan Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
    null,
    112848000,
    52961371,
    100,
  ], // L887
  ["16", S, "Sub Kegiatan Penyediaan Jasa Pelayanan Umum Kantor", null, 298960800, 267631200, 100], // L888
  [
    "1.7",
    K,
    "Kegiatan Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
    null,
    56930000,
    44109811,
    92.89,
  ], // L889
  [
    "17",
    S,
    "Sub Kegiatan Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan",
    null,
    36270000,
    27499811,
    100,
  ], // L890
  ["18", S, "Sub Kegiatan Pemeliharaan Peralatan dan Mesin Lainnya", null, 9290000, 9290000, 100], // L891
  [
    "19",
    S,
    "Sub Kegiatan Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya",
    null,
    11370000,
    7320000,
    64.38,
  ], // L892
  ["2", P, "PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM", "1.1.1", 176159330, 141445830, 82.87], // L893
  [
    "2.1",
    K,
    "Kegiatan Penerbitan Izin Usaha Simpan Pinjam Untuk Koperasi Dengan Wilayah Keanggotaan Dalam Daerah Kabupaten/Kota",
    null,
    176159330,
    141445830,
    82.87,
  ], // L894
  [
    "20",
    S,
    "Sub Kegiatan Fasilitasi Pemenuhan Izin Usaha Simpan Pinjam dan Pembukaan Kantor Cabang, Cabang Pembantu dan Kantor Kas Koperasi Simpan Pinjam untuk Koperasi dengan Wilayah Keanggotaan dalam Daerah Kabupaten/Kota",
    null,
    176159330,
    141445830,
    82.87,
  ], // L895
  ["3", P, "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", "1.1.1.1", 217451000, 118191753, 93.37], // L897
  [
    "3.1",
    K,
    "Pemeriksaan Dan Pengawasan Koperasi, Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi Yang Wilayah Keanggotaannya Dalam Daerah Kabupaten/ Kota",
    null,
    217451000,
    118191753,
    93.37,
  ], // L898
  ["21", S, "Sub Kegiatan Penguatan Tata Kelola Kelembagaan Koperasi", null, 155262000, 85850253, 95.6], // L899
  [
    "22",
    S,
    "Sub Kegiatan Pelaksanaan Proses Pemeriksaan dan Pengawasan Koperasi yang Wilayah Keanggotaannya Daerah Kabupaten/Kota",
    null,
    62189000,
    32341500,
    87.81,
  ], // L900
  ["4", P, "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI", "1.1.1.1", 128187000, 84417500, 92.03], // L901
  [
    "4.1",
    K,
    "Kegiatan Penilaian Kesehatan Koperasi Simpan Pinjam/Unit Simpan Pinjam Koperasi Yang Wilayah Keanggotaannya Dalam 1 (Satu) Daerah Kabupaten/Kota",
    null,
    128187000,
    84417500,
    92.03,
  ], // L902
  [
    "23",
    S,
    "Sub Kegiatan Pelaksanaan Penilaian Kesehatan KSP/USP Koperasi Kewenangan Kabupaten/Kota",
    null,
    64322000,
    37938500,
    91.67,
  ], // L903
  [
    "24",
    S,
    "Sub Kegiatan Penilaian Kesehatan Koperasi Meliputi Tata Kelola, Profil Risiko, Kinerja Keuangan, dan Permodalan",
    null,
    63865000,
    46479000,
    92.39,
  ], // L904
  ["5", P, "PROGRAM PENDIDIKAN DAN LATIHAN PERKOPERASIAN", "1.1.1", 270325850, 71117200, 36.24], // L905
  [
    "5.1",
    K,
    "Kegiatan Pendidikan Dan Latihan Perkoperasian Bagi Koperasi Yang Wilayah Keanggotaan Dalam Daerah Kabupaten/Kota",
    null,
    270325850,
    71117200,
    36.24,
  ], // L906
  [
    "25",
    S,
    "Sub Kegiatan Peningkatan Pemahaman dan Pengetahuan Perkoperasian serta Kapasitas dan Kompetensi SDM Koperasi",
    null,
    270325850,
    71117200,
    36.24,
  ], // L907
  ["6", P, "PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI", "1.1.1", 234567825, 125711890, 87.34], // L908
  [
    "6.1",
    K,
    "Kegiatan Pemberdayaan Dan Perlindungan Koperasi Yang Keanggotaannya Dalam Daerah Kabupaten/Kota",
    null,
    234567825,
    125711890,
    87.34,
  ], // L909
  [
    "26",
    S,
    "Sub Kegiatan Fasilitasi Kemitraan Koperasi yang Keanggotaannya Daerah Kabupaten/Kota",
    null,
    114440875,
    61399250,
    89.29,
  ], // L910
  [
    "27",
    S,
    "Sub Kegiatan Fasilitasi Akses Permodalan Koperasi yang Keanggotaannya Daerah Kabupaten/Kota",
    null,
    120126950,
    64312640,
    85.47,
  ], // L911
  [
    "7",
    P,
    "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)",
    "1.1.1",
    2912712045,
    314595648,
    11.69,
  ], // L913
  [
    "7.1",
    K,
    "Kegiatan Pemberdayaan Usaha Mikro Yang Dilakukan Melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan Dan Koordinasi Dengan Para Pemangku Kepentingan",
    null,
    2912712045,
    314595648,
    11.69,
  ], // L914
  ["28", S, "Sub Kegiatan Pemberdayaan melalui Kemitraan Usaha Mikro", null, 25710900, 4245300, 16.51], // L915
  ["29", S, "Sub Kegiatan Fasilitasi Kemudahan Perizinan Usaha Mikro", null, 102768420, 0, "-"], // L916
  [
    "30",
    S,
    "Sub Kegiatan Pemberdayaan Kelembagaan Potensi dan Pengembangan Usaha Mikro",
    null,
    2495690000,
    89361500,
    3.98,
  ], // L917
  [
    "31",
    S,
    "Sub Kegiatan Koordinasi dan Sinkronisasi dengan Para Pemangku Kepentingan dalam Pemberdayaan Usaha Mikro",
    null,
    148972000,
    112238248,
    79.97,
  ], // L918
  [
    "32",
    S,
    "Sub Kegiatan Pelatihan dan Pendampingan Pemanfaatan Sistem Aplikasi Pembukuan/Pencatatan Keuangan Usaha Mikro dan Usaha Kecil",
    null,
    40258600,
    39904600,
    100,
  ], // L919
  ["33", S, "Sub Kegiatan Penyusunan Basis Data Usaha Mikro", null, 99312125, 68846000, 78.06], // L920
  ["8", P, "PROGRAM PENGEMBANGAN UMKM", "1.1.1", 255383500, 202454011, 84.05], // L921
  [
    "8.1",
    K,
    "Kegiatan Pengembangan Usaha Mikro Dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil",
    null,
    255383500,
    202454011,
    84.05,
  ], // L922
  ["34", S, "Sub Kegiatan Pengembangan Usaha Mikro", null, 255383500, 202454011, 84.05], // L923
];

/**
 * Tabel 3.6 (L821–826): budget per sasaran/indikator with its stated "Capaian %" (all four
 * wrong). Its anggaran column adds up to more than the whole budget (KE004-50): kept as printed.
 */
const TABEL_3_6: Budget[] = [
  [
    "1",
    "Sasaran",
    "Persentase UMKM dan Koperasi yang Naik Skala Usaha",
    "1.1.1",
    3849148550,
    855324579,
    50.05,
  ],
  ["2", "Sasaran", "Persentase Koperasi yang aktif", "1.1.1.1", 345638000, 344055083, 60.1],
  ["3", "Sasaran", "Pertumbuhan Usaha Kecil Menengah baru", "1.1.1.1", 3168095545, 517049659, 45.04],
  ["4", "Sasaran", SAS_3, "1.1.1.2", 5670694672, 3790022175, 93.83],
];

const budgetRow = ([kode, tingkat, uraian, sasaran, pagu, realisasi, persen]: Budget): TemplateRow => ({
  Kode: kode,
  Tingkat: tingkat,
  Uraian: uraian,
  "Kode Sasaran": sasaran,
  "Sumber Dana": "APBD",
  Pagu: pagu,
  Realisasi: realisasi,
  "Serapan (%)": persen,
});

export const CONTOH_004: TemplateInput = {
  tahun: 2024,
  years: [2023, 2022, 2021],
  profil: {
    "Nama Instansi": "Dinas Koperasi dan Usaha Kecil dan Menengah",
    "Pemerintah Daerah": "Kabupaten Indragiri Hilir",
    "Tahun Laporan": 2024,
    "Periode Renstra": "2024-2026", // L559 "Renstra … Periode 2024 - 2026"
    Kepala: "Ir. H. HILYANTO, MT", // L31 (L967 spells it ILLYANTO)
    NIP: "19650101 199303 1 014",
    Tempat: "Tembilahan",
    Tanggal: "06 Januari 2025",
  },
  kinerja: [...KINERJA_2024, ...KINERJA_LALU],
  anggaran: [...TABEL_3_7, ...TABEL_3_6].map(budgetRow),
  emptyRows: 20,
};
