import type { ReportContext } from "../context";
import { angkaOf, resultCell, textOf } from "../layout/cells";
import type { Column, SheetPlan } from "../layout/types";
import { numbering, realisasiCell, sheetHead, sasaranGroup } from "./common";

const COLUMNS: Column[] = [
  { header: "No.", kind: "no" },
  { header: "Sasaran Strategis", kind: "longtext" },
  { header: "Indikator Kinerja", kind: "longtext" },
  { header: "Satuan", kind: "text" },
  { header: "Realisasi Kinerja", kind: "angka" },
  { header: "Target Akhir Renstra", kind: "angka" },
  { header: "Tingkat Kemajuan (%)", kind: "persen", formula: "(7) = (5)/(6)×100" },
];

/** Kemajuan Renstra (004 Tabel 3.4): realisasi of the year against the Renstra's final target. */
export function kemajuanRenstra(ctx: ReportContext): SheetPlan {
  const list = ctx.indikator.filter((e) => e.eval.kemajuan !== undefined);
  const no = numbering(list);
  const rows = list.map((e, i) => ({
    group: sasaranGroup(e),
    cells: [
      no[i],
      textOf(e.row.sasaran),
      textOf(e.row.indikator),
      textOf(e.row.satuan),
      realisasiCell(e),
      angkaOf(e.row.targetAkhir),
      resultCell(e.eval.kemajuan),
    ],
  }));
  const periode = ctx.model.profil.periodeRenstra ? ` (Renstra ${ctx.model.profil.periodeRenstra})` : "";
  return {
    ...sheetHead(ctx, "kemajuan-renstra", "Tabel 3.4 Kemajuan Capaian Sasaran Strategis"),
    widths: [10, 36, 42, 10, 14, 14, 14],
    parts: [
      {
        columns: COLUMNS,
        rows,
        mergeDown: [1],
        mergeGroups: [0],
        sumber: `${ctx.instansi || "Data instansi"}${periode}`,
        footer: [
          "Indikator kumulatif: jumlah realisasi sampai dengan tahun ini dibagi target akhir Renstra; indikator lain: realisasi tahun ini.",
        ],
      },
    ],
    emptyMessage: "Tidak ada indikator dengan Target Akhir Renstra di buku kerja.",
  };
}
