import { PERMENDAGRI_86, type Band, type Scale } from "../../engine/kriteria";
import type { ReportContext, Evaluated } from "../context";
import { angkaOf, resultCell, textOf } from "../layout/cells";
import type { ReportCell, SheetPlan } from "../layout/types";
import { REPORT_SHEETS, type ReportSheetKey } from "../report-sheets";

/** Title, name and agency line shared by every sheet: "Tabel 3.2 Capaian Kinerja … Tahun 2024". */
export function sheetHead(
  ctx: ReportContext,
  key: ReportSheetKey,
  title: string,
): Pick<SheetPlan, "key" | "name" | "title" | "instansi"> {
  return {
    key,
    name: REPORT_SHEETS[key],
    title: ctx.tahun === undefined ? title : `${title} Tahun ${ctx.tahun}`,
    instansi: ctx.instansi,
  };
}

/** A kriteria cell: the band's label on its colour (docs/DOMAIN.md §3), empty when capaian is not computable. */
export function kriteriaCell(band: Band | null): ReportCell {
  return band ? { label: band.label, fill: band.color } : null;
}

/** The capaian the report prints: capped when the options set a cap (docs/DOMAIN.md §2), else raw. */
export function capaianCell(e: Evaluated): ReportCell {
  return resultCell(e.eval.capaianCapped);
}

/** The target as typed ("63", "70–80", "BB"). */
export function targetCell(e: Evaluated): ReportCell {
  return angkaOf(e.row.target);
}

/** The realisasi as typed, or the engine's aggregation of TW I–IV when the annual cell is empty. */
export function realisasiCell(e: Evaluated): ReportCell {
  if (e.eval.realisasiFrom === "triwulan") return resultCell(e.eval.realisasi);
  return angkaOf(e.row.realisasi);
}

/**
 * The group of an indicator row: its sasaran, whose cell is merged over its indicators (and the No. beside it) and
 * whose rows print on one page where they fit.
 * @example sasaranGroup(e) //=> "meningkatkan pertumbuhan usaha koperasi dan umkm"
 */
export function sasaranGroup(e: Evaluated): string | undefined {
  const s = e.row.sasaran?.text.trim().toLowerCase() ?? "";
  return s === "" ? undefined : s;
}

/**
 * The No. column: the indicators' own codes when the workbook has them ("1.1.1", 004:L712), else
 * 1, 2, 3 … (a mix of codes and positions would read as codes).
 */
export function numbering(list: Evaluated[]): ReportCell[] {
  const coded = list.some((e) => textOf(e.row.kode) !== null);
  return list.map((e, i) => (coded ? textOf(e.row.kode) : String(i + 1)));
}

/**
 * The scale as a reader knows it: "Permendagri 86/2017" (also when the Skala sheet restates its
 * bands, as the bundled example does), else "skala pada lembar Skala" for the workbook's own.
 */
export function scaleLabel(scale: Scale): string {
  if (scale.id !== "custom") return scale.name;
  const same = (a: Band, b: Band) => a.min === b.min && a.label.toLowerCase() === b.label.toLowerCase();
  const standard = PERMENDAGRI_86.bands;
  if (scale.bands.length === standard.length && scale.bands.every((b, i) => same(b, standard[i])))
    return PERMENDAGRI_86.name;
  return "skala pada lembar Skala";
}

export const text = textOf;
