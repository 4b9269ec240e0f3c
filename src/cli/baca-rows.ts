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

/** Where the reader put a budget row: its tingkat, its parent's sheet row, and why (docs/READING.md). */
export type Placed = { level?: string; parent?: number | null; evidence?: string[] };

/**
 * Every row the reader took from a table, with each value and its origin cell; budget rows with their level,
 * parent row and the evidence used.
 * @example describeRows(model, model.tables[0])[0] //=> { row: 5, kind: "data", level: "program", parent: null, bukti: ["angka romawi", "tebal"], values: { … } }
 */
export function describeRows(model: Model, table: TableInfo): (RowOut & (Jenjang | Placed))[] {
  const ind = model.indikator
    .filter((i) => i.table === table.id)
    .map((i) => ({ row: i.row, kind: i.rowKind, ...jenjangOf(i), values: flatten(i) }));
  const ang = model.anggaran
    .filter((a) => a.table === table.id)
    .map((a) => ({ row: a.row, kind: a.rowKind, ...placed(model, a), values: flatten(a) }));
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

function placed(model: Model, a: AnggaranRow): Placed {
  if (a.rowKind !== "data") return { level: a.tingkat };
  const parent = a.parent === undefined ? null : (model.anggaran[a.parent]?.row ?? null);
  return { level: a.tingkat, parent, evidence: a.bukti ?? [] };
}

const SHOWN = 200; // rows per table in the text reading; --json has them all

/**
 * The budget rows of a table as text lines: row, tingkat, parent row and evidence, then the name.
 * @example hierarchyLines(model, table)[1] //=> "    baris 5   kegiatan      induk baris 4   [tebal, jumlah anak cocok]  Administrasi Keuangan"
 */
export function hierarchyLines(model: Model, table: TableInfo): string[] {
  const rows = model.anggaran.filter((a) => a.table === table.id && a.rowKind === "data");
  if (rows.length === 0) return [];
  const lines = ["  tingkat baris anggaran (induk dan buktinya):"];
  for (const a of rows.slice(0, SHOWN)) {
    const p = placed(model, a);
    const parent = p.parent === null ? "tanpa induk" : `induk baris ${p.parent}`;
    const name = (a.uraian?.text || a.kode?.text || "").slice(0, 60);
    lines.push(
      `    baris ${String(a.row).padEnd(4)} ${a.tingkat.padEnd(13)} ${parent.padEnd(16)} [${(p.evidence ?? []).join(", ")}]  ${name}`,
    );
  }
  if (rows.length > SHOWN) lines.push(`    … ${rows.length - SHOWN} baris lagi (lihat --json)`);
  return lines;
}
