/** Rows of an anggaran (budget) table: program › kegiatan › sub kegiatan with pagu and realisasi. */
import type { AnggaranRow, ModelCell } from "../engine/model/types";
import { a1 } from "./a1";
import { assignLevels, leadingCode, tingkatOf, type LevelHint } from "./hierarchy";
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
    const bold = uraianCol !== undefined && view.cell(row, uraianCol)?.bold === true;
    hints.push({
      tingkat: fieldCell(ctx, "tingkat", row)?.text,
      uraian: text,
      code: kodeText && /^\d+(\.\d+)*$/.test(kodeText) ? kodeText : leadingCode(text),
      strong: bold || isUpper(text),
      total: rowKind !== "data",
    });
    out.push(r);
  }
  assignLevels(hints).forEach((l, i) => {
    out[i].tingkat = tingkatOf(l.level);
    if (l.parent !== undefined) out[i].parent = offset + l.parent;
  });
  return out;
}
