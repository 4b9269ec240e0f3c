/** Hand-built models for checker unit tests: cells at fixed columns, rows at given sheet rows. */
import { parseNumber } from "../../src/engine/numbers";
import type {
  AnggaranRow,
  Indikator,
  Model,
  ModelCell,
  RowKind,
  TableInfo,
  Tingkat,
} from "../../src/engine/model/types";

export type Raw = string | number | null;

/** A model cell as the reader would give it: number parsed Indonesian-style, printed decimals kept. */
export function cell(raw: Raw, at: string, sheet = "Kinerja", extra: Partial<ModelCell> = {}): ModelCell {
  const p = parseNumber(raw);
  const num = p.kind === "number" ? p.value : null;
  const decimals = p.kind === "number" ? p.decimals : null;
  return {
    origin: { sheet, cell: at },
    raw,
    num,
    text: raw === null ? "" : String(raw),
    decimals,
    percent: p.kind === "number" ? p.percent : false,
    ...(p.kind === "number" && p.ambiguous ? { issue: "FORMAT_AMBIGUOUS" as const } : {}),
    ...(p.kind === "text" ? { issue: "NOT_A_NUMBER" as const } : {}),
    ...extra,
  };
}

const IND_COLS = {
  kode: "A",
  sasaran: "B",
  indikator: "C",
  satuan: "D",
  target: "E",
  realisasi: "F",
  capaianStated: "G",
  kriteriaStated: "H",
  targetAkhir: "I",
  kemajuanStated: "J",
  polaritas: "K",
  agregasi: "L",
  pagu: "M",
  realisasiAnggaran: "N",
  serapanStated: "O",
  analisis: "AM",
} as const;
type IndField = keyof typeof IND_COLS;

type IndOpts = {
  table?: string;
  sheet?: string;
  rowKind?: RowKind;
  targetTw?: Raw[];
  realisasiTw?: Raw[];
  years?: Record<number, { target?: Raw; realisasi?: Raw; capaian?: Raw }>;
};

/** An indicator row; `values` keys are Indikator fields (columns fixed: target E, realisasi F, capaian G …). */
export function ind(row: number, values: Partial<Record<IndField, Raw>>, opts: IndOpts = {}): Indikator {
  const sheet = opts.sheet ?? "Kinerja";
  const out: Indikator = { table: opts.table ?? `${sheet}!A1`, row, rowKind: opts.rowKind ?? "data" };
  for (const [k, v] of Object.entries(values) as [IndField, Raw][]) {
    (out as Record<string, unknown>)[k] = cell(v, `${IND_COLS[k]}${row}`, sheet);
  }
  if (opts.targetTw)
    out.targetTw = opts.targetTw.map((v, i) => cell(v, `${"PQRS"[i]}${row}`, sheet)) as Indikator["targetTw"];
  if (opts.realisasiTw)
    out.realisasiTw = opts.realisasiTw.map((v, i) =>
      cell(v, `${"TUVW"[i]}${row}`, sheet),
    ) as Indikator["realisasiTw"];
  if (opts.years) {
    out.years = {};
    Object.entries(opts.years).forEach(([y, v], yi) => {
      const cols =
        yi === 0
          ? ["X", "Y", "Z"]
          : [`A${"ABCDEF"[yi * 3 - 3]}`, `A${"ABCDEF"[yi * 3 - 2]}`, `A${"ABCDEF"[yi * 3 - 1]}`];
      const c = (k: "target" | "realisasi" | "capaian", col: string) =>
        k in v ? cell(v[k] ?? null, `${col}${row}`, sheet) : undefined;
      (out.years as Record<number, unknown>)[Number(y)] = {
        target: c("target", cols[0]),
        realisasi: c("realisasi", cols[1]),
        capaian: c("capaian", cols[2]),
      };
    });
  }
  return out;
}

const ANG_COLS = {
  kode: "A",
  uraian: "B",
  paguSebelum: "C",
  pagu: "D",
  realisasi: "E",
  serapanStated: "F",
  sisaStated: "G",
  selisihStated: "H",
  kodeSasaran: "I",
} as const;
type AngField = keyof typeof ANG_COLS;

/** A budget row (columns fixed: pagu D, realisasi E, % F, sisa G). */
export function ang(
  row: number,
  values: Partial<Record<AngField, Raw>>,
  opts: { tingkat?: Tingkat; parent?: number; table?: string; sheet?: string; rowKind?: RowKind } = {},
): AnggaranRow {
  const sheet = opts.sheet ?? "Anggaran";
  const out: AnggaranRow = {
    table: opts.table ?? `${sheet}!A1`,
    row,
    rowKind: opts.rowKind ?? "data",
    tingkat: opts.tingkat ?? "program",
  };
  if (opts.parent !== undefined) out.parent = opts.parent;
  for (const [k, v] of Object.entries(values) as [AngField, Raw][]) {
    (out as Record<string, unknown>)[k] = cell(v, `${ANG_COLS[k]}${row}`, sheet);
  }
  return out;
}

/** A model with a TableInfo for every table id used (kind guessed from the rows). */
export function model(parts: {
  indikator?: Indikator[];
  anggaran?: AnggaranRow[];
  tahun?: number;
  extraTables?: TableInfo[];
}): Model {
  const tables = new Map<string, TableInfo>();
  const add = (id: string, kind: TableInfo["kind"], fields: Record<string, string>) => {
    if (tables.has(id)) return;
    tables.set(id, { id, sheet: id.split("!")[0], range: id.split("!")[1] ?? "A1", kind, rows: 0, fields });
  };
  for (const r of parts.indikator ?? []) {
    const fields: Record<string, string> = {};
    for (const [k, col] of Object.entries(IND_COLS)) if ((r as Record<string, unknown>)[k]) fields[k] = col;
    add(r.table, r.pagu ? "kinerja+anggaran" : "kinerja", fields);
  }
  for (const r of parts.anggaran ?? []) add(r.table, "anggaran", { pagu: "D", realisasi: "E" });
  for (const t of parts.extraTables ?? []) tables.set(t.id, t);
  return {
    profil: {},
    tahun: parts.tahun,
    tables: [...tables.values()],
    indikator: parts.indikator ?? [],
    anggaran: parts.anggaran ?? [],
    diagnostics: [],
  };
}
