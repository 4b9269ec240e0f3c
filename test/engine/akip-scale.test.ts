/** The AKIP grades as a kriteria scale (PermenPAN-RB 88/2021: "> 90" is AA, 90 itself is A). */
import { AKIP_SCALE, kriteria } from "../../src/engine/kriteria";
import { resolveScale } from "../../src/engine/evaluate/resolve-scale";
import { withStoredSettings } from "../../src/jobs/settings";
import { jobOptions } from "../../src/cli/options";
import type { Model } from "../../src/engine/model/types";

const label = (v: number) => {
  const r = kriteria(v, AKIP_SCALE);
  return r.ok ? r.value.label : r.code;
};

describe("AKIP grades as a capaian scale: bands are '> lower bound'", () => {
  it.each([
    [100, "AA (Sangat Memuaskan)"],
    [90.01, "AA (Sangat Memuaskan)"],
    [90, "A (Memuaskan)"],
    [80, "BB (Sangat Baik)"],
    [70.95, "BB (Sangat Baik)"],
    [60.5, "B (Baik)"],
    [50.01, "CC (Cukup)"],
    [50, "C (Kurang)"],
    [30.01, "C (Kurang)"],
    [30, "D (Sangat Kurang)"],
    [0, "D (Sangat Kurang)"],
  ])("%s → %s", (v, want) => expect(label(v)).toBe(want));
});

describe("choosing the AKIP scale", () => {
  const model = { profil: {}, tables: [], indikator: [], anggaran: [], diagnostics: [] } as Model;
  it("resolveScale gives it by name, over a Skala sheet", () => {
    const r = resolveScale({ ...model, skala: [] }, "akip");
    expect(r.ok && r.value.id).toBe("akip");
  });
  it("the pane's stored choice reaches the jobs", () => {
    expect(withStoredSettings({}, { skala: "akip" }).skala).toBe("akip");
    expect(withStoredSettings({}, { skala: "lembar" }).skala).toBeUndefined();
  });
  it("the CLI takes --skala akip and refuses other names in Indonesian", () => {
    expect(jobOptions({ skala: "akip" }).skala).toBe("akip");
    expect(() => jobOptions({ skala: "bpk" })).toThrow(/Pilihan: permendagri86, akip/);
  });
});
