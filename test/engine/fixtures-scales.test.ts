import { readFileSync } from "fs";
import { join } from "path";
import {
  kriteria,
  predikatAkip,
  gradeRank,
  labelMatches,
  buildScale,
  PERMENDAGRI_86,
} from "../../src/engine/kriteria";

const scales = JSON.parse(readFileSync(join(__dirname, "../fixtures/shared/scales.json"), "utf8"));
type Vector = { capaian: number; engine_lower_bound_rule: string };
type EngineBand = { kode: string; label: string; min_inclusive: number | null };
type Pair = { score: number | null; grade: string; label?: string };
const vectors: Vector[] = scales.capaian_scale.test_vectors;
const engineBands: EngineBand[] = scales.capaian_scale.engine_rule.bands;
const pairs: Pair[] = scales.sakip_akip_evaluation.score_grade_pairs;
const printed = scales.capaian_scale.as_printed as {
  rows: {
    interval_literal: { min_inclusive: number | null; max_inclusive: number };
    kriteria?: string;
    kategori?: string;
    kriteria_kode_warna?: string;
  }[];
}[];

describe("scales.json engine_rule bands are PERMENDAGRI_86", () => {
  it.each(engineBands.map((b, i) => [b.kode, b, i] as const))("%s", (_k, band, i) => {
    expect(PERMENDAGRI_86.bands[i]).toMatchObject({
      kode: band.kode,
      label: band.label,
      min: band.min_inclusive,
    });
  });
});

describe("scales.json test vectors: the engine lower-bound reading", () => {
  it("has 24 vectors", () => expect(vectors).toHaveLength(24));
  it.each(vectors.map((v) => [v.capaian, v.engine_lower_bound_rule] as const))(
    "%p → %s",
    (value, expected) => {
      const band = kriteria(value);
      expect(band.ok && band.value.label).toBe(expected);
    },
  );
});

describe("AKIP score/grade pairs of the seeds (76,36 → BB at 000:L823, 70,95 → BB at 004:L794)", () => {
  const scored = pairs.filter((p) => typeof p.score === "number");
  it.each(scored.map((p) => [p.score, p.grade, p] as const))("%p → %s", (score, grade, pair) => {
    const r = predikatAkip(score as number);
    expect(r.ok && r.value.grade).toBe(grade);
    if (pair.label) expect(r.ok && r.value.label).toBe(pair.label);
  });
  it("includes both seed data points", () => {
    expect(scored.map((p) => p.score)).toEqual(expect.arrayContaining([76.36, 70.95]));
  });
  it.each(scales.sakip_akip_evaluation.grades_seen as string[])("grade seen %s has an AKIP rank", (grade) => {
    expect(gradeRank(grade)).toMatchObject({ scale: "akip" });
  });
});

describe("002 predikat codes are scale codes; the engine reading of K capaian matches engine_on_k", () => {
  const occurrences = scales.predikat_codes_seed_002.occurrences as {
    code: string;
    k_capaian: number;
    engine_on_k: string;
  }[];
  it.each(occurrences.map((o) => [o.k_capaian, o.engine_on_k, o.code] as const))(
    "%p → %s (printed %s)",
    (k, kode) => {
      const band = kriteria(k);
      expect(band.ok && labelMatches(kode, band.value)).toBe(true);
    },
  );
});

describe("the printed scales of 000 and 004 (integer bounds with gaps) build as valid user scales", () => {
  it.each(printed.map((t, i) => [i, t] as const))("table %p", (_i, table) => {
    const rows = table.rows.map((r) => ({
      min: r.interval_literal.min_inclusive,
      max: r.interval_literal.max_inclusive,
      label: (r.kriteria ?? r.kategori) as string,
      color: r.kriteria_kode_warna ?? null,
    }));
    const scale = buildScale(rows);
    expect(scale.ok).toBe(true);
    if (!scale.ok) return;
    for (const v of vectors) {
      const band = kriteria(v.capaian, scale.value);
      const engineIndex = PERMENDAGRI_86.bands.findIndex((b) => b.label === v.engine_lower_bound_rule);
      expect(band.ok && scale.value.bands.indexOf(band.value)).toBe(engineIndex);
    }
  });
});
