import type { CellInput, SheetSpec } from "../../src/engine/model/sheet-spec";

/** A SheetSpec using every feature, for both writers' tests. */
export function fullSpec(over: Partial<SheetSpec> = {}): SheetSpec {
  return {
    key: "capaian-kinerja",
    name: "Capaian Kinerja",
    role: "report",
    blocks: [
      { at: "A1", rows: [["Tabel 3.2 Capaian Kinerja", null, null, null]] },
      {
        at: "A3",
        rows: [
          ["No", "Indikator", "Target", "Realisasi", "Capaian (%)", "Kriteria"],
          [1, "=1+1", 70, 67.71, { formula: "=D4/C4*100" }, "Sangat Tinggi"],
          [2, "@x", 63, 57.9, { formula: "=D5/C5*100" }, "-5 turun"],
          [3, "+62 811", 100, 0, 0, { text: "Lihat Data", link: { sheet: "Data Input", cell: "B7" } }],
        ],
      },
    ],
    numberFormats: [
      { range: "C4:D6", format: "#,##0.00" },
      { range: "E4:E6", format: "0.00%" },
    ],
    formats: [
      {
        range: "A3:F3",
        style: { bold: true, fill: "#D9E1F2", hAlign: "center", vAlign: "middle", wrap: true },
      },
      { range: "A3:F6", style: { border: "thin" } },
      { range: "A1", style: { bold: true, italic: true, fontSize: 14, fontColor: "#1F4E78" } },
    ],
    merges: ["A1:F1"],
    columnWidths: [5, 40, 12, 12, 12, 16],
    rowHeights: [{ row: 3, height: 30 }],
    freeze: { rows: 3, columns: 2 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { first: 3, last: 3 } },
    tables: [],
    validations: [{ range: "F4:F6", list: ["Sangat Tinggi", "Tinggi", "Sedang"] }],
    dataBars: [{ range: "E4:E6", color: "#63BE7B" }],
    tabColor: "#2F75B5",
    ...over,
  };
}

/** A plain numeric sheet of `rows` × `cols` with a header row. */
export function bigSpec(rows: number, cols = 8, over: Partial<SheetSpec> = {}): SheetSpec {
  const header: CellInput[] = Array.from({ length: cols }, (_, c) => `Kolom ${c + 1}`);
  const data: CellInput[][] = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (c === 1 ? `Indikator ${r + 1}` : r * cols + c + 0.5)),
  );
  return {
    key: "besar",
    name: "Besar",
    role: "report",
    blocks: [{ at: "A1", rows: [header, ...data] }],
    numberFormats: [{ range: `C2:H${rows + 1}`, format: "#,##0.00" }],
    formats: [{ range: `A1:H1`, style: { bold: true, border: "thin" } }],
    merges: [],
    columnWidths: Array(cols).fill(12),
    ...over,
  };
}
