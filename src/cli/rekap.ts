import { parseArgs } from "node:util";
import * as fs from "node:fs";
import * as path from "node:path";
import { newXlsx } from "../adapters/xlsx";
import type { JobOptions } from "../jobs/types";
import { unusableAgency, type RekapAgency } from "../report/rekap";
import { rekapSheets } from "../report/rekap-sheets";
import { expand } from "./check";
import { describeFailure } from "./errors";
import { refuseOverwrite, resolveOutput, writeOutput } from "./files";
import { EXIT, type CliIo } from "./io";
import { JOB_OPTION_SPEC, jobOptions, UsageError } from "./options";
import { readAgencies } from "./rekap-pool";

const USAGE =
  "Pemakaian: sakip rekap <folder|file.xlsx…> [-o rekap.xlsx] [--json] [--utas N] [--tahun N] [--batas N]";

/**
 * `sakip rekap <folder|file.xlsx…> [-o rekap.xlsx] [--json]`: every agency's workbook read (a thread per core)
 * into one consolidation workbook (Rekap, Temuan, Indikator). Exit 0 all read and no errors, 1 errors found,
 * 2 a file could not be used (the workbook is still written for the others).
 */
export async function runRekap(args: string[], io: CliIo): Promise<number> {
  let parsed;
  let options: JobOptions;
  let threads: number | undefined;
  try {
    parsed = parseArgs({
      args,
      options: {
        json: { type: "boolean" },
        output: { type: "string", short: "o" },
        utas: { type: "string" },
        ...JOB_OPTION_SPEC,
      },
      allowPositionals: true,
    });
    options = jobOptions(parsed.values);
    threads = threadCount(parsed.values.utas);
  } catch (error) {
    io.err(`${describeFailure(error)}\n${USAGE}`);
    return EXIT.unusable;
  }
  if (parsed.positionals.length === 0) {
    io.err(
      `Sebutkan folder berisi buku kerja instansi atau file .xlsx-nya, mis. sakip rekap laporan-opd/\n${USAGE}`,
    );
    return EXIT.unusable;
  }
  const json = parsed.values.json === true;
  // With --json the workbook is written only when -o asks for it: the JSON is then the result.
  const wanted = parsed.values.output ?? (json ? undefined : "rekap.xlsx");
  const inputs = expand(parsed.positionals);
  const output = wanted === undefined ? null : resolveOutput(wanted);
  // The previous rekap in the same folder is output, not an agency's workbook.
  const listed = inputs.filter((i) => !output || !sameFile(i.file, output));
  if (output) {
    for (const i of listed) if (!i.error) resolveOutput(wanted as string, i.file);
    await refuseOverwrite(output, "report");
  }
  const readable = listed.filter((i) => !i.error).map((i) => i.file);
  const read = await readAgencies(
    readable,
    options,
    (done, total) => (io.progress ?? io.err)(`Membaca ${done}/${total} berkas`, done === total),
    threads,
  );
  const agencies = merge(listed, read.agencies);
  if (agencies.length === 0) {
    io.err("Tidak ada buku kerja instansi untuk direkap: yang ada hanya rekap sakip sebelumnya.");
    return EXIT.unusable;
  }
  for (const a of agencies)
    if (a.alasan) io.err(a.alasan.includes(a.file) ? a.alasan : `${a.file}: ${a.alasan}`);
  if (output) await writeRekap(output, agencies);
  if (json) io.out(JSON.stringify(toJson(agencies, read.threads), null, 2));
  else io.out(summaryText(agencies, output, read.threads));
  if (agencies.some((a) => a.alasan)) return EXIT.unusable;
  return agencies.some((a) => a.kesalahan > 0) ? EXIT.findings : EXIT.ok;
}

/**
 * The rows in the order the files were named: a missing file or empty folder keeps its place with its reason;
 * an earlier rekap among the files (null) is left out.
 */
function merge(listed: { file: string; error?: string }[], read: (RekapAgency | null)[]): RekapAgency[] {
  let next = 0;
  const rows = listed.map((i) => (i.error ? unusableAgency(i.file, i.error) : read[next++]));
  return rows.filter((r): r is RekapAgency => r !== null);
}

async function writeRekap(output: string, agencies: RekapAgency[]): Promise<void> {
  const specs = rekapSheets(agencies, (file) => linkBeside(output, file));
  const book = newXlsx();
  await book.applyPlan({
    create: specs.map((spec) => ({ name: spec.name, spec })),
    remove: [],
    rename: [],
    activate: specs[0].name,
  });
  await writeOutput(output, await book.toBuffer());
}

/** A link from the consolidation to an agency's file when it sits in the same folder or below (moves with it). */
function linkBeside(output: string, file: string): string | null {
  const relative = path.relative(path.dirname(output), path.resolve(file));
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return null;
  return relative.split(path.sep).join("/");
}

function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [fs.statSync(a), fs.statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

/** --utas: reader threads (default: one per core, see defaultThreads); 1 reads in this thread, sparing a shared computer. */
function threadCount(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`--utas harus bilangan bulat 1–64 (jumlah utas baca), bukan '${raw}'`);
  return n;
}

function toJson(agencies: RekapAgency[], threads: number): unknown {
  return {
    files: agencies,
    summary: {
      files: agencies.length,
      threads,
      unusable: agencies.filter((a) => a.alasan).length,
      errors: sum(agencies, (a) => a.kesalahan),
      warnings: sum(agencies, (a) => a.peringatan),
    },
  };
}

function summaryText(agencies: RekapAgency[], output: string | null, threads: number): string {
  const unusable = agencies.filter((a) => a.alasan).length;
  const lines = [
    `Rekap ${agencies.length} berkas: ${agencies.length - unusable} dibaca, ${unusable} tidak dapat dipakai; ` +
      `${sum(agencies, (a) => a.kesalahan)} kesalahan, ${sum(agencies, (a) => a.peringatan)} peringatan (${threads} utas baca).`,
  ];
  if (output) lines.push(`Ditulis: ${output}`);
  return lines.join("\n");
}

function sum(agencies: RekapAgency[], of: (a: RekapAgency) => number): number {
  return agencies.reduce((total, a) => total + of(a), 0);
}
