import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCheck } from "../../src/cli/check";
import { LAYOUTS } from "../fixtures/layouts";
import { toXlsxBuffer } from "../support/layout";

type Captured = { code: number; out: string; err: string };

async function cli(args: string[], color = false): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(args, { out: (s) => out.push(s), err: (s) => err.push(s), color });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-check-"));
const file = (name: string) => path.join(dir, name);
const t33 = LAYOUTS.find((e) => e.key === "004-t33")!;
const t32 = LAYOUTS.find((e) => e.key === "004-t32")!;

beforeAll(async () => {
  fs.writeFileSync(file("t33.xlsx"), await toXlsxBuffer(t33.layout));
  fs.writeFileSync(file("t33-benar.xlsx"), await toXlsxBuffer(t33.corrected));
  fs.mkdirSync(file("folder"));
  fs.writeFileSync(file("folder/a.xlsx"), await toXlsxBuffer(t32.layout));
  fs.writeFileSync(file("folder/b.xlsx"), await toXlsxBuffer(t33.layout));
  fs.writeFileSync(file("folder/~$a.xlsx"), "lock");
  fs.writeFileSync(file("rusak.xlsx"), "bukan zip");
  fs.writeFileSync(file("catatan.txt"), "teks");
  fs.mkdirSync(file("kosong"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("sakip check: exit codes (0 no errors, 1 errors, 2 input unusable)", () => {
  it.each([
    { name: "errors found", args: () => [file("t33.xlsx")], code: 1 },
    { name: "corrected copy (warnings only)", args: () => [file("t33-benar.xlsx")], code: 0 },
    { name: "missing file", args: () => [file("tidak-ada.xlsx")], code: 2, err: /tidak ditemukan/ },
    { name: "not an xlsx", args: () => [file("catatan.txt")], code: 2, err: /bukan buku kerja Excel \.xlsx/ },
    { name: "corrupt xlsx", args: () => [file("rusak.xlsx")], code: 2, err: /bukan buku kerja Excel \.xlsx/ },
    { name: "folder without xlsx", args: () => [file("kosong")], code: 2, err: /Tidak ada file \.xlsx/ },
    { name: "no file named", args: () => [], code: 2, err: /Sebutkan file/ },
    { name: "bad --batas", args: () => [file("t33.xlsx"), "--batas", "abc"], code: 2, err: /--batas/ },
    { name: "one good file and one missing", args: () => [file("t33-benar.xlsx"), file("x.xlsx")], code: 2 },
  ])("$name → $code", async ({ args, code, err }) => {
    const r = await cli(args());
    expect(r.code).toBe(code);
    if (err) expect(r.err).toMatch(err);
  });
});

describe("sakip check --json (WORKBOOK.md §4)", () => {
  it("one file: file, tables, findings, summary", async () => {
    const r = await cli([file("t33.xlsx"), "--json"]);
    const json = JSON.parse(r.out);
    expect(Object.keys(json).sort()).toEqual(["file", "findings", "summary", "tables"]);
    expect(json.tables[0]).toEqual(expect.objectContaining({ sheet: "Tabel 3.3", kind: "kinerja" }));
    const f = json.findings.find((x: { cell: string }) => x.cell === "I7");
    expect(f).toEqual(
      expect.objectContaining({
        rule: "CAPAIAN_MISMATCH",
        severity: "error",
        sheet: "Tabel 3.3",
        stated: 84,
        expected: 96.73,
      }),
    );
    expect(f.message).toBe("Capaian 2022 tertulis 84 tetapi 67,71 / 70 × 100 = 96,73");
    expect(json.summary.errors).toBe(
      json.findings.filter((x: { severity: string }) => x.severity === "error").length,
    );
  });
  it("several files (a folder): files[] and a combined summary; lock files skipped", async () => {
    const r = await cli([file("folder"), "--json"]);
    const json = JSON.parse(r.out);
    expect(json.files.map((x: { file: string }) => path.basename(x.file))).toEqual(["a.xlsx", "b.xlsx"]);
    const sum = (k: "errors" | "warnings" | "info") =>
      json.files.reduce((s: number, x: { summary: Record<string, number> }) => s + x.summary[k], 0);
    expect(json.summary).toEqual({ errors: sum("errors"), warnings: sum("warnings"), info: sum("info") });
    expect(r.code).toBe(1);
  });
});

describe("sakip check: human-readable table grouped by sheet", () => {
  it.each([
    { color: false, ansi: false },
    { color: true, ansi: true },
  ])("color=$color", async ({ color, ansi }) => {
    const r = await cli([file("t33.xlsx")], color);
    expect(r.out).toMatch(/Lembar Tabel 3\.3/);
    expect(r.out).toMatch(/I7 +.*KESALAHAN.*CAPAIAN_MISMATCH +Capaian 2022 tertulis 84/);
    expect(r.out).toMatch(/Ringkasan: 3 kesalahan/);
    expect(r.out.includes("\x1b[31m")).toBe(ansi);
  });
  it("several files end with a combined line", async () => {
    const r = await cli([file("t33.xlsx"), file("t33-benar.xlsx")]);
    expect(r.out).toMatch(
      /Berkas: .*t33\.xlsx[\s\S]*Berkas: .*t33-benar\.xlsx[\s\S]*Jumlah 2 berkas: Ringkasan: 3 kesalahan/,
    );
  });
});

describe("the bundled example (assets/contoh-LKjIP-2024.xlsx) produces its known findings", () => {
  const asset = path.join(__dirname, "../../assets/contoh-LKjIP-2024.xlsx");
  const run = fs.existsSync(asset) ? it : it.skip;
  run(
    "seed 004: 3 wrong capaian of Tabel 3.3, 43 + 4 wrong budget %, two dot decimals, one empty target; exit 1",
    async () => {
      const r = await cli([asset, "--json"]);
      expect(r.code).toBe(1);
      const json = JSON.parse(r.out) as { findings: { rule: string; severity: string; stated?: unknown }[] };
      const errors = (rule: string) => json.findings.filter((f) => f.rule === rule && f.severity === "error");
      expect(
        errors("CAPAIAN_MISMATCH")
          .map((f) => f.stated)
          .sort(),
      ).toEqual([112, 124, 84]);
      expect(errors("PERSEN_MISMATCH")).toHaveLength(47);
      expect(
        json.findings
          .filter((f) => f.rule === "FORMAT_AMBIGUOUS")
          .map((f) => f.stated)
          .sort(),
      ).toEqual(["59.64%", "70.95"]);
      expect(
        json.findings
          .filter((f) => f.severity === "error")
          .every((f) => ["CAPAIAN_MISMATCH", "PERSEN_MISMATCH"].includes(f.rule)),
      ).toBe(true);
      // The truncations 97,1 and 92,2 (checker_should_flag: false) are info, never errors.
      expect(
        json.findings
          .filter((f) => f.rule === "CAPAIAN_MISMATCH" && f.severity === "info")
          .map((f) => f.stated)
          .sort(),
      ).toEqual([92.2, 97.1]);
    },
  );
});
