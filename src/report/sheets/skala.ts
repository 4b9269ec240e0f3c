import type { ReportContext } from "../context";
import type { ReportRow, SheetPlan } from "../layout/types";
import { kriteriaCell, scaleLabel, sheetHead } from "./common";
import { rentang } from "./rentang";

/**
 * Skala Kriteria (004 Tabel 3.1 "Pengkategorian Capaian Kinerja"): the scale the kriteria were given by, each band with
 * its range of capaian, from the workbook's Skala sheet or Permendagri 86/2017.
 */
export function skala(ctx: ReportContext): SheetPlan {
  const bands = ctx.evalCtx.scale.bands;
  const rows: ReportRow[] = bands.map((band, i) => ({
    cells: [String(i + 1), kriteriaCell(band), rentang(band.min, bands[i - 1]?.min ?? null)],
  }));
  const sumber = scaleLabel(ctx.evalCtx.scale);
  return {
    ...sheetHead(ctx, "skala", "Tabel 3.1 Pengkategorian Capaian Kinerja"),
    widths: [6, 30, 30],
    parts: [
      {
        columns: [
          { header: "No.", kind: "no" },
          { header: "Kategori/Interpretasi", kind: "kriteria" },
          { header: "Rentang Capaian (%)", kind: "text" },
        ],
        rows,
        numbered: false,
        sumber:
          sumber === "Permendagri 86/2017" ? "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017" : sumber,
        footer: ["Capaian yang tepat sama dengan batas bawah sebuah kategori termasuk kategori itu."],
      },
    ],
  };
}
