import type { AnggaranRow, Indikator, ModelCell } from "../model/types";

function isCell(v: unknown): v is ModelCell {
  return typeof v === "object" && v !== null && "origin" in v && "num" in v;
}

/**
 * Every input cell of an indicator or anggaran row, with the field it sits in (quarters and years included).
 * @example rowCells(row).map((c) => c.field) //=> ["kode", "indikator", "target", "targetTw", …]
 */
export function rowCells(row: Indikator | AnggaranRow): { field: string; cell: ModelCell }[] {
  const out: { field: string; cell: ModelCell }[] = [];
  for (const [field, v] of Object.entries(row)) {
    if (isCell(v)) out.push({ field, cell: v });
    else if (Array.isArray(v)) v.forEach((c) => isCell(c) && out.push({ field, cell: c }));
    else if (field === "years" && v && typeof v === "object") {
      for (const y of Object.values(v as Record<string, Record<string, unknown>>)) {
        for (const [f, c] of Object.entries(y)) if (isCell(c)) out.push({ field: f, cell: c });
      }
    }
  }
  return out;
}

// Text columns: a word there is not a number gone wrong.
const TEXT_FIELDS = new Set([
  "kode",
  "tujuan",
  "sasaran",
  "indikator",
  "satuan",
  "polaritas",
  "agregasi",
  "kriteriaStated",
  "sumberData",
  "analisis",
  "solusi",
  "uraian",
  "kodeSasaran",
  "sumberDana",
]);

/** Whether a field holds numbers (so text in it is NOT_A_NUMBER). */
export function isNumericField(field: string): boolean {
  return !TEXT_FIELDS.has(field);
}
