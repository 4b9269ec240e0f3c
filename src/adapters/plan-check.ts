import type { SheetInfo, WritePlan } from "../workbook/port";
import { msg } from "./messages";

/**
 * Whether Excel accepts a sheet name (31 characters, no : \ / ? * [ ], no leading/trailing quote).
 * @example validSheetName("Capaian Kinerja") //=> true
 */
export function validSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}

/**
 * Everything wrong with a write plan against the sheets now in the workbook (Indonesian), checked
 * before any change so that a bad plan changes nothing. Sheet names compare case-insensitively, as in Excel.
 * @example checkPlan({ create: [], remove: ["Data"], rename: [] }, [{ name: "Data" }]) //=> ['Lembar "Data" bukan buatan add-in …']
 */
export function checkPlan(plan: WritePlan, existing: SheetInfo[]): string[] {
  const problems: string[] = [];
  const byName = new Map(existing.map((s) => [s.name.toLowerCase(), s]));
  const live = new Set(byName.keys());
  for (const { name } of plan.create) {
    const low = name.toLowerCase();
    if (!validSheetName(name)) problems.push(msg.badName(name));
    else if (byName.has(low)) problems.push(msg.exists(name));
    else if (live.has(low)) problems.push(msg.duplicateCreate(name));
    live.add(low);
  }
  for (const name of plan.remove) {
    const sheet = byName.get(name.toLowerCase());
    if (!sheet) problems.push(msg.missing(name));
    else if (!sheet.tag) problems.push(msg.untagged(sheet.name));
    live.delete(name.toLowerCase());
  }
  const created = new Set(plan.create.map((c) => c.name.toLowerCase()));
  for (const { from, to } of plan.rename) {
    const low = from.toLowerCase();
    const owned = created.has(low) || byName.get(low)?.tag !== undefined;
    if (!live.has(low)) problems.push(msg.missing(from));
    else if (!owned) problems.push(msg.untagged(from));
    else if (!validSheetName(to)) problems.push(msg.badName(to));
    else if (live.has(to.toLowerCase()) && to.toLowerCase() !== low) problems.push(msg.renameTaken(from, to));
    live.delete(low);
    live.add(to.toLowerCase());
  }
  if (plan.activate && !live.has(plan.activate.toLowerCase())) problems.push(msg.missing(plan.activate));
  return problems;
}
