/**
 * `sakip baca` on a cascading table (issue 10 item 2): each indicator row's level, parent and the
 * evidence the reader used, in the text reading and in --json.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { sakip } from "./run";
import { toXlsxBuffer } from "../support/layout";
import {
  renjaCascadeCorrected,
  renjaRpCascadeCorrected,
  renstraCascadeCorrected,
} from "../fixtures/layouts/cascade";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-baca-cascade-"));
const renja = path.join(dir, "renja.xlsx");
const renstra = path.join(dir, "renstra.xlsx");
const renjaRp = path.join(dir, "renja-rp.xlsx");

beforeAll(async () => {
  fs.writeFileSync(renja, await toXlsxBuffer(renjaCascadeCorrected.layout));
  fs.writeFileSync(renstra, await toXlsxBuffer(renstraCascadeCorrected.layout));
  fs.writeFileSync(renjaRp, await toXlsxBuffer(renjaRpCascadeCorrected.layout));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type RowRead = {
  row: number;
  level?: string;
  parent?: { level: string; kind: string; cell: string; name: string };
  evidence?: string[];
  values: Record<string, { value: unknown; cell: string }>;
};

describe("sakip baca shows a cascade's levels, parents and evidence", () => {
  it("text: one line per indicator with its level, cell, parent and evidence", async () => {
    const r = await sakip(["baca", renja]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/C\s+indikatorProgram\s+Indikator Kinerja › Program \(Outcome\)/);
    expect(r.out).toContain("jenjang indikator (tingkat, induk, bukti):");
    const line = r.out.split("\n").find((l) => /\bE11\b/.test(l) && /baris 11/.test(l));
    expect(line).toMatch(/sub kegiatan\s+E11\s+Jumlah laporan hasil pemeriksaan\s+← indikator kegiatan D9/);
    expect(line).toContain("sel gabungan B10:B11");
    const indicatorLines = r.out.split("\n").filter((l) => /^\s+baris \d+/.test(l));
    expect(indicatorLines).toHaveLength(renjaCascadeCorrected.rows.length);
  });
  it("--json: every indicator row with level, parent and evidence beside its values", async () => {
    const r = await sakip(["baca", renstra, "--json"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out).tables[0].rowsRead as RowRead[];
    expect(rows.map((x) => x.row)).toEqual(renstraCascadeCorrected.rows.map((e) => e.row));
    for (const e of renstraCascadeCorrected.rows) {
      const got = rows.find((x) => x.row === e.row)!;
      expect(got.level).toBe(e.tingkat);
      expect(got.parent?.cell).toBe(e.induk?.cell);
      expect(got.values.indikator).toEqual({ value: e.nama, cell: e.cell });
      expect(got.evidence?.length).toBeGreaterThan(0);
    }
    const g16 = rows.find((x) => x.row === 16)!;
    expect(g16.parent).toEqual({
      level: "program",
      kind: "nama",
      cell: "D12",
      name: "Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)",
    });
    expect(g16.evidence).toContain("nama kegiatan di F16 (sel gabungan F16:F17)");
  });
  it("text: a programme printed with its money but no indicator is shown as a name row", async () => {
    const r = await sakip(["baca", renjaRp]);
    expect(r.code).toBe(0);
    const line = r.out.split("\n").find((l) => /^\s+baris 13\b/.test(l));
    expect(line).toMatch(/program\s+B13\s+\(nama tanpa indikator\) Program Pemberdayaan Usaha Menengah/);
    expect(line).toContain("tingkatnya dari kode 2.17.05");
  });
});
