import { formatNumber } from "../../numbers";
import type { AnggaranRow, ModelCell } from "../../model/types";
import type { AnggaranEval } from "../../evaluate/types";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { agreeCell } from "../stated";
import { FIELD_LABEL, MONEY_FIELDS, sumField, type MoneyField } from "../children";
import { grandMembers, totalMembers } from "../total-members";

/**
 * TOTAL_MISMATCH: a Jumlah/Total row that is not Σ of its rows; also a stated sisa ≠ pagu − realisasi and a stated
 * "Bertambah/Berkurang" ≠ the difference of the two pagu (either sign, 000 Tabel II.3 prints sebelum − sesudah).
 * @example totalMismatch(model, evals, ctx)[0].message //=> "Pagu pada baris jumlah tertulis 100 tetapi Σ 3 baris = 90 (selisih 10)"
 */
export const totalMismatch: Rule = (model, evals) => {
  const out: Finding[] = [];
  const indexOf = new Map(model.anggaran.map((r, i) => [r, i]));
  const evalOf = (r: AnggaranRow): AnggaranEval | undefined => evals.anggaran[indexOf.get(r)!];
  model.anggaran.forEach((row, i) => {
    if (row.rowKind !== "total") return;
    const members = totalMembers(model, i);
    if (members.length === 0) return;
    const whole = row.leading ? [] : grandMembers(model, i);
    for (const field of MONEY_FIELDS) {
      const cell = row[field];
      // A wrong program is its own ROLLUP_MISMATCH: the total that agrees with the leaves below it is not wrong too;
      // a TOTAL after a last block printed without its subtotal adds up every block since the last grand total.
      if (cell && cell.num !== null && [members, whole].some((m) => agreesWith(cell, m, field, evalOf)))
        continue;
      compareSum(
        out,
        cell,
        sumField(members, field),
        `${FIELD_LABEL[field]} pada baris jumlah`,
        members.length,
      );
    }
  });
  for (const ev of evals.anggaran) {
    const pagu = ev.pagu ?? ev.computed?.pagu ?? null;
    const realisasi = ev.realisasi ?? ev.computed?.realisasi ?? null;
    const sisa = ev.row.sisaStated;
    if (
      sisa &&
      sisa.num !== null &&
      pagu !== null &&
      realisasi !== null &&
      agreeCell(sisa, pagu - realisasi) === "wrong"
    ) {
      out.push(
        makeFinding(
          "TOTAL_MISMATCH",
          "error",
          sisa,
          `Sisa tertulis ${formatNumber(sisa.num, 0)} tetapi ${formatNumber(pagu, 0)} − ${formatNumber(realisasi, 0)} = ${formatNumber(pagu - realisasi, 0)}`,
          sisa.num,
          pagu - realisasi,
        ),
      );
    }
    const sel = ev.row.selisihStated;
    const before = ev.row.paguSebelum?.num ?? null;
    if (sel && sel.num !== null && before !== null && pagu !== null) {
      const diff = pagu - before;
      if (agreeCell(sel, diff) === "wrong" && agreeCell(sel, -diff) === "wrong") {
        out.push(
          makeFinding(
            "TOTAL_MISMATCH",
            "error",
            sel,
            `Selisih tertulis ${accounting(sel.num)} tetapi ${formatNumber(pagu, 0)} − ${formatNumber(before, 0)} = ${accounting(diff)}`,
            sel.num,
            diff,
          ),
        );
      }
    }
  }
  kinerjaAnggaranTotals(model, out);
  return out;
};

// The stated total equals Σ of the members, as stated or with each parent's rolled-up value.
function agreesWith(
  cell: ModelCell,
  members: AnggaranRow[],
  field: MoneyField,
  evalOf: (r: AnggaranRow) => AnggaranEval | undefined,
): boolean {
  if (members.length === 0) return false;
  const rolled = field === "pagu" || field === "realisasi" ? leafSum(members, field, evalOf) : null;
  return [sumField(members, field), rolled].some((s) => s !== null && agreeCell(cell, s) !== "wrong");
}

// Σ of the members' amounts with each parent's rolled-up value (its leaves) in place of its stated one.
function leafSum(
  members: AnggaranRow[],
  field: "pagu" | "realisasi",
  evalOf: (r: AnggaranRow) => AnggaranEval | undefined,
): number | null {
  let total = 0;
  for (const r of members) {
    const v = evalOf(r)?.computed?.[field] ?? r[field]?.num;
    if (v === undefined || v === null) return null;
    total += v;
  }
  return Number.isFinite(total) ? total : null;
}

/** A difference as a "Bertambah / (Berkurang)" column prints it: a decrease in parentheses, "(1.250.000)". */
function accounting(value: number): string {
  return value < 0 ? `(${formatNumber(-value, 0)})` : formatNumber(value, 0);
}

function compareSum(
  out: Finding[],
  cell: ModelCell | undefined,
  sum: number | null,
  what: string,
  n: number,
): void {
  if (!cell || cell.num === null || sum === null || !Number.isFinite(cell.num - sum)) return;
  if (agreeCell(cell, sum) !== "wrong") return;
  out.push(
    makeFinding(
      "TOTAL_MISMATCH",
      "error",
      cell,
      `${what} tertulis ${formatNumber(cell.num, 0)} tetapi Σ ${n} baris = ${formatNumber(sum, 0)} (selisih ${formatNumber(cell.num - sum, 0)})`,
      cell.num,
      sum,
    ),
  );
}

// 000 Tabel III.6: the budget side of a kinerja+anggaran table has its own total row; a merged cell counts once.
// A table whose budget side the reader also gave as anggaran rows (002 Tabel 2.1) is checked on those, level by level.
function kinerjaAnggaranTotals(model: Parameters<Rule>[0], out: Finding[]): void {
  const asBudget = new Set(model.anggaran.map((a) => a.table));
  model.indikator.forEach((row, i) => {
    if (row.rowKind !== "total" || asBudget.has(row.table)) return;
    for (const field of ["pagu", "realisasiAnggaran"] as const) {
      const seen = new Map<string, number>();
      for (let j = i - 1; j >= 0; j--) {
        const r = model.indikator[j];
        if (r.table !== row.table) continue;
        if (r.rowKind === "total") break;
        const c = r[field];
        if (r.rowKind === "data" && c && c.num !== null)
          seen.set(`${c.origin.sheet}!${c.origin.cell}`, c.num);
      }
      if (seen.size === 0) continue;
      const sum = [...seen.values()].reduce((a, b) => a + b, 0);
      compareSum(
        out,
        row[field],
        sum,
        field === "pagu" ? "Pagu pada baris jumlah" : "Realisasi anggaran pada baris jumlah",
        seen.size,
      );
    }
  });
}
