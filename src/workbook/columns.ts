/** Resolves header labels into model fields, using the group header, the year and the neighbours. */
import {
  classifyHeader,
  classifyLoose,
  groupContext,
  headerWords,
  isPeriodWord,
  type Base,
  type HeaderWords,
} from "./headers";
import type { ColumnLabel } from "./header-labels";
import { markCascade } from "./cascade";
import { revisedField, revisionScope } from "./revision";

/** A mapped column: field name (model property, or e.g. "target2022", "realisasiTw3"). */
export type MappedColumn = {
  field: string;
  col: number;
  header: string;
  cell: string;
  year?: number;
  tw?: number;
  span?: number; // last column of a label merged over several columns
};

export type ColumnMap = {
  columns: MappedColumn[];
  byField: Map<string, MappedColumn>;
  unmapped: ColumnLabel[];
  duplicates: MappedColumn[];
};

const MONEY_LEFT = new Set(["pagu", "paguSebelum", "realisasiAnggaran", "sisaStated", "selisihStated"]);
const RENAME: Partial<Record<Base, string>> = {
  kriteria: "kriteriaStated",
  kemajuan: "kemajuanStated",
  efisiensi: "efisiensiStated",
  selisih: "selisihStated",
  sisa: "sisaStated",
  serapan: "serapanStated",
};

function fieldOf(
  base: Base,
  year: number | undefined,
  tw: number | undefined,
  money: boolean,
  prev: string | undefined,
  afterTriwulan: boolean,
  tahun: number | undefined,
): string {
  const past = year !== undefined && year !== tahun;
  if (base === "target") {
    if (money) return past ? `pagu${year}` : "pagu";
    if (tw !== undefined) return `targetTw${tw}`;
    if (afterTriwulan) return "triwulanTarget";
    return past ? `target${year}` : "target";
  }
  if (base === "realisasi") {
    // "Realisasi" right after a pagu-like column is the Rupiah realisation (004 Tabel 3.7).
    if (money || (prev !== undefined && (prev === "pagu" || prev === "paguSebelum"))) {
      // The Rupiah half of a K | Rp pair keeps its period: TW, an earlier year.
      if (money && tw !== undefined) return `realisasiAnggaranTw${tw}`;
      if (money && past) return `realisasiAnggaran${year}`;
      return "realisasiAnggaran";
    }
    if (tw !== undefined) return `realisasiTw${tw}`;
    if (afterTriwulan) return "triwulanRealisasi";
    return past ? `realisasi${year}` : "realisasi";
  }
  if (base === "percent") {
    // "%" after Rupiah columns is serapan; after kinerja target/realisasi it is capaian (docs/REPORT.md §1).
    if (money || (prev !== undefined && MONEY_LEFT.has(prev))) return "serapanStated";
    return past ? `capaian${year}` : "capaianStated";
  }
  if (base === "baseline") return year !== undefined ? `realisasi${year}` : "baseline";
  return RENAME[base] ?? base;
}

/** What one header path says, before neighbours and duplicates are settled. */
type Reading = {
  label: ColumnLabel;
  base: Base | null;
  year?: number;
  tw?: number;
  money: boolean;
  renstra: boolean;
  cumulative: boolean; // "s/d tahun 2014", "kumulatif": realised up to a year, not in it
  yearOnlySub: boolean; // "Target Renstra SKPD" › 2015: the group names the measure
  monthly: boolean; // under a month title ("JAN … DES")
  bareTw: boolean; // "TW 1" alone: realisasi in a kinerja table, a cash plan beside a pagu
  statedSum?: boolean; // the column-number row states it as a sum of other columns ("10=(5+7+9)")
  unitK: boolean; // the kinerja half of a "K | Rp" pair: never Rupiah, whatever stands left of it
  total: boolean; // "Total" / "Jumlah" somewhere on the path
  component: boolean; // "Operasi" / "Modal" …: one part of a total beside it
};

const MEASURES = new Set<Base>([
  "target",
  "realisasi",
  "percent",
  "targetAkhir",
  "pagu",
  "kemajuan",
  "serapan",
]);
const QUALIFIER =
  /^(total|jumlah|sub total|subtotal|sd juni|s d|sampai dengan|k|rp|persen|iv|iii|ii|i|[1-4]|)$/;
const ROMAN_TW: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const COMPONENT = /\b(operasi|modal|pegawai|barang( dan)? jasa|tidak terduga|transfer|hibah|bansos)\b/;

function pathOf(label: ColumnLabel): string[] {
  return label.path ?? [label.group, label.sub].filter((t) => t !== "");
}

/** The measure a path names: the lowest level that says one, and which level that was. */
function measureOf(words: HeaderWords[]): { base: Base | null; at: number } {
  const last = words.length - 1;
  const sub = words[last];
  const short = classifyHeader(sub.norm);
  if (short !== null) return { base: short, at: last };
  const upperMeasure = (): { base: Base | null; at: number } | null => {
    for (let i = last - 1; i >= 0; i--) {
      if (/^(total|jumlah)$/.test(words[i].norm) && !QUALIFIER.test(sub.norm)) continue; // "TOTAL" › "% Progress"
      const b = classifyLoose(words[i].norm);
      if (b !== null && MEASURES.has(b)) return { base: b, at: i };
    }
    return null;
  };
  // "Target Renstra SKPD" › 2015, "Total" › "Realisasi" › "SD JUNI": the level above names it.
  if (QUALIFIER.test(sub.norm)) {
    const up = upperMeasure();
    if (up) return up;
  }
  const loose = classifyLoose(sub.norm);
  if (loose !== null) return { base: loose, at: last };
  return upperMeasure() ?? { base: sub.tw !== undefined ? "realisasi" : null, at: last };
}

/** Reads one header path: the measure from the lowest telling level, year, quarter and scope from all. */
function readPath(label: ColumnLabel): Reading {
  const words = pathOf(label).map(headerWords);
  if (words.length === 0) words.push(headerWords(""));
  const sub = words[words.length - 1];
  const upper = words.slice(0, -1).reverse();
  const { base, at } = measureOf(words);
  const own = words[at].norm; // scope words count only on the level that named the measure
  const all = words.map((w) => w.norm).join(" | ");
  const unitRp = label.unit !== undefined && /rp/i.test(label.unit);
  return {
    label,
    base,
    year: sub.year ?? upper.find((u) => u.year !== undefined)?.year,
    tw:
      sub.tw ??
      upper.find((u) => u.tw !== undefined)?.tw ??
      (ROMAN_TW[sub.norm] !== undefined && upper.some((u) => /\b(triwulan|tw|trw)\b/.test(u.norm))
        ? ROMAN_TW[sub.norm]
        : undefined),
    money: unitRp || words.some((w) => w.rp) || upper.some((u) => groupContext(u.norm) === "money"),
    renstra: /\brenstra\b|rencana strategis/.test(own),
    cumulative:
      /\bs d\b|sampai dengan|kumulatif/.test(own) || /\bs d\b|sampai dengan|kumulatif/.test(sub.norm),
    yearOnlySub:
      at < words.length - 1 &&
      (sub.year !== undefined || sub.tw !== undefined || ROMAN_TW[sub.norm] !== undefined),
    unitK: label.unit !== undefined && /^\(?k\)?$/i.test(label.unit.trim()),
    bareTw: at === words.length - 1 && sub.norm === "" && sub.tw !== undefined,
    monthly: pathOf(label).some((t) => isPeriodWord(t)),
    total: /\b(total|jumlah)\b/.test(all) && !/\btotal rak\b/.test(all),
    component: COMPONENT.test(all),
  };
}

/** The field a reading names, given the field of the column to its left. */
function fieldOfReading(
  r: Reading,
  prev: string | undefined,
  afterTriwulan: boolean,
  tahun: number | undefined,
  stated?: string,
): string | null {
  if (r.base === null) return null;
  if (r.monthly) return null; // "JAN" › "RVRO": a monthly schedule, not the year's value
  if (r.bareTw && prev !== undefined && MONEY_LEFT.has(prev)) return null; // SIPD RAK: cash plan per quarter
  if (r.base === "target" && r.renstra && !r.yearOnlySub)
    return r.money ? "targetAkhirAnggaran" : "targetAkhir";
  if (r.base === "targetAkhir" && r.yearOnlySub)
    return fieldOf("target", r.year, r.tw, r.money, prev, afterTriwulan, tahun);
  if (r.unitK) prev = undefined;
  // "14=6 + 12": a column the form states as a sum of other columns is a running total, unless it
  // adds up the four quarters ("12=8+9+10+11" is the year's realisation).
  const terms = stated?.includes("=") ? stated.split("=")[1].split("+").length : 0;
  const sum = terms >= 2 && (terms !== 4 || r.cumulative);
  if (sum) r.statedSum = true;
  if (r.base === "realisasi" && (sum || (r.cumulative && (r.year === undefined || r.year === tahun))))
    return r.money ? "realisasiAnggaranKumulatif" : "realisasiKumulatif";
  if (r.base === "targetAkhir" && r.money) return "targetAkhirAnggaran";
  if (r.base === "percent" && r.renstra) return "kemajuanStated";
  return fieldOf(r.base, r.year, r.tw, r.money, prev, afterTriwulan, tahun);
}

// Levels of the budget hierarchy (Permendagri 90/2019 coding), shallow to deep.
const LEVELS: [RegExp, number][] = [
  [/\b(akun|rekening|rincian objek|objek)\b/, 7],
  [/\bsub ?kegiatan\b/, 6],
  [/\bkegiatan\b/, 5],
  [/\bprogram\b/, 4],
  [/\b(sub skpd|skpd|organisasi|unit)\b/, 3],
  [/\bbidang\b/, 2],
  [/\burusan\b/, 1],
];

/** How deep in the hierarchy a one-level name or code column sits ("Kode Sub Kegiatan" → 6). */
function levelOf(r: Reading): number | undefined {
  const sub = headerWords(r.label.sub).norm;
  if (sub.split(" ").length > 4) return undefined; // "Uraian Urusan, Organisasi, Program, …" names them all
  for (const [re, level] of LEVELS) if (re.test(sub)) return level;
  return undefined;
}

/**
 * Of two columns naming one field, the one to keep: a Total over its components, the deepest level
 * of a flat export's "Kode/Nama Program … Kegiatan … Sub Kegiatan" pairs, else the first.
 */
function prefer(kept: Reading, other: Reading): boolean {
  if (other.statedSum && !kept.statedSum) return true; // the form's own running total ("10=(5+7+9)")
  const norm = (r: Reading) => headerWords(r.label.sub).norm;
  if (/^(no|nomor|no urut)$/.test(norm(kept)) && /^kode\b/.test(norm(other))) return true; // "No" numbers, "Kode" codes
  const a = levelOf(kept);
  const b = levelOf(other);
  if (a !== undefined && b !== undefined && a !== b) return b > a;
  return other.total && !kept.total && !other.component;
}

/**
 * Beside the reporting year's pagu, a pagu under another year ("Prakiraan Maju Rencana Tahun 2025 ›
 * Pagu Indikatif" in a Renja 2024) is that year's, not a second copy of the same field.
 */
function otherYearPagu(named: { reading: Reading; mapped: MappedColumn }[], tahun: number | undefined): void {
  const pagu = named.filter((n) => n.mapped.field === "pagu");
  const other = (n: (typeof named)[number]) => n.reading.year !== undefined && n.reading.year !== tahun;
  if (tahun === undefined || !pagu.some((n) => !other(n))) return;
  for (const n of pagu) if (other(n)) n.mapped.field = `pagu${n.reading.year}`;
}

/**
 * Maps header labels to fields; the first column naming a field wins (a "Total" column wins over
 * its "Operasi"/"Modal" parts), later ones are reported.
 * @example resolveColumns([{ col: 4, group: "", sub: "Anggaran (Rp)", cell: "D3" }], 2024).byField.get("pagu")?.col //=> 4
 */
export function resolveColumns(
  labels: ColumnLabel[],
  tahun: number | undefined,
  numbers?: Map<number, string>,
): ColumnMap {
  const unmapped: ColumnLabel[] = [];
  const named: { reading: Reading; mapped: MappedColumn }[] = [];
  let prev: string | undefined;
  let triwulanCol: number | undefined;
  for (const label of labels) {
    const reading = readPath(label);
    const field = revisedField(
      fieldOfReading(
        reading,
        prev,
        triwulanCol !== undefined && label.col > triwulanCol,
        tahun,
        numbers?.get(label.col),
      ),
      revisionScope(pathOf(label)),
    );
    if (field === null) {
      unmapped.push(label);
      continue;
    }
    const path = pathOf(label);
    const mapped: MappedColumn = { field, col: label.col, header: path.join(" › "), cell: label.cell };
    if (reading.year !== undefined) mapped.year = reading.year;
    if (reading.tw !== undefined) mapped.tw = reading.tw;
    if (label.span !== undefined) mapped.span = label.span;
    if (field === "triwulan") triwulanCol = label.col;
    named.push({ reading, mapped });
    if (!["kode", "sasaran", "indikator", "uraian", "satuan", "tujuan"].includes(field)) prev = field;
  }
  markCascade(named.map((n) => n.mapped)); // a level's indicator column is not a duplicate of another's
  otherYearPagu(named, tahun);
  const chosen = new Map<string, { reading: Reading; mapped: MappedColumn }>();
  for (const n of named) {
    const kept = chosen.get(n.mapped.field);
    if (!kept || prefer(kept.reading, n.reading)) chosen.set(n.mapped.field, n);
  }
  const columns: MappedColumn[] = [];
  const duplicates: MappedColumn[] = [];
  const byField = new Map<string, MappedColumn>();
  for (const n of named) {
    if (chosen.get(n.mapped.field) === n) {
      columns.push(n.mapped);
      byField.set(n.mapped.field, n.mapped);
    } else duplicates.push(n.mapped);
  }
  return { columns, byField, unmapped, duplicates };
}
