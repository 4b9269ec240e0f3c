import type { SheetSpec } from "../../engine/model/sheet-spec";
import type { Progress, WritePlan } from "../../workbook/port";
import { msg } from "../messages";
import { checkPlan } from "../plan-check";
import { freeTagName } from "../tag";
import { Batch } from "./batch";
import { writeExtras } from "./extras";
import { writeFormats } from "./format";
import { loadListing } from "./sheets";
import { writeValues } from "./values";
import { describeOfficeError } from "./errors";

/*
 * Requests: 1 to list sheets and tags, 1 per new sheet (more only for a sheet over the payload
 * budget), 1 to remove, rename and activate. The previous report is removed only after every new
 * sheet is in place; a failure removes this plan's new sheets and leaves everything else untouched.
 */

async function createSheet(batch: Batch, name: string, spec: SheetSpec, taken: Set<string>): Promise<void> {
  await batch.room();
  const ws = batch.context.workbook.worksheets.add(name);
  // Tag first, in the same request: a half-written sheet is still recognisably the add-in's.
  const tagName = freeTagName({ role: spec.role, key: spec.key }, taken);
  taken.add(tagName.toLowerCase());
  batch.context.workbook.names.add(tagName, ws.getRange("A1")).visible = false;
  await writeValues(batch, ws, spec);
  await writeFormats(batch, ws, spec);
  await writeExtras(batch, ws, spec);
  if (spec.visibility) ws.visibility = VISIBILITY[spec.visibility];
  await batch.sync();
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** Deletes the sheets this plan created (they did not exist before: checkPlan made sure). */
async function discard(batch: Batch, names: string[]): Promise<void> {
  const sheets = names.map((n) => batch.context.workbook.worksheets.getItemOrNullObject(n));
  for (const ws of sheets) ws.load("isNullObject");
  await batch.sync();
  for (const ws of sheets) if (!ws.isNullObject) ws.delete();
  await batch.sync();
}

/** Carries out a write plan on one RequestContext (see WritePlan for the order). */
export async function applyPlanIn(
  context: Excel.RequestContext,
  plan: WritePlan,
  onProgress?: Progress,
  budget?: number,
): Promise<number> {
  const batch = new Batch(context, budget);
  const listing = loadListing(context);
  await batch.sync();
  const { sheets, tagNames, staleTagNames, takenNames } = listing();
  const problems = checkPlan(plan, sheets);
  if (problems.length) throw new Error(msg.planRejected(problems));
  for (const [i, { name, spec }] of plan.create.entries()) {
    try {
      await createSheet(batch, name, spec, takenNames);
    } catch (error) {
      const reason = describeOfficeError(error) ?? (error instanceof Error ? error.message : String(error));
      await discard(
        batch,
        plan.create.slice(0, i + 1).map((c) => c.name),
      ).catch(() => undefined);
      // The sheet's own name, not the temporary one it was being written under.
      throw new Error(msg.createFailed(spec.name, reason));
    }
    onProgress?.(i + 1, plan.create.length, name);
  }
  const tagged = new Set(sheets.filter((s) => s.tag).map((s) => s.name.toLowerCase()));
  const settings = new Set(sheets.filter((s) => s.tag?.role === "settings").map((s) => s.name.toLowerCase()));
  const names = context.workbook.names;
  for (const name of plan.remove) {
    if (!tagged.has(name.toLowerCase())) throw new Error(msg.untagged(name)); // checkPlan said so already; never trust a bug
    for (const tagName of tagNames.get(name.toLowerCase()) ?? []) names.getItem(tagName).delete();
    const ws = context.workbook.worksheets.getItem(name);
    // Office.js refuses to delete a very hidden sheet (the settings sheet): it is made merely hidden first.
    if (settings.has(name.toLowerCase())) ws.visibility = "Hidden";
    ws.delete();
  }
  for (const stale of staleTagNames) names.getItem(stale).delete();
  for (const { from, to } of plan.rename) context.workbook.worksheets.getItem(from).name = to;
  if (plan.activate) context.workbook.worksheets.getItem(plan.activate).activate();
  if (plan.remove.length || staleTagNames.length || plan.rename.length || plan.activate) {
    await batch.room();
    await batch.sync();
  }
  return batch.syncs;
}
