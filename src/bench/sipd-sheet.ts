import type { GridCell, SheetGrid } from "../workbook/port";

const ACC = '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-';

/**
 * A SIPD "Rekapitulasi Belanja" export of `rows` data rows, laid out as the real ones are: a 3-row
 * header ("Kode" and "Uraian" merged down, "Kelompok Belanja › Operasi/Modal › Anggaran/Realisasi",
 * "Total" with a 0% formula column), the code split over four columns (urusan | SKPD | program …
 * sub kegiatan | rekening), totals as cached formulas, "0,00" typed as text.
 */
export function sipdSheet(rows: number): SheetGrid {
  const head = (v: string): GridCell => ({ v, bold: true });
  const grid: (GridCell | null)[][] = [
    [head("KAB. CONTOH"), null, null, null, null, null, null, null, null, null, null, null],
    [head("REKAPITULASI BELANJA MENURUT URUSAN … TAHUN ANGGARAN 2026"), ...Array(11).fill(null)],
    Array(12).fill(null),
    [
      head("Kode"),
      null,
      null,
      null,
      head("Uraian"),
      head("Kelompok Belanja"),
      null,
      null,
      null,
      head("Total"),
      null,
      null,
    ],
    [null, null, null, null, null, head("Operasi"), null, head("Modal"), null, null, null, null],
    [
      null,
      null,
      null,
      null,
      null,
      head("Anggaran"),
      head("Realisasi"),
      head("Anggaran"),
      head("Realisasi"),
      head("Anggaran"),
      head("Realisasi"),
      head("%"),
    ],
    [head("1"), null, null, null, head("2"), head("3"), head("4"), head("5"), head("6"), null, null, null],
  ];
  const line = (
    r: number,
    codes: (string | null)[],
    uraian: string,
    op: number,
    real: number,
  ): (GridCell | null)[] => [
    ...codes.map((c) => (c === null ? null : { v: c })),
    { v: uraian },
    { v: op, fmt: ACC },
    real === 0 ? { v: "0,00", fmt: ACC } : { v: real, fmt: ACC },
    { v: "0,00", fmt: ACC },
    { v: "0,00", fmt: ACC },
    { v: op, fmt: ACC, formula: `F${r}+H${r}` },
    { v: real, fmt: ACC, formula: `G${r}+I${r}` },
    { v: op === 0 ? 0 : real / op, fmt: "0%", formula: `K${r}/J${r}` },
  ];
  // Each sub kegiatan carries 8 rekening lines; amounts are leaves, parents their sums (like SIPD).
  const PER_SUB = 9;
  for (let i = 0; grid.length - 7 < rows; i++) {
    const sub = `1.02.01.2.${String(1 + (i % 9)).padStart(2, "0")}.${String(1 + i).padStart(4, "0")}`;
    const leaves = Array.from(
      { length: PER_SUB - 1 },
      (_, k) => 1_000_000 + ((i * 7919 + k * 104729) % 9_000_000),
    );
    const reals = leaves.map((v, k) => (k % 3 === 0 ? 0 : Math.floor(v * 0.6)));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    grid.push(
      line(
        grid.length + 1,
        ["1.02", "1.02.2.14.0.00.01.0000", sub, null],
        `Sub Kegiatan ${i + 1}`,
        sum(leaves),
        sum(reals),
      ),
    );
    leaves.forEach((v, k) =>
      grid.push(
        line(
          grid.length + 1,
          ["1.02", "1.02.2.14.0.00.01.0000", sub, `5.1.02.01.001.${String(k + 1).padStart(5, "0")}`],
          `Belanja ${k + 1}`,
          v,
          reals[k],
        ),
      ),
    );
  }
  return {
    name: "DINKES INDUK",
    origin: { row: 1, col: 1 },
    rows: grid,
    merges: ["A4:D6", "E4:E6", "F4:I4", "F5:G5", "H5:I5", "J4:L5"],
  };
}
