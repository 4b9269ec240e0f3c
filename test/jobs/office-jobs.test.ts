/**
 * The task pane's three jobs through the Office.js adapter, on the recording fake of Excel.RequestContext:
 * the same use-cases as the CLI, with a round-trip count that does not grow with the workbook.
 */
import { officePort } from "../../src/adapters/office";
import { createTemplate } from "../../src/jobs/create-template";
import { generateReport } from "../../src/jobs/generate-report";
import { checkWorkbook } from "../../src/jobs/check-workbook";
import { FakeExcel } from "../adapters/fake-excel";
import { CONTOH_004 } from "../../assets/example/contoh-004";

async function exampleInExcel(): Promise<FakeExcel> {
  const fx = new FakeExcel();
  await createTemplate(officePort(fx.run), CONTOH_004);
  fx.syncs = 0;
  return fx;
}

describe("Buat templat in Excel: the template's sheets, Tables and tags", () => {
  it("creates the five template sheets, tagged as template, with Kinerja and Anggaran Tables", async () => {
    const fx = new FakeExcel();
    fx.seed("Data saya", { A1: "punya pengguna" });
    const result = await createTemplate(officePort(fx.run), { tahun: 2024 });
    expect(result.sheets).toEqual(["Petunjuk", "Profil", "Kinerja", "Anggaran", "Skala"]);
    expect(fx.sheet("Data saya").cells.get("A1")?.value).toBe("punya pengguna");
    expect(fx.sheet("Kinerja").tables.map((t) => t.name)).toEqual(["Kinerja"]);
    expect(fx.sheet("Anggaran").tables.map((t) => t.name)).toEqual(["Anggaran"]);
    expect(fx.names.filter((n) => n.name.startsWith("_SAKIP_template_")).length).toBe(5);
  });
});

describe("Periksa and Buat lembar LKjIP in Excel give the CLI's results in a few round trips", () => {
  it("Periksa reads every sheet in a constant number of syncs and finds the example's errors", async () => {
    const fx = await exampleInExcel();
    const result = await checkWorkbook(officePort(fx.run), {});
    expect(result.summary.errors).toBe(50);
    expect(
      result.findings.some((f) => f.rule === "PERSEN_MISMATCH" && f.sheet === "Anggaran" && f.cell === "I2"),
    ).toBe(true);
    expect(fx.syncs).toBeLessThanOrEqual(3);
  });

  it("Buat lembar LKjIP writes the nine report sheets in a handful of syncs, twice the same", async () => {
    const fx = await exampleInExcel();
    const port = officePort(fx.run);
    const first = await generateReport(port, {});
    const syncs = fx.syncs;
    expect(first.sheets.map((s) => s.name)).toContain("Capaian Kinerja");
    // Reading 3, listing 1, one request per new sheet, then remove/rename/activate: never per row.
    expect(syncs).toBeLessThanOrEqual(5 + first.sheets.length);
    const snapshot = (name: string) =>
      [...fx.sheet(name).cells.entries()].map(([a, c]) => `${a}=${JSON.stringify(c.value)}`);
    const before = first.sheets.map((s) => snapshot(s.name));
    const second = await generateReport(port, {});
    expect(second.sheets).toEqual(first.sheets);
    expect(second.sheets.map((s) => snapshot(s.name))).toEqual(before);
    const tagged = (await port.listSheets()).filter((s) => s.tag?.role === "report").map((s) => s.name);
    expect(tagged).toEqual(first.sheets.map((s) => s.name));
  });
});
