/**
 * Builds the bundled example workbook in memory: the template layout filled with CONTOH_004,
 * written through the xlsx adapter (the same path as `sakip template`).
 */
import { newXlsx } from "../../src/adapters/xlsx";
import { createTemplate } from "../../src/jobs/create-template";
import { CONTOH_004 } from "./contoh-004";

export const EXAMPLE_FILE = "assets/contoh-LKjIP-2024.xlsx";

/** The example as .xlsx bytes. @example const bytes = await buildExample(); */
export async function buildExample(): Promise<Buffer> {
  const book = newXlsx();
  await createTemplate(book, CONTOH_004);
  return book.toBuffer();
}
