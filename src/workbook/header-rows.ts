/** Which rows are headers, group headers and column-number rows (docs/REPORT.md §1). */
import { parseNumber } from "../engine/numbers";
import {
  headerWords,
  classifyHeader,
  classifyLoose,
  groupContext,
  isHeaderish,
  isPeriodWord,
  type Base,
} from "./headers";
import { owner, type SheetView } from "./sheet";

const STRONG = new Set<Base>([
  "indikator",
  "sasaran",
  "uraian",
  "target",
  "realisasi",
  "pagu",
  "percent",
  "satuan",
  "interval",
  "min",
  "paguSebelum",
]);

/** A year typed as a number in a header cell ("Realisasi" › 2022 | 2023). */
function isYearNumber(v: unknown): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= 1950 && v <= 2199;
}

/** Text that reads as a number ("17,65%") is data, whatever else the row holds. */
function looksNumeric(text: string): boolean {
  if (!/\d/.test(text)) return false;
  return parseNumber(text).kind === "number" && !/^(19[5-9]\d|2[01]\d\d)$/.test(text);
}

/**
 * True when the row reads as a table header: at least two vocabulary cells, one of them a main
 * field (indikator, target, pagu …), most non-empty cells vocabulary, no numbers.
 * @example isHeaderRow(view, 3) // "No. | Sasaran Strategis | Indikator Kinerja | Target | …" //=> true
 */
export function isHeaderRow(view: SheetView, row: number, c1 = view.firstCol, c2 = view.lastCol): boolean {
  let nonEmpty = 0;
  for (let c = c1; c <= c2; c++) {
    const cell = view.cell(row, c);
    if (!cell || cell.error) continue;
    if (typeof cell.v === "number" && !isYearNumber(cell.v)) return false;
    if (cell.v !== null && cell.v !== "" && typeof cell.v !== "boolean") nonEmpty++;
  }
  if (nonEmpty < 2) return false;
  let matched = 0;
  let unmatched = 0;
  let strong = false;
  for (let c = c1; c <= c2; c++) {
    const cell = view.cell(row, c);
    if (!cell || typeof cell.v !== "string" || cell.v.trim() === "") continue;
    const text = cell.v.trim();
    const h = headerWords(text);
    const base = classifyHeader(h.norm);
    if (base !== null || isHeaderish(text)) {
      matched++;
      if (base !== null && STRONG.has(base)) strong = true;
    } else {
      if (looksNumeric(text)) return false;
      unmatched++;
      if (unmatched * 2 > nonEmpty) return false;
    }
  }
  return matched >= 2 && strong && matched * 2 >= nonEmpty;
}

/**
 * True when the row under a header holds sub-headers (Target | Realisasi | % under "TAHUN 2023").
 * @example isSubHeaderRow(view, 4, 1, 11) //=> true
 */
export function isSubHeaderRow(view: SheetView, row: number, c1: number, c2: number): boolean {
  let n = 0;
  for (let c = c1; c <= c2; c++) {
    const o = owner(view, row, c);
    if (o.row !== row) continue; // covered by a vertical merge from the row above
    const cell = view.cell(row, c);
    if (!cell || cell.v === null || cell.v === "") continue;
    if (isYearNumber(cell.v)) {
      n++;
      continue;
    }
    if (typeof cell.v !== "string" || !isHeaderish(cell.v)) return false;
    n++;
  }
  return n >= 1 && !isColumnNumberRow(view, row, c1, c2);
}

/**
 * True for a group-header row above the header ("| Kinerja | | Anggaran |"): only group words.
 * @example isGroupRow(view, 2, 1, 9) //=> true
 */
export function isGroupRow(view: SheetView, row: number, c1: number, c2: number): boolean {
  let n = 0;
  for (let c = c1; c <= c2; c++) {
    const t = view.text(row, c);
    if (t === "") continue;
    const h = headerWords(t);
    if (h.norm.split(" ").length > 3) return false; // a title line ("CAPAIAN KINERJA DAN ANGGARAN TAHUN 2024") is no group
    if (
      groupContext(h.norm) === null &&
      !(h.year !== undefined && /^(tahun)?$/.test(h.norm)) &&
      h.tw === undefined
    )
      return false;
    n++;
  }
  return n >= 1;
}

const COLNUM = /^\(?\d{1,2}\)?\s*(=.*)?$/;

/**
 * True for a column-number row: "(1) (2) (3)", "1 2 3", "(7) =5/6*100".
 * @example isColumnNumberRow(view, 4, 1, 8) //=> true
 */
export function isColumnNumberRow(view: SheetView, row: number, c1: number, c2: number): boolean {
  let n = 0;
  const negatives: number[] = [];
  for (let c = c1; c <= c2; c++) {
    const cell = view.cell(row, c);
    if (!cell || cell.v === null || cell.v === "") continue;
    if (typeof cell.v === "number") {
      const v = cell.v < 0 ? -cell.v : cell.v;
      if (!Number.isInteger(v) || v < 1 || v > 99) return false;
      if (cell.v < 0) negatives.push(v);
    } else if (typeof cell.v !== "string" || !COLNUM.test(cell.v.trim())) return false;
    n++;
  }
  // "(1)" typed into Excel is stored as −1: a row of such numbers counts only when all of them
  // are, in order, so a data row of negative amounts is never taken for it.
  if (
    negatives.length > 0 &&
    (negatives.length !== n || negatives.some((v, i) => i > 0 && v <= negatives[i - 1]))
  )
    return false;
  return n >= 2;
}

/** The formula a column-number row prints ("(7) =5/6*100"), if any. */
export function columnFormula(view: SheetView, row: number, c1: number, c2: number): string | undefined {
  const out: string[] = [];
  for (let c = c1; c <= c2; c++) {
    const t = view.text(row, c);
    if (t.includes("=")) out.push(t);
  }
  return out.length > 0 ? out.join("; ") : undefined;
}

const NAME_ROLES = new Set<Base>(["indikator", "uraian", "sasaran"]);
const MEASURE_ROLES = new Set<Base>([
  "target",
  "realisasi",
  "pagu",
  "percent",
  "kemajuan",
  "paguSebelum",
  "serapan",
]);

/**
 * True for a header row of long official titles that the short vocabulary misses ("Indikator
 * Kinerja Program (outcomes)/ Kegiatan (output)", "Target Kinerja Capaian Program (Renstra SKPD)
 * Tahun 2013"): a name column and a measure column read from their words, no numbers.
 * @example isLooseHeaderRow(view, 8) // Renja evaluation form J-1 //=> true
 */
export function isLooseHeaderRow(
  view: SheetView,
  row: number,
  c1 = view.firstCol,
  c2 = view.lastCol,
): boolean {
  let owners = 0;
  let matched = 0;
  let dbStyle = true; // "indikator_intervensi | target | tahun1": a database export's column names
  let name = false;
  let measure = false;
  for (let c = c1; c <= c2; c++) {
    const o = owner(view, row, c);
    if (o.col !== c && o.row === row) continue; // the rest of a merge already counted
    const cell = view.cell(o.row, o.col);
    if (!cell || cell.error || cell.v === null || cell.v === "" || typeof cell.v === "boolean") continue;
    if (typeof cell.v === "number") {
      if (!isYearNumber(cell.v)) return false;
      continue;
    }
    const text = cell.v.trim();
    if (text === "") continue;
    if (text.length > 160 || looksNumeric(text)) return false;
    owners++;
    if (!/^[a-z][a-z0-9_]{0,40}$/i.test(text)) dbStyle = false;
    if (isPeriodWord(text)) {
      matched++; // "JAN … DES" over monthly columns: header vocabulary, no field of their own
      continue;
    }
    const base = classifyLoose(headerWords(text).norm);
    if (base === null) continue;
    matched++;
    if (NAME_ROLES.has(base)) name = true;
    if (MEASURE_ROLES.has(base)) measure = true;
  }
  return owners >= 2 && name && measure && (matched * 5 >= owners * 2 || (dbStyle && matched >= 3));
}

/**
 * True for the header of an account listing: "KODE" and "URAIAN" merged down over a band whose other
 * cells name entities and years, not measures (a DJPK APBD download: region code › name › year).
 * @example isAccountHeaderRow(view, 3) //=> true
 */
export function isAccountHeaderRow(
  view: SheetView,
  row: number,
  c1 = view.firstCol,
  c2 = view.lastCol,
): boolean {
  let kode = false;
  let uraian = false;
  for (let c = c1; c <= c2; c++) {
    const o = owner(view, row, c);
    if (o.row !== row || o.col !== c) continue;
    const text = view.text(row, c);
    if (text === "") continue;
    const base = classifyHeader(headerWords(text).norm);
    const merge = view.mergeAt.get(row * 16384 + c);
    const tall = merge !== undefined && merge.r2 > merge.r1;
    if (base === "kode" && tall) kode = true;
    if (base === "uraian" && tall) uraian = true;
  }
  return kode && uraian;
}
