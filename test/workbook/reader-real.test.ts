/**
 * Issue 9: the workbooks agencies really have are read as a careful person reads them. Each
 * fixture in test/fixtures/real keeps one real workbook's layout and states the tables, the field of
 * each column that matters, sample values and the reporting year (RealExpectation). Failures print
 * what was read next to what was expected.
 */
import { toGrids, toXlsxBuffer, type LayoutWorkbook } from "../support/layout";
import { REAL_FIXTURES } from "../fixtures/real";
import type { ExpectedTable, RealExpectation, RealFixture } from "../fixtures/real/types";
import { readModel } from "../../src/workbook";
import { openXlsx } from "../../src/adapters/xlsx";
import type { AnggaranRow, Indikator, Model, ModelCell, TableInfo } from "../../src/engine/model/types";

const READ_KINDS = new Set(["kinerja", "anggaran", "kinerja+anggaran"]);
type Found = { sheet: string; top: number; kind: string };

/** First row of an A1 range such as "A6:N34". */
const topRow = (range: string): number => Number(/^[A-Z]+(\d+)/.exec(range)?.[1] ?? NaN);

const tablesRead = (m: Model): TableInfo[] => m.tables.filter((t) => READ_KINDS.has(t.kind));

const found = (tables: TableInfo[]): Found[] =>
  tables.map((t) => ({ sheet: t.sheet, top: topRow(t.range), kind: t.kind }));

const wanted = (e: RealExpectation): Found[] =>
  e.tables.map((t) => ({ sheet: t.sheet, top: t.headerRows[0], kind: t.kind }));

const bySheetRow = (a: Found, b: Found): number => a.sheet.localeCompare(b.sheet) || a.top - b.top;

function tableFor(m: Model, t: ExpectedTable): TableInfo | undefined {
  return tablesRead(m).find((x) => x.sheet === t.sheet && topRow(x.range) === t.headerRows[0]);
}

type Row = Indikator | AnggaranRow;

/** The model cell holding `field` of a row: quarters, years and the anggaran realisasi included. */
function cellOf(row: Row, field: string): ModelCell | undefined {
  const r = row as Record<string, unknown>;
  const tw = /^(target|realisasi)Tw([1-4])$/.exec(field);
  if (tw) {
    const q = r[`${tw[1]}Tw`] as (ModelCell | undefined)[] | undefined;
    return q?.[Number(tw[2]) - 1];
  }
  const yr = /^(target|realisasi|capaian)(\d{4})$/.exec(field);
  if (yr) {
    const years = r.years as Record<number, Record<string, ModelCell | undefined>> | undefined;
    return years?.[Number(yr[2])]?.[yr[1]];
  }
  // AnggaranRow keeps the Rupiah realisation in `realisasi`; a kinerja row's uraian is the
  // program/kegiatan it measures, else (a table without one) its indikator.
  if ("tingkat" in row && field === "realisasiAnggaran") return row.realisasi;
  if (!("tingkat" in row) && field === "uraian")
    return (row as Indikator).uraian ?? (row as Indikator).indikator;
  return r[field] as ModelCell | undefined;
}

/** Numbers to 10 significant digits, so a value computed in a different order still matches. */
const norm = (v: string | number | null): string | number | null =>
  typeof v === "number" ? Number(v.toPrecision(10)) : v;

/** What the reader made of a cell, in the expectation's terms: number, trimmed text or null. */
function readValue(cell: ModelCell | undefined, want: string | number | null): string | number | null {
  if (!cell) return null;
  if (typeof want === "number")
    return cell.num === null ? (cell.text === "" ? null : cell.text) : norm(cell.num);
  if (typeof want === "string")
    return cell.text === "" ? (cell.num === null ? null : cell.num) : cell.text.trim();
  return cell.num ?? (cell.text === "" ? null : cell.text);
}

function rowsOf(m: Model, table: TableInfo): Row[] {
  return [...m.indikator, ...m.anggaran].filter((r) => r.table === table.id);
}

/** Expected vs read values of every sample row of one table, as two objects jest can diff. */
function sampleDiff(m: Model, t: ExpectedTable): { read: unknown; want: unknown } {
  const info = tableFor(m, t);
  const read: Record<string, unknown> = {};
  const want: Record<string, unknown> = {};
  for (const s of t.samples) {
    const key = `${t.sheet}!row ${s.row}`;
    want[key] = Object.fromEntries(Object.entries(s.values).map(([f, v]) => [f, norm(v)]));
    const row = info ? rowsOf(m, info).find((r) => r.row === s.row) : undefined;
    if (s.rowKind) (want[key] as Record<string, unknown>).rowKind = s.rowKind;
    read[key] = row
      ? {
          ...Object.fromEntries(Object.entries(s.values).map(([f, v]) => [f, readValue(cellOf(row, f), v)])),
          ...(s.rowKind ? { rowKind: row.rowKind } : {}),
        }
      : info
        ? "baris tidak dibaca"
        : "tabel tidak ditemukan";
  }
  return { read, want };
}

/** Field -> column letter the reader chose, for the fields the expectation names. */
function columnDiff(
  m: Model,
  t: ExpectedTable,
): { read: Record<string, string>; want: Record<string, string> } {
  const info = tableFor(m, t);
  const want: Record<string, string> = {};
  const read: Record<string, string> = {};
  for (const [col, field] of Object.entries(t.columns)) {
    want[field] = col;
    read[field] = info?.fields[field] ?? (info ? "(tidak dipetakan)" : "(tabel tidak ditemukan)");
  }
  return { read, want };
}

function describeReading(name: string, fx: RealFixture, model: () => Promise<Model> | Model): void {
  const e = fx.expected;
  describe(`${name}: ${e.source}`, () => {
    let m: Model;
    beforeAll(async () => {
      m = await model();
    });

    it(
      e.noTable
        ? "finds no kinerja or anggaran table and reads no row"
        : "finds exactly the expected tables (sheet, header top, kind)",
      () => {
        expect(found(tablesRead(m)).sort(bySheetRow)).toEqual(wanted(e).sort(bySheetRow));
        if (e.noTable)
          expect({ indikator: m.indikator.length, anggaran: m.anggaran.length }).toEqual({
            indikator: 0,
            anggaran: 0,
          });
      },
    );

    if (e.tahun !== undefined)
      it(`reads the reporting year ${e.tahun}`, () => {
        expect(m.tahun).toBe(e.tahun);
      });
    // A download date, a year column or "SENSUS EKONOMI 2026" in a row is not a reporting year.
    else
      it("invents no reporting year when the file states none", () => {
        expect(m.tahun).toBeUndefined();
      });

    for (const t of e.tables) {
      const where = `${t.sheet} rows ${t.headerRows[0]}–${t.headerRows[1]}`;
      it(`${where}: maps each column that matters to its field`, () => {
        const { read, want } = columnDiff(m, t);
        expect(read).toEqual(want);
      });
      it(`${where}: reads no header, column-number or unit row as data`, () => {
        const info = tableFor(m, t);
        const early = info
          ? rowsOf(m, info)
              .filter((r) => r.row <= t.headerRows[1])
              .map((r) => r.row)
          : ["tabel tidak ditemukan"];
        expect(early).toEqual([]);
      });
      it(`${where}: reads the sample rows' values`, () => {
        const { read, want } = sampleDiff(m, t);
        expect(read).toEqual(want);
      });
    }
  });
}

describe("reading the real workbooks' layouts (grids)", () => {
  for (const fx of REAL_FIXTURES) describeReading(fx.key, fx, () => readModel(toGrids(fx.layout)));
});

/** Through a real .xlsx and the ExcelJS adapter: merges, formats, formulas and hidden sheets as a file holds them. */
const THROUGH_XLSX = ["02", "08", "06"];

async function viaXlsx(layout: LayoutWorkbook): Promise<Model> {
  const wb = await openXlsx(await toXlsxBuffer(layout));
  return readModel(await wb.readSheets());
}

describe("reading the real workbooks' layouts (through .xlsx)", () => {
  for (const fx of REAL_FIXTURES.filter((f) => THROUGH_XLSX.includes(f.key)))
    describeReading(`${fx.key} xlsx`, fx, () => viaXlsx(fx.layout));
});
