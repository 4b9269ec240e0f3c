import type { SheetInfo } from "../workbook/port";
import { tagName } from "../adapters/tag";

/*
 * A stand-in for Excel.RequestContext that accepts every call the Office.js writer makes and records,
 * per context.sync(), what the request would carry: queued operations, the JSON size of their
 * arguments and assigned values, and the cells assigned through `values`/`formulas`. It models no
 * workbook: the writer decides when it syncs, so the counts are the writer's own. The tests' fake
 * (test/adapters/fake-excel.ts) models Excel fully; the bench test checks both count alike.
 */

/** One request (the operations queued before a sync). */
export type RecordedRequest = { operations: number; bytes: number; cells: number };

const CELL_PROPS = new Set(["values", "formulas"]);

function cellsOf(value: unknown): number {
  if (!Array.isArray(value)) return 0;
  return value.reduce((n: number, row: unknown) => n + (Array.isArray(row) ? row.length : 0), 0);
}

export class RecordingExcel {
  readonly requests: RecordedRequest[] = [];
  private current: RecordedRequest = { operations: 0, bytes: 0, cells: 0 };
  private readonly proxies = new WeakSet<object>();

  /** `sheets`: the workbook's sheets and tags as the writer will list them. */
  constructor(private readonly sheets: SheetInfo[]) {}

  context(): Excel.RequestContext {
    return this.node("") as unknown as Excel.RequestContext;
  }

  /** The request with the most bytes, and the one with the most cells (zero when nothing was sent). */
  largest(): { bytes: number; cells: number } {
    return {
      bytes: Math.max(0, ...this.requests.map((r) => r.bytes)),
      cells: Math.max(0, ...this.requests.map((r) => r.cells)),
    };
  }

  private record(payload: unknown, cells = 0): void {
    const json = JSON.stringify(payload, (_, v: unknown) =>
      typeof v === "object" && v !== null && this.proxies.has(v) ? "#objek" : v,
    );
    this.current.operations++;
    this.current.bytes += json === undefined ? 0 : json.length;
    this.current.cells += cells;
  }

  private sync(): Promise<void> {
    this.requests.push(this.current);
    this.current = { operations: 0, bytes: 0, cells: 0 };
    return Promise.resolve();
  }

  /** Items a listing reads back after its sync: the sheets, and one hidden tag name per tagged sheet. */
  private items(path: string): unknown[] {
    if (path.endsWith("workbook.worksheets")) return this.sheets.map((s) => ({ name: s.name }));
    if (path.endsWith("workbook.names"))
      return this.sheets
        .filter((s) => s.tag)
        .map((s) => ({ name: tagName(s.tag!), formula: `='${s.name.replace(/'/g, "''")}'!$A$1` }));
    return [];
  }

  private node(path: string): unknown {
    // A function target, so that a node can be called (ws.getRange(…)) as well as navigated (ws.format).
    const proxy: object = new Proxy(() => undefined, {
      get: (_, prop) => {
        if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
        if (path === "" && prop === "sync") return () => this.sync();
        if (prop === "load") return () => proxy;
        if (prop === "items") return this.items(path);
        if (prop === "isNullObject") return false;
        return this.node(`${path}.${prop}`);
      },
      set: (_, prop, value: unknown) => {
        this.record(value, CELL_PROPS.has(String(prop)) ? cellsOf(value) : 0);
        return true;
      },
      apply: (_, __, args: unknown[]) => {
        this.record(args);
        return this.node(`${path}()`);
      },
    });
    this.proxies.add(proxy);
    return proxy;
  }
}
