import type { ReportContext } from "../context";
import { textOf } from "../layout/cells";
import type { Column, SheetPlan } from "../layout/types";
import {
  capaianCell,
  kriteriaCell,
  numbering,
  realisasiCell,
  sasaranGroup,
  scaleLabel,
  sheetHead,
  targetCell,
} from "./common";
import { capaianFormula } from "./rumus";

/**
 * Capaian Kinerja (004 Tabel 3.2): target, realisasi, capaian and kriteria per indicator. The formula is printed once
 * in the header, as the rows compute it; a row with another formula (polaritas turun, a predikat target) is named
 * under the table with its own.
 */
export function capaianKinerja(ctx: ReportContext): SheetPlan {
  const no = numbering(ctx.kinerja);
  const formula = capaianFormula(
    ctx.kinerja,
    5,
    6,
    7,
    no.map((n, i) => (n ? `No. ${String(n)}` : textOf(ctx.kinerja[i].row.indikator))),
  );
  const columns: Column[] = [
    { header: "No.", kind: "no" },
    { header: "Sasaran Strategis", kind: "longtext" },
    { header: "Indikator Kinerja", kind: "longtext" },
    { header: "Satuan", kind: "text" },
    { header: "Target", kind: "angka" },
    { header: "Realisasi", kind: "angka" },
    { header: "Capaian (%)", kind: "persen", formula: formula.header },
    { header: "Kriteria", kind: "kriteria" },
    { header: "Sumber Data", kind: "longtext" },
  ];
  const rows = ctx.kinerja.map((e, i) => ({
    group: sasaranGroup(e),
    cells: [
      no[i],
      textOf(e.row.sasaran),
      textOf(e.row.indikator),
      textOf(e.row.satuan),
      targetCell(e),
      realisasiCell(e),
      capaianCell(e),
      kriteriaCell(e.eval.kriteria),
      textOf(e.row.sumberData),
    ],
  }));
  const batas = ctx.evalCtx.batas;
  const footer = [`Kriteria menurut ${scaleLabel(ctx.evalCtx.scale)} (Tabel 3.1, lembar Skala Kriteria).`];
  if (formula.footnote) footer.push(formula.footnote);
  if (batas != null)
    footer.push(
      `Capaian dibatasi paling tinggi ${batas}% (batas atas); kriteria dari capaian sebelum dibatasi.`,
    );
  return {
    ...sheetHead(ctx, "capaian-kinerja", "Tabel 3.2 Capaian Kinerja Perjanjian Kinerja"),
    widths: [10, 34, 38, 10, 11, 11, 14, 15, 26],
    parts: [{ columns, rows, mergeDown: [1], mergeGroups: [0], sumber: sumberOf(ctx), footer }],
    emptyMessage: "Tidak ada indikator kinerja yang terbaca dari buku kerja.",
  };
}

/** The "Sumber : …" line of the indicators' table as the staff wrote it, else the agency. */
export function sumberOf(ctx: ReportContext): string {
  const table = ctx.model.tables.find(
    (t) => t.sumber && (t.kind === "kinerja" || t.kind === "kinerja+anggaran"),
  );
  const stated = table?.sumber?.replace(/^\s*sumber\s*:?\s*/i, "").trim();
  return stated || ctx.instansi || "Data instansi";
}
