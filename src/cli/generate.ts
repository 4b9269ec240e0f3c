import { parseArgs } from "node:util";
import * as path from "node:path";
import { generateReport } from "../jobs/generate-report";
import type { GenerateResult, JobOptions } from "../jobs/types";
import { formatPercent } from "../engine/numbers";
import { EXIT, type CliIo } from "./io";
import { JOB_OPTION_SPEC, UsageError, jobOptions } from "./options";
import { openInput, refuseOverwrite, resolveOutput, writeOutput } from "./files";
import { previousReportSheets, refuseTypedOverwrite } from "./previous-report";

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
  await refuseOverwrite(output, "report");
  const previous = await previousReportSheets(output);
  const workbook = await openInput(input);
  const result = await generateReport(workbook, options, progressPrinter(io));
  await refuseTypedOverwrite(output, previous, workbook);
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
  for (const a of result.adopted ?? [])
    io.out(
      `  Catatan: lembar '${a.name}' dulu dibuat add-in tetapi sudah Anda ganti namanya; kini dianggap milik Anda dan tidak diubah.`,
    );
  for (const k of result.kept ?? [])
    io.out(
      `  Catatan: lembar laporan '${k.sheet}' berisi isian Anda (${cellList(k.cells)}); lembar lama disimpan sebagai '${k.copy}'.`,
    );
  if (result.replaced?.length)
    io.out(`  Lembar laporan lama yang diganti dengan yang baru: ${result.replaced.join(", ")}.`);
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

/** "H6, I6, H7 dan 4 sel lain": enough cells to find the typing, not a wall of addresses. */
function cellList(cells: string[]): string {
  const shown = cells.slice(0, 5).join(", ");
  return cells.length > 5 ? `${shown} dan ${cells.length - 5} sel lain` : shown;
}
