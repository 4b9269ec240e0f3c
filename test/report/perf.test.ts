/** The report model is complete at the size: 5,000 indicators and 20,000 budget rows (speed: npm run bench). */
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
    seeds.push({
      kode: `${p + 1}`,
      uraian: `Program ${p + 1}`,
      tingkat: "program" as const,
      sasaran: `Sasaran ${p + 1}`,
    });
    for (let k = 0; k < 19; k++)
      seeds.push({
        kode: `${p + 1}.${k + 1}`,
        uraian: `Kegiatan ${k + 1}`,
        tingkat: "kegiatan" as const,
        parent: at,
        pagu: 1_000_000 + k,
        realisasi: 900_000 + k,
      });
  }
  return model({ kinerja: [kinerja], anggaran: [anggaranTable("Anggaran", seeds)] });
}

describe("buildReport covers every row at the issue's size: 5,000 indicators and 20,000 budget rows", () => {
  it("writes every budget row and every indicator", () => {
    const specs = buildReport(big(), [], {});
    expect(specs.find((s) => s.key === "realisasi-anggaran")?.blocks[0].rows.length).toBeGreaterThan(20000);
    const capaian = specs.find((s) => s.key === "capaian-kinerja");
    const indikatorRows = capaian!.blocks
      .flatMap((b) => b.rows)
      .filter((r) => typeof r[2] === "string" && /^Indikator \d+$/.test(r[2] as string));
    expect(indikatorRows).toHaveLength(5000);
  });
});
