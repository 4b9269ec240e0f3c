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

describe("bench section prints one `name value unit` line per figure", () => {
  it("reports the time, its PASS/FAIL and the findings (100 capaian errors among 5 000 indikator)", async () => {
    const lines = await checkSection();
    expect(lines[0]).toMatch(/^# /);
    expect(lines[1]).toMatch(/^check_grid_ms \d+ ms$/);
    expect(lines[2]).toMatch(/^check_grid_target_2000_ms (PASS|FAIL)$/);
    expect(lines.slice(3)).toEqual([
      expect.stringMatching(/^check_grid_errors \d+ findings$/),
      expect.stringMatching(/^check_grid_warnings \d+ findings$/),
      expect.stringMatching(/^check_grid_info \d+ findings$/),
    ]);
    expect(Number(lines[3].split(" ")[1])).toBeGreaterThanOrEqual(100);
  }, 60_000);
});
