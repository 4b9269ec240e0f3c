import type { Finding } from "../finding";
import type { Rule } from "../types";
import { makeFinding } from "../make-finding";
import { fieldCell } from "../column-cell";
import { quarterNums } from "../../evaluate";
import { show } from "../fmt";

/**
 * MISSING_VALUE: an indicator without target or realisasi where its table has the column (000 sasaran 4: target 78,
 * no realisasi), a target that is only a unit ("Dokumen", 004 Tabel 2.5), a year's target missing beside its realisasi,
 * and a program without pagu.
 * @example missingValue(model, evals, ctx)[0].message //=> "Realisasi kosong untuk indikator \"Nilai Capaian Kinerja PD\" (target 78)"
 */
export const missingValue: Rule = (model, _evals, ctx) => {
  const out: Finding[] = [];
  for (const ind of model.indikator) {
    const name = ind.indikator?.text.trim() ?? "";
    if (ind.rowKind !== "data" || name === "") continue;
    const t = fieldCell(model, ind, "target");
    const r = fieldCell(model, ind, "realisasi");
    // A row with neither target nor realisasi of the year is a comparison or Renstra row, not a PK indicator.
    const hasT = t?.cell?.num != null || t?.cell?.text.trim() || quarterNums(ind.targetTw);
    const hasR = r?.cell?.num != null || quarterNums(ind.realisasiTw) || ind.capaianStated?.num != null;
    const years = Object.keys(ind.years ?? {}).map(Number);
    const current = ctx.tahun ?? (years.length ? Math.max(...years) : undefined);
    const tText = t?.cell?.text.trim() ?? "";
    if (t && hasR && t.cell?.num == null && !quarterNums(ind.targetTw)) {
      if (tText === "" || tText === "-")
        out.push(
          makeFinding(
            "MISSING_VALUE",
            "warning",
            t.origin,
            `Target kosong untuk indikator "${name}"`,
            null,
            null,
          ),
        );
      else if (!/\d/.test(tText) && !/^[A-Z]{1,3}$/.test(tText)) {
        out.push(
          makeFinding(
            "MISSING_VALUE",
            "warning",
            t.origin,
            `Target "${tText}" hanya berisi satuan tanpa angka untuk indikator "${name}"`,
            tText,
            null,
          ),
        );
      }
    }
    const rText = r?.cell?.text.trim() ?? "";
    if (
      r &&
      hasT &&
      r.cell?.num == null &&
      (rText === "" || rText === "-") &&
      !quarterNums(ind.realisasiTw)
    ) {
      const tv = t?.cell?.num != null ? ` (target ${show(t.cell.num)})` : "";
      out.push(
        makeFinding(
          "MISSING_VALUE",
          "warning",
          r.origin,
          `Realisasi kosong untuk indikator "${name}"${tv}`,
          null,
          null,
        ),
      );
    }
    for (const [year, v] of Object.entries(ind.years ?? {})) {
      if (v.target && v.target.num === null && v.target.text.trim() === "" && v.realisasi?.num != null) {
        out.push(
          makeFinding(
            "MISSING_VALUE",
            "warning",
            v.target,
            `Target ${year} kosong untuk indikator "${name}", padahal realisasinya tertulis`,
            null,
            null,
          ),
        );
      }
      // A past year's missing realisasi is history; the reporting year's (or, unknown, the latest year's) is a gap.
      if (
        Number(year) === current &&
        v.realisasi &&
        v.realisasi.num === null &&
        v.realisasi.text.trim() === "" &&
        v.target?.num != null
      ) {
        out.push(
          makeFinding(
            "MISSING_VALUE",
            "warning",
            v.realisasi,
            `Realisasi ${year} kosong untuk indikator "${name}" (target ${show(v.target.num)})`,
            null,
            null,
          ),
        );
      }
    }
  }
  for (const row of model.anggaran) {
    const name = row.uraian?.text.trim() ?? "";
    if (
      row.rowKind !== "data" ||
      row.tingkat !== "program" ||
      name === "" ||
      !row.pagu ||
      row.pagu.num !== null
    )
      continue;
    if (row.pagu.text.trim() !== "") continue; // text in a pagu cell is NOT_A_NUMBER
    out.push(
      makeFinding("MISSING_VALUE", "warning", row.pagu, `Pagu kosong untuk program "${name}"`, null, null),
    );
  }
  return out;
};
