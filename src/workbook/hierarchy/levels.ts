/**
 * Program › kegiatan › sub kegiatan of budget rows (docs/DOMAIN.md §1): what one row tells (its level
 * column, the words its uraian starts with, its code), and parents from SIPD code paths.
 */
import type { ModelCell, Tingkat } from "../../engine/model/types";

/** What one row tells about its level. */
export type LevelHint = {
  tingkat?: string;
  uraian: string;
  code?: string;
  strong: boolean;
  total: boolean;
  key?: string; // full code path over split code columns ("1.02|…|1.02.01.2.01")
  keyTingkat?: Tingkat; // the level its nomenclature code names
  /** The No/kode column's text as typed ("I", "A.", "1)"), read as outline numbering when it is not a code. */
  no?: string;
  bold?: boolean;
  upper?: boolean;
  /** Indentation of the name: Excel's indent level, or leading spaces / 2. */
  indent?: number;
  /** The name cell is merged across columns (a group's label spanning No and Uraian). */
  merged?: boolean;
  /** The row's amounts (pagu, realisasi, pagu sebelum): parents should equal the sum of their children. */
  sums?: (ModelCell | undefined)[];
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

/** Level from a level column: 1–3 or its words ("Sub Kegiatan"). */
export function levelColumn(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const n = Number(text.trim());
  if (Number.isInteger(n) && n >= 1 && n <= 3) return n - 1;
  return levelFromWords(text);
}

/** Tingkat name of a level number. */
export function tingkatOf(level: number | undefined): Tingkat {
  if (level === undefined) return "lain";
  if (level === -1) return "sasaran";
  if (level < 0) return "lain"; // Urusan, Belanja Operasi/Modal: blocks above the programs
  return LEVELS[level] ?? "lain";
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
