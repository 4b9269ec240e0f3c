/**
 * The explicit mapping ("peta") a user gives for a table the reader could not place, or placed
 * wrongly: which rows are its header and which field each column holds. It wins over inference for
 * that table. Stored as JSON (`sakip baca --json` prints it under "peta"; `--peta file.json` reads it;
 * the task pane keeps it in the workbook's settings sheet).
 *
 * {
 *   "versi": 1,
 *   "tabel": [
 *     { "lembar": "DINKES INDUK", "judul": "A6:N8", "jenis": "anggaran",
 *       "kolom": { "A:D": "kode", "E": "uraian", "J": "pagu", "K": "realisasiAnggaran", "L": "serapanStated" } }
 *   ]
 * }
 *
 * `judul` is the header block (its first and last row, and the table's columns); the data are the
 * rows under it down to the table's end. `kolom` maps a column, or a range of columns holding one
 * field (a code split over several columns), to a model field; a column not named is ignored.
 */
import type { TableKind } from "../engine/model/types";
import { CASCADE_TEXT_FIELDS } from "./cascade-fields";

export type PetaTabel = {
  lembar: string;
  judul: string; // A1 range of the header rows, e.g. "A6:N8"
  jenis?: Extract<TableKind, "kinerja" | "anggaran" | "kinerja+anggaran">;
  kolom: Record<string, string>; // "J" or "A:D" → field ("pagu", "target", "realisasiTw1", …)
};

export type Peta = { versi: 1; tabel: PetaTabel[] };

/** Fields a column can be mapped to (the model's; years and quarters as target2023, realisasiTw1 …). */
export const PETA_FIELDS = [
  "kode",
  "sasaran",
  "tujuan",
  "indikator",
  "uraian",
  "satuan",
  "polaritas",
  "agregasi",
  "target",
  "realisasi",
  "capaianStated",
  "kriteriaStated",
  "targetAkhir",
  "kemajuanStated",
  "targetNasional",
  "sumberData",
  "analisis",
  "solusi",
  "pagu",
  "paguSebelum",
  "realisasiAnggaran",
  "serapanStated",
  "sisaStated",
  "selisihStated",
  "sumberDana",
  "kodeSasaran",
  "tingkat",
] as const;

/** True for a field name a mapping may use: a listed field, or a year/quarter variant. */
export function isPetaField(field: string): boolean {
  return (
    (PETA_FIELDS as readonly string[]).includes(field) ||
    CASCADE_TEXT_FIELDS.includes(field) || // a cascading table's level columns (indikatorProgram, kegiatan …)
    /^(target|realisasi|capaian)(19|20|21)\d\d$/.test(field) ||
    /^(target|realisasi)Tw[1-4]$/.test(field)
  );
}

type TableLike = {
  sheet: string;
  range: string;
  kind: string;
  headerRows?: [number, number];
  columns?: { column: string; field: string | null }[];
};

/**
 * The mapping that reproduces what the reader read: edit it and give it back with `--peta`.
 * @example petaOf([{ sheet: "S", range: "A6:N20", kind: "anggaran", headerRows: [6, 8], columns: [{ column: "J", field: "pagu" }] }]).tabel[0].judul //=> "A6:N8"
 */
export function petaOf(tables: TableLike[]): Peta {
  const tabel: PetaTabel[] = [];
  for (const t of tables) {
    if (!t.headerRows || !t.columns || !["kinerja", "anggaran", "kinerja+anggaran"].includes(t.kind))
      continue;
    const m = /^([A-Z]+)\d+:([A-Z]+)\d+$/.exec(t.range);
    if (!m) continue;
    const kolom: Record<string, string> = {};
    for (const c of t.columns) if (c.field) kolom[c.column] = c.field;
    tabel.push({
      lembar: t.sheet,
      judul: `${m[1]}${t.headerRows[0]}:${m[2]}${t.headerRows[1]}`,
      jenis: t.kind as PetaTabel["jenis"],
      kolom,
    });
  }
  return { versi: 1, tabel };
}
