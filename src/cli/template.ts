import { parseArgs } from "node:util";
import * as path from "node:path";
import { newXlsx } from "../adapters/xlsx";
import { createTemplate } from "../jobs/create-template";
import { EXIT, type CliIo } from "./io";

/** `sakip template [-o templat.xlsx]`: a fresh input workbook for staff who start from nothing. */
export async function runTemplate(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { output: { type: "string", short: "o" } },
    allowPositionals: false,
  });
  const out = path.resolve(values.output ?? "templat-sakip.xlsx");
  const workbook = newXlsx();
  const result = await createTemplate(workbook);
  await workbook.save(out);
  io.out(`Templat ditulis: ${out}`);
  io.out(`Lembar: ${result.sheets.join(", ")}`);
  return EXIT.ok;
}
