/**
 * Hand-built models for the report tests: a compact way to write the rows a reader would produce,
 * each value with an origin (sheet + A1 cell) like the real reader gives.
 */
import type {
  AnggaranRow,
  Indikator,
  Model,
  ModelCell,
  TableInfo,
  Tingkat,
} from "../../../src/engine/model/types";

/** One input cell; numbers keep the decimals they were typed with, text stays text. */
export function mc(sheet: string, cell: string, raw: string | number | null): ModelCell {
  const text = raw === null ? "" : typeof raw === "number" ? String(raw).replace(".", ",") : raw;
  const num = typeof raw === "number" ? raw : null;
  const decimals = typeof raw === "number" ? (String(raw).split(".")[1] ?? "").length : null;
  return { origin: { sheet, cell }, raw, num, text, decimals, percent: false };
}

type IndSeed = {
  kode?: string;
  sasaran?: string;
  indikator: string;
  satuan?: string;
  target?: string | number | null;
  realisasi?: string | number | null;
  polaritas?: string;
  targetAkhir?: number;
  targetNasional?: number;
  targetTw?: (number | null)[];
  years?: Record<number, { target?: number; realisasi?: number }>;
  sumberData?: string;
  analisis?: string;
  solusi?: string;
};

/** Indicator rows of one kinerja table on `sheet`, data from row 5 down; columns A.. in field order. */
export function kinerjaTable(sheet: string, seeds: IndSeed[]): { table: TableInfo; rows: Indikator[] } {
  const id = `${sheet}!A3:N${4 + seeds.length}`;
  const table: TableInfo = {
    id,
    sheet,
    range: `A3:N${4 + seeds.length}`,
    kind: "kinerja",
    rows: seeds.length,
    fields: {},
  };
  const rows = seeds.map((s, i): Indikator => {
    const r = 5 + i;
    const at = (col: string, v: string | number | null | undefined) =>
      v === undefined ? undefined : mc(sheet, `${col}${r}`, v);
    const ind: Indikator = { table: id, row: r, rowKind: "data" };
    const put = <K extends keyof Indikator>(k: K, v: Indikator[K] | undefined) => {
      if (v !== undefined) ind[k] = v;
    };
    put("kode", at("A", s.kode));
    put("sasaran", at("B", s.sasaran));
    put("indikator", at("C", s.indikator));
    put("satuan", at("D", s.satuan));
    put("polaritas", at("E", s.polaritas));
    put("target", at("F", s.target));
    put("realisasi", at("G", s.realisasi));
    put("targetAkhir", at("H", s.targetAkhir));
    put("targetNasional", at("I", s.targetNasional));
    put("sumberData", at("J", s.sumberData));
    put("analisis", at("K", s.analisis));
    put("solusi", at("L", s.solusi));
    if (s.targetTw)
      ind.targetTw = [0, 1, 2, 3].map((q) =>
        mc(sheet, `${"OPQR"[q]}${r}`, s.targetTw?.[q] ?? null),
      ) as Indikator["targetTw"];
    if (s.years) {
      ind.years = {};
      Object.entries(s.years).forEach(([y, v], k) => {
        ind.years![Number(y)] = {
          target: v.target === undefined ? undefined : mc(sheet, `${"STUV"[k]}${r}`, v.target),
          realisasi: v.realisasi === undefined ? undefined : mc(sheet, `${"WXYZ"[k]}${r}`, v.realisasi),
        };
      });
    }
    return ind;
  });
  return { table, rows };
}

type AngSeed = {
  kode: string;
  uraian: string;
  tingkat: Tingkat;
  parent?: number;
  pagu?: number | null;
  realisasi?: number | null;
  sasaran?: string;
};

/** Rows of one anggaran table; `parent` is the index of the parent seed in the same list. */
export function anggaranTable(
  sheet: string,
  seeds: AngSeed[],
  offset = 0,
): { table: TableInfo; rows: AnggaranRow[] } {
  const id = `${sheet}!A3:E${4 + seeds.length}`;
  const table: TableInfo = {
    id,
    sheet,
    range: `A3:E${4 + seeds.length}`,
    kind: "anggaran",
    rows: seeds.length,
    fields: {},
  };
  const rows = seeds.map((s, i): AnggaranRow => {
    const r = 5 + i;
    const row: AnggaranRow = {
      table: id,
      row: r,
      rowKind: "data",
      tingkat: s.tingkat,
      kode: mc(sheet, `A${r}`, s.kode),
      uraian: mc(sheet, `B${r}`, s.uraian),
    };
    if (s.parent !== undefined) row.parent = s.parent + offset;
    if (s.pagu !== undefined) row.pagu = mc(sheet, `C${r}`, s.pagu);
    if (s.realisasi !== undefined) row.realisasi = mc(sheet, `D${r}`, s.realisasi);
    if (s.sasaran !== undefined) row.sasaran = mc(sheet, `E${r}`, s.sasaran);
    return row;
  });
  return { table, rows };
}

/** A model from tables; profil defaults to a small agency of 2024. */
export function model(parts: {
  kinerja?: ReturnType<typeof kinerjaTable>[];
  anggaran?: ReturnType<typeof anggaranTable>[];
  tahun?: number;
}): Model {
  const kinerja = parts.kinerja ?? [];
  const anggaran = parts.anggaran ?? [];
  return {
    profil: {
      namaInstansi: "Dinas Contoh",
      pemerintahDaerah: "Kabupaten Contoh",
      tahun: parts.tahun ?? 2024,
    },
    tahun: parts.tahun ?? 2024,
    tables: [...kinerja.map((k) => k.table), ...anggaran.map((a) => a.table)],
    indikator: kinerja.flatMap((k) => k.rows),
    anggaran: anggaran.flatMap((a) => a.rows),
    diagnostics: [],
  };
}
