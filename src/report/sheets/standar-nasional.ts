import { rumusCapaian } from "../../engine/capaian";
import type { ReportContext } from "../context";
import { angkaOf, resultCell, textOf } from "../layout/cells";
import type { Column, SheetPlan } from "../layout/types";
import { capaianCell, numbering, realisasiCell, sheetHead, targetCell } from "./common";

const COLUMNS: Column[] = [
  { header: "No.", kind: "no" },
  { header: "Indikator Kinerja", kind: "longtext" },
  { header: "Satuan", kind: "text" },
  { header: "Realisasi", kind: "angka" },
  { header: "Target", kind: "angka" },
  { header: "Capaian (%)", kind: "persen", formula: "(6) = (4)/(5)×100" },
  { header: "Target Nasional", kind: "angka" },
  { header: "Capaian terhadap Target Nasional (%)", kind: "persen", formula: "(8) = (4)/(7)×100" },
];

const STANDARD_RUMUS = rumusCapaian("naik");
const NOT_PLAIN =
  "Capaian dihitung menurut rumus masing-masing indikator (kolom Rumus pada lembar Capaian Kinerja).";

/** Standar Nasional (docs/DOMAIN.md §7): only when at least one indicator has a target nasional. */
export function standarNasional(ctx: ReportContext): SheetPlan | null {
  const list = ctx.indikator.filter((e) => e.eval.nasional !== undefined);
  if (list.length === 0) return null;
  const no = numbering(list);
  const rows = list.map((e, i) => ({
    cells: [
      no[i],
      textOf(e.row.indikator),
      textOf(e.row.satuan),
      realisasiCell(e),
      targetCell(e),
      capaianCell(e),
      angkaOf(e.row.targetNasional),
      resultCell(e.eval.nasional),
    ],
  }));
  // The printed "(4)/(5)×100" is only true of indicators where higher is better; a "turun" indicator's
  // capaian has another formula (Capaian Kinerja, kolom Rumus), so the header then names no formula.
  const plain = list.every((e) => e.eval.rumus === STANDARD_RUMUS);
  const columns = plain
    ? COLUMNS
    : COLUMNS.map((c, i) => ({ ...c, formula: c.formula ? `(${i + 1})` : undefined }));
  const footer = plain ? undefined : [NOT_PLAIN];
  return {
    ...sheetHead(ctx, "standar-nasional", "Tabel 3.8 Perbandingan Capaian Kinerja dengan Target Nasional"),
    widths: [10, 48, 10, 13, 13, 13, 13, 18],
    parts: [{ columns, rows, sumber: ctx.instansi || "Data instansi", footer }],
  };
}
