/**
 * A hyperlink to a cell of another workbook (the Temuan sheet of `sakip rekap` links each finding to the
 * agency's file): the relative path as a URI, then the cell; the ExcelJS writer stores it as an external
 * relationship, the Office.js writer as the range's address.
 */
import JSZip from "jszip";
import { newXlsx } from "../../src/adapters/xlsx";
import { fileLinkAddress } from "../../src/adapters/link";
import type { SheetSpec } from "../../src/engine/model/sheet-spec";

describe("fileLinkAddress", () => {
  it.each([
    ["plain name", "opd-01.xlsx", "Kinerja", "P2", "opd-01.xlsx#'Kinerja'!P2"],
    ["space in the name", "opd 1.xlsx", "Kinerja", "P2", "opd%201.xlsx#'Kinerja'!P2"],
    ["# in the name stays part of it", "opd #1.xlsx", "Anggaran", "H4", "opd%20%231.xlsx#'Anggaran'!H4"],
    ["sub folder", "sub/a.xlsx", "Data Input", "B7", "sub/a.xlsx#'Data Input'!B7"],
    ["apostrophe in the sheet", "a.xlsx", "Tabel'2", "A1", "a.xlsx#'Tabel''2'!A1"],
  ])("%s", (_rule, file, sheet, cell, address) => {
    expect(fileLinkAddress(file, sheet, cell)).toBe(address);
  });
});

describe("ExcelJS writer: a link to another workbook", () => {
  it("is an external relationship to the file and cell; an in-workbook link stays a location", async () => {
    const spec: SheetSpec = {
      key: "uji",
      name: "Temuan",
      role: "report",
      blocks: [
        {
          at: "A1",
          rows: [
            [{ text: "P2", link: { file: "opd 1.xlsx", sheet: "Kinerja", cell: "P2" } }],
            [{ text: "B2", link: { sheet: "Temuan", cell: "B2" } }],
          ],
        },
      ],
      numberFormats: [],
      formats: [],
      merges: [],
      columnWidths: [],
    };
    const book = newXlsx();
    await book.applyPlan({ create: [{ name: spec.name, spec }], remove: [], rename: [] });
    const zip = await JSZip.loadAsync(await book.toBuffer());
    const rels = await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string");
    expect(rels).toContain(`Target="opd%201.xlsx#&apos;Kinerja&apos;!P2" TargetMode="External"`);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toContain(`<hyperlink ref="A2" location="&apos;Temuan&apos;!B2"/>`);
  });
});
