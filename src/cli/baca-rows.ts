import type { AnggaranRow, Indikator, Model, ModelCell, TableInfo } from "../engine/model/types";

type RowOut = {
  row: number;
  kind: string;
  values: Record<string, { value: string | number | null; cell: string }>;
};

/** A cascading table's indicator: its level, parent and the evidence the reader used. */
type Jenjang = {
  level?: string;
  parent?: { level: string; kind: string; cell: string; name: string };
  evidence?: string[];
};

function jenjangOf(i: Indikator): Jenjang {
  const out: Jenjang = {};
  if (i.tingkat) out.level = i.tingkat;
  if (i.induk)
    out.parent = { level: i.induk.tingkat, kind: i.induk.jenis, cell: i.induk.cell, name: i.induk.text };
  if (i.bukti) out.evidence = i.bukti;
  return out;
}

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
export function describeRows(model: Model, table: TableInfo): (RowOut & Jenjang)[] {
  const ind = model.indikator
    .filter((i) => i.table === table.id)
    .map((i) => ({ row: i.row, kind: i.rowKind, ...jenjangOf(i), values: flatten(i) }));
  const ang = model.anggaran
    .filter((a) => a.table === table.id)
    .map((a) => ({ row: a.row, kind: a.rowKind, level: a.tingkat, values: flatten(a) }));
  return [...ind, ...ang].sort((a, b) => a.row - b.row);
}

/**
 * The indicators of a cascading table as text lines: row, level, indicator cell and name, parent, evidence.
 * @example cascadeLines(model, table)[0] //=> "  baris 8   program       E8  Persentase koperasi sehat  ← nama sasaran B6  [kolom indikator program (E); …]"
 */
export function cascadeLines(model: Model, table: TableInfo): string[] {
  const rows = model.indikator.filter((i) => i.table === table.id && i.bukti);
  if (rows.length === 0) return [];
  const out = ["  jenjang indikator (tingkat, induk, bukti):"];
  for (const i of rows) {
    const parent = i.induk ? `  ← ${i.induk.jenis} ${i.induk.tingkat.replace("_", " ")} ${i.induk.cell}` : "";
    const named = i.indikator?.text ? i.indikator : undefined;
    const cell = (named ?? i.uraian ?? i.sasaran)?.origin.cell ?? "";
    const text = named ? named.text : `(nama tanpa indikator) ${(i.uraian ?? i.sasaran)?.text ?? ""}`;
    const level = (i.tingkat ?? "—").replace("_", " ");
    out.push(
      `    baris ${String(i.row).padEnd(4)} ${level.padEnd(12)} ${cell.padEnd(5)} ${text}${parent}  [${(i.bukti ?? []).join("; ")}]`,
    );
  }
  return out;
}
