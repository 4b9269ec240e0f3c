import { parseArgs } from "node:util";
import { openInput } from "./files";
import { describeFailure } from "./errors";
import { nothingRead, readWorkbook, usableTables } from "../jobs/read-workbook";
import type { Model, TableInfo } from "../engine/model/types";
import { EXIT, type CliIo } from "./io";
import { JOB_OPTION_SPEC, jobOptions } from "./options";
import { cascadeLines, describeRows, hierarchyLines } from "./baca-rows";
import { petaOf } from "../workbook/peta";

const USAGE = "Pemakaian: sakip baca <file.xlsx> [--json] [--tahun N]";

/**
 * `sakip baca <file.xlsx> [--json]`: what was read — each table with its range, kind, the role and
 * header path of every column, its rows with values and origin cells, and the reader's notes.
 * Exit 0 when a kinerja or anggaran table was read, 2 when none was (or the file cannot be read).
 */
export async function runBaca(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs({
    args,
    options: { json: { type: "boolean" }, ...JOB_OPTION_SPEC },
    allowPositionals: true,
  });
  const options = jobOptions(parsed.values);
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1) {
    io.err(`Sebutkan satu file .xlsx.\n${USAGE}`);
    return EXIT.unusable;
  }
  let model: Model;
  try {
    model = await readWorkbook(await openInput(file), options);
  } catch (error) {
    io.err(describeFailure(error));
    return EXIT.unusable;
  }
  if (parsed.values.json === true) io.out(JSON.stringify(bacaJson(file, model), null, 2));
  else io.out(renderBaca(file, model));
  const none = nothingRead(model);
  if (none) io.err(none);
  return none ? EXIT.unusable : EXIT.ok;
}

/** The machine-readable reading: tables with columns and rows, diagnostics, year. */
export function bacaJson(file: string, model: Model): unknown {
  return {
    file,
    tahun: model.tahun ?? null,
    peta: petaOf(model.tables),
    tables: model.tables.map((t) => ({ ...t, rowsRead: describeRows(model, t) })),
    diagnostics: model.diagnostics,
  };
}

function tableLines(t: TableInfo): string[] {
  const head = `${t.sheet}!${t.range}  ${t.kind}  ${t.rows} baris${t.headerRows ? `  (judul kolom baris ${t.headerRows[0]}–${t.headerRows[1]})` : ""}`;
  const lines = [head];
  if (t.title) lines.push(`  judul: ${t.title}`);
  for (const c of t.columns ?? [])
    lines.push(
      `  ${c.column.padEnd(5)} ${(c.field ?? "—").padEnd(20)} ${c.header}${c.note ? `  [${c.note}]` : ""}`,
    );
  return lines;
}

/** The human-readable reading, one block per table, then the reader's notes. */
export function renderBaca(file: string, model: Model): string {
  const out = [`${file}`, `Tahun laporan: ${model.tahun ?? "tidak ditemukan"}`];
  const usable = usableTables(model);
  const other = model.tables.length - usable;
  out.push(`${usable} tabel dibaca, ${other} tidak dikenali`, "");
  for (const t of model.tables)
    out.push(...tableLines(t), ...cascadeLines(model, t), ...hierarchyLines(model, t), "");
  if (model.diagnostics.length > 0) {
    out.push("Catatan pembaca:");
    for (const d of model.diagnostics)
      out.push(`  ${d.severity.padEnd(7)} ${d.sheet}!${d.cell}  ${d.message}`);
  }
  return out.join("\n");
}
