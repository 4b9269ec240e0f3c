import { parseArgs } from "node:util";
import { newXlsx } from "../adapters/xlsx";
import { createTemplate } from "../jobs/create-template";
import { EXIT, type CliIo } from "./io";
import { refuseOverwrite, resolveOutput, writeOutput } from "./files";

/** `sakip template [-o templat.xlsx]`: a fresh input workbook for staff who start from nothing. */
export async function runTemplate(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { output: { type: "string", short: "o" } },
    allowPositionals: false,
  });
  const out = resolveOutput(values.output ?? "templat-sakip.xlsx");
  await refuseOverwrite(out, "template");
  const workbook = newXlsx();
  const result = await createTemplate(workbook);
  await writeOutput(out, await workbook.toBuffer());
  io.out(`Templat ditulis: ${out}`);
  io.out(`Lembar: ${result.sheets.join(", ")}`);
  return EXIT.ok;
}
