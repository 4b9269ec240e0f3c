/**
 * What each budget row shows about its level, as a class: rows of one class sit at one level
 * (docs/READING.md "Tingkat baris anggaran"). A keyword or a code wins over numbering, numbering over
 * typography (bold, upper case, merged label, indentation).
 */
import { levelColumn, levelFromWords, type LevelHint } from "./levels";
import { numberRows, stripNumber } from "./numbering";

/** One level-class: rows sharing `key` are one level; `family` classes keep their `order` (strictly if `strict`). */
export type RowClass = {
  key: string;
  bukti: string[];
  /** The level its words name (program 0, kegiatan 1, sub kegiatan 2, sasaran −1, blocks −2 and −2.5, urusan −3). */
  kwLevel?: number;
  family?: string;
  order?: number;
  strict?: boolean;
};

/** Evidence words shown by `sakip baca` (docs/READING.md). */
export const BUKTI = {
  kode: "kode",
  romawi: "angka romawi",
  nomor: "penomoran",
  kata: "kata kunci",
  kolom: "kolom tingkat",
  tebal: "tebal",
  besar: "huruf besar",
  indent: "indentasi",
  gabung: "sel gabungan",
  jumlah: "jumlah anak cocok",
  polos: "tanpa penanda",
} as const;

const BLOCK = /^belanja (operasi|modal|tidak terduga|transfer)$/;
const APBD = /^(pendapatan|belanja|pembiayaan)( daerah)?$/; // the APBD's own top: above Belanja Operasi

/**
 * Level named by the uraian's first words, numbering stripped: Urusan −3, Pendapatan/Belanja/Pembiayaan (Daerah)
 * −2.5, Belanja Operasi/Modal −2, then
 * sasaran, program, kegiatan, sub kegiatan (−1…2).
 * @example keywordLevel("II. BELANJA MODAL") //=> -2
 */
export function keywordLevel(text: string): number | undefined {
  const t = stripNumber(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  if (/^urusan\b/.test(t)) return -3;
  if (APBD.test(t)) return -2.5;
  if (BLOCK.test(t)) return -2;
  return levelFromWords(stripNumber(text));
}

function typography(h: LevelHint): { key: string; bukti: string[]; base: string; indent: number } {
  const bold = h.bold ?? h.strong;
  const upper = h.upper ?? false;
  const merged = h.merged ?? false;
  const indent = Math.max(0, Math.min(15, Math.trunc(h.indent ?? 0)));
  const bukti: string[] = [];
  if (bold) bukti.push(BUKTI.tebal);
  if (upper) bukti.push(BUKTI.besar);
  if (merged) bukti.push(BUKTI.gabung);
  if (indent > 0) bukti.push(BUKTI.indent);
  if (bukti.length === 0) bukti.push(BUKTI.polos);
  const base = `t:${bold ? 1 : 0}${upper ? 1 : 0}${merged ? 1 : 0}`;
  return { key: `${base}:${indent}`, bukti, base, indent };
}

/**
 * The class of every row (undefined for total rows). Bold rows that follow one another (a block, its
 * group, its sub group) are split by how many bold rows follow, so nested bold levels can be told apart.
 * @example classify([{ uraian: "I. PENUNJANG", strong: true, total: false }]).map((c) => c?.key) //=> ["n:I."]
 */
export function classify(rows: LevelHint[]): (RowClass | undefined)[] {
  const numbers = numberRows(rows.map((r) => ({ no: r.no, uraian: r.uraian })));
  const dotted = rows.some((r) => !r.total && (r.code?.split(".").length ?? 0) >= 2);
  const nested = !dotted && prefixNested(rows);
  const counters = runningCounters(rows, numbers);
  const out = rows.map((h, i): RowClass | undefined => {
    if (h.total) return undefined;
    const col = levelColumn(h.tingkat);
    if (col !== undefined)
      return { key: `k:${col}`, bukti: [BUKTI.kolom], kwLevel: col, family: "k", order: col, strict: true };
    const kw = keywordLevel(h.uraian);
    // Nested account codes (DJPK: 53 › 5301) are the structure itself: "5301 Belanja Tidak Terduga" under the
    // block "53 Belanja Tidak Terduga" is an account of that block, not a second block.
    if (kw !== undefined && !(nested && extendsKeywordRow(rows, i, kw)))
      return { key: `k:${kw}`, bukti: [BUKTI.kata], kwLevel: kw, family: "k", order: kw, strict: true };
    if (nested && h.code && /^\d+$/.test(h.code))
      return {
        key: `c:${h.code.length}`,
        bukti: [BUKTI.kode],
        family: "c",
        order: h.code.length,
        strict: true,
      };
    const depth = h.code?.split(".").length ?? 0;
    if (depth >= 2 || (dotted && depth === 1))
      return { key: `c:${depth}`, bukti: [BUKTI.kode], family: "c", order: depth, strict: true };
    const n = numbers[i];
    const t = typography(h);
    // Bold does not split a numbering style: "2. Belanja Barang dan Jasa" in bold is still a sibling of "1. Belanja Pegawai".
    if (n && !counters.has(n.style)) {
      const bold = h.bold ?? h.strong;
      return {
        key: `n:${n.style}`,
        bukti: [n.roman ? BUKTI.romawi : BUKTI.nomor, ...(bold ? [BUKTI.tebal] : [])],
      };
    }
    return { key: t.key, bukti: t.bukti, family: `i:${t.base}`, order: t.indent, strict: false };
  });
  return splitChains(out);
}

// A No column counting every row 1…N (never restarting) over rows printed differently is a row counter, not a level:
// the bold or upper-case rows among them are the parents ("1 PROGRAM A", "2 Kegiatan x", "3 Kegiatan y", "4 PROGRAM B").
function runningCounters(rows: LevelHint[], numbers: ReturnType<typeof numberRows>): Set<string> {
  const seen = new Map<string, { next: number; looks: Set<string>; ok: boolean }>();
  rows.forEach((h, i) => {
    const n = numbers[i];
    if (!n || h.total || keywordLevel(h.uraian) !== undefined || levelColumn(h.tingkat) !== undefined) return;
    const s = seen.get(n.style) ?? { next: 1, looks: new Set<string>(), ok: true };
    s.ok &&= n.value === s.next;
    s.next = n.value + 1;
    s.looks.add(typography(h).key);
    seen.set(n.style, s);
  });
  return new Set([...seen].filter(([, s]) => s.ok && s.next > 3 && s.looks.size > 1).map(([style]) => style));
}

// True when an earlier row of the same keyword level has a code this row's code extends (53 → 5301).
function extendsKeywordRow(rows: LevelHint[], i: number, kw: number): boolean {
  const code = rows[i].code;
  if (!code || !/^\d+$/.test(code)) return false;
  for (let j = i - 1; j >= 0; j--) {
    const c = rows[j].code;
    if (c && c.length < code.length && code.startsWith(c) && keywordLevel(rows[j].uraian) === kw) return true;
  }
  return false;
}

// Account codes without dots (DJPK: 4 › 41 › 4101): the next row's code often extends this row's.
function prefixNested(rows: LevelHint[]): boolean {
  let pairs = 0;
  for (let i = 0; i + 1 < rows.length; i++) {
    const a = rows[i].code;
    const b = rows[i + 1].code;
    if (a && b && /^\d+$/.test(a) && /^\d+$/.test(b) && b.length > a.length && b.startsWith(a)) pairs++;
  }
  return pairs >= 2;
}

// A typography class whose rows follow one another directly holds several levels: split it by the length of the run.
function splitChains(classes: (RowClass | undefined)[]): (RowClass | undefined)[] {
  const chained = new Set<string>();
  for (let i = 0; i + 1 < classes.length; i++) {
    const a = classes[i];
    if (a?.key.startsWith("t:") && classes[i + 1]?.key === a.key && a.bukti[0] !== BUKTI.polos)
      chained.add(a.key);
  }
  if (chained.size === 0) return classes;
  const height = new Array<number>(classes.length).fill(0);
  for (let i = classes.length - 2; i >= 0; i--)
    if (classes[i] && classes[i + 1]?.key === classes[i]!.key) height[i] = height[i + 1] + 1;
  return classes.map((c, i) =>
    c && chained.has(c.key)
      ? { ...c, key: `${c.key}:h${height[i]}`, family: `h:${c.key}`, order: -height[i], strict: false }
      : c,
  );
}
