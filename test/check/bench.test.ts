import { benchGrids, checkSection, gridPort } from "../../src/bench/check";
import { checkWorkbook } from "../../src/jobs/check-workbook";

describe("bench workbook is read and checked as intended", () => {
  it.each([
    { indikator: 100, programs: 2 },
    { indikator: 250, programs: 3 },
  ])("$indikator indikator, $programs programs", async ({ indikator, programs }) => {
    const r = await checkWorkbook(gridPort(benchGrids(indikator, programs)), { tahun: 2024 });
    const kinds = r.tables.map((t) => `${t.sheet}:${t.kind}:${t.rows}`);
    expect(kinds).toEqual([`Kinerja:kinerja:${indikator}`, `Anggaran:anggaran:${programs * 100}`]);
    const by = (rule: string) => r.findings.filter((f) => f.rule === rule && f.severity === "error").length;
    expect(by("CAPAIAN_MISMATCH")).toBe(indikator / 50); // every 50th capaian is off by 5
    expect(by("ROLLUP_MISMATCH")).toBe(0); // parents state exact sums
    expect(by("PERSEN_MISMATCH")).toBeGreaterThan(0);
  });
});

describe("bench section prints a PASS/BELUM line", () => {
  it("reports the time and the findings", async () => {
    const lines = await checkSection();
    expect(lines[0]).toMatch(
      /^checkWorkbook 5\.000 indikator \+ 20\.000 baris anggaran: [\d.]+ ms .*(PASS|BELUM)$/,
    );
    expect(lines[1]).toMatch(/temuan: [\d.]+ kesalahan/);
  }, 60_000);
});
