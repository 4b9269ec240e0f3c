import type { ReportContext } from "../context";
import { textOf } from "../layout/cells";
import type { Column, SheetPlan } from "../layout/types";
import {
  capaianCell,
  kriteriaCell,
  numbering,
  realisasiCell,
  scaleLabel,
  sheetHead,
  targetCell,
} from "./common";

const COLUMNS: Column[] = [
  { header: "No.", kind: "no" },
  { header: "Sasaran Strategis", kind: "longtext" },
  { header: "Indikator Kinerja", kind: "longtext" },
  { header: "Satuan", kind: "text" },
  { header: "Target", kind: "angka" },
  { header: "Realisasi", kind: "angka" },
  { header: "Capaian (%)", kind: "persen", formula: "(7) = (6)/(5)×100" },
  { header: "Kriteria", kind: "kriteria" },
  { header: "Rumus", kind: "text" },
  { header: "Sumber Data", kind: "longtext" },
];

/** Capaian Kinerja (004 Tabel 3.2): target, realisasi, capaian, kriteria and the formula used per indicator. */
export function capaianKinerja(ctx: ReportContext): SheetPlan {
  const no = numbering(ctx.kinerja);
  const rows = ctx.kinerja.map((e, i) => ({
    cells: [
      no[i],
      textOf(e.row.sasaran),
      textOf(e.row.indikator),
      textOf(e.row.satuan),
      targetCell(e),
      realisasiCell(e),
      capaianCell(e),
      kriteriaCell(e.eval.kriteria),
      e.eval.rumus,
      textOf(e.row.sumberData),
    ],
  }));
  const batas = ctx.evalCtx.batas;
  const footer = [
    `Kriteria menurut ${scaleLabel(ctx.evalCtx.scale)}; capaian dihitung menurut rumus pada kolom (9).`,
  ];
  if (batas != null)
    footer.push(
      `Capaian dibatasi paling tinggi ${batas}% (batas atas); kriteria dari capaian sebelum dibatasi.`,
    );
  return {
    ...sheetHead(ctx, "capaian-kinerja", "Tabel 3.2 Capaian Kinerja Perjanjian Kinerja"),
    widths: [10, 34, 38, 10, 11, 11, 12, 15, 20, 26],
    parts: [{ columns: COLUMNS, rows, mergeDown: [1], sumber: sumberOf(ctx), footer }],
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
