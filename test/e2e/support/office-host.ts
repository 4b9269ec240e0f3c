import { parseRange } from "../../../src/adapters/a1";
import type { SheetGrid } from "../../../src/workbook/port";
import { FakeExcel } from "../../adapters/fake-excel";
import { cellAt, type SheetState } from "../../adapters/fake-state";
import { officePort } from "../../../src/adapters/office/port";
import { tagName } from "../../../src/adapters/tag";

/*
 * Runs IN THE BROWSER in place of office.js (bundled by bundle.ts). Office.onReady resolves with host
 * Excel, CustomFunctions.associate records, Excel.run runs each batch on the adapters' recording fake
 * (test/adapters/fake-excel.ts) over one in-memory workbook seeded from the example. The test drives
 * and inspects it through window.__officeStub.
 */

export type StubSeed = {
  grids: SheetGrid[];
  names: { name: string; sheet: string }[];
  /** Office.context.displayLanguage; "id-ID" when absent. */
  displayLanguage?: string;
  /** application.cultureInfo.numberFormat.numberDecimalSeparator; "," when absent. */
  decimalSeparator?: string;
};

type Run = { syncs: number; failed: boolean };

/** What Excel sends when a request fails for no reason it names (RichApi.Error, GeneralException). */
export const OFFICE_ERROR_MESSAGE = "An internal error has occurred.";

/** The Office.js error shape (OfficeExtension.Error): English message, code, name "RichApi.Error". */
function richApiError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code, debugInfo: { code, message } });
}

function seedSheet(fx: FakeExcel, grid: SheetGrid): void {
  const sheet = fx.seed(grid.name);
  grid.rows.forEach((row, i) =>
    row.forEach((c, j) => {
      if (!c) return;
      const cell = cellAt(sheet, grid.origin.row + i, grid.origin.col + j);
      if (c.error) cell.error = c.error;
      else cell.value = c.v;
      if (c.fmt) cell.numberFormat = c.fmt;
      if (c.bold) cell.font.bold = true;
    }),
  );
  sheet.merges.push(...(grid.merges ?? []));
  sheet.tables.push(...(grid.tables ?? []).map((t) => ({ ...t })));
}

/** Plain JSON of a sheet (Maps and Sets spelled out) so the test can compare workbooks. */
function sheetJson(s: SheetState) {
  const cells = [...s.cells].map(([a, c]) => [a, { ...c, borders: [...c.borders].sort() }] as const);
  cells.sort(([a], [b]) => {
    const x = parseRange(a),
      y = parseRange(b);
    return x.top - y.top || x.left - y.left;
  });
  return {
    ...s,
    cells: Object.fromEntries(cells),
    columnWidths: [...s.columnWidths],
    rowHeights: [...s.rowHeights],
  };
}

export function install(seed: StubSeed): void {
  const w = window as unknown as Record<string, unknown>;
  const fx = new FakeExcel();
  if (seed.decimalSeparator) fx.decimalSeparator = seed.decimalSeparator;
  for (const grid of seed.grids) seedSheet(fx, grid);
  for (const { name, sheet } of seed.names)
    fx.names.push({ name, sheet: fx.sheet(sheet), cell: "$A$1", visible: false });

  const runs: Run[] = [];
  const associations: Record<string, (...args: unknown[]) => unknown> = {};
  const stub = {
    failRuns: 0,
    /** Milliseconds each request takes, so that a test can see (and photograph) a job's progress. */
    delayMs: 0,
    /** Selects a range as the user would ("Sheet!A1:C1"). */
    select: (address: string) => void (fx.selected = address),
    /** The workbook as it is now, as a seed: "closing and reopening" the pane over the same workbook. */
    exportSeed: async (): Promise<StubSeed> => {
      const grids = await officePort(fx.run).readSheets();
      const names = grids.flatMap((g) => (g.tag ? [{ name: tagName(g.tag), sheet: g.name }] : []));
      return { ...seed, grids, names };
    },
    runs,
    associations,
    selections: [] as string[],
    get selected() {
      return fx.selected;
    },
    get active() {
      return fx.active?.name;
    },
    sheetNames: () => fx.sheets.map((s) => s.name),
    snapshot: () => ({
      sheets: fx.sheets.map(sheetJson),
      names: fx.names.map((n) => ({ ...n, sheet: n.sheet?.name ?? null })),
    }),
    call: (id: string, ...args: unknown[]) => associations[id.toUpperCase()](...args),
    /** Adds a user sheet directly (not through the add-in), e.g. one named like a report sheet. */
    addUserSheet: (name: string, cells: Record<string, string | number>) => fx.seed(name, cells) && undefined,
  };

  async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const record: Run = { syncs: 0, failed: false };
    runs.push(record);
    const context = fx.context() as unknown as { sync: () => Promise<void> };
    const sync = context.sync;
    const fail = stub.failRuns > 0 && stub.failRuns-- > 0;
    context.sync = async () => {
      record.syncs++;
      if (stub.delayMs) await new Promise((resolve) => setTimeout(resolve, stub.delayMs));
      if (fail) throw richApiError("GeneralException", OFFICE_ERROR_MESSAGE);
      await sync();
      const selected = fx.selected;
      if (selected && stub.selections[stub.selections.length - 1] !== selected)
        stub.selections.push(selected);
    };
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      // Excel.run sends what is still queued when the batch returns.
      if ((fx as unknown as { queue: unknown[] }).queue.length) await context.sync();
      return result;
    } catch (error) {
      record.failed = true;
      throw error;
    }
  }

  class CfError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? code);
    }
  }
  w.__officeStub = stub;
  w.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC" },
    context: {
      displayLanguage: seed.displayLanguage ?? "id-ID",
      requirements: { isSetSupported: () => true },
    },
    actions: { associate: () => undefined },
    onReady(callback?: (info: unknown) => void) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      if (callback) setTimeout(() => callback(info));
      return Promise.resolve(info);
    },
  };
  w.OfficeExtension = { Error: Error };
  w.Excel = { run };
  w.CustomFunctions = {
    associate(id: string | Record<string, (...a: unknown[]) => unknown>, fn?: (...a: unknown[]) => unknown) {
      const pairs = typeof id === "string" ? [[id, fn] as const] : Object.entries(id);
      for (const [k, f] of pairs) associations[k.toUpperCase()] = f as (...a: unknown[]) => unknown;
    },
    Error: CfError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
}
