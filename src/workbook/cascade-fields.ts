/**
 * Column fields of a cascading performance table (pohon kinerja, docs/READING.md §4, cascading tables): one indicator
 * column per level ("Indikator Sasaran", "Indikator Program", "Indikator Kegiatan", …) and the name
 * column of each level. Kept apart from the reading so table-cells and classify can know them.
 */
import type { TingkatIndikator } from "../engine/model/types";

/** Levels shallow to deep. */
export const JENJANG: readonly TingkatIndikator[] = [
  "tujuan",
  "sasaran",
  "program",
  "kegiatan",
  "sub_kegiatan",
];

/** The column field of each level's indicator column. */
export const INDICATOR_FIELD: Record<TingkatIndikator, string> = {
  tujuan: "indikatorTujuan",
  sasaran: "indikatorSasaran",
  program: "indikatorProgram",
  kegiatan: "indikatorKegiatan",
  sub_kegiatan: "indikatorSubKegiatan",
};

/** The column field of each level's name column ("Sasaran Strategis", "Program", "Kegiatan"). */
export const NAME_FIELD: Record<TingkatIndikator, string> = {
  tujuan: "tujuan",
  sasaran: "sasaran",
  program: "program",
  kegiatan: "kegiatan",
  sub_kegiatan: "subKegiatan",
};

/** Words a user reads for a level ("sub kegiatan", not "sub_kegiatan"). */
export const LEVEL_WORD: Record<TingkatIndikator, string> = {
  tujuan: "tujuan",
  sasaran: "sasaran",
  program: "program",
  kegiatan: "kegiatan",
  sub_kegiatan: "sub kegiatan",
};

const INDICATOR_FIELDS = new Set(Object.values(INDICATOR_FIELD));

/**
 * True for a column field that names an indicator: the plain one or a cascade level's.
 * @example isIndicatorField("indikatorProgram") //=> true
 */
export function isIndicatorField(field: string): boolean {
  return field === "indikator" || INDICATOR_FIELDS.has(field);
}

/**
 * The level whose indicators a column field holds, or undefined.
 * @example indicatorLevel("indikatorKegiatan") //=> "kegiatan"
 */
export function indicatorLevel(field: string): TingkatIndikator | undefined {
  return JENJANG.find((l) => INDICATOR_FIELD[l] === field);
}

/**
 * The level whose names a column field holds ("program" → program), or undefined.
 * @example nameLevel("subKegiatan") //=> "sub_kegiatan"
 */
export function nameLevel(field: string): TingkatIndikator | undefined {
  return JENJANG.find((l) => NAME_FIELD[l] === field);
}

/** Text fields only a cascading table has (its level indicator and name columns). */
export const CASCADE_TEXT_FIELDS: readonly string[] = [
  ...Object.values(INDICATOR_FIELD),
  "program",
  "kegiatan",
  "subKegiatan",
];
