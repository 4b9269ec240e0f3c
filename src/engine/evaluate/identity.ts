import type { Indikator, Model, YearValues } from "../model/types";
import { cellInput, quarterNums } from "./inputs";
import { normaliseKey } from "./normalise";

// Words that differ between two tables printing the same indicator ("Persentase Koperasi yang aktif" in 004 Tabel 3.2,
// "Persentase Koperasi Aktif" in Tabel 3.3).
const FILLER = new Set(["yang", "dan", "di", "ke", "dari", "pada", "untuk", "the"]);

/**
 * The identity of an indicator (or program) name across tables: normalised, filler words dropped. The check, the
 * evaluation and the report all use it, so they agree on which rows are one indicator.
 * @example indikatorKey("Persentase Koperasi yang aktif") //=> "persentase koperasi aktif"
 */
export function indikatorKey(text: string | null | undefined): string {
  const words = normaliseKey(text).split(" ");
  let out = "";
  for (const w of words) if (w !== "" && !FILLER.has(w)) out = out === "" ? w : `${out} ${w}`;
  return out;
}

const KINERJA_KINDS = new Set(["kinerja", "kinerja+anggaran"]);

type Identity = { key: string; sasaran: string; live: boolean; tables: Set<string>; row: Indikator };

/**
 * The indicators of the workbook, each once. Identity = indikatorKey of the name, in its table's context: staff keep
 * the same indicator in several tables (PK, capaian, years, Renstra, efficiency — 004 Tabel 3.2 to 3.6), each holding
 * some of its fields, so rows with the same key are one indicator and are joined (the first row that has a field gives
 * it; a disagreement is the check's VALUE_CONFLICT). Two rows that both report the year in ONE table, or under two
 * different sasaran, are two indicators (the same name under two sasaran). Order: first appearance in the workbook.
 * @example collectIndikator(model).map((r) => r.indikator?.text) //=> ["Persentase Koperasi yang aktif", …] (joined with "…Aktif")
 */
export function collectIndikator(model: Model): Indikator[] {
  const kinds = new Map(model.tables.map((t) => [t.id, t.kind]));
  const byKey = new Map<string, Identity[]>();
  const order: Identity[] = [];
  for (const row of model.indikator) {
    if (row.rowKind !== "data" || !KINERJA_KINDS.has(kinds.get(row.table) ?? "kinerja")) continue;
    const key = indikatorKey(row.indikator?.text);
    if (key === "") continue;
    const live = reportsThisYear(row);
    const sasaran = live ? normaliseKey(row.sasaran?.text) : "";
    const list = byKey.get(key) ?? [];
    byKey.set(key, list);
    const same = list.find(
      (i) => !(live && i.live && i.tables.has(row.table)) && sameSasaran(i.sasaran, sasaran),
    );
    if (same) {
      same.row = join(same.row, row);
      same.tables.add(row.table);
      if (same.sasaran === "") same.sasaran = sasaran;
      same.live ||= live;
      continue;
    }
    const fresh: Identity = { key, sasaran, live, tables: new Set([row.table]), row: { ...row } };
    list.push(fresh);
    order.push(fresh);
  }
  return order.map((i) => i.row);
}

// A row without this year's data (a comparison table, 004 Tabel 3.3) often has no Sasaran column or one the reader
// carried down from the row above: only the sasaran of rows that report the year tell indicators apart.
function sameSasaran(a: string, b: string): boolean {
  return a === "" || b === "" || a === b;
}

/**
 * Whether an indicator has a target or realisasi of the reporting year: an indicator kept only for comparison (004
 * Tabel 3.3: the previous Renstra's indicators, 2021–2023) belongs in Perbandingan Tahun, not in the year's capaian,
 * its sasaran's mean or the efficiency analysis.
 * @example reportsThisYear(rowWith({ target: 70 })) //=> true
 */
export function reportsThisYear(row: Indikator): boolean {
  return (
    [row.target, row.realisasi].some((c) => cellInput(c) !== null) ||
    [row.targetTw, row.realisasiTw].some((q) => quarterNums(q) !== null)
  );
}

function join(base: Indikator, more: Indikator): Indikator {
  const out: Indikator = { ...base };
  for (const [field, value] of Object.entries(more) as [keyof Indikator, unknown][]) {
    if (field === "years") continue;
    if (out[field] === undefined || isBlank(out[field])) (out as Record<string, unknown>)[field] = value;
  }
  if (more.years) out.years = joinYears(base.years ?? {}, more.years);
  return out;
}

// Year by year and field by field: a year's target from one table and its realisasi from another make one year.
function joinYears(
  base: Record<number, YearValues>,
  more: Record<number, YearValues>,
): Record<number, YearValues> {
  const out: Record<number, YearValues> = { ...more, ...base };
  for (const [year, values] of Object.entries(more)) {
    const mine = base[Number(year)];
    if (!mine) continue;
    const joined: YearValues = { ...mine };
    for (const field of ["target", "realisasi", "capaian"] as const)
      if (joined[field] === undefined || isBlank(joined[field])) joined[field] = values[field];
    out[Number(year)] = joined;
  }
  return out;
}

function isBlank(value: unknown): boolean {
  return typeof value === "object" && value !== null && "text" in value && "num" in value
    ? (value as { text: string; num: number | null }).text.trim() === "" &&
        (value as { num: number | null }).num === null
    : false;
}
