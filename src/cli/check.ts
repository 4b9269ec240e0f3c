import { parseArgs } from "node:util";
import * as fs from "node:fs";
import * as path from "node:path";
import { checkWorkbook, summarizeFindings } from "../jobs/check-workbook";
import type { CheckResult, FindingSummary, JobOptions } from "../jobs/types";
import { EXIT, type CliIo } from "./io";
import { JOB_OPTION_SPEC, jobOptions } from "./options";
import { describeFailure } from "./errors";
import { openInput } from "./files";
import type { Finding, Severity } from "../engine/check/finding";

const USAGE = "Pemakaian: sakip check <file.xlsx…|folder> [--json] [--tahun N] [--batas N]";

export type FileOutcome = {
  file: string;
  result?: CheckResult;
  error?: string;
  tables?: CheckResult["tables"];
};

/**
 * `sakip check <file.xlsx…|folder> [--json] [--tahun N] [--batas N]`: findings per file; exit 0 when no errors,
 * 1 when errors were found, 2 when an input cannot be used (docs/REPORT.md §4).
 */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  let parsed;
  let options: JobOptions;
  try {
    parsed = parseArgs({
      args,
      options: { json: { type: "boolean" }, ...JOB_OPTION_SPEC },
      allowPositionals: true,
    });
    options = jobOptions(parsed.values);
  } catch (error) {
    io.err(`${describeFailure(error)}\n${USAGE}`);
    return EXIT.unusable;
  }
  if (parsed.positionals.length === 0) {
    io.err("Sebutkan file .xlsx atau folder yang akan diperiksa, mis. sakip check laporan.xlsx");
    return EXIT.unusable;
  }
  const files = expand(parsed.positionals);
  const outcomes: FileOutcome[] = [];
  for (const f of files) outcomes.push(f.error ? f : await checkFile(f.file, options));
  for (const o of outcomes) if (o.error) io.err(o.error);
  const json = parsed.values.json === true;
  if (json) io.out(JSON.stringify(toJson(outcomes), null, 2));
  else io.out(renderCheck(outcomes, io.color));
  if (outcomes.some((o) => o.error)) return EXIT.unusable;
  return outcomes.some((o) => (o.result?.summary.errors ?? 0) > 0) ? EXIT.findings : EXIT.ok;
}

// A folder stands for the Excel workbooks directly in it (Excel's "~$" lock files skipped): .xls and .xlsb
// too, so that an old-format file is named with what to do instead of silently left out. A file named on
// the command line is judged by its content, whatever its extension (files.ts).
export function expand(inputs: string[]): FileOutcome[] {
  const out: FileOutcome[] = [];
  for (const input of inputs) {
    if (!fs.existsSync(input)) {
      out.push({ file: input, error: `File tidak ditemukan: ${input}` });
    } else if (fs.statSync(input).isDirectory()) {
      const found = fs
        .readdirSync(input)
        .filter((n) => /\.xls[xmb]?$/i.test(n) && !n.startsWith("~$"))
        .sort();
      if (found.length === 0) out.push({ file: input, error: `Tidak ada file .xlsx di folder ${input}` });
      for (const n of found) out.push({ file: path.join(input, n) });
    } else {
      out.push({ file: input });
    }
  }
  return out;
}

// One file's failure, whatever it is, is that file's outcome: the others are still checked and reported.
async function checkFile(file: string, options: JobOptions): Promise<FileOutcome> {
  try {
    const result = await checkWorkbook(await openInput(file), options);
    // A workbook nothing could be read from has not been checked: saying "no errors" would be false.
    if (result.nothingRead) return { file, error: result.nothingRead, tables: result.tables };
    return { file, result };
  } catch (error) {
    return { file, error: describeFailure(error) };
  }
}

function toJson(outcomes: FileOutcome[]): unknown {
  const one = (o: FileOutcome) =>
    o.result
      ? { file: o.file, tables: o.result.tables, findings: o.result.findings, summary: o.result.summary }
      : { file: o.file, error: o.error, ...(o.tables ? { tables: o.tables } : {}) };
  if (outcomes.length === 1) return one(outcomes[0]);
  const summary: FindingSummary = summarizeFindings(outcomes.flatMap((o) => o.result?.findings ?? []));
  return { files: outcomes.map(one), summary };
}

const LABEL: Record<Severity, string> = { error: "KESALAHAN", warning: "PERINGATAN", info: "INFO" };
const COLOR: Record<Severity, string> = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m" };
const RESET = "\x1b[0m";
const BOLD = "\x1b[1m";

/** The human-readable report of `sakip check`: per file, findings grouped by sheet, then a summary. */
export function renderCheck(outcomes: FileOutcome[], color: boolean): string {
  const lines: string[] = [];
  for (const o of outcomes) {
    lines.push(paint(`Berkas: ${o.file}`, BOLD, color));
    if (!o.result) {
      lines.push(`  Tidak dapat diperiksa: ${o.error ?? ""}`, "");
      continue;
    }
    const t = o.result.tables;
    const read = t.filter((x) => x.kind !== "unknown");
    const unknown = t.length - read.length;
    lines.push(
      `  ${read.length} tabel dibaca, ${unknown} tidak dikenali${read.length ? ` (${read.map((x) => `${x.sheet}!${x.range} ${x.kind}`).join("; ")})` : ""}`,
    );
    lines.push(...bySheet(o.result.findings, color));
    lines.push(`  ${summaryLine(o.result.summary)}`, "");
  }
  if (outcomes.length > 1) {
    const all = summarizeFindings(outcomes.flatMap((o) => o.result?.findings ?? []));
    lines.push(paint(`Jumlah ${outcomes.length} berkas: ${summaryLine(all)}`, BOLD, color));
  }
  return lines.join("\n").trimEnd();
}

function bySheet(findings: Finding[], color: boolean): string[] {
  if (findings.length === 0) return ["  Tidak ada temuan."];
  const lines: string[] = [];
  let sheet: string | null = null;
  const cellWidth = Math.max(4, ...findings.map((f) => f.cell.length));
  const ruleWidth = Math.max(...findings.map((f) => f.rule.length));
  for (const f of findings) {
    if (f.sheet !== sheet) {
      sheet = f.sheet;
      lines.push("", `  Lembar ${sheet}`);
    }
    const sev = paint(LABEL[f.severity].padEnd(10), COLOR[f.severity], color);
    lines.push(`    ${f.cell.padEnd(cellWidth)}  ${sev}  ${f.rule.padEnd(ruleWidth)}  ${f.message}`);
  }
  lines.push("");
  return lines;
}

function summaryLine(s: FindingSummary): string {
  return `Ringkasan: ${s.errors} kesalahan, ${s.warnings} peringatan, ${s.info} info`;
}

function paint(text: string, code: string, color: boolean): string {
  return color ? `${code}${text}${RESET}` : text;
}
