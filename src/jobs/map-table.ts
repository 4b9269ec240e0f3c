import { readModel } from "../workbook";
import { colLetter, parseRange, rangeA1 } from "../workbook/a1";
import type { Model, TableColumn } from "../engine/model/types";
import type { Peta, PetaTabel } from "../workbook/peta";
import type { SheetGrid, WorkbookPort } from "../workbook/port";
import type { Settings } from "../workbook/settings-sheet";
import { readInputs } from "./read-inputs";
import { saveSettings } from "./settings";

/** One column of the table being mapped: its letter(s), header text and proposed field (null = ignored). */
export type MapColumn = { column: string; header: string; field: string | null };

export type MapProposal = {
  lembar: string;
  judul: string; // the selected header rows, "A6:N8"
  jenis?: PetaTabel["jenis"];
  columns: MapColumn[];
  /** Where the proposal came from: the saved peta, the table the reader found, or the header texts alone. */
  from: "peta" | "reader" | "headers";
};

export const MAX_HEADER_ROWS = 6;

/**
 * The roles the pane proposes for the header rows the user selected: the saved peta for that range, else the
 * columns of the table the reader found there, else what the reader makes of the selection's rows alone.
 * @example proposeMapping(grid, "A1:C1", model) //=> { judul: "A1:C1", columns: [{ column: "A", header: "Indikator", field: "indikator" }, …] }
 */
export function proposeMapping(
  grid: SheetGrid,
  address: string,
  model: Model,
  peta?: Peta,
): MapProposal | undefined {
  const box = parseRange(address);
  if (!box || box.r2 - box.r1 + 1 > MAX_HEADER_ROWS) return undefined;
  const judul = rangeA1(box);
  const base = { lembar: grid.name, judul };
  const saved = peta?.tabel.find((t) => t.lembar === grid.name && t.judul === judul);
  const headers = headerTexts(grid, box);
  if (saved) {
    const columns = headers.map((h) => ({ ...h, field: saved.kolom[h.column] ?? null }));
    return { ...base, jenis: saved.jenis, columns, from: "peta" };
  }
  const found = model.tables.find((t) => t.sheet === grid.name && t.headerRows?.[0] === box.r1 && t.columns);
  if (found) return { ...base, columns: fromReader(found.columns!, headers), from: "reader" };
  const alone = readModel([subGrid(grid, box)]).tables.find((t) => t.headerRows?.[0] === box.r1 && t.columns);
  if (alone) return { ...base, columns: fromReader(alone.columns!, headers), from: "reader" };
  return { ...base, columns: headers.map((h) => ({ ...h, field: null })), from: "headers" };
}

/**
 * The peta entry for a corrected proposal: only the columns given a field; undefined when none is.
 * @example toPetaTabel({ lembar: "X", judul: "A1:C1", columns: [{ column: "B", header: "Target", field: "target" }], from: "headers" }) //=> { lembar: "X", judul: "A1:C1", kolom: { B: "target" } }
 */
export function toPetaTabel(p: MapProposal): PetaTabel | undefined {
  const kolom: Record<string, string> = {};
  for (const c of p.columns) if (c.field) kolom[c.column] = c.field;
  if (Object.keys(kolom).length === 0) return undefined;
  const entry: PetaTabel = { lembar: p.lembar, judul: p.judul, kolom };
  if (p.jenis) entry.jenis = p.jenis;
  return entry;
}

/**
 * Settings with `entry` added to the peta, replacing an entry for the same sheet and header rows.
 * @example withPetaTabel(undefined, entry) //=> { versi: 1, peta: { versi: 1, tabel: [entry] } }
 */
export function withPetaTabel(settings: Settings | undefined, entry: PetaTabel): Settings {
  const others = (settings?.peta?.tabel ?? []).filter(
    (t) => !(t.lembar === entry.lembar && sameTop(t.judul, entry.judul)),
  );
  return { ...(settings ?? { versi: 1 }), peta: { versi: 1, tabel: [...others, entry] } };
}

/**
 * The job behind "Petakan tabel terpilih": reads the workbook and proposes roles for the selection.
 * @example await proposeForSelection(port, { sheet: "Data", address: "A1:C1" })
 */
export async function proposeForSelection(
  port: WorkbookPort,
  selection: { sheet: string; address: string },
): Promise<MapProposal | undefined> {
  const { grids, model, settings } = await readInputs(port);
  const grid = grids.find((g) => g.name === selection.sheet);
  if (!grid || grid.tag) return undefined; // the add-in's own sheets are never mapped
  return proposeMapping(grid, selection.address, model, settings?.peta);
}

/**
 * Saves one table's mapping into the workbook's settings sheet (other settings and mappings kept).
 * @example await savePetaTabel(port, { lembar: "Data", judul: "A1:C1", kolom: { B: "target" } })
 */
export async function savePetaTabel(port: WorkbookPort, entry: PetaTabel): Promise<Settings> {
  const { settings } = await readInputs(port);
  const next = withPetaTabel(settings, entry);
  await saveSettings(port, next);
  return next;
}

function sameTop(a: string, b: string): boolean {
  return parseRange(a)?.r1 === parseRange(b)?.r1;
}

/** One entry per selected column: its letter and the texts of the selected rows joined with " › ". */
function headerTexts(grid: SheetGrid, box: NonNullable<ReturnType<typeof parseRange>>) {
  const out: { column: string; header: string }[] = [];
  for (let c = box.c1; c <= box.c2; c++) {
    const parts: string[] = [];
    for (let r = box.r1; r <= box.r2; r++) {
      const v = grid.rows[r - grid.origin.row]?.[c - grid.origin.col]?.v;
      const t = v === null || v === undefined ? "" : String(v).trim();
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    out.push({ column: colLetter(c), header: parts.join(" › ") });
  }
  return out;
}

/** Fields of the reader's columns, one row per selected column (a span "A:D" counts for each of its columns). */
function fromReader(columns: TableColumn[], headers: { column: string; header: string }[]): MapColumn[] {
  const byLetter = new Map<string, string | null>();
  for (const c of columns) {
    const [from, to] = c.column.split(":");
    const a = parseRange(`${from}1`)!.c1;
    const b = to ? parseRange(`${to}1`)!.c1 : a;
    for (let i = a; i <= b; i++)
      if (!byLetter.has(colLetter(i))) byLetter.set(colLetter(i), i === a ? c.field : null);
  }
  return headers.map((h) => ({ ...h, field: byLetter.get(h.column) ?? null }));
}

/** The sheet from the selection's first row down, only the selected columns: what the reader sees of that table. */
function subGrid(grid: SheetGrid, box: NonNullable<ReturnType<typeof parseRange>>): SheetGrid {
  const left = Math.max(box.c1, grid.origin.col);
  const top = Math.max(box.r1, grid.origin.row);
  const rows = grid.rows
    .slice(top - grid.origin.row)
    .map((row) => row.slice(left - grid.origin.col, Math.max(0, box.c2 - grid.origin.col + 1)));
  return { name: grid.name, origin: { row: top, col: left }, rows };
}
