import { problem, ok, type Result } from "../result";
import type { AkipGrade, Scale } from "./types";
import { showValue } from "../numbers/show-value";

// PermenPAN-RB 88/2021, upper bound inclusive (docs/DOMAIN.md §3.2: bands read "> 90 – 100").
const GRADES: { above: number; grade: AkipGrade }[] = [
  { above: 90, grade: { grade: "AA", label: "Sangat Memuaskan" } },
  { above: 80, grade: { grade: "A", label: "Memuaskan" } },
  { above: 70, grade: { grade: "BB", label: "Sangat Baik" } },
  { above: 60, grade: { grade: "B", label: "Baik" } },
  { above: 50, grade: { grade: "CC", label: "Cukup" } },
  { above: 30, grade: { grade: "C", label: "Kurang" } },
];
const D: AkipGrade = { grade: "D", label: "Sangat Kurang" };

/**
 * AKIP grade of an evaluation score 0–100 (seed points: 76,36 → BB at 000:L823, 70,95 → BB at 004:L794).
 * @example predikatAkip(76.36) //=> { ok: true, value: { grade: "BB", label: "Sangat Baik" } }
 */
export function predikatAkip(nilai: number): Result<AkipGrade> {
  if (typeof nilai !== "number" || !Number.isFinite(nilai)) {
    return problem("#VALUE!", `Nilai AKIP bukan angka: '${showValue(nilai)}'`);
  }
  const value = Number(nilai.toPrecision(15));
  if (value < 0 || value > 100)
    return problem("#VALUE!", `Nilai AKIP harus antara 0 dan 100: '${showValue(nilai)}'`);
  const hit = GRADES.find((g) => value > g.above);
  return ok({ ...(hit ? hit.grade : D) });
}

// "> 90" as a lower bound: the smallest number above 90 (and so on), so 90 itself is A, as the table reads.
const above = (n: number) => n + n * Number.EPSILON;

/**
 * The AKIP grades (PermenPAN-RB 88/2021) as a kriteria scale, for agencies that rate capaian by them.
 * @example kriteria(95, AKIP_SCALE).value.label //=> "AA (Sangat Memuaskan)"
 */
export const AKIP_SCALE: Scale = {
  id: "akip",
  name: "Predikat AKIP (PermenPAN-RB 88/2021)",
  bands: [
    ...GRADES.map((g, i) => ({
      min: above(g.above),
      label: `${g.grade.grade} (${g.grade.label})`,
      kode: g.grade.grade,
      color: ["#00B050", "#92D050", "#C6E0B4", "#FFFF00", "#FFC000", "#FF7C80"][i],
      aliases: [g.grade.grade, g.grade.label],
    })),
    {
      min: null,
      label: `${D.grade} (${D.label})`,
      kode: D.grade,
      color: "#FF0000",
      aliases: [D.grade, D.label],
    },
  ],
};
