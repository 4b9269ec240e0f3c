import type { SheetSpec } from "../engine/model/sheet-spec";
import type { SheetGrid, WritePlan } from "../workbook/port";
import { typedCells } from "./typed-cells";

const MAX_SHEET_NAME = 31;

export type KeptSheet = { sheet: string; copy: string; cells: string[] };

/**
 * The plan changed so that an old report sheet holding typed cells is not deleted but renamed
 * "<name> (lama)" (its name then makes it the user's: plan-sheets.ts); the new sheet takes the name.
 * @example keepTypedSheets(plan, grids, specs, names) //=> { plan, kept: [{ sheet: "Analisis", copy: "Analisis (lama)", cells: ["H6"] }] }
 */
export function keepTypedSheets(
  plan: WritePlan,
  grids: SheetGrid[],
  specs: SheetSpec[],
  finalNames: string[],
): { plan: WritePlan; kept: KeptSheet[] } {
  const taken = new Set([...grids.map((g) => g.name), ...finalNames].map((n) => n.toLowerCase()));
  const kept: KeptSheet[] = [];
  for (const name of plan.remove) {
    const old = grids.find((g) => g.name === name);
    const spec = old?.tag && specs.find((s) => s.key === old.tag!.key);
    const cells = old && spec ? typedCells(old, spec) : [];
    if (cells.length === 0) continue;
    const copy = copyName(name, taken);
    taken.add(copy.toLowerCase());
    kept.push({ sheet: name, copy, cells });
  }
  if (kept.length === 0) return { plan, kept };
  const keptNames = new Set(kept.map((k) => k.sheet));
  return {
    plan: {
      ...plan,
      remove: plan.remove.filter((n) => !keptNames.has(n)),
      // The old sheet moves out of the way before the new one is renamed into its place.
      rename: [...kept.map((k) => ({ from: k.sheet, to: k.copy })), ...plan.rename],
    },
    kept,
  };
}

function copyName(name: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? " (lama)" : ` (lama ${n})`;
    const candidate = name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
