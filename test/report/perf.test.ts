/** The report model stays fast at the size: 5,000 indicators and 20,000 budget rows. */
import { buildReport } from "../../src/report";
import { anggaranTable, kinerjaTable, model } from "./support/model";

function big() {
  const kinerja = kinerjaTable(
    "Kinerja",
    Array.from({ length: 5000 }, (_, i) => ({
      kode: `${Math.floor(i / 5) + 1}.${(i % 5) + 1}`,
      sasaran: `Sasaran ${Math.floor(i / 5) + 1}`,
      indikator: `Indikator ${i + 1}`,
      satuan: "%",
      target: 50 + (i % 50),
      realisasi: 40 + ((i * 7) % 70),
      targetAkhir: 100,
    })),
  );
  const seeds: Parameters<typeof anggaranTable>[1] = [];
  for (let p = 0; p < 1000; p++) {
    const at: number = seeds.length;
    seeds.push({ kode: `${p + 1}`, uraian: `Program ${p + 1}`, tingkat: "program" as const, sasaran: `Sasaran ${p + 1}` });
    for (let k = 0; k < 19; k++) seeds.push({ kode: `${p + 1}.${k + 1}`, uraian: `Kegiatan ${k + 1}`, tingkat: "kegiatan" as const, parent: at, pagu: 1_000_000 + k, realisasi: 900_000 + k });
  }
  return model({ kinerja: [kinerja], anggaran: [anggaranTable("Anggaran", seeds)] });
}

// The budget is 5 s for reading, building and writing together (npm run bench measures it);
// this guard catches a quadratic blow-up in the report model without failing on a busy CI machine.
describe("buildReport stays fast for 5,000 indicators and 20,000 budget rows", () => {
  it("takes under 8 s even with other suites running (about 2–3 s alone)", () => {
    const m = big();
    const t0 = Date.now();
    const specs = buildReport(m, [], {});
    const ms = Date.now() - t0;
    expect(specs.find((s) => s.key === "realisasi-anggaran")?.blocks[0].rows.length).toBeGreaterThan(20000);
    expect(ms).toBeLessThan(8000);
  });
});
