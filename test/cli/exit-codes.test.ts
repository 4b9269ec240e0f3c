/**
 * Issue 13 ("never crash, never lose work"), CLI safety: every command × every unusable input or output
 * ends in exit 2 with an Indonesian sentence and no stack trace; the input is never written; a failed
 * write leaves neither the target nor its temporary file.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createHash } from "node:crypto";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { sakip } from "./run";
import { EXAMPLE_INPUT } from "../../src/cli/demo";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-exit-"));
const at = (...p: string[]) => path.join(dir, ...p);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** A minimal OLE compound file naming one stream (the directory stores names in UTF-16LE). */
const ole = (stream: string) =>
  Buffer.concat([OLE, Buffer.alloc(504), Buffer.from(stream, "utf16le"), Buffer.alloc(64)]);
/** A real zip (ExcelJS's own zip library) holding files but no xl/workbook.xml. */
async function zipWith(name: string, content: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer" });
}

const example = fs.readFileSync(EXAMPLE_INPUT);
const quietIo = { out: () => undefined, err: () => undefined, color: false };
beforeAll(async () => {
  fs.writeFileSync(at("masukan.xlsx"), example);
  fs.mkdirSync(at("sub"));
  fs.symlinkSync(at("masukan.xlsx"), at("sub", "tautan.xlsx"));
  fs.writeFileSync(at("kosong.xlsx"), "");
  fs.writeFileSync(at("catatan.xlsx"), "hanya teks");
  fs.writeFileSync(at("arsip.xlsx"), await zipWith("foto/a.txt", "bukan excel"));
  fs.writeFileSync(at("terkunci.xlsx"), ole("EncryptionInfo"));
  fs.writeFileSync(at("lama.xls"), ole("Workbook"));
  fs.writeFileSync(at("lama-diganti-nama.xlsx"), ole("Workbook"));
  fs.writeFileSync(at("terpotong.xlsx"), example.subarray(0, Math.floor(example.length / 2)));
  fs.mkdirSync(at("folder.xlsx"));
  fs.mkdirSync(at("folder-kosong"));
  fs.writeFileSync(at("data-lain.xlsx"), example);
  expect(await main(["generate", at("masukan.xlsx"), "-o", at("laporan-lama.xlsx")], quietIo)).toBe(0);
  expect(await main(["template", "-o", at("templat-lama.xlsx")], quietIo)).toBe(0);
  fs.mkdirSync(at("hanya-baca"));
  fs.chmodSync(at("hanya-baca"), 0o555);
});
afterAll(() => {
  fs.chmodSync(at("hanya-baca"), 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});
afterEach(() => jest.restoreAllMocks());

const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const STACK = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;
const ENGLISH = /Cannot read|undefined|Unknown option|ENOENT|EACCES|ENOSPC|TypeError|Error:/;

/** Makes the next writes in `folder` fail as the operating system would, after writing part of the file. */
function failWritesIn(folder: string, code: string) {
  const real = fs.promises.writeFile;
  jest.spyOn(fs.promises, "writeFile").mockImplementation(async (file, data, ...rest) => {
    if (!String(file).startsWith(folder)) return real(file, data, ...rest);
    await real(file, (data as Buffer).subarray(0, 100));
    throw Object.assign(new Error(`${code}: simulated`), { code });
  });
}

type Case = {
  name: string;
  args: () => string[];
  code: 0 | 1 | 2;
  message?: RegExp;
  setup?: () => void;
  /** Output that must not exist afterwards. */
  absent?: string;
  /** A file that must be byte-identical afterwards. */
  unchanged?: string;
};

const INPUT_CASES = (command: "check" | "generate"): Case[] => {
  const o = command === "generate" ? ["-o", at(`hasil-${command}.xlsx`)] : [];
  return [
    { name: "missing file", args: () => [at("tidak-ada.xlsx"), ...o], code: 2, message: /tidak ditemukan/ },
    {
      name: "a folder as input",
      args: () => [at("folder-kosong"), ...o],
      code: 2,
      message: command === "check" ? /Tidak ada file \.xlsx di folder/ : /adalah folder/,
    },
    { name: "empty file", args: () => [at("kosong.xlsx"), ...o], code: 2, message: /kosong \(0 byte\)/ },
    {
      name: "text named .xlsx",
      args: () => [at("catatan.xlsx"), ...o],
      code: 2,
      message: /bukan buku kerja Excel/,
    },
    {
      name: "zip that is not an Office file",
      args: () => [at("arsip.xlsx"), ...o],
      code: 2,
      message: /arsip zip, tetapi bukan buku kerja/,
    },
    {
      name: "password-protected workbook",
      args: () => [at("terkunci.xlsx"), ...o],
      code: 2,
      message: /Buku kerja dilindungi kata sandi/,
    },
    {
      name: ".xls (BIFF)",
      args: () => [at("lama.xls"), ...o],
      code: 2,
      message: /Simpan sebagai \.xlsx \(Excel: File › Save As/,
    },
    {
      name: ".xls renamed .xlsx",
      args: () => [at("lama-diganti-nama.xlsx"), ...o],
      code: 2,
      message: /Simpan sebagai \.xlsx \(Excel: File › Save As/,
    },
    {
      name: "truncated .xlsx",
      args: () => [at("terpotong.xlsx"), ...o],
      code: 2,
      message: /rusak atau terpotong/,
    },
    {
      name: "unknown option",
      args: () => [at("masukan.xlsx"), "--foo", ...o],
      code: 2,
      message: /Opsi tidak dikenal: --foo/,
    },
    {
      name: "bad option value",
      args: () => [at("masukan.xlsx"), "--tahun", "dua", ...o],
      code: 2,
      message: /--tahun harus/,
    },
  ];
};

const OUTPUT_CASES = (command: "generate" | "demo" | "template"): Case[] => {
  const input = command === "generate" ? [at("masukan.xlsx")] : [];
  const run =
    (...o: string[]) =>
    () => [...input, ...o];
  const cases: Case[] = [
    { name: "-o ''", args: run("-o", ""), code: 2, message: /keluaran \(-o\) kosong/ },
    { name: "-o a folder", args: run("-o", at("folder.xlsx")), code: 2, message: /adalah folder/ },
    {
      name: "-o under a file",
      args: run("-o", at("masukan.xlsx", "x.xlsx")),
      code: 2,
      message: /adalah file, bukan folder/,
      absent: at("masukan.xlsx", "x.xlsx"),
    },
    {
      name: "-o .xlsm",
      args: run("-o", at(`${command}.xlsm`)),
      code: 2,
      message: /tanpa makro.*berakhiran \.xlsx/,
      absent: at(`${command}.xlsm`),
    },
    {
      name: "-o without .xlsx",
      args: run("-o", at(`${command}.txt`)),
      code: 2,
      message: /harus berakhiran \.xlsx/,
      absent: at(`${command}.txt`),
    },
    {
      name: "-o in a read-only folder",
      args: run("-o", at("hanya-baca", `${command}.xlsx`)),
      setup: () => failWritesIn(at("hanya-baca"), "EACCES"),
      code: 2,
      message: /tidak ada izin/,
      absent: at("hanya-baca", `${command}.xlsx`),
    },
    {
      name: "disk full while writing",
      args: run("-o", at("penuh", `${command}.xlsx`)),
      setup: () => failWritesIn(at("penuh"), "ENOSPC"),
      code: 2,
      message: /disk penuh/,
      absent: at("penuh", `${command}.xlsx`),
    },
    { name: "unknown option", args: run("--foo"), code: 2, message: /Opsi tidak dikenal: --foo/ },
    { name: "writes", args: run("-o", at("baik", `${command}.xlsx`)), code: 0 },
    {
      name: "-o another workbook (not a sakip report)",
      args: run("-o", at("data-lain.xlsx")),
      code: 2,
      message:
        command === "template"
          ? /templat tidak menimpa file/
          : /bukan laporan buatan sakip; sakip tidak menimpa/,
      unchanged: at("data-lain.xlsx"),
    },
    command === "template"
      ? {
          name: "-o an existing template",
          args: run("-o", at("templat-lama.xlsx")),
          code: 2,
          message: /templat tidak menimpa file/,
          unchanged: at("templat-lama.xlsx"),
        }
      : { name: "-o an earlier sakip report (replaced)", args: run("-o", at("laporan-lama.xlsx")), code: 0 },
  ];
  if (command === "generate")
    cases.push(
      {
        name: "-o the input",
        args: run("-o", at("masukan.xlsx")),
        code: 2,
        message: /file masukan itu sendiri/,
      },
      {
        name: "-o the input as dir/./file",
        args: run("-o", `${dir}/sub/.././masukan.xlsx`),
        code: 2,
        message: /file masukan itu sendiri/,
      },
      {
        name: "-o a symlink to the input",
        args: run("-o", at("sub", "tautan.xlsx")),
        code: 2,
        message: /file masukan itu sendiri/,
      },
      {
        name: "-o the input by a relative path",
        args: run("-o", path.relative(process.cwd(), at("masukan.xlsx"))),
        code: 2,
        message: /file masukan itu sendiri/,
      },
    );
  return cases;
};

const TABLE: [string, Case][] = [
  ...INPUT_CASES("check").map((c) => ["check", c] as [string, Case]),
  ["check", { name: "a workbook with errors", args: () => [at("masukan.xlsx")], code: 1 }],
  ...INPUT_CASES("generate").map((c) => ["generate", c] as [string, Case]),
  ...OUTPUT_CASES("generate").map((c) => ["generate", c] as [string, Case]),
  ...OUTPUT_CASES("demo").map((c) => ["demo", c] as [string, Case]),
  ...OUTPUT_CASES("template").map((c) => ["template", c] as [string, Case]),
];

describe("exit codes in every command: 0 ok, 1 errors found, 2 unusable input or output (Indonesian, no stack trace)", () => {
  it.each(TABLE)(
    "%s: %p",
    async (command, c) => {
      c.setup?.();
      const before = sha(at("masukan.xlsx"));
      const kept = c.unchanged && sha(c.unchanged);
      const r = await sakip([command, ...c.args()]);
      expect({ code: r.code, err: r.err }).toEqual({ code: c.code, err: expect.any(String) });
      if (c.message) expect(r.err).toMatch(c.message);
      expect(r.err).not.toMatch(STACK);
      if (c.code === 2) expect(r.err).not.toMatch(ENGLISH);
      expect(sha(at("masukan.xlsx"))).toBe(before);
      if (c.absent) expect(fs.existsSync(c.absent)).toBe(false);
      if (c.unchanged) expect(sha(c.unchanged)).toBe(kept);
      const leftovers = fs
        .readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith(".tmp"));
      expect(leftovers).toEqual([]);
    },
    30_000,
  );
});

describe("check --json: an unusable file is still answered on stdout as JSON", () => {
  it.each(["arsip.xlsx", "terkunci.xlsx", "lama.xls", "kosong.xlsx"])(
    "%s → {file, error} and exit 2",
    async (name) => {
      const r = await sakip(["check", at(name), "--json"]);
      expect(r.code).toBe(2);
      const json = JSON.parse(r.out);
      expect(json).toEqual({ file: at(name), error: expect.stringContaining(at(name)) });
    },
  );
});

describe("SAKIP_DEBUG=1 adds the stack and ExcelJS's own words, for whoever fixes the bug", () => {
  afterEach(() => delete process.env.SAKIP_DEBUG);
  it.each([
    ["without", undefined, false],
    ["with", "1", true],
  ])("%s SAKIP_DEBUG", async (_name, flag, shown) => {
    if (flag) process.env.SAKIP_DEBUG = flag;
    const r = await sakip(["check", at("terpotong.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/rusak atau terpotong/);
    expect(STACK.test(r.err)).toBe(shown);
  });
});

describe("check of a folder names an old .xls in it instead of leaving it out", () => {
  it("folder with a good workbook and an .xls → exit 2, the .xls told to be saved as .xlsx, the other checked", async () => {
    fs.mkdirSync(at("campuran"));
    fs.copyFileSync(at("masukan.xlsx"), at("campuran", "a.xlsx"));
    fs.copyFileSync(at("lama.xls"), at("campuran", "b.xls"));
    const r = await sakip(["check", at("campuran"), "--json"]);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    expect(json.files.map((f: { file: string }) => path.basename(f.file))).toEqual(["a.xlsx", "b.xls"]);
    expect(json.files[0].summary.errors).toBeGreaterThan(0);
    expect(json.files[1].error).toMatch(/Simpan sebagai \.xlsx/);
  });
});
