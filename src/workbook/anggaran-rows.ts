/** Rows of an anggaran (budget) table: program › kegiatan › sub kegiatan with pagu and realisasi. */
import type { AnggaranRow, ModelCell } from "../engine/model/types";
import { a1 } from "./a1";
import {
  BUKTI,
  chooseHierarchy,
  leadingCode,
  levelsFromKeys,
  tingkatOf,
  tingkatOfNomenclature,
  type LevelHint,
} from "./hierarchy";
import { key } from "./sheet";
import { appendText, fieldCell, hasNumbers, rowKindOf, type TableCtx } from "./table-cells";

function isUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length > 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function pick(ctx: TableCtx, row: number, ...fields: string[]): ModelCell | undefined {
  for (const f of fields) {
    const c = fieldCell(ctx, f, row);
    if (c) return c;
  }
  return undefined;
}

/**
 * Reads every budget row and its place in the hierarchy; `offset` is the index in Model.anggaran
 * of this table's first row, so `parent` indexes the model's array.
 * @example readAnggaran(ctx, 0).map((r) => r.tingkat) //=> ["program", "kegiatan", "sub_kegiatan", …]
 */
export function readAnggaran(ctx: TableCtx, offset: number): AnggaranRow[] {
  const out: AnggaranRow[] = [];
  const hints: LevelHint[] = [];
  let sasaran: ModelCell | undefined;
  const view = ctx.block.view;
  for (const row of ctx.block.body) {
    const uraian = fieldCell(ctx, "uraian", row) ?? fieldCell(ctx, "indikator", row);
    const kode = fieldCell(ctx, "kode", row);
    const sas = fieldCell(ctx, "sasaran", row);
    const numbers = hasNumbers(ctx, row);
    const last = out[out.length - 1];
    if (!numbers && last && ctx.block.breaks.has(row) && !kode?.text) {
      // A line the page break split off the row above (000 Tabel II.3 "Lintas Daerah Kabupaten/ Kota …").
      if (last.uraian) appendText(last.uraian, uraian);
      continue;
    }
    if (
      sas &&
      sas.text !== "" &&
      ctx.block.breaks.has(row) &&
      sasaran &&
      /^\d/.test(sasaran.text) &&
      !/^\d/.test(sas.text)
    )
      appendText(sasaran, sas);
    else if (sas && sas.text !== "") sasaran = sas;
    const rowKind = rowKindOf(ctx, row, numbers);
    const label = uraian?.text || kode?.text || "";
    if (label === "" && rowKind === "data") {
      if (numbers)
        ctx.diagnostics.push({
          severity: "warning",
          sheet: ctx.sheet,
          cell: a1(row, ctx.block.header.c1),
          message: `Baris ${row} berisi angka tetapi tanpa uraian program/kegiatan; baris dilewati.`,
        });
      continue;
    }
    const r: AnggaranRow = { table: ctx.id, row, rowKind, tingkat: "lain" };
    if (kode) r.kode = kode;
    if (uraian) r.uraian = uraian;
    const set = (slot: keyof AnggaranRow, cell: ModelCell | undefined): void => {
      if (cell) (r as Record<string, unknown>)[slot] = cell;
    };
    set("kodeSasaran", fieldCell(ctx, "kodeSasaran", row));
    set("sumberDana", fieldCell(ctx, "sumberDana", row));
    set("paguSebelum", fieldCell(ctx, "paguSebelum", row));
    set("pagu", fieldCell(ctx, "pagu", row));
    set("selisihStated", fieldCell(ctx, "selisihStated", row));
    set("realisasi", pick(ctx, row, "realisasiAnggaran", "realisasi"));
    set("serapanStated", pick(ctx, row, "serapanStated", "capaianStated"));
    set("sisaStated", fieldCell(ctx, "sisaStated", row));
    if (rowKind === "data" && sasaran) r.sasaran = sasaran;
    const text = uraian?.text ?? "";
    const kodeText = kode?.text.replace(/\.$/, "");
    const uraianCol = ctx.map.byField.get("uraian")?.col;
    const labelCol = uraian?.text ? uraianCol : ctx.map.byField.get("kode")?.col;
    const labelCell = labelCol === undefined ? null : view.cell(row, labelCol);
    const bold = labelCell?.bold === true;
    const path = codePath(ctx, row);
    if (path) r.kunci = path.key;
    const box = labelCol === undefined ? undefined : view.mergeAt.get(key(row, labelCol));
    const raw = typeof labelCell?.v === "string" ? labelCell.v : "";
    hints.push({
      ...(path ? { key: path.flat ? undefined : path.key, keyTingkat: path.tingkat } : {}),
      tingkat: fieldCell(ctx, "tingkat", row)?.text,
      uraian: text || label,
      code: kodeText && /^\d+(\.\d+)*$/.test(kodeText) ? kodeText : leadingCode(text),
      strong: bold || isUpper(text),
      no: kode?.text,
      bold,
      upper: isUpper(label),
      indent: labelCell?.indent ?? Math.floor((raw.length - raw.trimStart().length) / 2),
      merged: box !== undefined && box.c2 > box.c1,
      sums: [r.pagu, r.realisasi, r.paguSebelum],
      total: rowKind !== "data",
    });
    out.push(r);
  }
  if (
    out.length > 0 &&
    out.every((r, i) => r.kunci !== undefined || hints[i].total) &&
    hints.some((h) => h.keyTingkat && !h.key)
  ) {
    // A flat export: every row a leaf at the level its deepest code names.
    out.forEach((r, i) => {
      r.tingkat = hints[i].keyTingkat ?? "lain";
      if (r.rowKind === "data") r.bukti = [BUKTI.kode];
    });
    return out;
  }
  const keyed = hints.filter((h) => h.key).length;
  if (keyed > 0 && keyed * 2 >= hints.filter((h) => !h.total).length) {
    // Split code columns give the whole path: parents from prefixes, levels from the nomenclature.
    levelsFromKeys(hints).forEach((l, i) => {
      out[i].tingkat = hints[i].keyTingkat ?? "lain";
      if (l.parent !== undefined) out[i].parent = offset + l.parent;
      if (out[i].rowKind === "data") out[i].bukti = [BUKTI.kode];
    });
    return out;
  }
  chooseHierarchy(hints).forEach((l, i) => {
    if (hints[i].total) return;
    out[i].tingkat = tingkatOf(l.level);
    if (l.parent !== undefined) out[i].parent = offset + l.parent;
    out[i].bukti = l.bukti;
  });
  return out;
}

/**
 * A row's path over a code header merged across several columns (SIPD's urusan | SKPD | program …
 * | rekening), and the level its deepest program code names; undefined for one-column codes.
 */
const LEVEL = /\b(urusan|bidang|skpd|unit|organisasi|program|kegiatan|akun|rekening)\b/i;

function codePath(
  ctx: TableCtx,
  row: number,
): { key: string; tingkat: LevelHint["keyTingkat"]; flat: boolean } | undefined {
  const col = ctx.map.byField.get("kode");
  if (!col) return undefined;
  // The code columns: one header merged over several (SIPD rekap), or a flat export's "Kode Urusan …
  // Kode Sub Kegiatan | Kode Akun" columns, each a level of the same path (SIPD RAK).
  const levels = [col, ...ctx.map.duplicates.filter((d) => d.field === "kode")]
    .map((c) => c.col)
    .sort((a, b) => a - b);
  const spanned = col.span !== undefined && col.span > col.col;
  const cols = spanned
    ? Array.from({ length: col.span! - col.col + 1 }, (_, i) => col.col + i)
    : levels.length > 1
      ? levels
      : [];
  if (cols.length === 0) return undefined;
  const parts: { text: string; c: number }[] = [];
  for (const c of cols) {
    const t = ctx.block.view.text(row, c).trim();
    if (t !== "" && !/^[-–—]$/.test(t)) parts.push({ text: t, c });
  }
  if (parts.length === 0) return undefined;
  const last = parts[parts.length - 1];
  // Codes in the last column are accounts (rekening) under a sub kegiatan, below the LKjIP's levels.
  const tingkat =
    last.c === cols[cols.length - 1] && parts.length > 1 ? "lain" : tingkatOfNomenclature(last.text);
  // A flat export names every level on every row: its names belong to the identity too (one code,
  // several sub kegiatan in the RAK export), and no row is another's parent.
  const names = spanned
    ? []
    : ctx.map.duplicates
        .filter((d) => d.field === "uraian" && LEVEL.test(d.header))
        .map((d) => ctx.block.view.text(row, d.col).trim());
  return { key: [...parts.map((p) => p.text), ...names].join("|"), tingkat, flat: !spanned };
}
