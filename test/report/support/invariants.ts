/** Checks every SheetSpec must pass, whatever the model: shared by the hand-built and workbook tests. */
import type { CellInput, SheetSpec } from "../../../src/engine/model/sheet-spec";
import { corners, formatAt, grid } from "./inspect";

/** Every problem found, as readable strings (empty = the spec is sound). */
export function specProblems(spec: SheetSpec): string[] {
  const out: string[] = [];
  const rows = grid(spec);
  const height = rows.length;
  const width = Math.max(...rows.map((r) => r.length));
  rows.forEach((r, i) => r.forEach((v, j) => checkValue(v, `${spec.name}!R${i + 1}C${j + 1}`, out)));
  const inside = (range: string, what: string) => {
    const k = corners(range);
    if (k.r1 < 1 || k.c1 < 1 || k.r2 > height || k.c2 > width || k.r1 > k.r2 || k.c1 > k.c2)
      out.push(`${what} ${range} outside A1:${height}x${width}`);
  };
  spec.merges.forEach((m) => inside(m, "merge"));
  spec.numberFormats.forEach((f) => inside(f.range, "number format"));
  spec.formats.forEach((f) => inside(f.range, "format"));
  (spec.dataBars ?? []).forEach((d) => inside(d.range, "data bar"));
  (spec.notes ?? []).forEach((n) => inside(n.cell, "note"));
  (spec.rowHeights ?? []).forEach((h) =>
    h.row >= 1 && h.row <= height && h.height > 0 ? null : out.push(`row height ${h.row}`),
  );
  if (spec.columnWidths.length < width)
    out.push(`widths for ${spec.columnWidths.length} of ${width} columns`);
  spec.columnWidths.forEach((w, i) => (Number.isFinite(w) && w > 0 ? null : out.push(`width ${i} = ${w}`)));
  out.push(...hashes(spec, rows));
  if (spec.name.length > 31) out.push(`sheet name longer than 31: ${spec.name}`);
  if (spec.freeze && (spec.freeze.rows < 1 || spec.freeze.rows > height))
    out.push(`freeze ${spec.freeze.rows}`);
  const rep = spec.print?.repeatRows;
  if (rep && (rep.first < 1 || rep.last > height || rep.first > rep.last))
    out.push(`repeat rows ${rep.first}-${rep.last}`);
  out.push(...printSet(spec));
  return out;
}

/** A print set (issue 11): page numbers and the title on every page, body at 9 pt or more, breaks inside the sheet. */
function printSet(spec: SheetSpec): string[] {
  const out: string[] = [];
  const p = spec.print;
  if (!p) return [`${spec.name}: no print setup`];
  if (!/&P/.test(p.footer?.right ?? p.footer?.center ?? "") || !/&N/.test(JSON.stringify(p.footer)))
    out.push(`${spec.name}: footer without "Halaman &P dari &N"`);
  if (!p.header?.center) out.push(`${spec.name}: no running title`);
  if (p.scale === undefined || p.scale * 0.11 < 9)
    out.push(`${spec.name}: zoom ${p.scale} prints 11 pt under 9 pt`);
  const rows = grid(spec).length;
  for (const b of spec.pageBreaks ?? []) if (b <= 1 || b > rows) out.push(`${spec.name}: page break at ${b}`);
  return out;
}

function checkValue(v: CellInput, where: string, out: string[]): void {
  if (typeof v === "number" && !Number.isFinite(v)) out.push(`${where} holds ${v}`);
  if (typeof v === "string" && /\b(NaN|Infinity|undefined)\b/.test(v)) out.push(`${where} text "${v}"`);
  if (typeof v === "string" && /^#(N\/A|DIV\/0!|VALUE!|REF!|NUM!)$/.test(v)) out.push(`${where} prints ${v}`);
  if (v !== null && typeof v === "object" && "formula" in v)
    out.push(`${where} is a formula: the report writes values`);
}

/** Characters a number takes under an invariant format code ("#,##0", "0.00", "#,##0.0" …). */
export function displayLength(value: number, format: string | undefined): number {
  const decimals = /\.(0+)/.exec(format ?? "")?.[1].length ?? (format === "#,##0" ? 0 : 2);
  const grouped = (format ?? "").includes(",");
  const text = value.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouped,
  });
  return text.length;
}

// A number wider than its column shows "#####" in Excel; merged cells are laid out over their span.
function hashes(spec: SheetSpec, rows: CellInput[][]): string[] {
  const merged = new Set<string>();
  for (const m of spec.merges) {
    const k = corners(m);
    for (let r = k.r1; r <= k.r2; r++) for (let c = k.c1; c <= k.c2; c++) merged.add(`${r}:${c}`);
  }
  const out: string[] = [];
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (typeof v !== "number" || merged.has(`${i + 1}:${j + 1}`)) return;
      const need = displayLength(v, formatAt(spec, i + 1, j + 1)) + 1;
      const width = spec.columnWidths[j] ?? 0;
      if (need > width) out.push(`${spec.name}!R${i + 1}C${j + 1} ${v} needs ${need} > width ${width}`);
    }),
  );
  return out;
}
