/**
 * The columns of a cascading performance table (docs/READING.md §4, cascading tables): an indicator column per level
 * ("Indikator Sasaran | Program | Indikator Program | Kegiatan | Indikator Kegiatan", or "Indikator
 * Kinerja" over "Program (Outcome) | Kegiatan (Output) | Sub Kegiatan (Output)"), each a field of its
 * own so that no level's rows are lost to "the first indicator column wins".
 */
import type { TingkatIndikator } from "../engine/model/types";
import { INDICATOR_FIELD, NAME_FIELD } from "./cascade-fields";
import { normalise } from "./headers";

// "Indikator Kinerja › Sasaran" resolves to sasaran, "… › Program (Outcome)" to uraian: the path says indicator.
const NAME_LIKE = new Set(["indikator", "uraian", "sasaran", "tujuan"]);

/** A column as resolveColumns names it: field, 1-based column, header path ("A › B"). */
type Col = { field: string; col: number; header: string };

const DEEP_FIRST: [RegExp, TingkatIndikator][] = [
  [/\bkegiatan\b/, "kegiatan"],
  [/\bprogram\b/, "program"],
  [/\bsasaran\b/, "sasaran"],
  [/\btujuan\b/, "tujuan"],
];

/**
 * The levels a header's words name, deepest first.
 * @example levelsNamed("Indikator Kinerja › Sub Kegiatan (Output)") //=> ["sub_kegiatan"]
 */
export function levelsNamed(header: string): TingkatIndikator[] {
  let t = normalise(header);
  const out: TingkatIndikator[] = [];
  if (/\bsub ?kegiatan\b/.test(t)) {
    out.push("sub_kegiatan");
    t = t.replace(/\bsub ?kegiatan\b/g, " ");
  }
  for (const [re, level] of DEEP_FIRST) if (re.test(t)) out.push(level);
  if (out.length === 0 && /\biku\b|indikator kinerja utama/.test(t)) out.push("sasaran");
  return out;
}

/**
 * True when a name-like column holds indicators ("Indikator Program", "Indikator Kinerja › Kegiatan").
 * @example isIndicatorHeader({ field: "uraian", col: 4, header: "Indikator Kinerja › Program (Outcome)" }) //=> true
 */
export function isIndicatorHeader(c: Col): boolean {
  return NAME_LIKE.has(c.field) && /\b(indikator|iku)\b/.test(normalise(c.header));
}

/** The level a name column holds, or undefined for a mixed one ("Program/Kegiatan", "Uraian"). */
function nameColumnLevel(c: Col): TingkatIndikator | undefined {
  if (isIndicatorHeader(c)) return undefined;
  if (c.field === "sasaran" || c.field === "tujuan") return c.field;
  if (c.field !== "uraian") return undefined;
  const levels = levelsNamed(c.header);
  return levels.length === 1 ? levels[0] : undefined;
}

/**
 * The level of an indicator column: named by its header, else the name column just left of it
 * ("Program | Indikator"), with no other indicator column between.
 * @example indicatorColumnLevel(cols[3], cols) //=> "program" (cols[2] is "Program", cols[3] "Indikator")
 */
export function indicatorColumnLevel(c: Col, cols: Col[]): TingkatIndikator | undefined {
  const named = levelsNamed(c.header);
  if (named.length > 0) return named.length === 1 ? named[0] : undefined;
  const left = cols.filter((o) => o.col < c.col).sort((a, b) => b.col - a.col);
  for (const o of left) {
    if (isIndicatorHeader(o)) return undefined;
    const level = nameColumnLevel(o);
    if (level) return level;
  }
  return undefined;
}

/**
 * Renames the columns of a cascading table in place: each level's indicator column to its own field
 * (indikatorSasaran, indikatorProgram, …) and one-level name columns to program/kegiatan/subKegiatan.
 * A table is cascading when its indicator columns, two or more, name at least two levels; a column
 * naming several ("Indikator Kinerja Program/Kegiatan") stays `indikator` and its rows' level is read
 * per row. Otherwise nothing changes.
 * @example markCascade(cols) // "Indikator Program" → indikatorProgram, "Indikator Kegiatan" → indikatorKegiatan
 */
export function markCascade(cols: Col[]): boolean {
  const byLevel = new Map<TingkatIndikator, Col>();
  const covered = new Set<TingkatIndikator>();
  let mixed: Col | undefined;
  for (const c of cols) {
    if (!isIndicatorHeader(c)) continue;
    const level = indicatorColumnLevel(c, cols);
    if (level && !byLevel.has(level)) byLevel.set(level, c);
    else if (!level && !mixed && levelsNamed(c.header).length > 1) mixed = c;
    for (const l of level ? [level] : mixed === c ? levelsNamed(c.header) : []) covered.add(l);
  }
  if (covered.size < 2 || byLevel.size + (mixed ? 1 : 0) < 2) return false;
  for (const c of cols) {
    const level = nameColumnLevel(c);
    if (level && [...byLevel.values()].every((i) => i !== c)) c.field = NAME_FIELD[level];
  }
  for (const [level, c] of byLevel) c.field = INDICATOR_FIELD[level];
  if (mixed) mixed.field = "indikator";
  return true;
}
