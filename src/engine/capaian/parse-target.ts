import { problem, ok, type Result } from "../result";
import { parseNumber } from "../numbers/parse-number";
import { gradeRank } from "../kriteria/grade-rank";
import type { TargetSpec } from "./types";
import { showValue } from "../numbers/show-value";

// "70–80", "70 - 80", "70 s/d 80", "70% – 80%"; the first side may carry its own minus sign.
const RANGE = /^(-?[^-\u2013\u2014]+?)\s*(?:[-\u2013\u2014]|s\/d|s\.d\.?|sampai dengan|sampai)\s*(.+)$/i;

function asPredikat(text: string): TargetSpec | null {
  const grade = text.replace(/\s*\([^()]*\)\s*$/, "").trim(); // "BB (76)", "A (81,1)" → the grade
  const rank = gradeRank(grade);
  return rank ? { kind: "predikat", scale: rank.scale, grade: grade.toUpperCase(), rank: rank.rank } : null;
}

function asRange(text: string): Result<TargetSpec> | null {
  const m = RANGE.exec(text);
  if (!m) return null;
  const [lower, upper] = [parseNumber(m[1]), parseNumber(m[2])];
  if (lower.kind !== "number" || upper.kind !== "number") return null;
  if (lower.value > upper.value)
    return problem("#VALUE!", `Rentang target terbalik: '${text}' (batas bawah lebih besar)`);
  return ok({ kind: "range", lower: lower.value, upper: upper.value });
}

/**
 * Reads a target cell: a number, a range, or a predikat grade (docs/DOMAIN.md §2).
 * @example parseTarget("70–80") //=> { ok: true, value: { kind: "range", lower: 70, upper: 80 } }
 * @example parseTarget("73 (BB)") //=> { ok: true, value: { kind: "number", value: 73 } }
 */
export function parseTarget(raw: unknown): Result<TargetSpec> {
  if (typeof raw === "number" && Number.isFinite(raw)) return ok({ kind: "number", value: raw });
  const parsed = parseNumber(raw);
  if (parsed.kind === "number") return ok({ kind: "number", value: parsed.value });
  const text = typeof raw === "string" ? raw.replace(/\s+/g, " ").trim() : "";
  const predikat = text ? asPredikat(text) : null;
  if (predikat) return ok(predikat);
  const range = text ? asRange(text) : null;
  return range ?? problem("#VALUE!", `Target kosong atau bukan angka: '${showValue(raw ?? "")}'`);
}
