import { parseRange } from "../../src/adapters/a1";
import { officePort } from "../../src/adapters/office";
import { applyPlanIn } from "../../src/adapters/office/write";
import { tagName } from "../../src/adapters/tag";
import { openXlsx } from "../../src/adapters/xlsx";
import { scaledExample } from "../../src/bench/example-scale";
import { RecordingExcel } from "../../src/bench/office-recorder";
import { officeWriterSection } from "../../src/bench/office-writer";
import { generateReport } from "../../src/jobs/generate-report";
import type { SheetInfo, WritePlan } from "../../src/workbook/port";
import { FakeExcel } from "../adapters/fake-excel";
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

describe("bench: the Office.js writer's syncs and largest request", () => {
  /** The example's report plan, and its sheets as the writer will list them. */
  async function examplePlan(scale: number): Promise<{ plan: WritePlan; sheets: SheetInfo[] }> {
    const book = await openXlsx(await scaledExample(scale));
    const sheets = await book.listSheets();
    let plan: WritePlan | undefined;
    await generateReport(
      {
        ...book,
        readSheets: () => book.readSheets(),
        listSheets: async () => sheets,
        applyPlan: async (p) => void (plan = p),
      },
      {},
    );
    return { plan: plan!, sheets };
  }

  it.each([1, 10])(
    "the recorder counts what the test fake of Excel counts (%i× the example)",
    async (scale) => {
      const { plan, sheets } = await examplePlan(scale);
      const excel = new RecordingExcel(sheets);
      await applyPlanIn(excel.context(), plan);
      const fx = new FakeExcel();
      for (const s of sheets) fx.seed(s.name, {}, s.tag && tagName(s.tag));
      await officePort(fx.run).applyPlan(plan);
      expect(excel.requests).toHaveLength(fx.syncs);
      // Cells assigned through values/formulas in each request, from the fake's recorded addresses.
      const cells = new Array<number>(fx.syncs).fill(0);
      for (const o of fx.ops)
        if (o.op === "values" || o.op === "formulas") {
          const b = parseRange(o.address!);
          cells[o.batch] += (b.bottom - b.top + 1) * (b.right - b.left + 1);
        }
      expect(excel.requests.map((r) => r.cells)).toEqual(cells);
      // The recorder also counts the small arguments of object lookups (getRange("A1")) the fake does not.
      const { bytes } = excel.largest();
      expect(bytes).toBeGreaterThanOrEqual(Math.max(...fx.requestBytes));
      expect(bytes).toBeLessThan(Math.max(...fx.requestBytes) * 1.5);
    },
    60_000,
  );

  it("the recorder splits requests at context.sync() and counts 2-D values as cells", async () => {
    const excel = new RecordingExcel([{ name: "Data" }]);
    const context = excel.context();
    const ws = context.workbook.worksheets.add("Baru");
    ws.getRange("A1:B2").values = [
      [1, 2],
      [3, "empat"],
    ];
    ws.getRange("A1").format.font.bold = true;
    await context.sync();
    ws.getRange("C1:C3").formulas = [["=1"], ["=2"], ["=3"]];
    await context.sync();
    expect(excel.requests.map((r) => [r.operations, r.cells])).toEqual([
      [5, 4], // add, getRange, values, getRange, bold
      [2, 3],
    ]);
    expect(excel.requests[0].bytes).toBe(
      ['["Baru"]', '["A1:B2"]', '[[1,2],[3,"empat"]]', '["A1"]', "true"].join("").length,
    );
  });

  it("prints syncs, largest request and the 5 MB verdict at 1× and 100×, one `name value unit` line each", async () => {
    const lines = await officeWriterSection();
    expect(lines[0]).toMatch(/^# /);
    for (const scale of ["1x", "100x"])
      expect(lines.filter((l) => l.startsWith(`office_writer_${scale}_`))).toEqual([
        expect.stringMatching(new RegExp(`^office_writer_${scale}_sheets \\d+ sheets$`)),
        expect.stringMatching(new RegExp(`^office_writer_${scale}_syncs \\d+ syncs$`)),
        expect.stringMatching(new RegExp(`^office_writer_${scale}_largest_request_kb \\d+\\.\\d KB$`)),
        expect.stringMatching(new RegExp(`^office_writer_${scale}_largest_request_cells \\d+ cells$`)),
        `office_writer_${scale}_request_under_5mb PASS`,
      ]);
    const figure = (name: string) => Number(lines.find((l) => l.startsWith(`${name} `))!.split(" ")[1]);
    // One request per report sheet plus the listing and the swap, more only past the payload budget.
    expect(figure("office_writer_1x_syncs")).toBe(figure("office_writer_1x_sheets") + 2);
    expect(figure("office_writer_100x_syncs")).toBeGreaterThan(figure("office_writer_1x_syncs"));
    expect(figure("office_writer_100x_largest_request_cells")).toBeGreaterThan(
      figure("office_writer_1x_largest_request_cells"),
    );
  }, 120_000);
});
