import type { Finding } from "../finding";
import type { StatedRelation } from "../../model/types";
import { makeFinding } from "../make-finding";
import { agreeCell } from "../stated";
import { formatNumber } from "../../numbers";
import type { Rule } from "../types";

function sumOf(r: StatedRelation): number | null {
  // No term filled at all (the Renja form's quarter columns 8–11 kept hidden and blank under "12=8+9+10+11"): nothing to verify.
  if (r.terms.every((t) => t.cell.raw === null)) return null;
  let total = 0;
  for (const t of r.terms) {
    if (t.cell.num === null && t.cell.text !== "") return null; // text in a term: nothing to verify
    total += t.sign * (t.cell.num ?? 0); // an empty term counts 0, as in the printed sum
  }
  return total;
}

function sumFinding(r: StatedRelation): Finding | null {
  const sum = sumOf(r);
  if (sum === null) return null;
  const terms = r.terms.map((t, i) => `${i === 0 ? "" : t.sign < 0 ? " − " : " + "}${t.label}`).join("");
  if (r.target.num === null) return dashFinding(r, sum, terms);
  if (agreeCell(r.target, sum) !== "wrong") return null;
  return makeFinding(
    "TOTAL_MISMATCH",
    "error",
    r.target,
    `Kolom ${r.text.split("=")[0].trim()} tertulis ${formatNumber(r.target.num, 2)} tetapi menurut rumus kolom "${r.text}" ${terms} = ${formatNumber(sum, 2)}`,
    r.target.num,
    sum,
  );
}

// "-" where the formula gives an amount (002 Tabel 2.1 P11: 7.092.900 + "-" printed "-", KE002-12).
function dashFinding(r: StatedRelation, sum: number, terms: string): Finding | null {
  if (typeof r.target.raw !== "string" || Math.abs(sum) < 0.005) return null;
  return makeFinding(
    "TOTAL_MISMATCH",
    "error",
    r.target,
    `Kolom ${r.text.split("=")[0].trim()} tertulis "${r.target.raw.trim()}" tetapi menurut rumus kolom "${r.text}" ${terms} = ${formatNumber(sum, 2)}`,
    r.target.raw.trim(),
    sum,
  );
}

function ratioFinding(r: StatedRelation): Finding | null {
  const [num, den] = r.terms.map((t) => t.cell.num);
  if (num === null || den === null || den === 0 || r.target.num === null) return null;
  const ratio = num / den;
  // Printed as a percentage or as a fraction: either reading of the stated value may be meant.
  if (agreeCell(r.target, ratio * 100) !== "wrong" || agreeCell(r.target, ratio) !== "wrong") return null;
  return makeFinding(
    "CAPAIAN_MISMATCH",
    "error",
    r.target,
    `Kolom ${r.text.split("=")[0].trim()} tertulis ${formatNumber(r.target.num, 2)} tetapi menurut rumus kolom "${r.text}" ${formatNumber(num, 2)} / ${formatNumber(den, 2)} × 100 = ${formatNumber(ratio * 100, 2)}`,
    r.target.num,
    ratio * 100,
  );
}

/**
 * The formulas a table prints in its column-number row hold on every row ("14=6 + 12").
 * @example statedRelation({ relations: [{ text: "14=6 + 12", kind: "sum", target: cellOf(10), terms: [cellOf(4), cellOf(5)] }] }) //=> [TOTAL_MISMATCH]
 */
export const statedRelation: Rule = (model) => {
  const out: Finding[] = [];
  for (const r of model.relations ?? []) {
    if (r.byRule) continue; // CAPAIAN_MISMATCH, serapan and sisa rules check these cells
    const f = r.kind === "sum" ? sumFinding(r) : ratioFinding(r);
    if (f) out.push(f);
  }
  return out;
};
