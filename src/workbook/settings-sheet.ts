/**
 * The workbook's own settings: a very hidden sheet "_SAKIP_Pengaturan", tagged role "settings", holding
 * one JSON document in column A (split into chunks of at most 30,000 characters, rows 1..n, because
 * an Excel cell holds at most 32,767). It travels with the file, so a colleague, the CLI and the next
 * check see the same reporting year, scale and table mappings (docs/ENGINE-API.md, "Settings stored in the workbook").
 *
 * { "versi": 1, "peta": { "versi": 1, "tabel": [...] },
 *   "pengaturan": { "tahun": 2024, "skala": "permendagri86", "batas": 100, "efisiensi": "selisih", "lembar": ["ringkasan"] } }
 */
import type { Diagnostic } from "../engine/model/types";
import type { SheetSpec } from "../engine/model/sheet-spec";
import { isPetaField, type Peta, type PetaTabel } from "./peta";
import type { SheetGrid } from "./port";

export const SETTINGS_SHEET = "_SAKIP_Pengaturan";
export const SETTINGS_KEY = "pengaturan";
export const CHUNK = 30_000;

/** "lembar" = the workbook's Skala sheet; "akip" = AKIP grades (AA … D). */
export type SkalaChoice = "permendagri86" | "lembar" | "akip";

export type Pengaturan = {
  tahun?: number;
  skala?: SkalaChoice;
  batas?: number | null;
  efisiensi?: "selisih" | "rasio";
  lembar?: string[]; // report sheet keys to generate; absent = all
};

export type Settings = { versi: 1; peta?: Peta; pengaturan?: Pengaturan };

const SKALA: SkalaChoice[] = ["permendagri86", "lembar", "akip"];

/**
 * The settings stored in the workbook, or undefined when there are none or they cannot be read.
 * @example readSettings([{ name: "_SAKIP_Pengaturan", tag: { role: "settings", key: "pengaturan" }, origin: { row: 1, col: 1 }, rows: [[{ v: '{"versi":1}' }]] }]) //=> { versi: 1 }
 */
export function readSettings(grids: SheetGrid[]): Settings | undefined {
  return readSettingsWithDiagnostics(grids).settings;
}

/**
 * readSettings with the reason when the sheet exists but its content is unusable (Indonesian, names the sheet).
 * @example readSettingsWithDiagnostics([]) //=> { diagnostics: [] }
 */
export function readSettingsWithDiagnostics(grids: SheetGrid[]): {
  settings?: Settings;
  diagnostics: Diagnostic[];
} {
  const grid = grids.find((g) => g.tag?.role === "settings");
  if (!grid) return { diagnostics: [] };
  const text = joinChunks(grid);
  const problem = (message: string) => ({
    diagnostics: [{ severity: "warning" as const, sheet: grid.name, cell: "A1", message }],
  });
  if (!text.trim()) return problem(msg.empty(grid.name));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem(msg.badJson(grid.name));
  }
  const settings = validSettings(json);
  return settings ? { settings, diagnostics: [] } : problem(msg.badShape(grid.name));
}

/**
 * The sheet that stores `settings`: very hidden, tagged "settings", the JSON in A1:A<n>.
 * @example settingsSpec({ versi: 1 }).blocks //=> [{ at: "A1", rows: [['{"versi":1}']] }]
 */
export function settingsSpec(settings: Settings): SheetSpec {
  const text = JSON.stringify(settings);
  const rows: string[][] = [];
  for (let i = 0; i < text.length; i += CHUNK) rows.push([text.slice(i, i + CHUNK)]);
  return {
    key: SETTINGS_KEY,
    name: SETTINGS_SHEET,
    role: "settings",
    blocks: [{ at: "A1", rows }],
    // Text format: Excel must never turn a chunk that looks like a number or a date into one.
    numberFormats: [{ range: `A1:A${rows.length}`, format: "@" }],
    formats: [],
    merges: [],
    columnWidths: [],
    visibility: "veryHidden",
  };
}

function joinChunks(grid: SheetGrid): string {
  // Column A only, from row 1 down; the used range may start lower when A1 is empty (then nothing is read).
  if (grid.origin.col !== 1) return "";
  return grid.rows
    .map((row) => row[0]?.v)
    .filter((v): v is string => typeof v === "string")
    .join("");
}

/** The settings when `json` has the documented shape; unknown keys are dropped, wrong values reject it. */
function validSettings(json: unknown): Settings | undefined {
  if (!isObject(json) || json.versi !== 1) return undefined;
  const out: Settings = { versi: 1 };
  if (json.peta !== undefined) {
    const peta = validPeta(json.peta);
    if (!peta) return undefined;
    out.peta = peta;
  }
  if (json.pengaturan !== undefined) {
    const p = validPengaturan(json.pengaturan);
    if (!p) return undefined;
    out.pengaturan = p;
  }
  return out;
}

function validPengaturan(p: unknown): Pengaturan | undefined {
  if (!isObject(p)) return undefined;
  const out: Pengaturan = {};
  if (p.tahun !== undefined) {
    if (!Number.isInteger(p.tahun) || (p.tahun as number) < 2000 || (p.tahun as number) > 2100)
      return undefined;
    out.tahun = p.tahun as number;
  }
  if (p.skala !== undefined) {
    if (!SKALA.includes(p.skala as SkalaChoice)) return undefined;
    out.skala = p.skala as SkalaChoice;
  }
  if (p.batas !== undefined) {
    if (p.batas !== null && !(typeof p.batas === "number" && p.batas > 0)) return undefined;
    out.batas = p.batas as number | null;
  }
  if (p.efisiensi !== undefined) {
    if (p.efisiensi !== "selisih" && p.efisiensi !== "rasio") return undefined;
    out.efisiensi = p.efisiensi;
  }
  if (p.lembar !== undefined) {
    if (!Array.isArray(p.lembar) || !p.lembar.every((k) => typeof k === "string")) return undefined;
    out.lembar = p.lembar as string[];
  }
  return out;
}

/** A Peta whose tables name a sheet, a header range and only known fields. */
export function validPeta(p: unknown): Peta | undefined {
  if (!isObject(p) || p.versi !== 1 || !Array.isArray(p.tabel)) return undefined;
  const tabel: PetaTabel[] = [];
  for (const t of p.tabel) {
    if (!isObject(t) || typeof t.lembar !== "string" || typeof t.judul !== "string") return undefined;
    if (!/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/.test(t.judul) || !isObject(t.kolom)) return undefined;
    const kolom: Record<string, string> = {};
    for (const [col, field] of Object.entries(t.kolom)) {
      if (!/^[A-Z]{1,3}(:[A-Z]{1,3})?$/.test(col) || typeof field !== "string" || !isPetaField(field))
        return undefined;
      kolom[col] = field;
    }
    const entry: PetaTabel = { lembar: t.lembar, judul: t.judul, kolom };
    if (t.jenis === "kinerja" || t.jenis === "anggaran" || t.jenis === "kinerja+anggaran")
      entry.jenis = t.jenis;
    tabel.push(entry);
  }
  return { versi: 1, tabel };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const msg = {
  empty: (sheet: string) => `Lembar pengaturan '${sheet}' kosong; pengaturan bawaan dipakai.`,
  badJson: (sheet: string) =>
    `Isi lembar pengaturan '${sheet}' (sel A1 dan di bawahnya) bukan JSON yang sah; pengaturan bawaan dipakai. Simpan ulang pengaturan dari task pane.`,
  badShape: (sheet: string) =>
    `Isi lembar pengaturan '${sheet}' (sel A1) tidak sesuai format (versi 1); pengaturan bawaan dipakai. Simpan ulang pengaturan dari task pane.`,
};
