/**
 * Program › kegiatan › sub kegiatan of budget rows (docs/DOMAIN.md §1): the level column first, then the
 * words the uraian starts with, then code prefixes ("1" › "1.1" › "1.1.1"), then bold/upper case.
 */
import type { Tingkat } from "../engine/model/types";

/** What one row tells about its level. */
export type LevelHint = {
  tingkat?: string;
  uraian: string;
  code?: string;
  strong: boolean;
  total: boolean;
  key?: string; // full code path over split code columns ("1.02|…|1.02.01.2.01")
  keyTingkat?: Tingkat; // the level its nomenclature code names
};

const LEVELS: Tingkat[] = ["program", "kegiatan", "sub_kegiatan"];
const LEADING_CODE = /^\s*(\d+(?:\.\d+)*)\.?(?=\s|$)/;

/**
 * The code a budget line starts with: "1.1. Program Pelayanan …" → "1.1".
 * @example leadingCode("1.2.1. Pemeriksaan dan Pengawasan") //=> "1.2.1"
 */
export function leadingCode(text: string): string | undefined {
  const m = LEADING_CODE.exec(text);
  return m ? m[1] : undefined;
}

/** Level from words: a level column ("Sub Kegiatan", 3) or the uraian's first word. */
export function levelFromWords(text: string): number | undefined {
  const t = text
    .toLowerCase()
    .replace(LEADING_CODE, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  if (/^sub ?kegiatan\b|^subkeg\b/.test(t)) return 2;
  if (/^kegiatan\b|^keg\b/.test(t)) return 1;
  if (/^program\b|^prog\b/.test(t)) return 0;
  if (/^sasaran\b/.test(t)) return -1;
  return undefined;
}

function levelColumn(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const n = Number(text.trim());
  if (Number.isInteger(n) && n >= 1 && n <= 3) return n - 1;
  return levelFromWords(text);
}

/** Tingkat name of a level number. */
export function tingkatOf(level: number | undefined): Tingkat {
  if (level === undefined) return "lain";
  if (level < 0) return "sasaran";
  return LEVELS[level] ?? "lain";
}

/**
 * Levels and parents of a table's rows (parent = index into the same array, or undefined).
 * In 004 Tabel 3.7 sub kegiatan are numbered 1–34 running, so their codes repeat program numbers:
 * the uraian's words win, and a sub kegiatan goes under the last kegiatan above it.
 * @example assignLevels([{ uraian: "PROGRAM A", strong: true, total: false }, { uraian: "Kegiatan B", strong: false, total: false }]) //=> [{ level: 0 }, { level: 1, parent: 0 }]
 */
export function assignLevels(rows: LevelHint[]): { level?: number; parent?: number }[] {
  const codeLevel = new Map<string, { level: number; index: number }>();
  const depths = [
    ...new Set(rows.map((r) => r.code?.split(".").length).filter((d): d is number => d !== undefined)),
  ].sort((a, b) => a - b);
  const stack: { level: number; index: number; inferred: boolean }[] = [];
  return rows.map((r, index) => {
    if (r.total) return {};
    let level = levelColumn(r.tingkat) ?? levelFromWords(r.uraian);
    if (level === undefined && r.code) {
      const parts = r.code.split(".");
      for (let n = parts.length - 1; n >= 1 && level === undefined; n--) {
        const p = codeLevel.get(parts.slice(0, n).join("."));
        if (p) level = p.level + 1;
      }
      if (level === undefined) level = Math.min(depths.indexOf(parts.length), 2);
    }
    if (level === undefined && r.strong) level = 0;
    // A row with no evidence of its own is a child of the last row that had some, a sibling of
    // other such rows ("Gaji", "Tunjangan" under a bold "Belanja Pegawai").
    const inferred = level === undefined;
    if (level === undefined) {
      const known = [...stack].reverse().find((s) => !s.inferred);
      if (known) level = Math.min(known.level + 1, 2);
    }
    if (level === undefined) return {};
    while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1].index : undefined;
    stack.push({ level, index, inferred });
    if (r.code && level < 2) codeLevel.set(r.code, { level, index });
    return parent === undefined ? { level } : { level, parent };
  });
}

/** True when `a` is `b`'s ancestor by code path: "1.02" of "1.02.01", "1.02|x" of "1.02|x|5.1". */
function isPrefixKey(a: string, b: string): boolean {
  return b.length > a.length && b.startsWith(a) && (b[a.length] === "." || b[a.length] === "|");
}

/**
 * Parents from full code paths: each row hangs under the nearest row above whose path is a prefix
 * of its own (SIPD: urusan › bidang › SKPD › program › kegiatan › sub kegiatan › rekening).
 * @example levelsFromKeys([{ key: "1.02" }, { key: "1.02|1.02.01" }, { key: "1.02|1.02.01|5.1" }].map((k) => ({ ...k, uraian: "", strong: false, total: false }))) //=> [{}, { parent: 0 }, { parent: 1 }]
 */
export function levelsFromKeys(rows: LevelHint[]): { parent?: number }[] {
  const stack: { key: string; index: number }[] = [];
  return rows.map((r, index) => {
    if (r.total || !r.key) return {};
    while (stack.length > 0 && !isPrefixKey(stack[stack.length - 1].key, r.key)) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1].index : undefined;
    stack.push({ key: r.key, index });
    return parent === undefined ? {} : { parent };
  });
}

/**
 * The level a regional-budget nomenclature code names (Permendagri 90/2019): X.XX.XX program,
 * X.XX.XX.X.XX kegiatan, X.XX.XX.X.XX.XXXX sub kegiatan.
 * @example tingkatOfNomenclature("1.02.01.2.01.0001") //=> "sub_kegiatan"
 */
export function tingkatOfNomenclature(code: string): Tingkat {
  const n = code.split(".").length;
  return n === 3 ? "program" : n === 5 ? "kegiatan" : n === 6 ? "sub_kegiatan" : "lain";
}
