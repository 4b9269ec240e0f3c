import type { SheetSpec } from "../../engine/model/sheet-spec";
import { addLine, addRow, type Canvas, newCanvas } from "./canvas";
import { writeBody } from "./body";
import { writeHeader } from "./header";
import { fitNumbers } from "./fit-numbers";
import { rowHeights } from "./heights";
import { MARGINS, fitToScale, pageHeight, printScale } from "./page";
import { explode, paginate, split, type Unit } from "./paginate";
import { writeSignature } from "./signature";
import { styleGrid } from "./style-grid";
import { STYLE } from "./styles";
import type { SheetPlan, TablePart } from "./types";

const PROBLEM_NOTICE =
  "Sel bertanda – tidak dapat dihitung dari data masukan; alasannya tertulis pada catatan sel.";

/**
 * Lays out a sheet plan as a print set (docs/REPORT.md §3): title block (table name, agency), then each table with its
 * header, column-number row, data, "Sumber : …" and footer lines. A4 landscape at a zoom that keeps the body at 9 pt or
 * more (wrapped-text columns narrow instead), a running header with the table's title and "Halaman n dari m" below.
 * Pages are cut between groups (a sasaran, a program with its kegiatan) where a group fits on one page; a sheet of one
 * table repeats its header rows on every page, a sheet of several starts a table that continues on a new page with
 * its caption "(lanjutan)" and its header again.
 */
export function renderSheet(plan: SheetPlan): SheetSpec {
  const empty = plan.parts.every((p) => p.rows.length === 0);
  const parts = empty && plan.emptyMessage ? [] : plan.parts;
  const draft = layOut(plan, parts);
  const widths = fitToScale(draft.widths, flexibleColumns(plan.parts));
  const scale = printScale(widths);
  // Laid out again only when the columns had to narrow (rows grow): 20 000 budget rows are laid out once otherwise.
  let laid = widths === draft.widths ? draft : layOut(plan, parts, widths);
  const single = parts.length === 1 && plan.headerRows !== "none";
  const capacity = pageHeight(scale);
  const cut = paginate(explode(laid.units, capacity, laid.rowHeight), capacity, single);
  if (!single && cut.splits.length + cut.newPages.length > 0) laid = layOut(plan, split(parts, cut), widths);
  const pageBreaks = single ? cut.breaks : laid.pageBreaks;
  const header = single ? laid.headers[0] : undefined;
  const { canvas } = laid;
  const spec: SheetSpec = {
    key: plan.key,
    name: plan.name,
    role: "report",
    blocks: [{ at: "A1", rows: canvas.rows }],
    numberFormats: canvas.numberFormats,
    formats: canvas.formats,
    merges: canvas.merges,
    columnWidths: laid.widths,
    rowHeights: laid.rowHeights,
    freeze: { rows: header?.last ?? 2 },
    print: {
      orientation: "landscape",
      fitToWidth: true,
      scale,
      paperSize: "A4",
      margins: MARGINS,
      header: { center: escapeCodes(plan.title) },
      footer: { left: escapeCodes(plan.instansi), right: "Halaman &P dari &N" },
    },
  };
  if (header && spec.print) spec.print.repeatRows = { first: header.first, last: header.last };
  if (pageBreaks.length > 0) spec.pageBreaks = pageBreaks;
  if (canvas.dataBars.length > 0) spec.dataBars = canvas.dataBars;
  if (canvas.notes.length > 0) spec.notes = canvas.notes;
  return spec;
}

// "&" starts a code in a header or footer: "Koperasi & UKM" is written "Koperasi && UKM".
function escapeCodes(text: string): string {
  return text.replace(/&/g, "&&");
}

/** The wrapped-text columns of every table: they give up width so the sheet prints at 9 pt or more. */
function flexibleColumns(parts: TablePart[]): number[] {
  const out = new Set<number>();
  for (const p of parts) p.columns.forEach((c, i) => c.kind === "longtext" && out.add(i));
  return [...out];
}

type Laid = {
  canvas: Canvas;
  widths: number[];
  rowHeights: { row: number; height: number }[];
  headers: { first: number; last: number }[];
  units: Unit[];
  pageBreaks: number[];
  rowHeight: (row: number) => number;
};

function layOut(plan: SheetPlan, parts: TablePart[], fixed?: number[]): Laid {
  const canvas = newCanvas(plan.widths.length);
  addLine(canvas, plan.title, STYLE.title);
  addLine(canvas, plan.instansi || null, STYLE.subtitle);
  addRow(canvas, []);
  const units: Unit[] = [{ first: 1, last: 3, kind: "title", part: -1 }];
  if (parts.length === 0 && plan.emptyMessage) addLine(canvas, plan.emptyMessage, STYLE.note);
  const headers: { first: number; last: number }[] = [];
  const pageBreaks: number[] = [];
  parts.forEach((part, i) => {
    if (i > 0) {
      const gap = addRow(canvas, []);
      units.push({ first: gap, last: gap, kind: "gap", part: i });
    }
    if (i > 0 && part.newPage) pageBreaks.push(canvas.rows.length + 1);
    const written = writePart(canvas, part, i);
    headers.push(written.header);
    units.push(...written.units);
  });
  if (plan.signature && parts.length > 0)
    units.push(writeSignature(canvas, plan.signature, parts.length - 1));
  const styles = styleGrid(canvas);
  const widths = fixed ?? fitNumbers(canvas, plan.widths, styles);
  const heights = rowHeights(canvas, widths, styles);
  const tall = new Map(heights.map((h) => [h.row, h.height]));
  const sum = (a: number, b: number) => {
    let h = 0;
    for (let r = a; r <= b; r++) h += tall.get(r) ?? 15;
    return h;
  };
  for (const u of units) {
    u.height = sum(u.first, u.last);
    if (u.headerLast !== undefined) u.headerHeight = sum(u.first, u.headerLast);
  }
  return {
    canvas,
    widths,
    rowHeights: heights,
    headers,
    units,
    pageBreaks,
    rowHeight: (r) => tall.get(r) ?? 15,
  };
}

function writePart(
  canvas: Canvas,
  part: TablePart,
  index: number,
): { header: { first: number; last: number }; units: Unit[] } {
  const top = canvas.rows.length + 1;
  if (part.caption) addLine(canvas, part.caption, STYLE.caption);
  const header = writeHeader(canvas, part.columns, part.numbered ?? true);
  const notesBefore = canvas.notes.length;
  const body = writeBody(canvas, part);
  const units: Unit[] = [];
  // The header never stands alone at the foot of a page: it goes with the first group of rows.
  let k = 0;
  while (k < part.rows.length) {
    const group = part.rows[k].group;
    let j = k;
    while (group !== undefined && j + 1 < part.rows.length && part.rows[j + 1].group === group) j++;
    const first = k === 0 ? top : body.first + k;
    const head = k === 0 ? { headerLast: header.last } : {};
    const bodyFirst = body.first + k;
    units.push({
      first,
      last: body.first + j,
      kind: k === 0 ? "head" : "body",
      part: index,
      row: k,
      bodyFirst,
      ...head,
    });
    k = j + 1;
  }
  if (part.rows.length === 0)
    units.push({ first: top, last: header.last, kind: "head", part: index, row: 0, headerLast: header.last });
  const tail = canvas.rows.length + 1;
  if (part.sumber) addLine(canvas, `Sumber : ${part.sumber}`, STYLE.sumber);
  for (const line of part.footer ?? []) addLine(canvas, line, STYLE.note);
  if (canvas.notes.length > notesBefore) addLine(canvas, PROBLEM_NOTICE, STYLE.note);
  if (canvas.rows.length >= tail)
    units.push({ first: tail, last: canvas.rows.length, kind: "tail", part: index });
  return { header, units };
}
