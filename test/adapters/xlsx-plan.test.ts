import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newXlsx, openXlsx, type XlsxWorkbook } from "../../src/adapters/xlsx";
import type { SheetSpec } from "../../src/engine/model/sheet-spec";
import { fullSpec } from "./specs";

/** A workbook with a user sheet "Data" and a report sheet "Capaian Kinerja" made by an earlier run. */
async function withPreviousReport(): Promise<XlsxWorkbook> {
  const user = new ExcelJS.Workbook();
  user.addWorksheet("Data").getCell("A1").value = "milik pengguna";
  const book = await openXlsx(Buffer.from(await user.xlsx.writeBuffer()));
  await book.applyPlan({ create: [{ name: "Capaian Kinerja", spec: fullSpec() }], remove: [], rename: [] });
  return openXlsx(await book.toBuffer());
}

const badSpec: SheetSpec = { ...fullSpec(), key: "rusak", merges: ["A1:B2", "B2:C3"] }; // overlapping merges: ExcelJS throws

describe("xlsx applyPlan never touches a sheet without the add-in's tag", () => {
  it.each([
    ["remove", { create: [], remove: ["Data"], rename: [] }],
    ["remove (other case)", { create: [], remove: ["data"], rename: [] }],
    ["rename", { create: [], remove: [], rename: [{ from: "Data", to: "Data Lama" }] }],
  ])("%s of the user's sheet is refused in Indonesian, nothing changes", async (_, plan) => {
    const book = await withPreviousReport();
    const before = await book.listSheets();
    const all = { ...plan, create: [{ name: "Baru", spec: fullSpec() }] };
    await expect(book.applyPlan(all)).rejects.toThrow(/"Data" bukan buatan add-in SAKIP/);
    expect(await book.listSheets()).toEqual(before);
  });

  it("refuses a name that already exists, an invalid name and a missing sheet", async () => {
    const book = await withPreviousReport();
    const plan = {
      create: [
        { name: "data", spec: fullSpec() },
        { name: "A/B", spec: fullSpec() },
      ],
      remove: ["Tidak Ada"],
      rename: [],
    };
    const error = await book.applyPlan(plan).catch((e: Error) => e.message);
    expect(error).toMatch(/"data" sudah ada/);
    expect(error).toMatch(/"A\/B" tidak sah/);
    expect(error).toMatch(/"Tidak Ada" tidak ditemukan/);
  });
});

describe("xlsx applyPlan: build first, then remove, then rename", () => {
  it("replaces the previous report and keeps the tag through the rename, save and reload", async () => {
    const book = await withPreviousReport();
    const progress: string[] = [];
    await book.applyPlan(
      {
        create: [{ name: "Capaian Kinerja (baru)", spec: fullSpec({ tabColor: "#FF0000" }) }],
        remove: ["Capaian Kinerja"],
        rename: [{ from: "Capaian Kinerja (baru)", to: "Capaian Kinerja" }],
        activate: "Capaian Kinerja",
      },
      (done, total, sheet) => progress.push(`${done}/${total} ${sheet}`),
    );
    expect(progress).toEqual(["1/1 Capaian Kinerja (baru)"]);
    const again = await openXlsx(await book.toBuffer());
    expect(await again.listSheets()).toEqual([
      { name: "Data" },
      { name: "Capaian Kinerja", tag: { role: "report", key: "capaian-kinerja" } },
    ]);
  });

  it("a failing create leaves the previous sheets intact and adds nothing", async () => {
    const book = await withPreviousReport();
    const before = await book.listSheets();
    const plan = {
      create: [
        { name: "Baru 1", spec: fullSpec() },
        { name: "Baru 2", spec: badSpec },
      ],
      remove: ["Capaian Kinerja"],
      rename: [{ from: "Baru 1", to: "Capaian Kinerja" }],
    };
    await expect(book.applyPlan(plan)).rejects.toThrow(
      /Gagal membuat lembar "Baru 2".*Laporan sebelumnya tidak diubah/,
    );
    expect(await book.listSheets()).toEqual(before);
    const grid = (await (await openXlsx(await book.toBuffer())).readSheets())[1];
    expect(grid.rows[0][0]?.v).toBe("Tabel 3.2 Capaian Kinerja");
  });

  it("two sheets with the same tag (old and new side by side) get distinct hidden names", async () => {
    const book = newXlsx();
    await book.applyPlan({
      create: [
        { name: "A", spec: fullSpec() },
        { name: "B", spec: fullSpec() },
      ],
      remove: [],
      rename: [],
    });
    const again = await openXlsx(await book.toBuffer());
    expect((await again.listSheets()).map((s) => s.tag?.key)).toEqual(["capaian-kinerja", "capaian-kinerja"]);
  });
});

describe("xlsx save and open by path", () => {
  it("saves to a file and opens it again with the tags", async () => {
    const book = newXlsx();
    await book.applyPlan({ create: [{ name: "Capaian Kinerja", spec: fullSpec() }], remove: [], rename: [] });
    const path = join(mkdtempSync(join(tmpdir(), "sakip-")), "laporan.xlsx");
    await book.save(path);
    expect(await (await openXlsx(path)).listSheets()).toEqual([
      { name: "Capaian Kinerja", tag: { role: "report", key: "capaian-kinerja" } },
    ]);
  });
});
