/**
 * The domain model the reader builds from a workbook and every job consumes.
 * Every value keeps its origin (sheet + A1 cell) so a finding or a report cell can point back to it.
 */

/** Where a value came from. */
export type Origin = { sheet: string; cell: string };

/** What was wrong with a cell the reader could still place. */
export type CellIssue =
  | "NOT_A_NUMBER" // text in a numeric column that no rule can read ("n/a", "17,65 %x")
  | "FORMAT_AMBIGUOUS" // "70.95" in an Indonesian table: the separator could be either
  | "ENGLISH_FORMAT"; // read as English because its whole column is English-formatted

/**
 * One input cell as the model sees it. `num` is the parsed number (null when empty or not a number);
 * `text` is the trimmed display text; `decimals` is how many decimals were printed, which decides
 * how a stated value is compared with a computed one.
 */
export type ModelCell = {
  origin: Origin;
  raw: string | number | boolean | null;
  num: number | null;
  text: string;
  decimals: number | null;
  percent: boolean; // printed with a % sign or a percent number format
  issue?: CellIssue;
  /** The cell's formula (without "="): its value is what Excel computed, compared at full precision. */
  formula?: string;
};

export type RowKind = "data" | "total" | "average";

export type TableKind = "kinerja" | "anggaran" | "kinerja+anggaran" | "profil" | "skala" | "unknown";

/** A table the reader found, with the column letter of every field it mapped. */
export type TableInfo = {
  id: string; // e.g. "Kinerja!A3:J12"
  sheet: string;
  range: string; // A1 range of header + data
  kind: TableKind;
  title?: string; // the title line above the header, e.g. "Tabel 3.2 Capaian Kinerja ..."
  rows: number; // data rows (total/average rows included)
  fields: Record<string, string>; // field name -> column letter(s), e.g. { target: "D" }
  sumber?: string; // the "Sumber : ..." line under the table
  headerRows?: [number, number]; // first and last header row, 1-based
  /** Every header column: the field it was read as (null = ignored) and its header path. */
  columns?: TableColumn[];
  source?: "inferred" | "peta"; // read by inference, or by the user's explicit mapping
  /** The year this table reports when its own title names another than the workbook's (a Renja's evaluation of year n−2 beside its plan for n). */
  tahun?: number;
};

/** One column of a table's header as the reader understood it. */
export type TableColumn = {
  column: string; // letter(s), "A" or "A:D" for a label merged over several columns
  field: string | null;
  header: string; // the header path, "Kelompok Belanja › Total › Anggaran"
  cell: string;
  note?: string; // why it was ignored
};

/** Target, realisasi and capaian of one indicator for a year other than the reporting year. */
export type YearValues = { target?: ModelCell; realisasi?: ModelCell; capaian?: ModelCell };

/** Four quarters, TW I..IV; undefined = the column does not exist, a cell with num null = not reported. */
export type Quarters = [ModelCell?, ModelCell?, ModelCell?, ModelCell?];

/** One indicator row of a kinerja table (PK, capaian, comparison, Renstra or efficiency table). */
export type Indikator = {
  table: string; // TableInfo.id
  row: number; // 1-based sheet row
  rowKind: RowKind;
  kode?: ModelCell;
  tujuan?: ModelCell;
  sasaran?: ModelCell; // carried down from the row above when the cell is blank (merged in print)
  uraian?: ModelCell; // the program/kegiatan the indicator measures, in cascading tables
  indikator?: ModelCell;
  satuan?: ModelCell;
  polaritas?: ModelCell;
  agregasi?: ModelCell;
  target?: ModelCell; // may be a number, a range "70–80" or a predikat "BB" (see ModelCell.text)
  realisasi?: ModelCell;
  targetTw?: Quarters;
  realisasiTw?: Quarters;
  capaianStated?: ModelCell;
  kriteriaStated?: ModelCell;
  targetAkhir?: ModelCell; // Target Akhir Renstra
  realisasiKumulatif?: ModelCell; // realised up to the reporting year (Renja evaluation, "s/d tahun n")
  kemajuanStated?: ModelCell;
  targetNasional?: ModelCell;
  years?: Record<number, YearValues>; // e.g. { 2022: {...}, 2023: {...} }
  sumberData?: ModelCell;
  analisis?: ModelCell;
  solusi?: ModelCell;
  /** Budget side of a combined kinerja+anggaran table (004 Tabel 3.6, 000 Tabel III.6). */
  pagu?: ModelCell;
  realisasiAnggaran?: ModelCell;
  serapanStated?: ModelCell;
  efisiensiStated?: ModelCell;
  /** Rupiah realised up to the reporting year (Renja evaluation column 14 Rp, "14=6 + 12"). */
  realisasiAnggaranKumulatif?: ModelCell;
  /** Cascading tables only (docs/READING.md §4): whose indicator this is, what it hangs under, and why. */
  tingkat?: TingkatIndikator;
  induk?: IndukIndikator;
  bukti?: string[]; // Indonesian, e.g. ["kolom indikator program (E)", "nama program di D8 (sel gabungan D8:D11)"]
};

/** Whose indicator a row of a cascading table (pohon kinerja) is: sasaran › program › kegiatan › sub kegiatan. */
export type TingkatIndikator = "tujuan" | "sasaran" | "program" | "kegiatan" | "sub_kegiatan";

/**
 * What a cascading indicator hangs under, in the same table: the indicator of the level above, or that level's
 * name (the programme a kegiatan's indicator serves, when the programme has several indicators or none).
 */
export type IndukIndikator = {
  tingkat: TingkatIndikator;
  jenis: "indikator" | "nama";
  row: number; // 1-based sheet row of the parent's cell
  cell: string; // A1 of the parent's indicator or name cell
  text: string;
};

export type Tingkat = "program" | "kegiatan" | "sub_kegiatan" | "sasaran" | "lain";

/** One row of an anggaran (budget) table. */
export type AnggaranRow = {
  table: string;
  row: number;
  rowKind: RowKind;
  tingkat: Tingkat;
  /** Index into Model.anggaran of the parent row (same table), when the hierarchy is known. */
  parent?: number;
  /** A total printed above the rows it sums (the urusan line of a Renja plan form), not below them. */
  leading?: true;
  kode?: ModelCell;
  /** The row's full place in a code split over several columns (SIPD "1.02|1.02.2.14…|1.02.01.2.01|5.1.02"): unique where kode repeats. */
  kunci?: string;
  uraian?: ModelCell;
  kodeSasaran?: ModelCell;
  sasaran?: ModelCell;
  sumberDana?: ModelCell;
  paguSebelum?: ModelCell;
  pagu?: ModelCell;
  selisihStated?: ModelCell; // "Bertambah/Berkurang"
  realisasi?: ModelCell;
  serapanStated?: ModelCell;
  sisaStated?: ModelCell;
  /** Budget side of a Renja evaluation (Permendagri 86/2017): Renstra's final budget (column 5 Rp). */
  targetAkhir?: ModelCell;
  /** Realised up to last year (column 6 Rp, "s.d Renja SKPD Tahun Lalu"). */
  realisasiLalu?: ModelCell;
  /** Realised up to the reporting year (column 14 Rp, "14=6 + 12"). */
  realisasiKumulatif?: ModelCell;
  /** Why the reader put the row at its level ("kode", "angka romawi", "tebal", "jumlah anak cocok"): shown by `sakip baca`, ignored by the engine. */
  bukti?: string[];
};

/** Label/value pairs of the Profil sheet (or what the titles told). */
export type Profil = {
  namaInstansi?: string;
  pemerintahDaerah?: string;
  tahun?: number;
  periodeRenstra?: string;
  kepala?: string;
  nip?: string;
  tempat?: string;
  tanggal?: string;
  /** Pihak Pertama's position ("Kepala Dinas Koperasi …"); absent = "Kepala " + namaInstansi. */
  jabatan?: string;
  /** Pihak Kedua of the Perjanjian Kinerja: the head of the region and his position ("Pj. Bupati Indragiri Hilir"). */
  atasan?: string;
  jabatanAtasan?: string;
  nipAtasan?: string;
  origin?: Partial<Record<keyof Omit<Profil, "origin">, Origin>>;
};

/** A user-defined kriteria scale row as read from a Skala sheet. */
export type SkalaRow = { min: ModelCell; max?: ModelCell; label: ModelCell; color?: ModelCell };

/** A message from the reader about something it could not place. Never an exception. */
export type Diagnostic = {
  severity: "error" | "warning" | "info";
  sheet: string;
  cell: string;
  message: string; // Indonesian
};

/**
 * A formula a table states in its column-number row ("14=6 + 12", "8=(7/6)"), applied to one row:
 * the stated cell, and the cells it is computed from (a sum with signs, or a ratio).
 */
export type StatedRelation = {
  table: string;
  row: number;
  text: string; // as printed, e.g. "14=6 + 12"
  target: ModelCell;
  kind: "sum" | "ratio";
  terms: { cell: ModelCell; sign: 1 | -1; label: string }[]; // sum: every term; ratio: [numerator, denominator]
  /** The cell is a capaian/serapan/sisa checked by its own rule; the relation records the table's stated formula. */
  byRule?: boolean;
};

export type Model = {
  profil: Profil;
  tahun?: number; // reporting year: Profil, else titles, else options
  tables: TableInfo[];
  indikator: Indikator[];
  anggaran: AnggaranRow[];
  skala?: SkalaRow[];
  relations?: StatedRelation[];
  diagnostics: Diagnostic[];
};
