import { formatNumber } from "../numbers/format";
import { parseNumber } from "../numbers/parse-number";
import { capaian, rawCapaian } from "./capaian";
import { readInput } from "./read-input";
import type { CapaianInput, Polaritas } from "./types";

// Inputs print with their own decimals (67,71 stays 67,71), results with 2 (docs/DOMAIN.md §2).
function num(value: number): string {
  const parsed = parseNumber(value);
  return formatNumber(value, parsed.kind === "number" ? Math.min(parsed.decimals, 6) : 2);
}

function steps(polaritas: Polaritas, t: number, r: number): string {
  if (polaritas === "turun") return `(2 × ${num(t)} − ${num(r)}) / ${num(t)} × 100`;
  if (polaritas === "turun-rasio") return `${num(t)} / ${num(r)} × 100`;
  if (polaritas === "tetap") return `100 − |${num(r)} − ${num(t)}| / ${num(t)} × 100`;
  return `${num(r)} / ${num(t)} × 100`;
}

/**
 * The computation in words and numbers, for a cell note or the report; a problem explains itself.
 * @example explainCapaian({ target: 70, realisasi: 67.71 }) //=> "67,71 / 70 × 100 = 96,73"
 */
export function explainCapaian(input: CapaianInput): string {
  const result = capaian(input);
  if (!result.ok) return `${result.code} ${result.message}`;
  const p = readInput(input);
  if (!p.ok) return `${p.code} ${p.message}`;
  const { target: t, r, polaritas, batas } = p.value;
  const raw = rawCapaian(p.value);
  const rawValue = raw.ok ? raw.value : result.value;
  const capped = batas !== null && rawValue > batas ? ` (dibatasi ${formatNumber(batas)})` : "";
  const shown = `${formatNumber(rawValue)}${capped}`;
  if (t.kind === "predikat") {
    return `peringkat ${p.value.rGrade} (${r}) / peringkat ${t.grade} (${t.rank}) × 100 = ${shown}`;
  }
  if (t.kind === "range") {
    const band = `${num(t.lower)}–${num(t.upper)}`;
    if (r >= t.lower && r <= t.upper) return `${num(r)} dalam rentang ${band} = ${shown}`;
    const nearest = r > t.upper ? t.upper : t.lower;
    const where = r > t.upper ? "di atas" : "di bawah";
    return `${num(r)} ${where} rentang ${band}: ${steps(polaritas, nearest, r)} = ${shown}`;
  }
  if (t.value === 0) return `Target 0, realisasi ${num(r)}: capaian ${shown} (aturan khusus target 0)`;
  if (polaritas === "turun-rasio" && r === 0) {
    return `Realisasi 0 pada polaritas turun-rasio: capaian ${shown} (batas atas, atau 2 × 100)`;
  }
  return `${steps(polaritas, t.value, r)} = ${shown}`;
}
