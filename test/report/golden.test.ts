/**
 * Golden SheetSpecs (test/report/golden/*.json), reviewed like code. Regenerate deliberately with
 * `UPDATE_GOLDEN=1 npx jest test/report`, look at the diff, commit it. A missing file fails.
 */
import * as path from "path";
import { openXlsx } from "../../src/adapters/xlsx";
import { buildReport } from "../../src/report";
import { readModel } from "../../src/workbook";
import { LAYOUTS } from "../fixtures/layouts";
import { toGrids } from "../support/layout";
import { expectGolden } from "./support/golden";
import { specProblems } from "./support/invariants";
import { EDGE_FINDINGS, edgeModel, seed004Model } from "./support/models";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "contoh-LKjIP-2024.xlsx");

/** One model from every printed-layout table of a seed, as staff would keep them in one workbook. */
function seedWorkbook(seed: "000" | "004") {
  const sheets = LAYOUTS.filter((l) => l.seed === seed).flatMap((l) => l.layout.sheets);
  return readModel(toGrids({ name: seed, sheets }));
}

describe("golden SheetSpecs of hand-built models", () => {
  it.each([
    ["hand-004", () => buildReport(seed004Model(), [], {})],
    ["hand-edge", () => buildReport(edgeModel(), EDGE_FINDINGS, {})],
    [
      "hand-edge-batas-rasio",
      () =>
        buildReport(edgeModel(), [], {
          batas: 100,
          efisiensi: "rasio",
          sheets: ["capaian-kinerja", "efisiensi", "ringkasan"],
        }),
    ],
  ])("%s", (name, build) => {
    expectGolden(name, build());
  });
});

describe("golden SheetSpecs of the seed-layout workbooks (reader → report)", () => {
  it.each(["004", "000"] as const)("seed %s", (seed) => {
    const specs = buildReport(seedWorkbook(seed), [], {});
    for (const s of specs) expect(specProblems(s)).toEqual([]);
    expectGolden(`layouts-${seed}`, specs);
  });
});

describe("golden SheetSpecs of the bundled example (assets/contoh-LKjIP-2024.xlsx)", () => {
  it("matches and is sound", async () => {
    const book = await openXlsx(EXAMPLE);
    const grids = (await book.readSheets()).filter((g) => g.tag?.role !== "report");
    const specs = buildReport(readModel(grids), [], {});
    for (const s of specs) expect(specProblems(s)).toEqual([]);
    expectGolden("contoh-LKjIP-2024", specs);
  });
});
