/** Test helpers to look into SheetSpecs: the value at an A1 address, finding a row by its text. */
import type { CellInput, SheetSpec } from "../../../src/engine/model/sheet-spec";

export function grid(spec: SheetSpec): CellInput[][] {
  expect(spec.blocks).toHaveLength(1);
  expect(spec.blocks[0].at).toBe("A1");
  return spec.blocks[0].rows;
}

export function sheet(specs: SheetSpec[], key: string): SheetSpec {
  const found = specs.find((s) => s.key === key);
  if (!found) throw new Error(`no sheet ${key} in ${specs.map((s) => s.key).join(", ")}`);
  return found;
}

/** The first row (0-based index and cells) whose cells include `text`. */
export function rowWith(spec: SheetSpec, text: string, from = 0): { index: number; cells: CellInput[] } {
  const rows = grid(spec);
  for (let i = from; i < rows.length; i++) if (rows[i].includes(text)) return { index: i, cells: rows[i] };
  throw new Error(`no row with "${text}" on ${spec.name}`);
}

/** Parses "B3" or "B3:D9" into 1-based corners. */
export function corners(range: string): { r1: number; c1: number; r2: number; c2: number } {
  const [a, b = a] = range.split(":");
  const p = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m) throw new Error(`bad A1 ${ref}`);
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    return { r: Number(m[2]), c };
  };
  const [x, y] = [p(a), p(b)];
  return { r1: x.r, c1: x.c, r2: y.r, c2: y.c };
}

/** Number format that applies to a 1-based cell (the last range covering it wins). */
export function formatAt(spec: SheetSpec, row: number, col: number): string | undefined {
  let out: string | undefined;
  for (const nf of spec.numberFormats) {
    const k = corners(nf.range);
    if (row >= k.r1 && row <= k.r2 && col >= k.c1 && col <= k.c2) out = nf.format;
  }
  return out;
}

/** The fill applied to a 1-based cell (later formats win). */
export function fillAt(spec: SheetSpec, row: number, col: number): string | undefined {
  let out: string | undefined;
  for (const f of spec.formats) {
    const k = corners(f.range);
    if (row >= k.r1 && row <= k.r2 && col >= k.c1 && col <= k.c2 && f.style.fill) out = f.style.fill;
  }
  return out;
}
