import type { SheetInfo, SheetTag } from "../../workbook/port";
import { parseTagName, sheetOfReference } from "../tag";

/** The workbook's sheets with their tags, and the names that carry the tags (one request). */
export type Listing = {
  sheets: SheetInfo[];
  tagNames: Map<string, string[]>; // lower-case sheet name → its tag names
  staleTagNames: string[]; // tag names whose sheet is gone (#REF!)
  takenNames: Set<string>; // every defined name, lower case
};

/** Queues the loads a listing needs; call `listing()` after the next sync. */
export function loadListing(context: Excel.RequestContext): () => Listing {
  const worksheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  return () => {
    const tags = new Map<string, SheetTag>();
    const tagNames = new Map<string, string[]>();
    const staleTagNames: string[] = [];
    for (const item of names.items) {
      const tag = parseTagName(item.name);
      if (!tag) continue;
      const sheet = sheetOfReference(String(item.formula));
      if (sheet === null) {
        staleTagNames.push(item.name);
        continue;
      }
      const low = sheet.toLowerCase();
      if (!tags.has(low)) tags.set(low, tag);
      tagNames.set(low, [...(tagNames.get(low) ?? []), item.name]);
    }
    const sheets = worksheets.items.map((ws) => {
      const tag = tags.get(ws.name.toLowerCase());
      return tag ? { name: ws.name, tag } : { name: ws.name };
    });
    return {
      sheets,
      tagNames,
      staleTagNames,
      takenNames: new Set(names.items.map((n) => n.name.toLowerCase())),
    };
  };
}
