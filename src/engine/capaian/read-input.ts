import { problem, ok, type Result } from "../result";
import { parseNumber } from "../numbers/parse-number";
import { gradeRank } from "../kriteria/grade-rank";
import { predikatAkip } from "../kriteria/predikat-akip";
import { parsePolaritas } from "./parse-polaritas";
import { parseTarget } from "./parse-target";
import type { CapaianInput, Polaritas, TargetSpec } from "./types";
import { showValue } from "../numbers/show-value";

/** Inputs of capaian once read: `r` is the realisasi value, or its rank for a predikat target. */
export type Prepared = {
  target: TargetSpec;
  polaritas: Polaritas;
  batas: number | null;
  r: number;
  rGrade: string | null;
};

function readBatas(raw: unknown): Result<number | null> {
  if (raw === null || raw === undefined || raw === "") return ok(null);
  if (typeof raw === "number" && raw > 0 && raw < Infinity) return ok(raw);
  const parsed = parseNumber(raw);
  if (parsed.kind === "number" && parsed.value > 0) return ok(parsed.value);
  return problem("#VALUE!", `Batas atas bukan angka positif: '${showValue(raw)}'`);
}

function readGrade(
  raw: unknown,
  target: TargetSpec & { kind: "predikat" },
): Result<{ r: number; rGrade: string }> {
  const text = typeof raw === "string" ? raw.replace(/\s*\([^()]*\)\s*$/, "").trim() : "";
  const rank = gradeRank(text);
  if (rank && rank.scale === target.scale) return ok({ r: rank.rank, rGrade: text.toUpperCase() });
  if (rank)
    return problem(
      "#VALUE!",
      `Realisasi '${text}' memakai skala predikat lain dari target '${target.grade}'`,
    );
  const score = parseNumber(raw); // an AKIP score "76,36" is graded first (docs/DOMAIN.md §3.2)
  const graded = score.kind === "number" && target.scale === "akip" ? predikatAkip(score.value) : null;
  if (graded && graded.ok)
    return ok({ r: gradeRank(graded.value.grade)?.rank ?? 0, rGrade: graded.value.grade });
  return problem(
    "#VALUE!",
    `Realisasi bukan predikat ${target.scale === "akip" ? "AKIP" : "opini BPK"}: '${showValue(raw ?? "")}'`,
  );
}

function readRealisasi(raw: unknown): Result<number> {
  // Cells mostly hold real numbers: skip the text parser (and its decimals bookkeeping) for them.
  if (typeof raw === "number" && Number.isFinite(raw)) return ok(raw);
  const parsed = parseNumber(raw);
  if (parsed.kind === "number") return ok(parsed.value);
  if (parsed.kind === "empty") return problem("#N/A", "Realisasi kosong: capaian belum dapat dihitung");
  return problem("#VALUE!", `Realisasi bukan angka: '${parsed.text}'`);
}

/**
 * Reads and checks the arguments of capaian; the first bad one becomes a problem naming it.
 * @example readInput({ target: "70", realisasi: "67,71" }) //=> { ok: true, value: { r: 67.71, ... } }
 */
export function readInput(input: CapaianInput): Result<Prepared> {
  if (!input || typeof input !== "object")
    return problem("#VALUE!", "Argumen capaian tidak lengkap (target, realisasi)");
  const target = parseTarget(input.target);
  if (!target.ok) return target;
  const polaritas = parsePolaritas(input.polaritas);
  if (!polaritas.ok) return polaritas;
  const batas = readBatas(input.batas);
  if (!batas.ok) return batas;
  const t = target.value;
  const real = t.kind === "predikat" ? readGrade(input.realisasi, t) : readRealisasi(input.realisasi);
  if (!real.ok) return real;
  const { r, rGrade } = typeof real.value === "number" ? { r: real.value, rGrade: null } : real.value;
  return ok({ target: t, polaritas: polaritas.value, batas: batas.value, r, rGrade });
}
