/**
 * `sakip baca` shows where each budget row was placed and why (issue 10 item 6): its tingkat, its parent row and the
 * evidence ("angka romawi", "tebal", "penomoran", "kata kunci", "jumlah anak cocok"), as text and as --json.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { sakip } from "./run";
import { toXlsxBuffer } from "../support/layout";
import { blocksCorrected, boldRomanCorrected } from "../fixtures/layouts/hierarchy-budget";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-baca-tingkat-"));
const roman = path.join(dir, "romawi.xlsx");
const blok = path.join(dir, "blok.xlsx");

beforeAll(async () => {
  fs.writeFileSync(roman, await toXlsxBuffer(boldRomanCorrected));
  fs.writeFileSync(blok, await toXlsxBuffer(blocksCorrected));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Row = { row: number; kind: string; level?: string; parent?: number | null; evidence?: string[] };

async function rowsOf(file: string): Promise<Map<number, Row>> {
  const r = await sakip(["baca", file, "--json"]);
  expect(r.code).toBe(0);
  const table = JSON.parse(r.out).tables.find((t: { kind: string }) => t.kind === "anggaran");
  return new Map((table.rowsRead as Row[]).map((x) => [x.row, x]));
}

describe("sakip baca --json: each budget row's level, parent row and evidence", () => {
  it.each<[string, () => string, number, Omit<Row, "row" | "kind">]>([
    [
      "roman numeral program",
      () => roman,
      4,
      { level: "program", parent: null, evidence: ["angka romawi", "tebal", "jumlah anak cocok"] },
    ],
    [
      "bold kegiatan under it",
      () => roman,
      8,
      { level: "kegiatan", parent: 4, evidence: ["tebal", "jumlah anak cocok"] },
    ],
    ["numbered sub kegiatan", () => roman, 9, { level: "sub_kegiatan", parent: 8, evidence: ["penomoran"] }],
    [
      "Belanja Operasi heading (a keyword)",
      () => blok,
      4,
      { level: "lain", parent: null, evidence: ["kata kunci"] },
    ],
    [
      "bold jenis belanja with its items (an account, not a program)",
      () => blok,
      6,
      { level: "lain", parent: 4, evidence: ["penomoran", "tebal", "jumlah anak cocok"] },
    ],
    ["an item a. under it", () => blok, 7, { level: "lain", parent: 6, evidence: ["penomoran"] }],
  ])("%s", async (_n, file, row, want) => {
    expect((await rowsOf(file())).get(row)).toEqual(expect.objectContaining({ row, kind: "data", ...want }));
  });
  it("a total row has a level and no parent or evidence", async () => {
    const total = (await rowsOf(roman)).get(26);
    expect(total).toEqual(expect.objectContaining({ kind: "total" }));
    expect(total?.evidence).toBeUndefined();
  });
});

describe("sakip baca (text): the same, one line per budget row", () => {
  it("names the parent row and the evidence", async () => {
    const r = await sakip(["baca", roman]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/tingkat baris anggaran/);
    expect(r.out).toMatch(
      /baris 4\s+program\s+tanpa induk\s+\[angka romawi, tebal, jumlah anak cocok\]\s+PENUNJANG/,
    );
    expect(r.out).toMatch(/baris 9\s+sub_kegiatan\s+induk baris 8\s+\[penomoran\]\s+Penyediaan Gaji/);
  });
});
