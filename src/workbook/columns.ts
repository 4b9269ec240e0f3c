/** Resolves header labels into model fields, using the group header, the year and the neighbours. */
import { classifyHeader, groupContext, headerWords, type Base } from "./headers";
import type { ColumnLabel } from "./header-labels";

/** A mapped column: field name (model property, or e.g. "target2022", "realisasiTw3"). */
export type MappedColumn = {
  field: string;
  col: number;
  header: string;
  cell: string;
  year?: number;
  tw?: number;
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
    if (money) return "pagu";
    if (tw !== undefined) return `targetTw${tw}`;
    if (afterTriwulan) return "triwulanTarget";
    return past ? `target${year}` : "target";
  }
  if (base === "realisasi") {
    // "Realisasi" right after a pagu-like column is the Rupiah realisation (004 Tabel 3.7).
    if (money || (prev !== undefined && (prev === "pagu" || prev === "paguSebelum")))
      return "realisasiAnggaran";
    if (tw !== undefined) return `realisasiTw${tw}`;
    if (afterTriwulan) return "triwulanRealisasi";
    return past ? `realisasi${year}` : "realisasi";
  }
  if (base === "percent") {
    // "%" after Rupiah columns is serapan; after kinerja target/realisasi it is capaian (WORKBOOK.md §1).
    if (money || (prev !== undefined && MONEY_LEFT.has(prev))) return "serapanStated";
    return past ? `capaian${year}` : "capaianStated";
  }
  if (base === "baseline") return year !== undefined ? `realisasi${year}` : "baseline";
  return RENAME[base] ?? base;
}

/**
 * Maps header labels to fields; the first column naming a field wins, later ones are reported.
 * @example resolveColumns([{ col: 4, group: "", sub: "Anggaran (Rp)", cell: "D3" }], 2024).byField.get("pagu")?.col //=> 4
 */
export function resolveColumns(labels: ColumnLabel[], tahun: number | undefined): ColumnMap {
  const columns: MappedColumn[] = [];
  const byField = new Map<string, MappedColumn>();
  const unmapped: ColumnLabel[] = [];
  const duplicates: MappedColumn[] = [];
  let prev: string | undefined;
  let triwulanCol: number | undefined;
  for (const label of labels) {
    const h = headerWords(label.sub);
    const g = headerWords(label.group);
    let base = classifyHeader(h.norm);
    const groupBase = classifyHeader(g.norm);
    const year = h.year ?? g.year;
    const tw = h.tw ?? g.tw;
    // "Realisasi" › 2022 | 2023, or "Triwulan I" › Target | Realisasi: the group names the measure.
    if (base === null && (groupBase === "target" || groupBase === "realisasi" || groupBase === "percent"))
      base = groupBase;
    if (base === null && tw !== undefined) base = "realisasi";
    if (base === null) {
      unmapped.push(label);
      continue;
    }
    const money = h.rp || groupContext(g.norm) === "money";
    const field = fieldOf(
      base,
      year,
      tw,
      money,
      prev,
      triwulanCol !== undefined && label.col > triwulanCol,
      tahun,
    );
    const mapped: MappedColumn = {
      field,
      col: label.col,
      header: label.group ? `${label.group} › ${label.sub}` : label.sub,
      cell: label.cell,
    };
    if (year !== undefined) mapped.year = year;
    if (tw !== undefined) mapped.tw = tw;
    if (field === "triwulan") triwulanCol = label.col;
    if (byField.has(field)) {
      duplicates.push(mapped);
      continue;
    }
    byField.set(field, mapped);
    columns.push(mapped);
    if (!["kode", "sasaran", "indikator", "uraian", "satuan", "tujuan"].includes(field)) prev = field;
  }
  return { columns, byField, unmapped, duplicates };
}
