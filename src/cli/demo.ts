import { parseArgs } from "node:util";
import * as path from "node:path";
import type { CliIo } from "./io";
import { generateFile } from "./generate";
import { JOB_OPTION_SPEC, jobOptions } from "./options";

/** The bundled example: seed 004 (Kab. Indragiri Hilir, 2024) typed into the template, mistakes included. */
export const EXAMPLE_INPUT = path.join(__dirname, "..", "..", "assets", "contoh-LKjIP-2024.xlsx");
const DEFAULT_OUTPUT = path.join("output", "LKjIP-contoh.xlsx");

/** `sakip demo`: the main job on the bundled example, written to output/LKjIP-contoh.xlsx. */
export async function runDemo(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { output: { type: "string", short: "o" }, ...JOB_OPTION_SPEC },
    allowPositionals: false,
  });
  io.out(`Contoh: ${path.relative(process.cwd(), EXAMPLE_INPUT) || EXAMPLE_INPUT}`);
  return generateFile(EXAMPLE_INPUT, values.output ?? DEFAULT_OUTPUT, jobOptions(values), io);
}
