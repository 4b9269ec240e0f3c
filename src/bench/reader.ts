import type { GridCell, SheetGrid } from "../workbook/port";
import { readModel } from "../workbook/read-model";
import { benchLine, median, timeMs, verdictLine } from "./measure";
import { sipdSheet } from "./sipd-sheet";

const SIPD_ROWS = 50_000;
const SIPD_TARGET_MS = 2000; // issue 9: a 50 000-row SIPD export read in under 2 s

const ROWS = 20_000;
const TARGET_MS = 500; // "well under a second" of reader time (issue 4)

/**
 * A 20 000-row budget sheet as staff keep it: title, header, column numbers, programs in bold
 * upper case › kegiatan › sub kegiatan, Rupiah as numbers with "#,##0", every 7th amount typed as
 * text "Rp. 1.234.567,-", % as text "93,83", and a Jumlah row.
 */
export function budgetSheet(rows = ROWS): SheetGrid {
  const grid: (GridCell | null)[][] = [
    [{ v: "Tabel 3.7 Capaian Anggaran Program dan Kegiatan Tahun 2024" }, null, null, null, null],
    [
      { v: "No." },
      { v: "Program/Kegiatan/Sub Kegiatan" },
      { v: "Anggaran (Rp)" },
      { v: "Realisasi (Rp)" },
      { v: "% Capaian" },
    ],
    [{ v: "(1)" }, { v: "(2)" }, { v: "(3)" }, { v: "(4)" }, { v: "(5)" }],
  ];
  let p = 0,
    k = 0,
    s = 0;
  for (let i = 0; i < rows; i++) {
    const pagu = 10_000_000 + ((i * 7919) % 90_000_000);
    const real = Math.floor(pagu * 0.87);
    const money = (v: number): GridCell =>
      i % 7 === 0 ? { v: `Rp. ${v.toLocaleString("id-ID")},-` } : { v, fmt: "#,##0" };
    let code: string,
      uraian: string,
      bold = false;
    if (i % 100 === 0) [p, k, code, uraian, bold] = [p + 1, 0, `${p + 1}`, `PROGRAM NOMOR ${p + 1}`, true];
    else if (i % 10 === 0) [k, code, uraian] = [k + 1, `${p}.${k + 1}`, `Kegiatan ${p}.${k + 1}`];
    else [s, code, uraian] = [s + 1, `${s + 1}`, `Sub Kegiatan ${s + 1}`];
    grid.push([{ v: code }, { v: uraian, bold }, money(pagu), money(real), { v: "87,00" }]);
  }
  grid.push([{ v: "Jumlah", bold: true }, null, { v: 1 }, { v: 1 }, { v: "87,00" }]);
  grid.push([{ v: "Sumber : SPJ Fungsional" }, null, null, null, null]);
  return { name: "Anggaran", origin: { row: 1, col: 1 }, rows: grid };
}

/** Reader section: readModel over a 20 000-row budget sheet (median of 5 runs). */
export async function readerSection(): Promise<string[]> {
  const grids = [budgetSheet()];
  let rows = 0;
  const times = [1, 2, 3, 4, 5].map(() => timeMs(() => (rows = readModel(grids).anggaran.length)));
  const ms = median(times);
  const met = ms < TARGET_MS && rows === ROWS + 1;
  const sipd = [sipdSheet(SIPD_ROWS)];
  let read = 0;
  const sipdTimes = [1, 2, 3].map(() => timeMs(() => (read = readModel(sipd).anggaran.length)));
  const sipdMs = median(sipdTimes);
  return [
    "# SIPD export: 3-row header, code over 4 columns, formulas (median of 3)",
    benchLine(`reader_sipd_${SIPD_ROWS}_rows_ms`, sipdMs, "ms", 1),
    benchLine(`reader_sipd_${SIPD_ROWS}_rows_anggaran_read`, read, "rows"),
    verdictLine(`reader_sipd_target_${SIPD_TARGET_MS}_ms`, sipdMs < SIPD_TARGET_MS && read >= SIPD_ROWS),
    "# budget table as staff keep it (median of 5)",
    benchLine(`reader_table_${ROWS}_rows_ms`, ms, "ms", 1),
    benchLine(`reader_table_${ROWS}_rows_first_ms`, times[0], "ms", 1),
    benchLine(`reader_table_${ROWS}_rows_anggaran_read`, rows, "rows"),
    verdictLine(`reader_table_target_${TARGET_MS}_ms`, met),
  ];
}
