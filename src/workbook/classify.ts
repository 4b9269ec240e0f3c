/** Which kind of table a set of mapped fields makes (docs/REPORT.md §1). */
import type { TableKind } from "../engine/model/types";
import { isIndicatorField } from "./cascade-fields";

const KINERJA_VALUE =
  /^(target|realisasi|capaianStated|targetAkhir|kemajuanStated|targetNasional|triwulanTarget|triwulanRealisasi)$|^(target|realisasi|capaian)(\d{4}|Tw[1-4])$/;

/**
 * Kinerja: indikator/sasaran with target or realisasi; anggaran: uraian with pagu-like columns;
 * both side by side (004 Tabel 3.6, 000 Tabel III.6); skala: lower bound + label.
 * @example classifyTable(["kode", "uraian", "pagu", "realisasiAnggaran"]) //=> "anggaran"
 */
export function classifyTable(fields: string[]): TableKind {
  const has = (f: string): boolean => fields.includes(f);
  if ((has("min") || has("interval")) && has("kriteriaStated")) return "skala";
  const indikator = fields.some(isIndicatorField); // a cascading table's indikatorProgram … count too
  const named = indikator || has("sasaran") || has("tujuan");
  const kinerja = named && fields.some((f) => KINERJA_VALUE.test(f));
  const money = has("pagu") || has("realisasiAnggaran") || has("paguSebelum");
  if (kinerja && money) return has("uraian") && !indikator ? "anggaran" : "kinerja+anggaran";
  if (kinerja) return "kinerja";
  if (money && (has("uraian") || has("kode") || named)) return "anggaran";
  return "unknown";
}
