/** Rows of an anggaran (budget) table: program › kegiatan › sub kegiatan with pagu and realisasi. */
import type { AnggaranRow, ModelCell } from "../engine/model/types";
import { isNoValueText } from "../engine/numbers";
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
import { besideKinerja, isNumbering, isUrusanLine } from "./plan-budget";
import { refineBySums } from "./levels-by-sums";

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
export function readAnggaran(ctx: TableCtx, offset: number, beside?: "kinerja"): AnggaranRow[] {
  const out: AnggaranRow[] = [];
  const hints: LevelHint[] = [];
  let sasaran: ModelCell | undefined;
  const carried = new Map<number, string>();
  const view = ctx.block.view;
  const kodeCol = ctx.map.byField.get("kode");
  const numbering =
    kodeCol !== undefined && isNumbering(ctx.block.body.map((r) => view.text(r, kodeCol.col)));
  // SIPD's code split over urusan | bidang | … columns places its urusan rows by their codes.
  const splitCodes =
    (kodeCol?.span ?? 0) > (kodeCol?.col ?? 0) || ctx.map.duplicates.some((d) => d.field === "kode");
  for (const row of ctx.block.body) {
    const role = beside ? besideKinerja(ctx, row) : "line";
    if (role === "skip") continue;
    const uraian = fieldCell(ctx, "uraian", row) ?? (beside ? undefined : fieldCell(ctx, "indikator", row));
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
    let rowKind = role === "total" ? "total" : rowKindOf(ctx, row, numbers);
    const heading = rowKind === "data" && numbers && !splitCodes && isUrusanLine(uraian?.text, kode?.text);
    if (heading) rowKind = "total";
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
    if (heading) r.leading = true;
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
    const path = codePath(ctx, row, carried);
    if (path) r.kunci = path.key;
    const box = labelCol === undefined ? undefined : view.mergeAt.get(key(row, labelCol));
    const raw = typeof labelCell?.v === "string" ? labelCell.v : "";
    hints.push({
      ...(path ? { key: path.flat ? undefined : path.key, keyTingkat: path.tingkat } : {}),
      tingkat: fieldCell(ctx, "tingkat", row)?.text,
      uraian: text || label,
      code: kodeText && !numbering && /^\d+(\.\d+)*$/.test(kodeText) ? kodeText : leadingCode(text),
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
  // The evidence and the sums choose the levels (hierarchy/); where a programme's rows still carry
  // no level of their own, their amounts split kegiatan from sub kegiatan (levels-by-sums.ts).
  const chosen = chooseHierarchy(hints);
  const amounts = out.map((r) => r.pagu?.num ?? r.paguSebelum?.num ?? null);
  // Only rows that show no mark of their own may be moved (seed 002 Tabel 4.1's plain rows); a numbered or
  // bold outline the chooser read stays as it read it.
  const refined = refineBySums(hints, chosen, amounts);
  const unmarked = (i: number) =>
    (chosen[i].bukti ?? []).every((b) => b === BUKTI.polos || b === BUKTI.jumlah);
  const movesOnlyUnmarked = refined.every(
    (l, i) =>
      (l.level === chosen[i].level && l.parent === chosen[i].parent) ||
      (unmarked(i) && (chosen[i].level ?? 0) <= 1),
  );
  (movesOnlyUnmarked ? refined : chosen).forEach((l, i) => {
    if (hints[i].total) return;
    const moved = l.level !== chosen[i].level || l.parent !== chosen[i].parent;
    out[i].tingkat = tingkatOf(l.level);
    if (l.parent !== undefined) out[i].parent = offset + l.parent;
    out[i].bukti = moved ? [...(chosen[i].bukti ?? []), BUKTI.jumlah] : chosen[i].bukti;
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
  carried: Map<number, string>,
): { key: string; tingkat: LevelHint["keyTingkat"]; flat: boolean } | undefined {
  const col = ctx.map.byField.get("kode");
  if (!col) return undefined;
  // The code columns: one header merged over several (SIPD rekap), or a flat export's "Kode Urusan …
  // Kode Sub Kegiatan | Kode Akun" columns, each a level of the same path (SIPD RAK).
  // A "No" column beside the "Kode" column numbers the rows: it is no level of the code (Renja form).
  const levels = [col, ...ctx.map.duplicates.filter((d) => d.field === "kode")]
    .filter((c) => !/^(no|nomor|no urut)\.?$/i.test(c.header.trim()))
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
    if (!isNoValueText(t)) parts.push({ text: t, c });
  }
  if (parts.length === 0) return undefined;
  const last = parts[parts.length - 1];
  // Codes in the last column are accounts (rekening) under a sub kegiatan, below the LKjIP's levels.
  const tingkat =
    last.c === cols[cols.length - 1] && parts.length > 1 ? "lain" : tingkatOfNomenclature(last.text);
  // A flat export names every level on every row: its names belong to the identity too (one code,
  // several sub kegiatan in the RAK export), and no row is another's parent.
  if (spanned) return { key: parts.map((p) => p.text).join("|"), tingkat, flat: false };
  // Flat exports fill the identity columns (urusan … SKPD) on the first rows only: an empty one
  // repeats the row above, as a reader of the sheet takes it (04 RAK, rows after the first three).
  const identity = [
    ...cols,
    ...ctx.map.duplicates.filter((d) => d.field === "uraian" && LEVEL.test(d.header)).map((d) => d.col),
  ];
  const key = identity.map((c) => {
    const t = ctx.block.view.text(row, c).trim();
    if (!isNoValueText(t)) carried.set(c, t);
    return carried.get(c) ?? "";
  });
  return { key: key.filter((t) => t !== "").join("|"), tingkat, flat: true };
}
