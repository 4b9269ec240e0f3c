/**
 * `sakip baca` and the honest outcomes of issue 9: what was read is printed (tables, columns' roles,
 * rows with cells, a peta to edit); a workbook with no kinerja or anggaran table is exit 2 in every
 * command, naming what was missing; `--peta` makes such a table readable.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { sakip } from "./run";
import { EXAMPLE_INPUT } from "../../src/cli/demo";
import { toXlsxBuffer, type LayoutWorkbook } from "../support/layout";
import { layout as lke } from "../fixtures/real/09-lke-sakip-trenggalek";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-baca-"));
const at = (name: string) => path.join(dir, name);

const odd: LayoutWorkbook = {
  name: "odd",
  sheets: [
    {
      name: "Data",
      rows: [
        ["No", "Indikator Kinerja", "Rencana", "Hasil"],
        ["1", "Persentase koperasi aktif", 70, 84],
      ],
    },
  ],
};

beforeAll(async () => {
  fs.writeFileSync(at("lke.xlsx"), await toXlsxBuffer(lke));
  fs.writeFileSync(at("odd.xlsx"), await toXlsxBuffer(odd));
  fs.writeFileSync(
    at("peta.json"),
    JSON.stringify({
      versi: 1,
      tabel: [
        {
          lembar: "Data",
          judul: "A1:E1",
          kolom: { B: "indikator", C: "target", D: "realisasi", E: "capaianStated" },
        },
      ],
    }),
  );
  fs.writeFileSync(at("rusak.json"), "{ versi: 1");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("sakip baca: what was read", () => {
  it("the example: tables with ranges, kinds, columns' roles and header paths; exit 0", async () => {
    const r = await sakip(["baca", EXAMPLE_INPUT]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\d+ tabel dibaca, \d+ tidak dikenali/);
    expect(r.out).toMatch(/Kinerja!A\d+:[A-Z]+\d+\s+kinerja/);
    expect(r.out).toMatch(/\bG\s+target\s+Target\b/);
  });
  it("--json: every table's columns and rows with their cells, and a peta that reproduces the reading", async () => {
    const r = await sakip(["baca", EXAMPLE_INPUT, "--json"]);
    const j = JSON.parse(r.out);
    expect(j.tahun).toBe(2024);
    const kinerja = j.tables.find((t: { kind: string }) => t.kind === "kinerja");
    expect(kinerja.columns.some((c: { field: string }) => c.field === "indikator")).toBe(true);
    const row = kinerja.rowsRead.find((x: { values: Record<string, unknown> }) => x.values.target);
    expect(row.values.target.cell).toMatch(/^[A-Z]+\d+$/);
    expect(j.peta.versi).toBe(1);
    expect(j.peta.tabel.some((t: { lembar: string }) => t.lembar === kinerja.sheet)).toBe(true);
  });
});

describe("nothing read is never success", () => {
  it.each([["baca"], ["check"], ["check", "--json"]])(
    "sakip %s on an evaluation worksheet (LKE): exit 2 with the reason",
    async (...cmd) => {
      const r = await sakip([...cmd, at("lke.xlsx")]);
      expect(r.code).toBe(2);
      expect(`${r.out}\n${r.err}`).toMatch(/Tidak ada tabel kinerja atau anggaran yang terbaca/);
      expect(`${r.out}\n${r.err}`).toMatch(/--peta/);
    },
  );
  it("check --json says so as JSON: the reason and the tables it did find", async () => {
    const r = await sakip(["check", at("odd.xlsx"), "--json"]);
    const j = JSON.parse(r.out);
    expect(j.error).toMatch(/Tidak ada tabel kinerja atau anggaran/);
    expect(j.tables).toEqual([expect.objectContaining({ sheet: "Data", kind: "unknown" })]);
  });
  it("sakip generate writes no report from nothing", async () => {
    const r = await sakip(["generate", at("lke.xlsx"), "-o", at("lke-LKjIP.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Laporan tidak dibuat/);
    expect(fs.existsSync(at("lke-LKjIP.xlsx"))).toBe(false);
  });
  it("an unreadable table names the closest candidate and what it lacked", async () => {
    const r = await sakip(["check", at("odd.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /Calon terdekat: Data!A1:D2 \(judul kolom baris 1–1\): tidak ada kolom Target, Realisasi atau Pagu/,
    );
  });
});

describe("--peta", () => {
  it("makes the unreadable table readable: check exits 0 and baca shows the mapped rows", async () => {
    const c = await sakip(["check", at("odd.xlsx"), "--peta", at("peta.json"), "--json"]);
    expect(c.code).toBe(0);
    expect(JSON.parse(c.out).tables).toEqual([
      expect.objectContaining({ sheet: "Data", kind: "kinerja", rows: 1 }),
    ]);
    const b = JSON.parse((await sakip(["baca", at("odd.xlsx"), "--peta", at("peta.json"), "--json"])).out);
    expect(b.tables[0].source).toBe("peta");
    expect(b.tables[0].rowsRead[0].values.realisasi).toEqual({ value: 84, cell: "D2" });
  });
  it.each([
    ["a file that does not exist", "tidak-ada.json", /tidak dapat dibaca/],
    ["a file that is not JSON", "rusak.json", /bukan JSON yang sah/],
  ])("%s: exit 2 in Indonesian", async (_n, file, message) => {
    const r = await sakip(["check", at("odd.xlsx"), "--peta", at(file)]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
