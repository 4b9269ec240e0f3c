/**
 * The one description of the SAKIP.* functions: the help page (help.html) and the README table are
 * rendered from it, and test/functions checks that each wrapper's JSDoc (which Excel's
 * functions.json is generated from) says exactly the same.
 */
export type CatalogParam = { name: string; description: string; optional?: true };

export type CatalogEntry = {
  /** Function id without the namespace, as in functions.json ("CAPAIAN"). */
  id: string;
  /** Anchor on help.html (#capaian). */
  anchor: string;
  description: string;
  params: CatalogParam[];
  /** What the function returns, for the help page. */
  returns: string;
  /** A formula with Indonesian separators and its displayed result; `sheet` fills A1 onwards. */
  example: { formula: string; result: string; sheet?: (number | string | null)[][] };
};

const polaritas: CatalogParam = {
  name: "polaritas",
  description: "Polaritas indikator: naik (bawaan), turun, turun-rasio atau tetap.",
  optional: true,
};

export const CATALOG: CatalogEntry[] = [
  {
    id: "CAPAIAN",
    anchor: "capaian",
    description: "Capaian kinerja dalam persen (100 = target tercapai) dari target dan realisasi.",
    params: [
      {
        name: "target",
        description: 'Target: angka, teks angka Indonesia, rentang "70–80" atau predikat ("BB", "WTP").',
      },
      { name: "realisasi", description: 'Realisasi: angka, teks angka Indonesia ("17,65 %") atau predikat.' },
      polaritas,
      {
        name: "batas",
        description: "Batas atas capaian, mis. 100 atau 120; kosong = tanpa batas.",
        optional: true,
      },
    ],
    returns: "Angka persen; R / T × 100 untuk polaritas naik.",
    example: { formula: "=SAKIP.CAPAIAN(70; 67,71)", result: "96,73" },
  },
  {
    id: "KRITERIA",
    anchor: "kriteria",
    description:
      "Kriteria capaian (Sangat Tinggi … Sangat Rendah) menurut Permendagri 86/2017 atau skala sendiri.",
    params: [
      { name: "capaian", description: "Capaian dalam persen." },
      {
        name: "skala",
        description:
          "Rentang dua kolom (batas bawah, label) berisi skala sendiri; kosong = Permendagri 86/2017.",
        optional: true,
      },
    ],
    returns: "Teks label kriteria.",
    example: { formula: "=SAKIP.KRITERIA(96,73)", result: "Sangat Tinggi" },
  },
  {
    id: "PREDIKAT",
    anchor: "predikat",
    description: "Predikat AKIP (AA … D) untuk nilai evaluasi SAKIP.",
    params: [{ name: "nilai", description: "Nilai evaluasi AKIP, 0 sampai 100." }],
    returns: "Teks predikat: AA, A, BB, B, CC, C atau D.",
    example: { formula: "=SAKIP.PREDIKAT(76,36)", result: "BB" },
  },
  {
    id: "SERAPAN",
    anchor: "serapan",
    description: "Serapan anggaran dalam persen: realisasi dibagi pagu dikali 100.",
    params: [
      { name: "pagu", description: 'Pagu anggaran (Rp), angka atau teks seperti "Rp. 12.151.893.026,-".' },
      { name: "realisasi", description: "Realisasi anggaran (Rp)." },
    ],
    returns: "Angka persen; pagu 0 memberi #DIV/0!.",
    example: { formula: "=SAKIP.SERAPAN(9865481222; 4847956007)", result: "49,14" },
  },
  {
    id: "SISA",
    anchor: "sisa",
    description: "Sisa anggaran (Rp): pagu dikurangi realisasi.",
    params: [
      { name: "pagu", description: "Pagu anggaran (Rp)." },
      { name: "realisasi", description: "Realisasi anggaran (Rp)." },
    ],
    returns: "Angka rupiah.",
    example: { formula: "=SAKIP.SISA(9865481222; 4847956007)", result: "5.017.525.215" },
  },
  {
    id: "EFISIENSI",
    anchor: "efisiensi",
    description: "Tingkat efisiensi: capaian kinerja dikurangi serapan anggaran, atau rasio keduanya.",
    params: [
      { name: "capaian", description: "Capaian kinerja dalam persen." },
      { name: "serapan", description: "Serapan anggaran dalam persen." },
      {
        name: "metode",
        description: "Metode: selisih (bawaan, capaian − serapan) atau rasio (capaian / serapan × 100).",
        optional: true,
      },
    ],
    returns: "Angka; kategorinya dengan SAKIP.KATEGORIEFISIENSI.",
    example: { formula: "=SAKIP.EFISIENSI(96,73; 49,14)", result: "47,59" },
  },
  {
    id: "KATEGORIEFISIENSI",
    anchor: "kategoriefisiensi",
    description: "Kategori efisiensi (efisien, cukup efisien, tidak efisien) dari tingkat efisiensi.",
    params: [
      { name: "nilai", description: "Tingkat efisiensi, hasil SAKIP.EFISIENSI." },
      {
        name: "metode",
        description: "Metode yang menghasilkan nilai itu: selisih (bawaan) atau rasio.",
        optional: true,
      },
    ],
    returns: "Teks kategori.",
    example: { formula: "=SAKIP.KATEGORIEFISIENSI(SAKIP.EFISIENSI(96,73; 49,14))", result: "efisien" },
  },
  {
    id: "KEMAJUAN",
    anchor: "kemajuan",
    description:
      "Kemajuan terhadap target akhir Renstra dalam persen; rentang realisasi dijumlahkan (kumulatif).",
    params: [
      {
        name: "realisasi",
        description: "Realisasi tahun ini, atau rentang realisasi per tahun untuk indikator kumulatif.",
      },
      { name: "target_akhir", description: "Target akhir Renstra." },
      polaritas,
    ],
    returns: "Angka persen.",
    example: { formula: "=SAKIP.KEMAJUAN(A1:C1; 100)", result: "75,00", sheet: [[20, 25, 30]] },
  },
  {
    id: "TAHUNAN",
    anchor: "tahunan",
    description: "Nilai tahunan dari realisasi triwulan I sampai IV.",
    params: [
      {
        name: "triwulan",
        description: "Rentang 1×4 atau 4×1: triwulan I, II, III, IV; sel kosong = belum dilaporkan.",
      },
      {
        name: "agregasi",
        description: "kumulatif, akhir, rata-rata atau maks; kosong = menurut satuan.",
        optional: true,
      },
      {
        name: "satuan",
        description: 'Satuan indikator (mis. "%" atau "unit") untuk memilih agregasi bawaan.',
        optional: true,
      },
    ],
    returns: "Angka; semua triwulan kosong memberi #N/A.",
    example: { formula: '=SAKIP.TAHUNAN(A1:D1; "kumulatif")', result: "100", sheet: [[10, 20, 30, 40]] },
  },
  {
    id: "RATA",
    anchor: "rata",
    description: "Rata-rata sederhana capaian indikator sebuah program; semua sel harus terisi.",
    params: [
      { name: "rentang_capaian", description: "Rentang capaian indikator dalam persen." },
      {
        name: "batas",
        description: "Batas atas tiap capaian sebelum dirata-rata, mis. 100.",
        optional: true,
      },
    ],
    returns: "Angka persen; ada sel kosong memberi #N/A.",
    example: { formula: "=SAKIP.RATA(A1:A3; 100)", result: "92,24", sheet: [[96.73], [110], [80]] },
  },
  {
    id: "ANGKA",
    anchor: "angka",
    description:
      'Angka dari teks berformat Indonesia, mis. "1.234,5", "Rp. 12.151.893.026,-" atau "17,65 %".',
    params: [
      {
        name: "teks",
        description: "Teks angka atau sel yang dibaca; persen tetap dalam poin persen (17,65).",
      },
    ],
    returns: "Angka.",
    example: { formula: '=SAKIP.ANGKA("Rp. 12.151.893.026,-")', result: "12.151.893.026" },
  },
  {
    id: "SELISIH",
    anchor: "selisih",
    description:
      "Selisih dua nilai (sesudah − sebelum), mis. perubahan capaian antartahun dalam poin persen.",
    params: [
      { name: "sebelum", description: "Nilai tahun atau kondisi sebelumnya." },
      { name: "sesudah", description: "Nilai tahun atau kondisi sesudahnya." },
    ],
    returns: "Angka.",
    example: { formula: "=SAKIP.SELISIH(92,5; 96,73)", result: "4,23" },
  },
  {
    id: "PERTUMBUHAN",
    anchor: "pertumbuhan",
    description: "Pertumbuhan relatif dalam persen: (sesudah − sebelum) / |sebelum| × 100.",
    params: [
      { name: "sebelum", description: "Nilai tahun atau kondisi sebelumnya." },
      { name: "sesudah", description: "Nilai tahun atau kondisi sesudahnya." },
    ],
    returns: "Angka persen; sebelum 0 memberi #DIV/0!.",
    example: { formula: "=SAKIP.PERTUMBUHAN(80; 100)", result: "25" },
  },
];

/** Base of the help URLs in the JSDoc; the production build replaces it like every localhost URL. */
export const HELP_PAGE = "https://localhost:3000/help.html";
