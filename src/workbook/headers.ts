/**
 * Header vocabulary (docs/REPORT.md §1): what a header cell says, whatever its spelling.
 * Matching ignores case, spaces, punctuation and line breaks; "%" reads as the word "persen".
 */

/** What a header names before the table's context (group header, Rupiah neighbours) resolves it. */
export type Base =
  | "kode"
  | "kodeSasaran"
  | "tujuan"
  | "sasaran"
  | "indikator"
  | "uraian"
  | "satuan"
  | "polaritas"
  | "agregasi"
  | "sumberData"
  | "sumberDana"
  | "tingkat"
  | "kriteria"
  | "analisis"
  | "solusi"
  | "targetNasional"
  | "targetAkhir"
  | "kemajuan"
  | "efisiensi"
  | "paguSebelum"
  | "pagu"
  | "selisih"
  | "sisa"
  | "serapan"
  | "baseline"
  | "triwulan"
  | "keterangan"
  | "rumus"
  | "min"
  | "max"
  | "interval"
  | "warna"
  | "target"
  | "realisasi"
  | "lokasi"
  | "percent";

/** A header cell read: its words without year and quarter, and the year/quarter it named. */
export type HeaderWords = { norm: string; year?: number; tw?: number; rp: boolean };

const TW = /\b(?:tw|triwulan|trw|tri wulan|kuartal|q)\s*(iv|iii|ii|i|[1-4])\b/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * Lower-case words of a text, "%" as "persen", punctuation and line breaks as spaces.
 * @example normalise("Capaian\n(%)") //=> "capaian persen"
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/%/g, " persen ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Splits a header into words, year and quarter.
 * @example headerWords("Realisasi TW II 2024") //=> { norm: "realisasi", year: 2024, tw: 2, rp: false }
 */
export function headerWords(text: string): HeaderWords {
  let norm = normalise(text);
  let year: number | undefined;
  const y = /\b(19[5-9]\d|20\d\d|21\d\d)\b/.exec(norm);
  if (y) {
    year = Number(y[1]);
    norm = norm.replace(/\b(19[5-9]\d|20\d\d|21\d\d)\b/g, " ");
  }
  let tw: number | undefined;
  const q = TW.exec(norm);
  if (q) {
    tw = ROMAN[q[1]] ?? Number(q[1]);
    norm = norm.replace(TW, " ");
  }
  norm = norm.replace(/\s+/g, " ").trim();
  const rp = /\b(rp|rupiah)\b/.test(norm);
  return { norm, year, tw, rp };
}

// Ordered: the first rule whose pattern matches (and whose word limit holds) names the column.
// Anchored at the start and short, so data text ("Persentase pertumbuhan koperasi") is not a header.
const RULES: [RegExp, Base, number][] = [
  [/^(interval|rentang)( nilai)?\b/, "interval", 6],
  [/^(batas bawah|nilai (minimal|minimum|terendah)|min(imal|imum)?|dari|lebih dari sama dengan)$/, "min", 4],
  [
    /^(batas atas|nilai (maksimal|maksimum|tertinggi)|max|maks(imal|imum)?|sampai|sampai dengan|s d)$/,
    "max",
    4,
  ],
  [/^(kode )?warna$|^(warna|color|colour)\b/, "warna", 3],
  [/^kode sasaran\b/, "kodeSasaran", 3],
  [/^(no|nomor|no urut|nmr|kode|kd|kode rekening|kode rek|kode program|kode kegiatan|no kode)$/, "kode", 3],
  [/^tujuan$/, "tujuan", 1],
  [/^(tujuan )?sasaran\b/, "sasaran", 5],
  [/^(indikator|iku)\b/, "indikator", 8],
  [/^(uraian|nama program|program|kegiatan|sub ?kegiatan)\b/, "uraian", 7],
  [/^(satuan|sat)$/, "satuan", 2],
  [/^(polaritas|sifat|sifat indikator|arah)$/, "polaritas", 2],
  [/^agregasi\b/, "agregasi", 3],
  [/^sumber data\b/, "sumberData", 4],
  [/^sumber dana\b/, "sumberDana", 4],
  [/^(tingkat|level|jenis|tingkatan)$/, "tingkat", 1],
  [/^(kriteria|kategori|predikat|kriteria kode|kode kriteria)\b/, "kriteria", 5],
  [/^analisis\b/, "analisis", 5],
  [/^(solusi|alternatif solusi|upaya)\b/, "solusi", 5],
  [/\b(target|standar) nasional\b/, "targetNasional", 5],
  [/^target akhir|akhir (periode|renstra)|^target renstra|rencana strategis$/, "targetAkhir", 6],
  [/kemajuan|terhadap target/, "kemajuan", 10],
  [/^(tingkat )?efisiensi\b/, "efisiensi", 4],
  // "Murni | Perubahan" under "Anggaran (Rp)": the DPA before the revision and the DPPA after it.
  [
    /sebelum perubahan|^pagu (awal|murni)|^anggaran murni|^(apbd |dpa )?murni( dpa| apbd)?$/,
    "paguSebelum",
    5,
  ],
  [
    /sesudah perubahan|setelah perubahan|^pagu\b|^(total |jumlah )?anggaran( rp| belanja| rupiah)?$|^target rp|^dpa\b|^(apbd |anggaran )?perubahan( dppa| apbd)?$|^dppa\b/,
    "pagu",
    5,
  ],
  [/^bertambah|berkurang$|^selisih\b/, "selisih", 4],
  [/^sisa\b/, "sisa", 4],
  [/^(persen )?(serapan|daya serap)\b/, "serapan", 4],
  [/^(base ?line|kondisi awal)\b/, "baseline", 4],
  [/^(keterangan|ket)$/, "keterangan", 1],
  [/^(lokasi|lokus|tempat)\b/, "lokasi", 3],
  [/^(rumus|formula|formulasi)\b/, "rumus", 4],
  [/^triwulan$|^tw$/, "triwulan", 1],
  [/^(nilai rincian|total rak|pagu indikatif|jumlah|jumlah rp|nilai anggaran)$/, "pagu", 3],
  // BPS: target and realisation volume of a Rincian Output (TVRO, RVRO).
  [/^(tvro|target volume)\b/, "target", 6],
  [/^(rvro|realisasi volume)\b/, "realisasi", 6],
  [/^(nilai )?capaian$|^nilai capaian\b/, "percent", 3],
];

const PERCENT_WORDS = new Set([
  "persen",
  "total",
  "realisasi",
  "capaian",
  "persentase",
  "tingkat",
  "kinerja",
  "anggaran",
  "pencapaian",
  "rp",
]);

/**
 * The vocabulary entry of a header text (year and quarter already removed), or null.
 * @example classifyHeader("capaian persen") //=> "percent"
 */
export function classifyHeader(norm: string): Base | null {
  if (norm === "" || norm.length > 80) return null;
  const words = norm.split(" ");
  if (words.includes("persen") && words.every((w) => PERCENT_WORDS.has(w)) && !words.includes("rp"))
    return "percent";
  for (const [re, base, max] of RULES) if (words.length <= max && re.test(norm)) return base;
  if (words.length <= 4 && /^(target|tgt)\b/.test(norm)) return "target";
  if (words.length <= 5 && /^(realisasi|real)\b/.test(norm)) return "realisasi";
  if (words.length <= 5 && /^(persen |tingkat )?(capaian|persentase|pencapaian)\b/.test(norm))
    return "percent";
  return null;
}

// The first of these words in a long official title says what the column holds:
// "Target Kinerja Capaian Program (Renstra SKPD) Tahun 2013" is a target, "Realisasi Capaian
// Program dan Kegiatan s/d tahun 2014" a realisasi, "Kebutuh-an Dana (Rp.)" a pagu.
const LEAD_WORDS: Record<string, Base> = {
  target: "target",
  tgt: "target",
  realisasi: "realisasi",
  capaian: "percent",
  pencapaian: "percent",
  indikator: "indikator",
  iku: "indikator",
  sasaran: "sasaran",
  uraian: "uraian",
  program: "uraian",
  kegiatan: "uraian",
  subkegiatan: "uraian",
  urusan: "uraian",
  pagu: "pagu",
  anggaran: "pagu",
  dana: "pagu",
  belanja: "pagu",
  satuan: "satuan",
  kode: "kode",
  keterangan: "keterangan",
  catatan: "keterangan",
  akun: "uraian",
  rekening: "uraian",
  total: "pagu",
  apbd: "pagu",
  apbn: "pagu",
};

/** True when two words differ by at most one letter (a typo: "Reaisasi" for "Realisasi"). */
function oneTypo(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, k: number) => x.slice(i + k);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

/** The lead word a header word is, allowing one typo in long words. */
function leadOf(word: string): Base | undefined {
  if (LEAD_WORDS[word]) return LEAD_WORDS[word];
  if (word.length < 7) return undefined;
  for (const [lead, base] of Object.entries(LEAD_WORDS))
    if (lead.length >= 7 && oneTypo(word, lead)) return base;
  return undefined;
}
const OBJECT_WORDS = new Set([
  "foto",
  "gambar",
  "bukti",
  "dokumen",
  "lampiran",
  "lokasi",
  "link",
  "tautan",
  "file",
  "berkas",
  "status",
  "tanggal",
  "waktu",
  "jenis",
  "klasifikasi",
]);
const RATIO_WORDS = new Set(["tingkat", "capaian", "pencapaian", "realisasi", "persentase", "serapan"]);

/**
 * The vocabulary entry of a header of any length: the short vocabulary first, else the first
 * telling word of a long official title, with "(%)" making a rate of it.
 * @example classifyLoose("tingkat capaian realisasi target renstra persen") //=> "kemajuan"
 */
export function classifyLoose(norm: string): Base | null {
  const short = classifyHeader(norm);
  if (short !== null || norm === "" || norm.length > 200) return short;
  const words = norm.split(" ");
  if (OBJECT_WORDS.has(words[0])) return null; // "Foto Kegiatan", "Lokasi Kegiatan": about it, not a measure
  if (words.includes("persen") && words.some((w) => RATIO_WORDS.has(w))) {
    if (words.includes("renstra") || words.includes("kemajuan")) return "kemajuan";
    return words.includes("serapan") ? "serapan" : "percent";
  }
  const index = /^(tahun|capaian|realisasi|target) ?([1-9])$/.exec(norm);
  if (index)
    return index[2] === "1" ? (index[1] === "tahun" ? "realisasi" : (LEAD_WORDS[index[1]] ?? null)) : null;
  for (const w of words) {
    const lead = leadOf(w);
    if (lead) return lead;
  }
  return null;
}

/** Group-header words that are not fields themselves but say what the columns under them are. */
export function groupContext(norm: string): "money" | "kinerja" | null {
  if (/\b(anggaran|keuangan|belanja|rp|rupiah|pagu|dana)\b/.test(norm)) return "money";
  if (/\b(kinerja|indikator|fisik|target dan realisasi)\b/.test(norm)) return "kinerja";
  return null;
}

/**
 * True when a header cell reads as table vocabulary: a field, or a group word ("Tahun 2023", "Kinerja").
 * @example isHeaderish("TAHUN 2023") //=> true
 */
export function isHeaderish(text: string): boolean {
  const h = headerWords(text);
  if (h.tw !== undefined) return true;
  if (classifyHeader(h.norm) !== null) return true;
  return (
    (h.norm.length <= 40 && /^(tahun|kinerja|keuangan|fisik|realisasi anggaran)\b/.test(h.norm)) ||
    h.norm === "tahun" ||
    (h.norm === "" && h.year !== undefined)
  );
}

const MONTH =
  /^(jan|januari|feb|februari|mar|maret|apr|april|mei|jun|juni|jul|juli|agt|ags|agu|agustus|sep|sept|september|okt|oktober|nov|nop|november|des|desember|bulan ?\d{1,2})$/;

/**
 * True for a period header that is not a field of its own: a month ("JAN", "Agustus", "bulan3").
 * @example isPeriodWord("SEPT") //=> true
 */
export function isPeriodWord(text: string): boolean {
  return MONTH.test(normalise(text));
}
