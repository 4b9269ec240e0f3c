import type { Model } from "../model/types";
import type { EvalContext, Evaluated } from "./types";
import { evaluateIndikator } from "./evaluate-indikator";
import { collectIndikator, reportsThisYear } from "./identity";
import { normaliseKey } from "./normalise";

export type SasaranGroup = { key: string; sasaran: string; items: Evaluated[] };

/**
 * The indicators of the reporting year (collectIndikator: one identity rule) grouped by their sasaran (normalised name).
 * @example sasaranGroups(model, ctx)[0].sasaran //=> "Meningkatnya kualitas kelembagaan koperasi"
 */
export function sasaranGroups(model: Model, ctx: EvalContext): SasaranGroup[] {
  const list = collectIndikator(model)
    .filter(reportsThisYear)
    .map((row) => ({ row, eval: evaluateIndikator(row, ctx) }));
  return groupBySasaran(list);
}

/**
 * Already evaluated indicators grouped by sasaran, in order of first appearance; rows without a sasaran are left out.
 * @example groupBySasaran(evaluation.kinerja).map((g) => g.items.length) //=> [1, 2, 1] (004)
 */
export function groupBySasaran(list: Evaluated[]): SasaranGroup[] {
  const groups = new Map<string, SasaranGroup>();
  for (const item of list) {
    const sasaran = item.row.sasaran?.text.trim() ?? "";
    const key = normaliseKey(sasaran);
    if (key === "") continue;
    const group = groups.get(key) ?? { key, sasaran, items: [] };
    groups.set(key, group);
    group.items.push(item);
  }
  return [...groups.values()];
}
