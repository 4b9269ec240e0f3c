import type { Runner } from "../../src/adapters/office";
import { parseRange } from "../../src/adapters/a1";
import { FakeRange, Loadable } from "./fake-range";
import { cellAt, newSheet, sheetRef, type NameState, type SheetState } from "./fake-state";

/*
 * A recording fake of Excel.RequestContext: worksheets, ranges (values, numberFormat, format, merge),
 * names, tables, conditional formats, getCellProperties. Every call is queued and runs at sync(), as
 * in Office.js; reading a property before load + sync throws. `ops` records each executed operation
 * with the request (batch) it was sent in; `requestBytes` the JSON size of each request's payloads.
 */

export type Op = { batch: number; op: string; sheet?: string; address?: string };
type Queued = { op: string | null; bytes: number; target: () => Partial<Op>; run: () => void };

export class FakeExcel {
  sheets: SheetState[] = [];
  names: NameState[] = [];
  active?: SheetState;
  selected?: string;
  decimalSeparator = ",";
  ops: Op[] = [];
  syncs = 0;
  requestBytes: number[] = [];
  /** Excel shortens a RangeAreas address to this many areas (a test of the adapter's fallback). */
  areasAddressLimit?: number;
  /** Makes the matching operation throw when its request runs (a failing write). */
  failWhen?: (op: Op) => boolean;
  private queue: Queued[] = [];

  enqueue(op: string | null, payload: unknown, target: () => Partial<Op>, run: () => void): void {
    this.queue.push({ op, bytes: op ? JSON.stringify(payload ?? null).length : 0, target, run });
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const batch = this.syncs++;
    this.requestBytes.push(queue.reduce((n, q) => n + q.bytes, 0));
    for (const q of queue) {
      if (q.op) {
        const op: Op = { batch, op: q.op, ...q.target() };
        this.ops.push(op);
        if (this.failWhen?.(op)) throw new Error(`GeneralException: gagal (uji) pada ${op.op}`);
      }
      q.run();
    }
  }

  sheet(name: string): SheetState {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`ItemNotFound: worksheet ${name}`);
    return s;
  }

  /** Puts a sheet with cells in place directly (not through the adapter). {error} makes an error cell. */
  seed(name: string, cells: Record<string, unknown> = {}, tagName?: string): SheetState {
    const s = newSheet(name);
    this.sheets.push(s);
    for (const [addr, v] of Object.entries(cells)) {
      const { top, left } = parseRange(addr);
      const cell = cellAt(s, top, left);
      if (v && typeof v === "object" && "error" in v) cell.error = String(v.error);
      else if (v && typeof v === "object" && "bold" in v)
        Object.assign(cell, { value: (v as unknown as { v: unknown }).v, font: { bold: true } });
      else cell.value = v as string | number | boolean;
    }
    if (tagName) this.names.push({ name: tagName, sheet: s, cell: "$A$1", visible: false });
    return s;
  }

  context(): Excel.RequestContext {
    return new FakeContext(this) as unknown as Excel.RequestContext;
  }

  /** A Runner for officePort: each run gets a fresh context over the same workbook. */
  run: Runner = (batch) => batch(this.context());

  /** Syncs sent since the last reset, and the operations with them. */
  reset(): void {
    this.syncs = 0;
    this.ops = [];
    this.requestBytes = [];
  }
}

class FakeWorksheet extends Loadable {
  constructor(
    private readonly fx: FakeExcel,
    readonly state: () => SheetState,
    nullable = false,
  ) {
    super();
    if (nullable) this.nullable = true;
  }
  private nullable = false;
  private q(op: string, payload: unknown, run: () => void) {
    this.fx.enqueue(op, payload, () => ({ sheet: this.state().name }), run);
  }
  get name(): string {
    return this.got("name");
  }
  set name(to: string) {
    this.q("worksheet.rename", to, () => {
      if (this.fx.sheets.some((s) => s !== this.state() && s.name.toLowerCase() === to.toLowerCase()))
        throw new Error("InvalidArgument: name taken");
      this.state().name = to;
    });
  }
  get isNullObject(): boolean {
    return this.got("isNullObject");
  }
  set tabColor(c: string) {
    this.q("worksheet.tabColor", c, () => (this.state().tabColor = c));
  }
  set visibility(v: string) {
    this.q("worksheet.visibility", v, () => (this.state().visibility = v));
  }
  load(): this {
    this.fx.enqueue(
      null,
      null,
      () => ({}),
      () => this.fill(),
    );
    return this;
  }
  /** Snapshot of the loadable properties, taken when the request runs. */
  fill(): this {
    let s: SheetState | undefined;
    try {
      s = this.state();
    } catch (e) {
      if (!this.nullable) throw e;
    }
    this.loaded.set("isNullObject", !s);
    if (s) this.loaded.set("name", s.name);
    return this;
  }
  delete(): void {
    this.q("worksheet.delete", null, () => {
      const s = this.state();
      // Excel: "if the worksheet's visibility is set to VeryHidden, the delete operation will fail".
      if (s.visibility === "VeryHidden") throw new Error("InvalidOperation: very hidden sheet");
      this.fx.sheets = this.fx.sheets.filter((x) => x !== s);
      for (const n of this.fx.names) if (n.sheet === s) n.sheet = null; // becomes #REF!
    });
  }
  activate(): void {
    this.q("worksheet.activate", null, () => (this.fx.active = this.state()));
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.fx, this.state, { address: address ?? null });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.fx, this.state, {
      box: { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols },
    });
  }
  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.fx, this.state, { used: true });
  }
  get freezePanes() {
    const set = (rows: number, columns: number) =>
      this.q("freezePanes", { rows, columns }, () => (this.state().freeze = { rows, columns }));
    return {
      freezeRows: (n: number) => set(n, 0),
      freezeColumns: (n: number) => set(0, n),
      freezeAt: (address: string) => {
        const b = parseRange(address);
        set(b.bottom, b.right);
      },
    };
  }
  get horizontalPageBreaks() {
    return {
      add: (range: string) =>
        this.q("horizontalPageBreaks.add", range, () => this.state().pageBreaks.push(range)),
    };
  }

  get pageLayout() {
    const page = (key: keyof SheetState["page"], v: unknown) =>
      this.q(`pageLayout.${key}`, v, () => ((this.state().page as Record<string, unknown>)[key] = v));
    const into = (group: "margins" | "headersFooters", key: string, v: unknown) =>
      this.q(`pageLayout.${group}.${key}`, v, () => {
        const p = this.state().page as Record<string, Record<string, unknown> | undefined>;
        p[group] = { ...(p[group] ?? {}), [key]: v };
      });
    const sections = {};
    for (const key of [
      "leftHeader",
      "centerHeader",
      "rightHeader",
      "leftFooter",
      "centerFooter",
      "rightFooter",
    ])
      Object.defineProperty(sections, key, {
        set: (v: string) => {
          into("headersFooters", key, v);
        },
      });
    const layout = {
      set paperSize(v: string) {
        page("paperSize", v);
      },
      set orientation(v: string) {
        page("orientation", v);
      },
      set zoom(v: unknown) {
        page("zoom", v);
      },
      setPrintTitleRows: (rows: string) => page("printTitleRows", rows),
      headersFooters: { defaultForAllPages: sections },
    };
    for (const side of ["left", "right", "top", "bottom", "header", "footer"])
      Object.defineProperty(layout, `${side}Margin`, {
        set: (v: number) => {
          into("margins", side, v);
        },
      });
    return layout;
  }
  get comments() {
    return {
      add: (cell: string, text: string) =>
        this.q("comments.add", { cell, text }, () => this.state().comments.push({ cell, text })),
    };
  }
  get tables() {
    return {
      add: (address: string) => {
        const table = { name: "", range: address, style: undefined as string | undefined };
        this.q("tables.add", address, () => {
          if (
            this.fx.sheets.some((s) =>
              s.tables.some((t) => t.name.toLowerCase() === table.name.toLowerCase()),
            )
          )
            throw new Error("InvalidArgument: table name taken");
          this.state().tables.push(table);
        });
        return {
          set name(v: string) {
            table.name = v;
          },
          set style(v: string) {
            table.style = v;
          },
        };
      },
    };
  }
}

class FakeNamedItem extends Loadable {
  constructor(
    private readonly fx: FakeExcel,
    private readonly find: () => NameState,
  ) {
    super();
  }
  get name(): string {
    return this.got("name");
  }
  get formula(): string {
    return this.got("formula");
  }
  set visible(v: boolean) {
    this.fx.enqueue(
      "names.visible",
      v,
      () => ({}),
      () => (this.find().visible = v),
    );
  }
  delete(): void {
    this.fx.enqueue(
      "names.delete",
      null,
      () => ({}),
      () => {
        const n = this.find();
        this.fx.names = this.fx.names.filter((x) => x !== n);
      },
    );
  }
  snapshot(n: NameState): void {
    this.loaded.set("name", n.name);
    this.loaded.set("formula", n.sheet ? `=${sheetRef(n.sheet.name)}!${n.cell}` : `=#REF!${n.cell}`);
  }
}

/** A loadable collection: `items` after load + sync. */
class FakeItems<T> extends Loadable {
  constructor(
    private readonly fx: FakeExcel,
    private readonly snapshot: () => T[],
  ) {
    super();
  }
  get items(): T[] {
    return this.got("items");
  }
  load(): this {
    this.fx.enqueue(
      null,
      null,
      () => ({}),
      () => this.loaded.set("items", this.snapshot()),
    );
    return this;
  }
}

class FakeContext {
  constructor(private readonly fx: FakeExcel) {}
  sync = () => this.fx.sync();
  application = {
    cultureInfo: {
      numberFormat: {
        load: () => {
          const loaded = { numberDecimalSeparator: "" };
          this.fx.enqueue(
            null,
            null,
            () => ({}),
            () => (loaded.numberDecimalSeparator = this.fx.decimalSeparator),
          );
          return loaded;
        },
      },
    },
    suspendApiCalculationUntilNextSync: () =>
      this.fx.enqueue(
        "suspendApiCalculationUntilNextSync",
        null,
        () => ({}),
        () => undefined,
      ),
  };
  get workbook() {
    const fx = this.fx;
    const byName = (name: string) => () => fx.sheet(name);
    const worksheets = Object.assign(
      new FakeItems(fx, () => fx.sheets.map((s) => new FakeWorksheet(fx, () => s).fill())),
      {
        add: (name: string) => {
          let state: SheetState | undefined;
          fx.enqueue(
            "worksheets.add",
            name,
            () => ({ sheet: name }),
            () => {
              if (fx.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
                throw new Error(`ItemAlreadyExists: ${name}`);
              fx.sheets.push((state = newSheet(name)));
            },
          );
          return new FakeWorksheet(fx, () => {
            if (!state) throw new Error("InvalidObjectPath");
            return state;
          });
        },
        getItem: (name: string) => new FakeWorksheet(fx, byName(name)),
        getItemOrNullObject: (name: string) => new FakeWorksheet(fx, byName(name), true),
      },
    );
    const names = Object.assign(
      new FakeItems(fx, () =>
        fx.names.map((n) => {
          const item = new FakeNamedItem(fx, () => n);
          item.snapshot(n);
          return item;
        }),
      ),
      {
        add: (name: string, range: FakeRange) => {
          const entry: NameState = { name, sheet: null, cell: "$A$1", visible: true };
          fx.enqueue(
            "names.add",
            name,
            () => ({}),
            () => {
              if (fx.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
                throw new Error(`InvalidArgument: name ${name} exists`);
              entry.sheet = (range as unknown as { sheet: () => SheetState }).sheet();
              fx.names.push(entry);
            },
          );
          return new FakeNamedItem(fx, () => entry);
        },
        getItem: (name: string) =>
          new FakeNamedItem(fx, () => {
            const n = fx.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
            if (!n) throw new Error(`ItemNotFound: name ${name}`);
            return n;
          }),
      },
    );
    const tables = new FakeItems(fx, () =>
      fx.sheets.flatMap((s) =>
        s.tables.map((t) => ({
          name: t.name,
          getRange: () => new FakeRange(fx, () => s, { address: t.range }),
        })),
      ),
    );
    // The selection as Excel keeps it: "Sheet!A1:B2" (set by Range.select or by a test).
    const getSelectedRange = () => {
      const at = fx.selected ?? "";
      const bang = at.lastIndexOf("!");
      const sheet = at
        .slice(0, bang)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'");
      return new FakeRange(fx, () => fx.sheet(sheet), { address: at.slice(bang + 1) });
    };
    return { worksheets, names, tables, application: this.application, getSelectedRange };
  }
}
