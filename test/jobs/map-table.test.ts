/** "Petakan tabel": proposals from the reader, the saved peta or the header texts, and what gets saved. */
import {
  proposeMapping,
  toPetaTabel,
  withPetaTabel,
  proposeForSelection,
  savePetaTabel,
} from "../../src/jobs/map-table";
import { readModel } from "../../src/workbook";
import type { SheetGrid, GridCell } from "../../src/workbook/port";
import { officePort } from "../../src/adapters/office";
import { FakeExcel } from "../adapters/fake-excel";
import { loadSettings } from "../../src/jobs/settings";

const c = (v: string | number): GridCell => ({ v });

/** A table the reader knows: Indikator | Target | Realisasi | Capaian. */
const KNOWN: SheetGrid = {
  name: "Kinerja",
  origin: { row: 1, col: 1 },
  rows: [
    [c("Indikator Kinerja"), c("Target"), c("Realisasi"), c("Capaian (%)")],
    [c("Indeks kepuasan"), c(70), c(67.71), c(96.73)],
    [c("Persentase UMKM naik kelas"), c(10), c(12), c(120)],
  ],
};

/** Headers the reader cannot place (made-up words), with numbers under them. */
const UNKNOWN: SheetGrid = {
  name: "Catatan",
  origin: { row: 2, col: 2 },
  rows: [
    [c("Butir"), c("Rencana"), c("Hasil")],
    [c("Butir satu"), c(70), c(67.71)],
  ],
};

describe("proposeMapping", () => {
  it("proposes the reader's fields when the selection is a table it found", () => {
    const p = proposeMapping(KNOWN, "A1:D1", readModel([KNOWN]));
    expect(p?.from).toBe("reader");
    expect(p?.columns.map((x) => [x.column, x.field])).toEqual([
      ["A", "indikator"],
      ["B", "target"],
      ["C", "realisasi"],
      ["D", "capaianStated"],
    ]);
  });

  it("unrecognised headers: every column proposed as ignored, with its header text", () => {
    const p = proposeMapping(UNKNOWN, "B2:D2", readModel([UNKNOWN]));
    expect(p).toMatchObject({ lembar: "Catatan", judul: "B2:D2", from: "headers" });
    expect(p?.columns).toEqual([
      { column: "B", header: "Butir", field: null },
      { column: "C", header: "Rencana", field: null },
      { column: "D", header: "Hasil", field: null },
    ]);
  });

  it("a saved peta for the same header rows wins", () => {
    const peta = {
      versi: 1 as const,
      tabel: [{ lembar: "Catatan", judul: "B2:D2", kolom: { C: "target" } }],
    };
    const p = proposeMapping(UNKNOWN, "B2:D2", readModel([UNKNOWN]), peta);
    expect(p?.from).toBe("peta");
    expect(p?.columns.map((x) => x.field)).toEqual([null, "target", null]);
  });

  it.each([
    ["more than six header rows", "A1:D7"],
    ["not a range", "bukan"],
  ])("refuses %s", (_, address) => {
    expect(proposeMapping(KNOWN, address, readModel([KNOWN]))).toBeUndefined();
  });
});

describe("toPetaTabel and withPetaTabel", () => {
  it("keeps only columns given a field, and none is no mapping", () => {
    const p = proposeMapping(UNKNOWN, "B2:D2", readModel([UNKNOWN]))!;
    expect(toPetaTabel(p)).toBeUndefined();
    p.columns[0].field = "indikator";
    p.columns[2].field = "realisasi";
    p.jenis = "kinerja";
    expect(toPetaTabel(p)).toEqual({
      lembar: "Catatan",
      judul: "B2:D2",
      jenis: "kinerja",
      kolom: { B: "indikator", D: "realisasi" },
    });
  });

  it("replaces the entry with the same sheet and first header row, keeps the others and the pengaturan", () => {
    const a = { lembar: "X", judul: "A1:C1", kolom: { A: "indikator" } };
    const b = { lembar: "Y", judul: "A1:C1", kolom: { A: "indikator" } };
    const a2 = { lembar: "X", judul: "A1:C2", kolom: { B: "target" } };
    const next = withPetaTabel(
      { versi: 1, pengaturan: { tahun: 2024 }, peta: { versi: 1, tabel: [a, b] } },
      a2,
    );
    expect(next).toEqual({ versi: 1, pengaturan: { tahun: 2024 }, peta: { versi: 1, tabel: [b, a2] } });
  });
});

describe("through Excel: the selection proposed and the mapping saved in the settings sheet", () => {
  it("proposes for the selected rows and saves the corrected mapping, leaving the user's sheet as it was", async () => {
    const fx = new FakeExcel();
    fx.seed("Catatan", { B2: "Butir", C2: "Rencana", D2: "Hasil", B3: "Butir satu", C3: 70, D3: 67.71 });
    const port = officePort(fx.run);
    const p = await proposeForSelection(port, { sheet: "Catatan", address: "B2:D2" });
    expect(p?.columns.map((x) => x.header)).toEqual(["Butir", "Rencana", "Hasil"]);
    p!.columns = p!.columns.map((x, i) => ({ ...x, field: ["indikator", "target", "realisasi"][i] }));
    const before = JSON.stringify([...fx.sheet("Catatan").cells]);
    await savePetaTabel(port, toPetaTabel(p!)!);
    expect((await loadSettings(port)).settings?.peta?.tabel).toEqual([
      { lembar: "Catatan", judul: "B2:D2", kolom: { B: "indikator", C: "target", D: "realisasi" } },
    ]);
    expect(JSON.stringify([...fx.sheet("Catatan").cells])).toBe(before);
  });
});
