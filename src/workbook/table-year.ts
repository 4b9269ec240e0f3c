/** The year a table reports: the Profil's when it states one, else the table's own title's, else the workbook's. */
import type { TableBlock } from "./find-tables";
import { yearInTitle } from "./lines";

/**
 * A Renja holds tables of several years side by side (Tabel 2.1 evaluates 2022, Tabel 3.2 plans
 * 2024): a table whose title names a year is read in that year, so its "Target" is that year's
 * target and not a past year's column. A year the Profil states is the user's word and wins.
 * @example tableYear(blockTitled("Rekapitulasi Evaluasi … s/d Tahun 2022"), 2024, undefined) //=> 2022
 */
export function tableYear(
  block: TableBlock,
  workbookYear: number | undefined,
  profilYear: number | undefined,
): number | undefined {
  if (profilYear !== undefined) return profilYear;
  const own = block.title ? yearInTitle(block.title.text) : undefined;
  return own ?? workbookYear;
}
