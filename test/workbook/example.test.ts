import fs from "fs";
import path from "path";
import { openXlsx } from "../../src/adapters/xlsx";
import type { SheetGrid } from "../../src/workbook/port";
import { buildExample, EXAMPLE_FILE } from "../../assets/example/build";
import { CONTOH_004 } from "../../assets/example/contoh-004";

/** Every non-empty cell as "Sheet!A1" → value (errors as their code). */
function values(grids: SheetGrid[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const g of grids)
    g.rows.forEach((row, i) =>
      row.forEach((c, j) => {
        const v = c?.error ?? c?.v ?? null;
        if (v !== null && v !== "") out.set(`${g.name}!${g.origin.col + j}:${g.origin.row + i}`, v);
      }),
    );
  return out;
}

describe("bundled example", () => {
  let built: SheetGrid[];
  let committed: SheetGrid[];
  beforeAll(async () => {
    built = await (await openXlsx(await buildExample())).readSheets();
    committed = await (
      await openXlsx(fs.readFileSync(path.join(__dirname, "../..", EXAMPLE_FILE)))
    ).readSheets();
  });

  it("the committed .xlsx equals a fresh build, cell by cell (run node scripts/build-example.js after editing the data)", () => {
    expect(committed.map((g) => g.name)).toEqual(built.map((g) => g.name));
    expect([...values(committed)]).toEqual([...values(built)]);
  });

  it("holds every Tabel 3.7 and 3.6 budget row and every indicator", () => {
    const anggaran = built.find((g) => g.name === "Anggaran")!;
    const uraian = anggaran.rows
      .slice(1)
      .map((r) => r[2]?.v)
      .filter((v) => v !== null && v !== undefined);
    expect(uraian).toHaveLength(56 + 4);
    expect(CONTOH_004.kinerja).toHaveLength(8);
  });

  it.each([
    ["Kinerja", "P5", "70.95"], // Realisasi typed with a dot (KE004-60)
    ["Kinerja", "Q5", 97.1], // stated capaian, truncated (KE004-55)
    ["Profil", "B4", "Dinas Koperasi dan Usaha Kecil dan Menengah"],
    ["Profil", "B6", 2024],
  ])("%s!%s keeps the report's value %p", (sheet, a1, expected) => {
    const g = built.find((x) => x.name === sheet)!;
    const col = a1.charCodeAt(0) - 64;
    const row = Number(a1.slice(1));
    expect(g.rows[row - g.origin.row][col - g.origin.col]?.v).toEqual(expected);
  });

  it("keeps the wrong stated serapan of Tabel 3.7 program 1 (93,83 for 66,84)", () => {
    const g = built.find((x) => x.name === "Anggaran")!;
    const header = g.rows[0].map((c) => c?.v);
    const first = g.rows[1];
    expect(first[header.indexOf("Pagu")]?.v).toBe(5670694672);
    expect(first[header.indexOf("Serapan (%)")]?.v).toBe(93.83);
  });
});
