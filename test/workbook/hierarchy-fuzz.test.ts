/**
 * Random budget hierarchies (2–4 levels) printed four ways — codes, outline numbering, bold parents only, indentation
 * only — with and without roll-up errors typed into parents: read through the real reader (grids as a WorkbookPort
 * gives them), the hierarchy comes back row by row and the check reports exactly the planted ROLLUP_MISMATCH, no more
 * (issue 10). A seeded PRNG makes every case reproducible: the case's seed is in its name.
 */
import { toGrids, type CellSeed, type LayoutWorkbook } from "../support/layout";
import { readModel } from "../../src/workbook";
import { runChecks } from "../../src/engine/check";
import type { Model } from "../../src/engine/model/types";

/** mulberry32: small, fast, good enough to shuffle test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mode = "kode" | "penomoran" | "tebal" | "indentasi";
type Node = {
  level: number;
  kids: Node[];
  pagu: number;
  realisasi: number;
  code: string;
  no: string;
  row: number;
};

const WORDS = [
  "Penyediaan",
  "Pemeliharaan",
  "Fasilitasi",
  "Pengembangan",
  "Koordinasi",
  "Pelaksanaan",
  "Penyusunan",
  "Peningkatan",
  "Pengadaan",
  "Pembinaan",
];
const OBJECTS = [
  "Jasa Kantor",
  "Usaha Mikro",
  "Data Koperasi",
  "Sarana Gedung",
  "Dokumen Perencanaan",
  "Pelatihan SDM",
];
const STYLES: ((n: number) => string)[] = [
  (n) => `${["I", "II", "III", "IV", "V"][n - 1]}.`,
  (n) => `${String.fromCharCode(64 + n)}.`,
  (n) => `${n}.`,
  (n) => `${String.fromCharCode(96 + n)}.`,
  (n) => `${n})`,
  (n) => `${String.fromCharCode(96 + n)})`,
];

function shuffle<T>(rnd: () => number, list: T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A tree of `levels` levels; bold and indentation print only uniform depths (every leaf at the bottom). */
function grow(rnd: () => number, levels: number, uniform: boolean): Node[] {
  const make = (level: number): Node => {
    const deeper = level < levels - 1 && (uniform || level === 0 || rnd() < 0.75);
    const kids = deeper ? Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => make(level + 1)) : [];
    const pagu =
      kids.length > 0 ? kids.reduce((s, k) => s + k.pagu, 0) : 1000 * Math.floor(1e3 + rnd() * 5e6);
    const realisasi =
      kids.length > 0 ? kids.reduce((s, k) => s + k.realisasi, 0) : 1000 * Math.floor((pagu / 1000) * rnd());
    return { level, kids, pagu, realisasi, code: "", no: "", row: 0 };
  };
  return Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => make(0));
}

function preorder(nodes: Node[], out: Node[] = []): Node[] {
  for (const n of nodes) {
    out.push(n);
    preorder(n.kids, out);
  }
  return out;
}

/** Codes: a random first code ("4", "2.17"), then one or two more parts per level (Permendagri 90-like). */
function label(
  rnd: () => number,
  nodes: Node[],
  parent: Node | undefined,
  styles: ((n: number) => string)[],
): void {
  const used = new Set<string>();
  nodes.forEach((n, i) => {
    let part = "";
    do {
      const width = parent === undefined ? 1 + Math.floor(rnd() * 2) : 1 + Math.floor(rnd() * 2);
      part = Array.from({ length: width }, () => String(1 + Math.floor(rnd() * 30)).padStart(2, "0")).join(
        ".",
      );
      if (parent === undefined) part = part.replace(/^0/, "");
    } while (used.has(part.split(".")[0]));
    used.add(part.split(".")[0]); // no sibling's code may extend another's: that would be a real child
    n.code = parent ? `${parent.code}.${part}` : part;
    n.no = styles[n.level](i + 1);
    label(rnd, n.kids, n, styles);
  });
}

type Case = { layout: LayoutWorkbook; rows: Node[]; parentRow: Map<Node, number | null>; planted: string[] };

function build(seed: number, mode: Mode, levels: number, errors: boolean): Case {
  const rnd = prng(seed);
  const uniform = mode === "tebal" || mode === "indentasi";
  const roots = grow(rnd, levels, uniform);
  label(rnd, roots, undefined, shuffle(rnd, STYLES).slice(0, 4));
  const rows = preorder(roots);
  const parentRow = new Map<Node, number | null>();
  const first = 4;
  rows.forEach((n, i) => (n.row = first + i));
  const walk = (nodes: Node[], p: Node | undefined): void =>
    nodes.forEach((n) => {
      parentRow.set(n, p ? p.row : null);
      walk(n.kids, n);
    });
  walk(roots, undefined);
  // Planted errors: up to three parents, one amount each, off by a sum no rounding explains.
  const parents = rows.filter((n) => n.kids.length > 0);
  const planted: string[] = [];
  const typed = new Map<Node, { pagu: number; realisasi: number }>();
  if (errors)
    for (const p of shuffle(rnd, parents).slice(0, 1 + Math.floor(rnd() * Math.min(3, parents.length)))) {
      const delta = 1000 * (1 + Math.floor(rnd() * 900)) * (rnd() < 0.5 ? -1 : 1);
      const onPagu = rnd() < 0.5;
      typed.set(p, { pagu: p.pagu + (onPagu ? delta : 0), realisasi: p.realisasi + (onPagu ? 0 : delta) });
      planted.push(`ROLLUP_MISMATCH ${onPagu ? "C" : "D"}${p.row}`);
    }
  const inUraian = mode === "penomoran" && rnd() < 0.5;
  const money = (v: number, strong: boolean): CellSeed => ({
    v,
    fmt: "#,##0",
    ...(strong ? { bold: true } : {}),
  });
  const body: CellSeed[][] = rows.map((n) => {
    const name = `${WORDS[Math.floor(rnd() * WORDS.length)]} ${OBJECTS[Math.floor(rnd() * OBJECTS.length)]} ${n.row}`;
    const strong = mode === "tebal" ? n.kids.length > 0 : mode === "penomoran" && n.level === 0;
    const no = mode === "kode" ? n.code : mode === "penomoran" && !inUraian ? n.no : null;
    const text = inUraian ? `${n.no} ${name}` : name;
    const uraian: CellSeed = {
      v: text,
      ...(strong ? { bold: true } : {}),
      ...(mode === "indentasi" && n.level > 0 ? { indent: n.level } : {}),
    };
    const amounts = typed.get(n) ?? n;
    return [no, uraian, money(amounts.pagu, strong), money(amounts.realisasi, strong)];
  });
  const total = roots.reduce((s, r) => [s[0] + r.pagu, s[1] + r.realisasi], [0, 0]);
  const layout: LayoutWorkbook = {
    name: `fuzz ${seed}`,
    sheets: [
      {
        name: "Anggaran",
        rows: [
          ["Tabel 3.9 Realisasi Anggaran Tahun 2024"],
          ["No", "Uraian", "Pagu (Rp)", "Realisasi (Rp)"],
          ["(1)", "(2)", "(3)", "(4)"],
          ...body,
          [null, { v: "JUMLAH", bold: true }, money(total[0], true), money(total[1], true)],
        ],
      },
    ],
  };
  return { layout, rows, parentRow, planted };
}

/** Depth and parent row the reader gave each data row. */
function readTree(model: Model): Map<number, [number, number | null]> {
  const out = new Map<number, [number, number | null]>();
  const depth = (i: number): number => {
    const p = model.anggaran[i].parent;
    return p === undefined ? 0 : depth(p) + 1;
  };
  model.anggaran.forEach((a, i) => {
    if (a.rowKind === "data")
      out.set(a.row, [depth(i), a.parent === undefined ? null : model.anggaran[a.parent].row]);
  });
  return out;
}

const MODES: Mode[] = ["kode", "penomoran", "tebal", "indentasi"];
// Every mode × 2–4 levels × with/without errors, five seeds each.
const CASES = Array.from({ length: 120 }, (_, i) => ({
  seed: 1000 + i,
  mode: MODES[i % 4],
  levels: 2 + (Math.floor(i / 4) % 3),
  errors: Math.floor(i / 12) % 2 === 1,
}));

describe("random hierarchies: the reader recovers every level and parent, the check finds exactly the planted roll-up errors", () => {
  it.each(CASES)("seed $seed: $mode, $levels levels, errors $errors", ({ seed, mode, levels, errors }) => {
    const c = build(seed, mode, levels, errors);
    const model = readModel(toGrids(c.layout), {});
    const want = new Map(
      c.rows.map((n) => [n.row, [n.level, c.parentRow.get(n) ?? null] as [number, number | null]]),
    );
    expect(readTree(model)).toEqual(want);
    const found = runChecks(model, {})
      .filter((f) => f.severity === "error")
      .map((f) => `${f.rule} ${f.cell}`)
      .sort();
    expect(found).toEqual([...c.planted].sort());
    if (!errors) expect(found).toEqual([]);
  });
});
