import type { CellInput, Color } from "../../engine/model/sheet-spec";
import type { Problem } from "../../engine/result";

/**
 * How a column prints: `no`/`text` short text, `longtext` wrapped text, `rupiah` "#,##0",
 * `persen` "0.00", `jumlah` a count, `angka` an indicator value with its own decimals, `kriteria` a
 * label on the band colour.
 */
export type ColumnKind = "no" | "text" | "longtext" | "rupiah" | "persen" | "jumlah" | "angka" | "kriteria";

/** One column of a table: its header (with an optional group header above it) and how it prints. */
export type Column = {
  header: string;
  group?: string; // "Anggaran" above "Pagu | Realisasi | %"; consecutive equal groups are merged
  kind: ColumnKind;
  formula?: string; // shown in the column-number row, e.g. "(7) = (5)/(6)×100"
};

/** A number with its own format (indicator values keep the decimals they were typed with). */
export type Formatted = { value: number; format: string };
/** A kriteria cell: the band's label on the band's colour. */
export type Filled = { label: string; fill: Color };
/** An engine Problem: written as its error code text, with the message as a note (never NaN). */
export type ProblemCell = { problem: Problem };

export type ReportCell = CellInput | Formatted | Filled | ProblemCell;

/** `group`: rows of one group (a sasaran, a program with its kegiatan) merge in `mergeGroups` columns and print together. */
export type ReportRow = { cells: ReportCell[]; kind?: "data" | "parent" | "total"; group?: string };

/** One table of a sheet; most sheets have one, Ringkasan has several. */
export type TablePart = {
  caption?: string; // bold line above the table
  columns: Column[];
  numbered?: boolean; // print the "(1) (2) …" row under the header (default true)
  rows: ReportRow[];
  mergeDown?: number[]; // 0-based columns whose equal consecutive texts are merged (sasaran)
  mergeGroups?: number[]; // 0-based columns merged over each run of rows with the same `group` (the group's first cell)
  dataBars?: number[]; // 0-based columns that get a data bar
  sumber?: string; // "Sumber : …" line
  footer?: string[]; // lines under the table, e.g. the efficiency formula
  newPage?: boolean; // print this table from the top of a new page (its own header at the top)
};

/** Everything a sheet file decides; the renderer turns it into a SheetSpec. */
export type SheetPlan = {
  key: string;
  name: string;
  title: string; // "Tabel 3.2 Capaian Kinerja Perjanjian Kinerja Tahun 2024"
  instansi: string; // agency line under the title ("" when unknown)
  widths: number[]; // Excel character widths, index 0 = column A
  parts: TablePart[];
  emptyMessage?: string; // printed instead of the tables when there is nothing to show
  headerRows?: "first-table" | "none"; // freeze/repeat the table header (default; only on a sheet of one table) or only the title
  signature?: Signature; // printed under the last table, kept on one page
};

/** A signature block: the place and date above the right-hand signer; each signer's lines, then room to sign, name, NIP. */
export type Signature = {
  placeDate: string; // "Tembilahan, 06 Januari 2025"
  signers: { role: string[]; name: string; nip?: string }[]; // left to right (Pihak Kedua, Pihak Pertama)
};
