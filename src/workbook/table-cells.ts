/** Reading the cells of one table: modes per field, English columns, row kinds, text-only rows. */
import { isEnglishColumn, isNoValueText, parseNumber } from "../engine/numbers";
import type { Diagnostic, ModelCell, RowKind } from "../engine/model/types";
import { a1, colLetter } from "./a1";
import { readCell, type ColumnMode } from "./cells";
import type { ColumnMap, MappedColumn } from "./columns";
import type { TableBlock } from "./find-tables";
import { shiftedRows } from "./row-shift";
import { CASCADE_TEXT_FIELDS } from "./cascade-fields";

const TEXT = new Set([
  "kode",
  "kodeSasaran",
  "tujuan",
  "sasaran",
  "indikator",
  "uraian",
  "satuan",
  "polaritas",
  "agregasi",
  "sumberData",
  "sumberDana",
  "tingkat",
  "kriteriaStated",
  "analisis",
  "solusi",
  "keterangan",
  "rumus",
  "triwulan",
  "warna",
  "interval",
  "lokasi",
  ...CASCADE_TEXT_FIELDS,
]);
const LENIENT =
  /^(target|realisasi|targetAkhir|targetNasional|triwulanTarget|triwulanRealisasi|baseline)(\d{4}|Tw[1-4])?$/;

/** One table being read: its block, mapped columns, id and the cell reader. */
export type TableCtx = {
  block: TableBlock;
  map: ColumnMap;
  id: string;
  sheet: string;
  modes: Map<string, ColumnMode>;
  diagnostics: Diagnostic[];
  /** Rows typed one column off their headers (row-shift.ts): row → column offset of their values. */
  shift?: Map<number, number>;
  /** Unlabelled rows the budget side confirmed as the table's closing sums (src/workbook/budget-side.ts). */
  closing?: Set<number>;
};

/** True when the field holds text rather than numbers. */
export function isTextField(field: string): boolean {
  return TEXT.has(field);
}

// A column is read as English only when one of its text numbers is certainly English
// ("23,130,080,992"), or a neighbour is: a lone "70.95" is FORMAT_AMBIGUOUS in an Indonesian
// table (004 Tabel 3.2 E8).
function certainlyEnglish(raws: unknown[]): boolean {
  return raws.some((r) => {
    if (typeof r !== "string") return false;
    const p = parseNumber(r);
    return p.kind === "number" && p.english && !p.ambiguous;
  });
}

/**
 * Builds the reading context of a table: per numeric column, whether it is English-formatted.
 * @example tableCtx(block, map, "Kinerja!A3:H8", []).modes.get("target") //=> { numeric: true, english: false, lenient: true }
 */
export function tableCtx(block: TableBlock, map: ColumnMap, id: string, diagnostics: Diagnostic[]): TableCtx {
  const modes = new Map<string, ColumnMode>();
  const view = block.view;
  const english = new Map<string, { all: boolean; certain: boolean }>();
  for (const col of map.columns) {
    if (TEXT.has(col.field)) continue;
    const raws: unknown[] = [];
    for (const r of block.body) {
      const v = view.cell(r, col.col)?.v;
      if (typeof v === "string") raws.push(v);
    }
    english.set(col.field, {
      all: raws.length > 0 && isEnglishColumn(raws),
      certain: certainlyEnglish(raws),
    });
  }
  // "92.15%" alone could be either; beside a certainly English column ("23,130,080,992") it is English too.
  const tableEnglish = [...english.values()].some((e) => e.all && e.certain);
  for (const col of map.columns) {
    const e = english.get(col.field);
    if (!e) {
      modes.set(col.field, { numeric: false, english: false, lenient: false });
      continue;
    }
    const isEnglish = e.all && (e.certain || tableEnglish);
    if (isEnglish)
      diagnostics.push({
        severity: "info",
        sheet: view.name,
        cell: col.cell,
        message: `Kolom ${colLetter(col.col)} ("${col.header}") ditulis dengan format angka Inggris (koma ribuan, titik desimal) dan dibaca demikian.`,
      });
    modes.set(col.field, { numeric: true, english: isEnglish, lenient: LENIENT.test(col.field) });
  }
  const numeric = map.columns.filter((c) => modes.get(c.field)?.numeric);
  const shift = shiftedRows(block, numeric, map.byField.get("satuan"), view.name, diagnostics);
  return { block, map, id, sheet: view.name, modes, diagnostics, ...(shift.size > 0 ? { shift } : {}) };
}

/** The ModelCell of a mapped field in a row, or undefined when the table has no such column. */
export function fieldCell(ctx: TableCtx, field: string, row: number): ModelCell | undefined {
  const col = ctx.map.byField.get(field);
  if (!col) return undefined;
  const mode = ctx.modes.get(field) ?? { numeric: false, english: false, lenient: false };
  if (col.span !== undefined && col.span > col.col && !mode.numeric) return spannedCell(ctx, col, row);
  const at = col.col + (mode.numeric || field === "satuan" ? (ctx.shift?.get(row) ?? 0) : 0);
  const out = readCell(ctx.block.view.cell(row, at), ctx.sheet, a1(row, at), mode);
  if (field === "satuan" && isNoValueText(out.text)) out.text = ""; // "-" as unit: none given
  return out;
}

/**
 * A text field whose header is merged over several columns: a code split over urusan/bidang/program
 * columns ("1" | "20" | "03" → "1.20.03"; SIPD's full codes per level → the deepest), or a name
 * written in one of the columns with "-" in the others.
 */
function spannedCell(ctx: TableCtx, col: MappedColumn, row: number): ModelCell {
  const view = ctx.block.view;
  const parts: { text: string; c: number }[] = [];
  for (let c = col.col; c <= col.span!; c++) {
    const t = view.text(row, c);
    if (!isNoValueText(t)) parts.push({ text: t, c });
  }
  const none = { numeric: false, english: false, lenient: false };
  if (parts.length === 0) return readCell(view.cell(row, col.col), ctx.sheet, a1(row, col.col), none);
  const last = parts[parts.length - 1];
  const out = readCell(view.cell(row, last.c), ctx.sheet, a1(row, last.c), none);
  if (parts.length === 1) return out;
  if (col.field === "kode" || col.field === "kodeSasaran") {
    const nested = parts.every((p, i) => i === 0 || p.text.startsWith(parts[i - 1].text));
    const dotted = parts.some((p) => p.text.includes("."));
    out.text = nested || dotted ? last.text : parts.map((p) => p.text).join(".");
  } else out.text = parts.map((p) => p.text).join(" ");
  return out;
}

/**
 * Total ("Jumlah", "Total", "Total Anggaran …") or average ("Rata-rata") row, by its first label.
 * @example rowKindOf(ctx, 24) // "Total Belanja" in A24 //=> "total"
 */
export function rowKindOf(ctx: TableCtx, row: number, numbers?: boolean): RowKind {
  const { view, header } = ctx.block;
  // A row with its own code is a data row, whatever its name: "Jumlah UMKM binaan" is an indicator.
  const kode = ctx.map.byField.get("kode");
  if (
    kode &&
    /\d/.test(view.text(row, kode.col)) &&
    !/^(jumlah|total|count|sum)\b/i.test(view.text(row, kode.col))
  )
    return "data";
  for (let c = header.c1; c <= header.c2; c++) {
    const v = view.cell(row, c)?.v;
    if (typeof v !== "string" || v.trim() === "") continue;
    const t = v
      .trim()
      .replace(/^[\d.\s]+(?=\p{L})/u, "")
      .toLowerCase();
    // "Jumlah SDM KUKM yang bersertifikat × 100% / …" under an indicator is a formula line, not a total.
    const label = t.length <= 80 && (numbers ?? hasNumbers(ctx, row));
    if (label && /^(jumlah|total|sub ?total|grand total|jml)\b|^(count|sum)\s*=/.test(t)) return "total";
    if (label && /^(rata[\s-]*rata|rerata|nilai rata)/.test(t)) return "average";
    if (parseNumber(v).kind !== "number") return "data";
  }
  return "data";
}

/** True when any numeric column of the row holds something. */
export function hasNumbers(ctx: TableCtx, row: number): boolean {
  for (const col of ctx.map.columns) {
    if (TEXT.has(col.field)) continue;
    const c = ctx.block.view.cell(row, col.col);
    if (c && (c.error || (c.v !== null && c.v !== ""))) return true;
  }
  return false;
}

/** Appends a continuation line (a cell split by a page break) to the cell above, in place. */
export function appendText(target: ModelCell, extra: ModelCell | undefined): void {
  if (!extra || extra.text === "") return;
  target.text = target.text === "" ? extra.text : `${target.text} ${extra.text}`;
}
