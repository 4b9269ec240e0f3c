/**
 * The Rupiah side of a K | Rp table (the Renja evaluation form of Permendagri 86/2017, 002 Tabel 2.1)
 * read as budget rows: program › kegiatan › sub kegiatan with pagu and realisasi, so the roll-up,
 * total and serapan rules check it as they check an anggaran table (issue 10, docs/READING.md).
 */
import type { AnggaranRow, Diagnostic } from "../engine/model/types";
import { isNoValueText } from "../engine/numbers";
import { sumField, type MoneyField } from "../engine/check/children";
import { agreeCell } from "../engine/check/stated";
import { TINGKAT_RANK as LEVEL } from "../engine/check/total-members";
import { readAnggaran } from "./anggaran-rows";
import type { ColumnMap } from "./columns";
import { fieldCell, hasNumbers, type TableCtx } from "./table-cells";

// The columns a budget row takes from the table; the K side (target, realisasi, capaian) stays kinerja.
const BUDGET_FIELDS = new Set([
  "kode",
  "uraian",
  "sumberDana",
  "paguSebelum",
  "pagu",
  "selisihStated",
  "realisasiAnggaran",
  "serapanStated",
  "sisaStated",
]);
const MONEY: MoneyField[] = ["pagu", "realisasi", "targetAkhir", "realisasiLalu", "realisasiKumulatif"];

/** The table's map with only its budget columns; undefined when it has no name or no realised Rupiah. */
function budgetMap(map: ColumnMap): ColumnMap | undefined {
  const columns = map.columns.filter((c) => BUDGET_FIELDS.has(c.field));
  const fields = new Set(columns.map((c) => c.field));
  if (!fields.has("kode") && !fields.has("uraian")) return undefined;
  // An evaluation (Rp realised beside the pagu); a plan's K | Rp table (Renja Tabel 3.2) is read as a plan budget.
  if (!fields.has("realisasiAnggaran")) return undefined;
  return { columns, byField: new Map(columns.map((c) => [c.field, c])), unmapped: [], duplicates: [] };
}

/** True when no cell of the row holds text: a row of numbers only (the form's closing column sums). */
function unlabelled(ctx: TableCtx, row: number): boolean {
  const { view, header } = ctx.block;
  for (let c = header.c1; c <= header.c2; c++) {
    const v = view.cell(row, c)?.v;
    if (typeof v === "string" && !isNoValueText(v)) return false;
  }
  return true;
}

/** The further money columns of the form (5, 6 and 14 Rp), set on a row read from the budget columns. */
function addColumns(ctx: TableCtx, r: AnggaranRow): void {
  const lalu = ctx.map.columns.filter((c) => /^realisasiAnggaran\d{4}$/.test(c.field));
  const fields: [keyof AnggaranRow, string | undefined][] = [
    ["targetAkhir", "targetAkhirAnggaran"],
    ["realisasiLalu", lalu.length === 1 ? lalu[0].field : undefined],
    ["realisasiKumulatif", "realisasiAnggaranKumulatif"],
  ];
  for (const [slot, field] of fields) {
    const cell = field === undefined ? undefined : fieldCell(ctx, field, r.row);
    if (cell) (r as Record<string, unknown>)[slot] = cell;
  }
}

/** The top-level data rows since the last total: what a closing sum adds up. */
function topLevel(rows: AnggaranRow[]): AnggaranRow[] {
  const since = rows.slice(rows.map((r) => r.rowKind).lastIndexOf("total") + 1);
  const top = since.filter((r) => r.rowKind === "data" && r.parent === undefined);
  const best = Math.min(...top.map((r) => LEVEL[r.tingkat]));
  return top.filter((r) => LEVEL[r.tingkat] === best);
}

/**
 * An unlabelled row of sums is the total when one of its amounts is the sum of the top level above
 * it: the numbers confirm what no label says. Otherwise it stays unread (the kinerja side warns).
 */
function closingTotal(ctx: TableCtx, row: number, above: AnggaranRow[]): AnggaranRow | undefined {
  const r: AnggaranRow = { table: ctx.id, row, rowKind: "total", tingkat: "lain" };
  const set = (slot: keyof AnggaranRow, field: string) => {
    const cell = fieldCell(ctx, field, row);
    if (cell) (r as Record<string, unknown>)[slot] = cell;
  };
  set("pagu", "pagu");
  set("realisasi", "realisasiAnggaran");
  set("serapanStated", "serapanStated");
  addColumns(ctx, r);
  const members = topLevel(above);
  // The check's own sum and agreement (children.ts, stated.ts): what confirms the total is what it is judged by.
  const agrees = (m: MoneyField): boolean => {
    const stated = r[m];
    const sum = members.length === 0 ? null : sumField(members, m);
    return stated !== undefined && stated.num !== null && sum !== null && agreeCell(stated, sum) !== "wrong";
  };
  return MONEY.some(agrees) ? r : undefined;
}

/**
 * Budget rows of a kinerja+anggaran table whose rows form a program › kegiatan › sub kegiatan
 * hierarchy; [] for a table without one (a per-sasaran table stays kinerja only). `offset` is the
 * index in Model.anggaran of the first row returned.
 * @example readBudgetSide(ctx, 0).filter((r) => r.tingkat === "program").length //=> 7 (002 Tabel 2.1)
 */
export function readBudgetSide(ctx: TableCtx, offset: number): AnggaranRow[] {
  const map = budgetMap(ctx.map);
  if (!map) return [];
  const diagnostics: Diagnostic[] = [];
  const budget: TableCtx = { ...ctx, map, diagnostics };
  const out: AnggaranRow[] = [];
  let segment: number[] = [];
  const flush = () => {
    if (segment.length === 0) return;
    const block = { ...ctx.block, body: segment };
    out.push(...readAnggaran({ ...budget, block }, offset + out.length));
    segment = [];
  };
  for (const row of ctx.block.body) {
    const numbers = hasNumbers(budget, row);
    if (numbers && unlabelled(ctx, row)) {
      flush();
      const total = closingTotal(ctx, row, out);
      if (total) out.push(total);
      continue;
    }
    // Rows with neither a code nor an amount are the K side's: further indicators, "Predikat Kinerja".
    if (numbers || (fieldCell(budget, "kode", row)?.text ?? "") !== "") segment.push(row);
  }
  flush();
  if (!out.some((r) => r.parent !== undefined)) return [];
  for (const r of out) if (r.rowKind !== "total") addColumns(ctx, r);
  ctx.diagnostics.push(...diagnostics);
  return out;
}
