import { normaliseKey } from "../engine/evaluate";
import type { Indikator, Model } from "../engine/model/types";

const KINERJA_KINDS = new Set(["kinerja", "kinerja+anggaran"]);

/**
 * The indicators of the report, each once: staff keep the same indicator in several tables (PK,
 * capaian, years, Renstra, efficiency — 004 Tabel 3.2 to 3.6), each holding some of its fields.
 * Rows with the same indicator name are joined; the first table that has a field gives it (a
 * disagreement between tables is the checker's VALUE_CONFLICT, not the report's to settle).
 * Order: first appearance in the workbook.
 */
export function collectIndikator(model: Model): Indikator[] {
  const kinds = new Map(model.tables.map((t) => [t.id, t.kind]));
  const byName = new Map<string, Indikator>();
  for (const row of model.indikator) {
    if (row.rowKind !== "data" || !KINERJA_KINDS.has(kinds.get(row.table) ?? "kinerja")) continue;
    const key = normaliseKey(row.indikator?.text);
    if (key === "") continue;
    const seen = byName.get(key);
    byName.set(key, seen ? join(seen, row) : { ...row });
  }
  return [...byName.values()];
}

function join(base: Indikator, more: Indikator): Indikator {
  const out: Indikator = { ...base };
  for (const [field, value] of Object.entries(more) as [keyof Indikator, unknown][]) {
    if (field === "years") continue;
    if (out[field] === undefined || isBlank(out[field])) (out as Record<string, unknown>)[field] = value;
  }
  if (more.years) out.years = { ...more.years, ...(base.years ?? {}) };
  return out;
}

function isBlank(value: unknown): boolean {
  return typeof value === "object" && value !== null && "text" in value && "num" in value
    ? (value as { text: string; num: number | null }).text.trim() === "" &&
        (value as { num: number | null }).num === null
    : false;
}
