/**
 * Issue 13: negative budgets are NEGATIVE_VALUE (not "Realisasi 0 melebihi pagu -1"), and 0 / 0 is never
 * printed as arithmetic: docs/DOMAIN.md §2 and §5 make target 0 with realisasi 0 (and pagu 0 with realisasi 0)
 * worth 100 by rule, and the message says it is that rule.
 */
import { openXlsx } from "../../src/adapters/xlsx";
import { checkWorkbook } from "../../src/jobs/check-workbook";
import type { Finding } from "../../src/engine/check/finding";
import { exampleAddress, exampleWith, type Edit } from "../support/example-edits";

async function check(edits: Edit[]): Promise<Finding[]> {
  return (await checkWorkbook(await openXlsx(await exampleWith(edits)))).findings;
}
const at = (findings: Finding[], sheet: string, cell: string) =>
  findings.filter((f) => f.sheet === sheet && f.cell === cell).map((f) => `${f.rule}/${f.severity}`);

describe("negative pagu/realisasi are NEGATIVE_VALUE errors and OVER_BUDGET does not fire on them", () => {
  it.each<[string, Edit[], { column: string; row: number }, string[]]>([
    [
      "pagu -1, realisasi 0",
      [
        { sheet: "Anggaran", row: 3, column: "Pagu", value: -1 },
        { sheet: "Anggaran", row: 3, column: "Realisasi", value: 0 },
      ],
      { column: "Pagu", row: 3 },
      ["NEGATIVE_VALUE/error"],
    ],
    [
      "realisasi -5",
      [{ sheet: "Anggaran", row: 5, column: "Realisasi", value: -5 }],
      { column: "Realisasi", row: 5 },
      ["NEGATIVE_VALUE/error"],
    ],
    [
      "pagu sebelum perubahan -10",
      [{ sheet: "Anggaran", row: 5, column: "Pagu Sebelum Perubahan", value: -10 }],
      { column: "Pagu Sebelum Perubahan", row: 5 },
      ["NEGATIVE_VALUE/error"],
    ],
  ])(
    "%s",
    async (_name, edits, where, rules) => {
      const findings = await check(edits);
      const cell = await exampleAddress("Anggaran", where.row, where.column);
      expect(at(findings, "Anggaran", cell).filter((r) => !r.startsWith("ROLLUP"))).toEqual(rules);
      const row = await exampleAddress("Anggaran", where.row, "Realisasi");
      expect(at(findings, "Anggaran", row)).not.toContain("OVER_BUDGET/warning");
      expect(findings.map((f) => f.message).join("\n")).not.toMatch(/melebihi pagu -/);
      const negative = findings.find((f) => f.rule === "NEGATIVE_VALUE" && f.cell === cell)!;
      expect(negative.message).toMatch(
        /bernilai negatif \(-\d+\); anggaran dan realisasinya tidak pernah di bawah 0/,
      );
    },
    30_000,
  );
});

describe("0 / 0 is not printed as a capaian: target 0 and realisasi 0 is the rule's 100, said as the rule", () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await check([
      { sheet: "Kinerja", row: 2, column: "Target", value: 0 },
      { sheet: "Kinerja", row: 2, column: "Realisasi", value: 0 },
      { sheet: "Kinerja", row: 2, column: "Capaian (%)", value: 50 },
      { sheet: "Kinerja", row: 3, column: "Target Akhir Renstra", value: 0 },
      { sheet: "Kinerja", row: 3, column: "Realisasi", value: 0 },
      { sheet: "Kinerja", row: 3, column: "Tingkat Kemajuan (%)", value: 50 },
      { sheet: "Anggaran", row: 4, column: "Pagu", value: 0 },
      { sheet: "Anggaran", row: 4, column: "Realisasi", value: 0 },
      { sheet: "Anggaran", row: 4, column: "Serapan (%)", value: 50 },
    ]);
  }, 30_000);

  it("no message anywhere shows 0 / 0", () => {
    expect(findings.map((f) => f.message).join("\n")).not.toMatch(/\b0 \/ 0\b/);
  });

  it.each([
    [
      "Kinerja",
      2,
      "Capaian (%)",
      /^Capaian tertulis 50 tetapi Target 0, realisasi 0: capaian 100,00 \(aturan khusus target 0\)$/,
    ],
    [
      "Kinerja",
      3,
      "Tingkat Kemajuan (%)",
      /^Tingkat kemajuan tertulis 50 tetapi Target akhir 0, realisasi 0: kemajuan 100,00 \(aturan khusus target 0\)$/,
    ],
    [
      "Anggaran",
      4,
      "Serapan (%)",
      /^Persentase serapan tertulis 50 tetapi pagu 0 dan realisasi 0: serapan 100,00 \(aturan khusus pagu 0\)$/,
    ],
  ] as const)("%s row %p, %s", async (sheet, row, column, message) => {
    const cell = await exampleAddress(sheet, row, column);
    const f = findings.find((x) => x.sheet === sheet && x.cell === cell && x.rule.endsWith("_MISMATCH"));
    expect(f?.message).toMatch(message);
    expect(f?.expected).toBe(100);
  });
});
