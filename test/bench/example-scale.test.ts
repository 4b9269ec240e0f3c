import { openXlsx } from "../../src/adapters/xlsx";
import { copyCode, scaledExample } from "../../src/bench/example-scale";
import { benchLine, verdictLine } from "../../src/bench/measure";
import { readWorkbook } from "../../src/jobs/read-workbook";

describe("copyCode: the first numeric segment moves by 100 per copy, a letter segment takes the copy number", () => {
  it.each([
    ["1.1.1", 1, "101.1.1"],
    ["1.1.1.2", 2, "201.1.1.2"],
    ["3", 99, "9903"],
    ["R.1", 2, "R2.1"],
    ["1", 0, "1"],
  ])("%s, copy %d → %s", (code, copy, expected) => {
    expect(copyCode(code, copy)).toBe(expected);
  });
});

describe("scaledExample repeats the example's Kinerja and Anggaran rows, read through the same job", () => {
  const rows = async (times: number) => {
    const model = await readWorkbook(await openXlsx(await scaledExample(times)));
    return Object.fromEntries(model.tables.map((t) => [t.kind, t.rows]));
  };
  it("3× has three times the kinerja and anggaran rows of 1×, the other sheets unchanged", async () => {
    const one = await rows(1);
    const three = await rows(3);
    expect(one.kinerja).toBeGreaterThan(0);
    expect(one.anggaran).toBeGreaterThan(0);
    expect(three).toEqual({ ...one, kinerja: one.kinerja * 3, anggaran: one.anggaran * 3 });
  }, 30_000);
});

describe("bench lines are `name value unit` with a plain decimal point, verdicts PASS or FAIL", () => {
  it.each([
    [benchLine("generate_100x_peak_rss_mb", 812.4, "MB"), "generate_100x_peak_rss_mb 812 MB"],
    [benchLine("read_1x_ms", 41.25, "ms", 1), "read_1x_ms 41.3 ms"],
    [benchLine("rekap_500_files_per_s", 1234.5, "files/s", 1), "rekap_500_files_per_s 1234.5 files/s"],
    [verdictLine("scale_rule_100x_under_150x", true), "scale_rule_100x_under_150x PASS"],
    [verdictLine("scale_rule_100x_under_150x", false), "scale_rule_100x_under_150x FAIL"],
  ])("%s", (line, expected) => {
    expect(line).toBe(expected);
  });
});
