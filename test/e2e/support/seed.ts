import { join } from "path";
import { openXlsx } from "../../../src/adapters/xlsx";
import { tagName } from "../../../src/adapters/tag";
import type { SheetGrid } from "../../../src/workbook/port";
import type { StubSeed } from "./office-host";

export const EXAMPLE = join(__dirname, "..", "..", "..", "assets", "contoh-LKjIP-2024.xlsx");

/** The bundled example's sheets (values, formats, bold, merges, tables, tags) as the stub's starting workbook. */
export async function exampleSeed(): Promise<{ seed: StubSeed; grids: SheetGrid[] }> {
  const grids = await (await openXlsx(EXAMPLE)).readSheets();
  const names = grids.flatMap((g) => (g.tag ? [{ name: tagName(g.tag), sheet: g.name }] : []));
  return { seed: { grids, names }, grids };
}
