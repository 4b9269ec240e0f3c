import type { ReportContext } from "../context";
import { textOf } from "../layout/cells";
import type { Column, SheetPlan } from "../layout/types";
import {
  capaianCell,
  kriteriaCell,
  numbering,
  realisasiCell,
  sheetHead,
  targetCell,
  sasaranGroup,
} from "./common";

const COLUMNS: Column[] = [
  { header: "No.", kind: "no" },
  { header: "Sasaran Strategis", kind: "longtext" },
  { header: "Indikator Kinerja", kind: "longtext" },
  { header: "Target", kind: "angka" },
  { header: "Realisasi", kind: "angka" },
  { header: "Capaian (%)", kind: "persen" },
  { header: "Kriteria", kind: "kriteria" },
  { header: "Analisis Keberhasilan/ Kegagalan", kind: "longtext" },
  { header: "Solusi yang Dilakukan", kind: "longtext" },
];

/** Analisis (004 Tabel 3.5): each indicator's capaian next to the staff's own analysis and solution text. */
export function analisis(ctx: ReportContext): SheetPlan {
  const no = numbering(ctx.kinerja);
  const rows = ctx.kinerja.map((e, i) => ({
    group: sasaranGroup(e),
    cells: [
      no[i],
      textOf(e.row.sasaran),
      textOf(e.row.indikator),
      targetCell(e),
      realisasiCell(e),
      capaianCell(e),
      kriteriaCell(e.eval.kriteria),
      textOf(e.row.analisis),
      textOf(e.row.solusi),
    ],
  }));
  // Empty analysis columns are a form to fill in, not text to print at a width that shrinks the page.
  const written = rows.some((r) => r.cells[7] !== null || r.cells[8] !== null);
  const text = written ? 42 : 30;
  return {
    ...sheetHead(ctx, "analisis", "Tabel 3.5 Analisis Keberhasilan, Kegagalan, dan Solusi"),
    widths: [10, 28, 32, 10, 10, 11, 14, text, text],
    parts: [
      { columns: COLUMNS, rows, mergeDown: [1], mergeGroups: [0], sumber: ctx.instansi || "Data instansi" },
    ],
    emptyMessage: "Tidak ada indikator kinerja yang terbaca dari buku kerja.",
  };
}
