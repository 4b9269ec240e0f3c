/** Tables placed by the user's explicit mapping (src/workbook/peta.ts), checked before use. */
import type { Diagnostic, TableKind } from "../engine/model/types";
import { colLetter, parseRange } from "./a1";
import type { ColumnMap, MappedColumn } from "./columns";
import { tableAt, type TableBlock } from "./find-tables";
import { isPetaField, type Peta, type PetaTabel } from "./peta";
import type { SheetView } from "./sheet";

/** A table the peta places: its block, the columns as the user named them, and the kind if given. */
export type PlacedTable = { block: TableBlock; map: ColumnMap; kind?: TableKind };

function columnsOf(t: PetaTabel, block: TableBlock, out: Diagnostic[]): ColumnMap | null {
  const columns: MappedColumn[] = [];
  const byField = new Map<string, MappedColumn>();
  for (const [letters, field] of Object.entries(t.kolom ?? {})) {
    const box = parseRange(letters.includes(":") ? letters.replace(/([A-Z]+)/gi, "$1" + "1") : `${letters}1`);
    const cell = `${t.lembar}!${letters}`;
    if (!box || !/^[A-Z]{1,3}(:[A-Z]{1,3})?$/i.test(letters)) {
      out.push(petaError(t, `kolom "${letters}" bukan huruf kolom (mis. "J" atau "A:D")`, cell));
      return null;
    }
    if (typeof field !== "string" || !isPetaField(field)) {
      out.push(petaError(t, `"${String(field)}" untuk kolom ${letters} bukan nama isian yang dikenal`, cell));
      return null;
    }
    if (byField.has(field)) {
      out.push(petaError(t, `isian "${field}" dipetakan ke dua kolom`, cell));
      return null;
    }
    const label = block.header.labels.find((l) => l.col === box.c1);
    const mapped: MappedColumn = {
      field,
      col: box.c1,
      header: label
        ? (label.path ?? [label.group, label.sub]).filter((x) => x !== "").join(" › ")
        : colLetter(box.c1),
      cell: label?.cell ?? `${colLetter(box.c1)}${block.header.bottom}`,
    };
    if (box.c2 > box.c1) mapped.span = box.c2;
    const year = /(\d{4})$/.exec(field);
    if (year) mapped.year = Number(year[1]);
    columns.push(mapped);
    byField.set(field, mapped);
  }
  columns.sort((a, b) => a.col - b.col);
  const mappedCols = new Set(columns.map((c) => c.col));
  const unmapped = block.header.labels.filter((l) => !mappedCols.has(l.col));
  return { columns, byField, unmapped, duplicates: [] };
}

function petaError(t: PetaTabel, what: string, cell: string): Diagnostic {
  const [sheet, at] = cell.includes("!")
    ? [cell.slice(0, cell.lastIndexOf("!")), cell.slice(cell.lastIndexOf("!") + 1)]
    : [t.lembar, cell];
  return {
    severity: "error",
    sheet,
    cell: at.split(":")[0],
    message: `Peta tabel ${t.lembar}!${t.judul}: ${what}; tabel ini dibaca tanpa peta.`,
  };
}

/**
 * The tables a peta places on the given sheets; a wrong entry is reported and skipped (the table is
 * then inferred as usual), never fatal.
 * @example placeTables({ versi: 1, tabel: [{ lembar: "S", judul: "A3:F3", kolom: { B: "indikator", D: "target" } }] }, views, []).length //=> 1
 */
export function placeTables(peta: Peta | undefined, views: SheetView[], out: Diagnostic[]): PlacedTable[] {
  if (!peta || !Array.isArray(peta.tabel)) return [];
  const placed: PlacedTable[] = [];
  for (const t of peta.tabel) {
    const view = views.find((v) => v.name === t?.lembar);
    if (!view) {
      out.push({
        severity: "error",
        sheet: String(t?.lembar ?? ""),
        cell: "A1",
        message: `Peta: lembar "${String(t?.lembar)}" tidak ada di buku kerja; petanya diabaikan.`,
      });
      continue;
    }
    const box = typeof t.judul === "string" ? parseRange(t.judul) : null;
    if (!box) {
      out.push({
        severity: "error",
        sheet: view.name,
        cell: "A1",
        message: `Peta: judul "${String(t.judul)}" bukan rentang sel (mis. "A6:N8"); petanya diabaikan.`,
      });
      continue;
    }
    const block = tableAt(view, { top: box.r1, bottom: box.r2, c1: box.c1, c2: box.c2 });
    const map = columnsOf(t, block, out);
    if (!map) continue;
    placed.push(t.jenis ? { block, map, kind: t.jenis } : { block, map });
  }
  return placed;
}

/** True when an inferred table overlaps one the user placed: the user's reading wins. */
export function overlapsPlaced(block: TableBlock, placed: PlacedTable[]): boolean {
  return placed.some(
    (p) =>
      p.block.view === block.view &&
      block.header.top <= p.block.lastRow &&
      p.block.header.top <= Math.max(block.lastRow, block.header.bottom) &&
      block.header.c1 <= p.block.header.c2 &&
      p.block.header.c1 <= block.header.c2,
  );
}
