import { rataCapaian } from "../../compare";
import { formatNumber, roundHalfUp } from "../../numbers";
import type { ModelCell } from "../../model/types";
import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { agreeCell, statedDecimals } from "../stated";
import { totalMembers } from "../total-members";

type Candidate = { label: string; value: number };

/**
 * AVERAGE_MISMATCH: a Rata-rata row whose stated value is neither the simple mean of its rows (computed or as stated)
 * nor, for budgets, the pagu-weighted serapan; the message names each method (002 Tabel 2.1: 96,95 for 92,15).
 * @example averageMismatch(model, evals, ctx)[0].message //=> "Rata-rata tertulis 96,95 tetapi rata-rata sederhana 7 baris = 89,65; tertimbang pagu = 92,15"
 */
export const averageMismatch: Rule = (model, evals, ctx) => {
  const out: Finding[] = [];
  model.indikator.forEach((row, i) => {
    if (row.rowKind !== "average" || !row.capaianStated) return;
    const members = model.indikator
      .map((r, j) => ({ r, j }))
      .filter(
        ({ r, j }) =>
          j < i && r.table === row.table && r.rowKind === "data" && scopeOk(model.indikator, j, i),
      );
    const computed = rataCapaian(
      members.map(({ j }) => valueOf(evals.indikator[j].capaianCapped)),
      ctx.batas,
    );
    const stated = mean(members.map(({ r }) => r.capaianStated?.num ?? null));
    const cands: Candidate[] = [];
    if (computed.ok)
      cands.push({ label: `rata-rata sederhana capaian ${members.length} indikator`, value: computed.value });
    if (stated !== null) cands.push({ label: "rata-rata sederhana capaian tertulis", value: stated });
    judge(out, row.capaianStated, cands);
  });
  // A total row's % aggregates its rows as a Rata-rata does (002 Tabel 2.1's closing 39,77 % for 74,06).
  model.anggaran.forEach((row, i) => {
    if (row.rowKind === "data" || !row.serapanStated) return;
    // A total's % of its own stated amounts is PERSEN_MISMATCH's to judge (and a wrong total amount TOTAL_MISMATCH's).
    const own = row.pagu?.num && row.realisasi?.num != null ? (row.realisasi.num / row.pagu.num) * 100 : null;
    if (row.rowKind === "total" && own !== null && agreeCell(row.serapanStated, own) !== "wrong") return;
    const members = totalMembers(model, i);
    const pers = members.map((m) =>
      m.pagu?.num && m.realisasi?.num != null ? (m.realisasi.num / m.pagu.num) * 100 : null,
    );
    const pagu = members.reduce((s, m) => s + (m.pagu?.num ?? 0), 0);
    const real = members.reduce((s, m) => s + (m.realisasi?.num ?? 0), 0);
    const cands: Candidate[] = [];
    const simple = mean(pers);
    if (simple !== null)
      cands.push({ label: `rata-rata sederhana serapan ${members.length} baris`, value: simple });
    if (pagu > 0)
      cands.push({
        label: "rata-rata tertimbang pagu (Σ realisasi / Σ pagu × 100)",
        value: (real / pagu) * 100,
      });
    judge(
      out,
      row.serapanStated,
      cands,
      row.rowKind === "total" ? "Persentase pada baris jumlah" : "Rata-rata",
    );
  });
  return out;
};

function valueOf(r: { ok: true; value: number } | { ok: false }): number | null {
  return r.ok ? r.value : null;
}

function scopeOk(rows: { table: string; rowKind: string }[], j: number, i: number): boolean {
  for (let k = j + 1; k < i; k++)
    if (rows[k].table === rows[i].table && rows[k].rowKind !== "data") return false;
  return true;
}

function mean(values: (number | null)[]): number | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return (values as number[]).reduce((a, b) => a + b, 0) / values.length;
}

function judge(out: Finding[], cell: ModelCell, cands: Candidate[], what = "Rata-rata"): void {
  if (cell.num === null || cands.length === 0 || cands.some((c) => agreeCell(cell, c.value) !== "wrong"))
    return;
  const list = cands.map((c) => `${c.label} = ${formatNumber(c.value)}`).join("; ");
  out.push(
    makeFinding(
      "AVERAGE_MISMATCH",
      "error",
      cell,
      `${what} tertulis ${formatNumber(cell.num, statedDecimals(cell))} tetapi ${list}`,
      cell.num,
      roundHalfUp(cands[0].value, 2),
    ),
  );
}
