import type { Workbook, Worksheet } from "exceljs";
import type { SheetTag } from "../../workbook/port";
import { quoteSheet } from "../a1";
import { freeTagName, parseTagName, sheetOfReference } from "../tag";

/** ExcelJS keeps defined names in a private map keyed by name; the tag names are managed here, outside it. */
type NamesInternals = { matrixMap: Record<string, unknown>; model: { name: string; ranges: string[] }[] };

function names(wb: Workbook): NamesInternals {
  return wb.definedNames as unknown as NamesInternals;
}

/**
 * Takes the tag names out of a loaded workbook: worksheet id → tag. Names whose sheet is gone (#REF!) are dropped.
 * Held outside ExcelJS because ExcelJS neither follows a rename nor drops a removed sheet's names.
 */
export function extractTags(wb: Workbook): Map<number, SheetTag> {
  const tags = new Map<number, SheetTag>();
  for (const { name, ranges } of names(wb).model) {
    const tag = parseTagName(name);
    if (!tag) continue;
    delete names(wb).matrixMap[name];
    const sheet = ranges.length === 1 ? sheetOfReference(ranges[0]) : null;
    const ws = sheet === null ? undefined : wb.getWorksheet(sheet);
    if (ws && !tags.has(ws.id)) tags.set(ws.id, tag);
  }
  return tags;
}

/** Runs `write` with one hidden tag name per tagged worksheet present, then takes the names out again. */
export async function withTagNames<T>(
  wb: Workbook,
  tags: Map<number, SheetTag>,
  write: () => Promise<T>,
): Promise<T> {
  const added: string[] = [];
  const taken = new Set(names(wb).model.map((n) => n.name.toLowerCase()));
  wb.worksheets.forEach((ws: Worksheet) => {
    const tag = tags.get(ws.id);
    if (!tag) return;
    const name = freeTagName(tag, taken);
    taken.add(name.toLowerCase());
    wb.definedNames.add(`${quoteSheet(ws.name)}!$A$1`, name);
    added.push(name);
  });
  try {
    return await write();
  } finally {
    for (const name of added) delete names(wb).matrixMap[name];
  }
}
