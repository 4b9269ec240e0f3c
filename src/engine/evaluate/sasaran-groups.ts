import type { Indikator, Model } from "../model/types";
import type { EvalContext, IndikatorEval } from "./types";
import { evaluateIndikator } from "./evaluate-indikator";
import { normaliseKey } from "./normalise";

export type SasaranGroup = { key: string; sasaran: string; items: { row: Indikator; eval: IndikatorEval }[] };

/**
 * Indicators grouped by their sasaran (normalised name), each indicator once (the first row that computes wins).
 * @example sasaranGroups(model, ctx)[0].sasaran //=> "Meningkatnya kualitas kelembagaan koperasi"
 */
export function sasaranGroups(model: Model, ctx: EvalContext): SasaranGroup[] {
  const groups = new Map<string, SasaranGroup>();
  const kinds = new Map(model.tables.map((t) => [t.id, t.kind]));
  for (const row of model.indikator) {
    const kind = kinds.get(row.table);
    if (row.rowKind !== "data" || (kind !== "kinerja" && kind !== "kinerja+anggaran")) continue;
    const sasaran = row.sasaran?.text.trim() ?? "";
    const key = normaliseKey(sasaran);
    if (key === "") continue;
    const group = groups.get(key) ?? { key, sasaran, items: [] };
    groups.set(key, group);
    const name = normaliseKey(row.indikator?.text);
    const ev = evaluateIndikator(row, ctx);
    const at = group.items.findIndex((i) => normaliseKey(i.row.indikator?.text) === name);
    if (at < 0) group.items.push({ row, eval: ev });
    else if (!group.items[at].eval.capaian.ok && ev.capaian.ok) group.items[at] = { row, eval: ev };
  }
  return [...groups.values()];
}
