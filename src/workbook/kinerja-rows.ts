/** Indicator rows of a kinerja (or kinerja+anggaran) table. */
import type { Indikator, ModelCell, Quarters, YearValues } from "../engine/model/types";
import { a1 } from "./a1";
import { readCell } from "./cells";
import { headerWords } from "./headers";
import { cascadeOf, readCascade } from "./cascade-rows";
import { appendText, fieldCell, hasNumbers, rowKindOf, type TableCtx } from "./table-cells";
import { budgetBesideKinerja } from "./plan-budget";

// Model slots an Indikator takes straight from a column of the same name.
const DIRECT = [
  "kode",
  "uraian",
  "tujuan",
  "indikator",
  "satuan",
  "polaritas",
  "agregasi",
  "target",
  "realisasi",
  "capaianStated",
  "kriteriaStated",
  "targetAkhir",
  "realisasiKumulatif",
  "kemajuanStated",
  "targetNasional",
  "sumberData",
  "analisis",
  "solusi",
  "pagu",
  "realisasiAnggaran",
  "serapanStated",
  "efisiensiStated",
  "realisasiAnggaranKumulatif",
] as const;
const CONTINUED = [
  "kode",
  "uraian",
  "tujuan",
  "sasaran",
  "indikator",
  "satuan",
  "kriteriaStated",
  "sumberData",
  "analisis",
  "solusi",
] as const;
const YEAR_FIELD = /^(target|realisasi|capaian)(\d{4})$/;

function quarters(ctx: TableCtx, prefix: "targetTw" | "realisasiTw", row: number): Quarters | undefined {
  let any = false;
  const q: Quarters = [undefined, undefined, undefined, undefined];
  for (let k = 1; k <= 4; k++) {
    const cell = fieldCell(ctx, `${prefix}${k}`, row);
    if (cell) [any, q[k - 1]] = [true, cell];
  }
  return any ? q : undefined;
}

function years(ctx: TableCtx, row: number): Record<number, YearValues> | undefined {
  let out: Record<number, YearValues> | undefined;
  for (const col of ctx.map.columns) {
    const m = YEAR_FIELD.exec(col.field);
    if (!m) continue;
    const cell = fieldCell(ctx, col.field, row);
    if (!cell) continue;
    out ??= {};
    const y = (out[Number(m[2])] ??= {});
    y[m[1] as keyof YearValues] = cell;
  }
  return out;
}

/** The quarter a "Triwulan I" cell names, in the printed layout of 000 Tabel II.4. */
function quarterOf(ctx: TableCtx, row: number): number | undefined {
  const cell = fieldCell(ctx, "triwulan", row);
  return cell && cell.text !== "" ? headerWords(cell.text).tw : undefined;
}

function placeQuarter(ctx: TableCtx, ind: Indikator, k: number, row: number): void {
  const t = fieldCell(ctx, "triwulanTarget", row);
  const r = fieldCell(ctx, "triwulanRealisasi", row);
  if (t) (ind.targetTw ??= [undefined, undefined, undefined, undefined])[k - 1] = t;
  if (r) (ind.realisasiTw ??= [undefined, undefined, undefined, undefined])[k - 1] = r;
}

function build(
  ctx: TableCtx,
  row: number,
  sasaran: ModelCell | undefined,
  rowKind: Indikator["rowKind"],
): Indikator {
  const ind: Indikator = { table: ctx.id, row, rowKind };
  const rec = ind as Record<string, unknown>;
  for (const f of DIRECT) {
    const cell = fieldCell(ctx, f, row);
    if (cell) rec[f] = cell;
  }
  if (sasaran) ind.sasaran = sasaran;
  const tt = quarters(ctx, "targetTw", row);
  const rt = quarters(ctx, "realisasiTw", row);
  if (tt) ind.targetTw = tt;
  if (rt) ind.realisasiTw = rt;
  const y = years(ctx, row);
  if (y) ind.years = y;
  return ind;
}

/**
 * "Predikat Kinerja | … | T" under a "Rata-rata Capaian Kinerja" row (Renja evaluation form): the
 * rating stated for that average, kept as its kriteria so the check compares it with the average.
 */
function predikatOfAverage(ctx: TableCtx, row: number, last: Indikator | undefined): boolean {
  if (!last || last.rowKind !== "average") return false;
  const { view, header } = ctx.block;
  let label = "";
  for (let c = header.c1; c <= header.c2 && label === ""; c++) label = view.text(row, c);
  if (!/^predikat( kinerja)?\b/i.test(label)) return false;
  const col = ctx.map.byField.get("kriteriaStated") ?? ctx.map.byField.get("capaianStated");
  if (!col) return false;
  const text = view.text(row, col.col);
  if (text === "") return false;
  last.kriteriaStated = readCell(view.cell(row, col.col), ctx.sheet, a1(row, col.col), {
    numeric: false,
    english: false,
    lenient: false,
  });
  return true;
}

/** True when the row holds text in its name column and nowhere else: a formula or note line. */
function onlyNameCell(ctx: TableCtx, row: number): boolean {
  const { view, header } = ctx.block;
  let n = 0;
  for (let c = header.c1; c <= header.c2; c++) if (view.text(row, c) !== "") n++;
  return n <= 1;
}

function nonEmpty(cell: ModelCell | undefined): cell is ModelCell {
  return cell !== undefined && cell.text !== "";
}

/**
 * Reads every indicator row: carries merged/blank sasaran down, joins lines a page break split,
 * skips formula/explanation lines under an indicator, takes quarter rows (000 Tabel II.4).
 * @example readKinerja(ctx).map((i) => i.indikator?.text) //=> ["Persentase UMKM …", …]
 */
export function readKinerja(ctx: TableCtx): Indikator[] {
  const cascade = cascadeOf(ctx); // indicators of several levels in their own columns (cascade-rows.ts)
  if (cascade) return readCascade(ctx, cascade, (row, kind) => build(ctx, row, undefined, kind));
  const out: Indikator[] = [];
  let sasaran: ModelCell | undefined;
  let tujuan: ModelCell | undefined;
  let uraian: ModelCell | undefined;
  let current: Indikator | undefined;
  const sheet = ctx.sheet;
  for (const row of ctx.block.body) {
    const name = fieldCell(ctx, "indikator", row) ?? fieldCell(ctx, "sasaran", row);
    const kode = fieldCell(ctx, "kode", row);
    const sas = fieldCell(ctx, "sasaran", row);
    const numbers = hasNumbers(ctx, row);
    const k = quarterOf(ctx, row);
    const named = nonEmpty(name) || nonEmpty(kode) || nonEmpty(sas);
    if (k !== undefined && current && !nonEmpty(fieldCell(ctx, "indikator", row)) && !nonEmpty(kode)) {
      placeQuarter(ctx, current, k, row);
      continue;
    }
    if (!numbers && current && ctx.block.breaks.has(row)) {
      // The PDF split this row over two pages: its text continues the row above (004 Tabel 3.2).
      for (const f of CONTINUED) {
        const target = (current as Record<string, unknown>)[f] as ModelCell | undefined;
        const extra = fieldCell(ctx, f, row);
        if (target) appendText(target, extra);
      }
      continue;
    }
    if (
      sas &&
      nonEmpty(sas) &&
      current &&
      ctx.block.breaks.has(row) &&
      sasaran &&
      /^\d/.test(sasaran.text) &&
      !/^\d/.test(sas.text)
    ) {
      appendText(sasaran, sas); // "KUKM" closing the sasaran "3. Meningkatkan Kualitas SDM" after a page break (000 Tabel II.3)
    } else if (nonEmpty(sas)) sasaran = sas;
    const tj = fieldCell(ctx, "tujuan", row);
    if (nonEmpty(tj)) tujuan = tj;
    const ur = fieldCell(ctx, "uraian", row);
    if (nonEmpty(ur)) uraian = ur;
    if (predikatOfAverage(ctx, row, out[out.length - 1])) continue;
    const rowKind = rowKindOf(ctx, row, numbers);
    if (
      !numbers &&
      rowKind === "data" &&
      current &&
      !nonEmpty(kode) &&
      !nonEmpty(sas) &&
      nonEmpty(name) &&
      onlyNameCell(ctx, row)
    ) {
      ctx.diagnostics.push({
        severity: "info",
        sheet,
        cell: name.origin.cell,
        message: `Baris ${row} hanya berisi teks di bawah indikator (rumus atau keterangan), tidak dibaca sebagai indikator.`,
      });
      continue;
    }
    if (!named && ctx.closing?.has(row)) {
      // The column sums printed without a label (002 Tabel 2.1 row 78): its K is the table's mean capaian.
      out.push(build(ctx, row, undefined, "total"));
      continue;
    }
    if (!named && rowKind === "data") {
      // A programme or urusan line with its pagu and no indicator is the budget side's (Renja form).
      if (numbers && !(nonEmpty(ur) && budgetBesideKinerja(ctx.map)))
        ctx.diagnostics.push({
          severity: "warning",
          sheet,
          cell: a1(row, ctx.block.header.c1),
          message: `Baris ${row} berisi angka tetapi tanpa nama indikator; baris dilewati.`,
        });
      continue;
    }
    if (!numbers && !nonEmpty(name) && rowKind === "data") continue; // a sasaran heading line; carried down
    const ind = build(ctx, row, rowKind === "data" ? sasaran : sas, rowKind);
    if (rowKind === "data" && !ind.tujuan?.text && tujuan) ind.tujuan = tujuan;
    if (rowKind === "data" && !ind.uraian?.text && uraian) ind.uraian = uraian; // merged/blank under its program
    if (k !== undefined) placeQuarter(ctx, ind, k, row);
    out.push(ind);
    if (rowKind === "data") current = ind;
  }
  return out;
}
