import { parseArgs } from "node:util";
import * as path from "node:path";
import { generateReport } from "../jobs/generate-report";
import type { GenerateResult, JobOptions } from "../jobs/types";
import { formatPercent } from "../engine/numbers";
import { EXIT, type CliIo } from "./io";
import { JOB_OPTION_SPEC, UsageError, jobOptions } from "./options";
import { openInput, resolveOutput, writeOutput } from "./files";

/** `sakip generate <in.xlsx> [-o out.xlsx] [options]`: the input's sheets unchanged plus the LKjIP sheets. */
export async function runGenerate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { output: { type: "string", short: "o" }, ...JOB_OPTION_SPEC },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new UsageError("Sebutkan tepat satu file masukan .xlsx");
  const options = jobOptions(values);
  const input = path.resolve(positionals[0]);
  return generateFile(input, values.output ?? defaultOutput(input), options, io);
}

/**
 * Reads `input`, writes the report to `output` (creating its folder), prints a summary; shared with `demo`.
 * The output is checked before the work starts and written whole or not at all (files.ts).
 */
export async function generateFile(
  input: string,
  rawOutput: string,
  options: JobOptions,
  io: CliIo,
): Promise<number> {
  const output = resolveOutput(rawOutput, input);
  const workbook = await openInput(input);
  const result = await generateReport(workbook, options, progressPrinter(io));
  await writeOutput(output, await workbook.toBuffer());
  printSummary(result, output, io);
  return EXIT.ok;
}

/** "laporan.xlsx" → "laporan-LKjIP.xlsx" beside it: the input is never overwritten by default. */
export function defaultOutput(input: string): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-LKjIP.xlsx`);
}

function progressPrinter(io: CliIo) {
  return (done: number, total: number, sheet: string) => {
    io.err(`  Menulis lembar ${done}/${total}: ${sheet}`);
  };
}

function printSummary(result: GenerateResult, output: string, io: CliIo): void {
  io.out(`\nLaporan LKjIP ditulis: ${output}`);
  io.out(`Lembar (${result.sheets.length}): ${result.sheets.map((s) => s.name).join(", ")}`);
  for (const r of result.renamed)
    io.out(`  Catatan: lembar '${r.wanted}' milik pengguna tidak diubah; laporan ditulis ke '${r.used}'.`);
  const kriteria = Object.entries(result.kriteriaCounts)
    .map(([label, n]) => `${label} ${n}`)
    .join(", ");
  io.out(`Indikator per kriteria: ${kriteria || "-"}`);
  io.out(
    `Serapan anggaran total: ${result.serapanTotal === null ? "-" : formatPercent(result.serapanTotal)}`,
  );
  const f = result.findings;
  io.out(
    `Pemeriksaan: ${f.errors} kesalahan, ${f.warnings} peringatan, ${f.info} info (lihat lembar Pemeriksaan)`,
  );
}
