import type { AnggaranRow, Indikator, Model, ModelCell, TableInfo } from "../engine/model/types";

type RowOut = {
  row: number;
  kind: string;
  values: Record<string, { value: string | number | null; cell: string }>;
};

function cellOut(c: ModelCell): { value: string | number | null; cell: string } {
  return { value: c.num ?? (c.text === "" ? null : c.text), cell: c.origin.cell };
}

function flatten(rec: Indikator | AnggaranRow): RowOut["values"] {
  const values: RowOut["values"] = {};
  for (const [k, v] of Object.entries(rec)) {
    if (v && typeof v === "object" && "origin" in v) values[k] = cellOut(v as ModelCell);
    else if (k === "targetTw" || k === "realisasiTw")
      (v as (ModelCell | undefined)[]).forEach((q, i) => q && (values[`${k}${i + 1}`] = cellOut(q)));
    else if (k === "years")
      for (const [y, yv] of Object.entries(v as Record<string, Record<string, ModelCell>>))
        for (const [f, c] of Object.entries(yv)) values[`${f}${y}`] = cellOut(c);
  }
  return values;
}

/**
 * Every row the reader took from a table, with each value and its origin cell.
 * @example describeRows(model, model.tables[0])[0] //=> { row: 5, kind: "data", values: { target: { value: 63, cell: "D5" } } }
 */
export function describeRows(model: Model, table: TableInfo): (RowOut & { level?: string })[] {
  const ind = model.indikator
    .filter((i) => i.table === table.id)
    .map((i) => ({ row: i.row, kind: i.rowKind, values: flatten(i) }));
  const ang = model.anggaran
    .filter((a) => a.table === table.id)
    .map((a) => ({ row: a.row, kind: a.rowKind, level: a.tingkat, values: flatten(a) }));
  return [...ind, ...ang].sort((a, b) => a.row - b.row);
}
