import { cellAddress, parseRange, type Box } from "../../src/adapters/a1";
import { cellAt, sheetRef, typeIn, usedBox, type CellState, type SheetState } from "./fake-state";
import type { FakeExcel } from "./fake-excel";

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** A property read before load + sync fails, as in Office.js. */
export class Loadable {
  protected loaded = new Map<string, unknown>();
  protected got<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new Error(
        `PropertyNotLoaded: The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loaded.get(prop) as T;
  }
}

export type Where = { box: Box } | { address: string | null } | { used: true };

function boxOf(sheet: SheetState, where: Where): Box | null {
  if ("box" in where) return where.box;
  if ("used" in where) return usedBox(sheet);
  const a = where.address;
  if (a === null) return { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL };
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(a);
  if (cols) return { ...parseRange(`${cols[1]}1:${cols[2]}1`), top: 1, bottom: MAX_ROW };
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: MAX_COL };
  return parseRange(a);
}

function boxText(b: Box): string {
  return `${cellAddress(b.top, b.left)}:${cellAddress(b.bottom, b.right)}`;
}

type Side = "top" | "bottom" | "left" | "right";
const EDGES: Record<string, (b: Box, r: number, c: number) => Side[]> = {
  EdgeTop: (b, r) => (r === b.top ? ["top"] : []),
  EdgeBottom: (b, r) => (r === b.bottom ? ["bottom"] : []),
  EdgeLeft: (b, _, c) => (c === b.left ? ["left"] : []),
  EdgeRight: (b, _, c) => (c === b.right ? ["right"] : []),
  InsideHorizontal: (b, r) => [
    ...(r > b.top ? ["top" as const] : []),
    ...(r < b.bottom ? ["bottom" as const] : []),
  ],
  InsideVertical: (b, _, c) => [
    ...(c > b.left ? ["left" as const] : []),
    ...(c < b.right ? ["right" as const] : []),
  ],
};

/** A recording Excel.Range: setters queue operations, loads resolve on sync. */
export class FakeRange extends Loadable {
  constructor(
    private readonly fx: FakeExcel,
    private readonly sheet: () => SheetState,
    private readonly where: Where,
  ) {
    super();
  }

  private box(): Box {
    const b = boxOf(this.sheet(), this.where);
    if (!b) throw new Error("InvalidObjectPath: null object");
    return b;
  }

  private each(fn: (r: number, c: number, b: Box) => void): void {
    const b = this.box();
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) fn(r, c, b);
  }

  /** Queues an operation on this range; `apply` runs at sync. */
  private queue(op: string, payload: unknown, apply: () => void): void {
    this.fx.enqueue(op, payload, () => ({ sheet: this.sheet().name, address: boxText(this.box()) }), apply);
  }

  private write(prop: "values" | "formulas" | "numberFormat", rows: unknown[][]): void {
    this.queue(prop, rows, () => {
      const b = this.box();
      if (rows.length !== b.bottom - b.top + 1 || rows.some((r) => r.length !== b.right - b.left + 1))
        throw new Error(
          "InvalidArgument: The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      this.each((r, c) => {
        const value = rows[r - b.top][c - b.left];
        const cell = cellAt(this.sheet(), r, c);
        if (prop === "numberFormat") cell.numberFormat = String(value);
        else if (value !== null) typeIn(cell, value, prop === "formulas");
      });
    });
  }

  set values(rows: unknown[][]) {
    this.write("values", rows);
  }
  set formulas(rows: unknown[][]) {
    this.write("formulas", rows);
  }
  set numberFormat(rows: unknown[][]) {
    this.write("numberFormat", rows);
  }
  get values(): unknown[][] {
    return this.got("values");
  }
  get numberFormat(): string[][] {
    return this.got("numberFormat");
  }
  get valueTypes(): string[][] {
    return this.got("valueTypes");
  }
  get address(): string {
    return this.got("address");
  }
  get rowCount(): number {
    return this.got("rowCount");
  }
  get columnCount(): number {
    return this.got("columnCount");
  }
  get isNullObject(): boolean {
    return this.got("isNullObject");
  }

  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay: string }) {
    this.queue("hyperlink", link, () =>
      this.each((r, c) => (cellAt(this.sheet(), r, c).hyperlink = link.address ?? link.documentReference)),
    );
  }

  select(): void {
    this.queue("select", null, () => (this.fx.selected = `${this.sheet().name}!${boxText(this.box())}`));
  }

  merge(): void {
    this.queue("merge", null, () =>
      this.sheet().merges.push(boxText(this.box()).replace(/^(\w+):\1$/, "$1")),
    );
  }

  /** Styles: every setter is one queued operation over the whole range. */
  get format() {
    const set = (op: string, value: unknown, fn: (r: number, c: number, b: Box) => void) =>
      this.queue(`format.${op}`, value, () => this.each(fn));
    const cell = (r: number, c: number) => cellAt(this.sheet(), r, c);
    const range = this;
    return {
      font: {
        set bold(v: boolean) {
          set("font.bold", v, (r, c) => (cell(r, c).font.bold = v));
        },
        set italic(v: boolean) {
          set("font.italic", v, (r, c) => (cell(r, c).font.italic = v));
        },
        set size(v: number) {
          set("font.size", v, (r, c) => (cell(r, c).font.size = v));
        },
        set color(v: string) {
          set("font.color", v, (r, c) => (cell(r, c).font.color = v));
        },
      },
      fill: {
        set color(v: string) {
          set("fill.color", v, (r, c) => (cell(r, c).fill = v));
        },
      },
      set horizontalAlignment(v: string) {
        set("horizontalAlignment", v, (r, c) => (cell(r, c).hAlign = v));
      },
      set verticalAlignment(v: string) {
        set("verticalAlignment", v, (r, c) => (cell(r, c).vAlign = v));
      },
      set wrapText(v: boolean) {
        set("wrapText", v, (r, c) => (cell(r, c).wrap = v));
      },
      set columnWidth(v: number) {
        range.queue("format.columnWidth", v, () => {
          const b = range.box();
          for (let c = b.left; c <= b.right; c++) range.sheet().columnWidths.set(c, v);
        });
      },
      set rowHeight(v: number) {
        range.queue("format.rowHeight", v, () => {
          const b = range.box();
          for (let r = b.top; r <= b.bottom; r++) range.sheet().rowHeights.set(r, v);
        });
      },
      borders: {
        getItem: (edge: string) => ({
          set style(v: string) {
            set(`borders.${edge}`, v, (r, c, b) =>
              EDGES[edge](b, r, c).forEach((s) => cell(r, c).borders.add(s)),
            );
          },
          set weight(v: string) {
            set(`borders.${edge}.weight`, v, () => undefined);
          },
        }),
      },
    };
  }

  get dataValidation() {
    const add = (rule: unknown) =>
      this.queue("dataValidation", rule, () =>
        this.sheet().validations.push({ address: boxText(this.box()), rule }),
      );
    return {
      set rule(rule: unknown) {
        add(rule);
      },
    };
  }

  get conditionalFormats() {
    return {
      add: (type: string) => {
        const entry = { address: "", type } as SheetState["conditionalFormats"][number];
        this.queue("conditionalFormats.add", type, () => {
          entry.address = boxText(this.box());
          this.sheet().conditionalFormats.push(entry);
        });
        return {
          set priority(v: number) {
            entry.priority = v;
          },
          set stopIfTrue(v: boolean) {
            entry.stopIfTrue = v;
          },
          textComparison: {
            format: {
              fill: {
                set color(v: string) {
                  entry.fillColor = v;
                },
              },
            },
            set rule(v: { operator: string; text: string }) {
              entry.text = v;
            },
          },
          dataBar: {
            positiveFormat: {
              set fillColor(v: string) {
                entry.fillColor = v;
              },
            },
            set lowerBoundRule(v: { type: string; formula?: string }) {
              entry.lowerBound = v;
            },
          },
        };
      },
    };
  }

  getMergedAreasOrNullObject(): FakeAreas {
    const areas = new FakeAreas();
    this.fx.enqueue(
      null,
      null,
      () => ({}),
      () => {
        const merges = this.sheet().merges;
        areas.fill(merges.length === 0, merges.map((m) => `${sheetRef(this.sheet().name)}!${m}`).join(", "));
      },
    );
    return areas;
  }

  getCellProperties(options: unknown): { value: { format: { font: { bold: boolean } } }[][] } {
    let result: { format: { font: { bold: boolean } } }[][] | undefined;
    this.fx.enqueue(
      "getCellProperties",
      options,
      () => ({ sheet: this.sheet().name }),
      () => {
        const b = this.box();
        result = Array.from({ length: b.bottom - b.top + 1 }, (_, i) =>
          Array.from({ length: b.right - b.left + 1 }, (_, j) => ({
            format: {
              font: { bold: this.sheet().cells.get(cellAddress(b.top + i, b.left + j))?.font.bold ?? false },
            },
          })),
        );
      },
    );
    return {
      get value() {
        if (!result) throw new Error("PropertyNotLoaded: ClientResult.value before sync");
        return result;
      },
    };
  }

  /** Loads the named properties (all when none are named), as Excel does: only what was asked is computed. */
  load(props?: string): this {
    const wanted = props ? new Set(props.split(",").map((p) => p.trim())) : null;
    const want = (p: string) => !wanted || wanted.has(p);
    this.fx.enqueue(
      null,
      null,
      () => ({}),
      () => {
        const b = boxOf(this.sheet(), this.where);
        this.loaded.set("isNullObject", b === null);
        if (!b) return;
        const grid = (fn: (c: CellState | undefined) => unknown) => {
          if (cellsIn(b) > MAX_RESPONSE_CELLS)
            throw new Error(
              "ResponsePayloadSizeLimitExceeded: the response payload size has exceeded the limit.",
            );
          return Array.from({ length: b.bottom - b.top + 1 }, (_, i) =>
            Array.from({ length: b.right - b.left + 1 }, (_, j) =>
              fn(this.sheet().cells.get(cellAddress(b.top + i, b.left + j))),
            ),
          );
        };
        this.loaded.set(
          "address",
          `${sheetRef(this.sheet().name)}!${boxText(b).replace(/^(\w+):\1$/, "$1")}`,
        );
        this.loaded.set("rowCount", b.bottom - b.top + 1);
        this.loaded.set("columnCount", b.right - b.left + 1);
        if (want("values"))
          this.loaded.set(
            "values",
            grid((c) => c?.error ?? c?.value ?? ""),
          );
        if (want("numberFormat"))
          this.loaded.set(
            "numberFormat",
            grid((c) => c?.numberFormat ?? "General"),
          );
        if (want("valueTypes")) this.loaded.set("valueTypes", grid(valueType));
      },
    );
    return this;
  }

  /** Excel.Range.getSpecialCellsOrNullObject for "Constants" and "Formulas": the filled cells as rectangles. */
  getSpecialCellsOrNullObject(kind: string): FakeAreas {
    const areas = new FakeAreas(this.fx);
    this.fx.enqueue(
      "getSpecialCells",
      kind,
      () => ({ sheet: this.sheet().name }),
      () => {
        const b = this.box();
        const filled = (c: CellState) =>
          kind === "Formulas"
            ? c.formula !== undefined
            : c.formula === undefined && (c.value !== null || !!c.error);
        const found = rectangles(this.sheet(), b, filled);
        areas.fill(
          found.length === 0,
          found.map((r) => `${sheetRef(this.sheet().name)}!${boxText(r).replace(/^(\w+):\1$/, "$1")}`),
        );
      },
    );
    return areas;
  }
}

const MAX_RESPONSE_CELLS = 5_000_000; // far more than Excel answers in one response; guards the tests' memory

function cellsIn(b: Box): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

function valueType(c: CellState | undefined): string {
  if (c?.error) return "Error";
  if (c?.value == null) return "Empty";
  return typeof c.value === "string" ? "String" : typeof c.value === "number" ? "Double" : "Boolean";
}

/** The cells of a box that pass `filled`, as rectangles: runs in a row, stacked when rows repeat them. */
function rectangles(sheet: SheetState, b: Box, filled: (c: CellState) => boolean): Box[] {
  const byRow = new Map<number, number[]>();
  for (const [addr, c] of sheet.cells) {
    const { top, left } = parseRange(addr);
    if (top < b.top || top > b.bottom || left < b.left || left > b.right || !filled(c)) continue;
    byRow.set(top, [...(byRow.get(top) ?? []), left]);
  }
  const open = new Map<string, Box>(); // "left:right" → the rectangle still growing downwards
  const done: Box[] = [];
  for (const row of [...byRow.keys()].sort((x, y) => x - y)) {
    const cols = byRow.get(row)!.sort((x, y) => x - y);
    const runs: [number, number][] = [];
    for (const c of cols)
      if (runs.length && runs[runs.length - 1][1] === c - 1) runs[runs.length - 1][1] = c;
      else runs.push([c, c]);
    for (const [key, r] of open)
      if (r.bottom !== row - 1 || !runs.some(([l, rt]) => `${l}:${rt}` === key))
        [done.push(r), open.delete(key)];
    for (const [l, rt] of runs) {
      const r = open.get(`${l}:${rt}`);
      if (r) r.bottom = row;
      else open.set(`${l}:${rt}`, { top: row, bottom: row, left: l, right: rt });
    }
  }
  return [...done, ...open.values()].sort((x, y) => x.top - y.top || x.left - y.left);
}

/**
 * Excel.RangeAreas (merged cells, special cells): `address` lists the areas, "Sheet!A1:C1, Sheet!B5:D5",
 * shortened to `fx.areasAddressLimit` areas when a test sets it; `areas` lists them all.
 */
export class FakeAreas extends Loadable {
  constructor(private readonly fx?: FakeExcel) {
    super();
  }
  private all: string[] = [];
  get address(): string {
    return this.got("address");
  }
  get areaCount(): number {
    return this.got("areaCount");
  }
  get isNullObject(): boolean {
    return this.got("isNullObject");
  }
  load(): this {
    return this;
  } // filled by the request that asked for the areas
  fill(isNull: boolean, areas: string | string[]): void {
    this.all = typeof areas === "string" ? areas.split(", ") : areas;
    this.loaded.set("isNullObject", isNull);
    if (isNull) return;
    const limit = this.fx?.areasAddressLimit ?? Infinity;
    this.loaded.set("address", this.all.slice(0, limit).join(", "));
    this.loaded.set("areaCount", this.all.length);
  }
  get areas() {
    const fx = this.fx as FakeExcel;
    return {
      load: () => {
        const loaded = { items: [] as { address: string }[] };
        fx.enqueue(
          null,
          null,
          () => ({}),
          () => {
            if (this.got<boolean>("isNullObject")) throw new Error("InvalidObjectPath: null object");
            loaded.items = this.all.map((address) => ({ address }));
          },
        );
        return loaded;
      },
    };
  }
}
