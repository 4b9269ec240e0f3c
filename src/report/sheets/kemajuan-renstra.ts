import type { ReportContext } from "../context";
import { angkaOf, resultCell, textOf } from "../layout/cells";
import type { Column, SheetPlan } from "../layout/types";
import { numbering, realisasiCell, sheetHead, sasaranGroup } from "./common";
import { capaianFormula } from "./rumus";
import { rumusCapaian } from "../../engine/capaian";

function columns(formula: string): Column[] {
  return [
    { header: "No.", kind: "no" },
    { header: "Sasaran Strategis", kind: "longtext" },
    { header: "Indikator Kinerja", kind: "longtext" },
    { header: "Satuan", kind: "text" },
    { header: "Realisasi Kinerja", kind: "angka" },
    { header: "Target Akhir Renstra", kind: "angka" },
    { header: "Tingkat Kemajuan (%)", kind: "persen", formula },
  ];
}

/** Kemajuan Renstra (004 Tabel 3.4): realisasi of the year against the Renstra's final target. */
export function kemajuanRenstra(ctx: ReportContext): SheetPlan {
  const list = ctx.indikator.filter((e) => e.eval.kemajuan !== undefined);
  const no = numbering(list);
  // The capaian formula of each row's polaritas with the Renstra's final target as T (DOMAIN.md §7).
  const formula = capaianFormula(
    list,
    6,
    5,
    7,
    no.map((n, i) => (n ? `No. ${String(n)}` : textOf(list[i].row.indikator))),
    (e) => rumusCapaian(e.eval.polaritas),
    "Kemajuan",
  );
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
        columns: columns(formula.header),
        rows,
        mergeDown: [1],
        mergeGroups: [0],
        sumber: `${ctx.instansi || "Data instansi"}${periode}`,
        footer: [
          "Indikator kumulatif: jumlah realisasi sampai dengan tahun ini dibagi target akhir Renstra; indikator lain: realisasi tahun ini.",
          ...(formula.footnote ? [formula.footnote] : []),
        ],
      },
    ],
    emptyMessage: "Tidak ada indikator dengan Target Akhir Renstra di buku kerja.",
  };
}
