/**
 * The formulas a column-number row states ("(7)=5/6*100", "10=(5+7+9)", "14=6 + 12") become
 * relations between the cells of every data row, for the check to verify (issue 9, WORKBOOK.md §1).
 */
import { isNoValueText } from "../engine/numbers";
import type { ModelCell, StatedRelation } from "../engine/model/types";
import { a1 } from "./a1";
import { readCell } from "./cells";
import type { ColumnMap } from "./columns";
import type { TableBlock } from "./find-tables";

type Parsed =
  | { n: number; kind: "sum"; terms: { k: number; sign: 1 | -1 }[] }
  | { n: number; kind: "ratio"; num: number; den: number };

/**
 * A column-number formula as a sum of columns or a ratio of two; null for anything else.
 * @example parseStated("14=6 + 12") //=> { n: 14, kind: "sum", terms: [{ k: 6, sign: 1 }, { k: 12, sign: 1 }] }
 */
export function parseStated(text: string): Parsed | null {
  const m = /^\(?(\d{1,2})\)?\s*=\s*(.+)$/.exec(text.trim());
  if (!m) return null;
  const rhs = m[2]
    .replace(/[()\s]/g, "")
    .replace(/[x×*]100%?$/i, "")
    .replace(/%$/, "");
  const ratio = /^(\d{1,2})\/(\d{1,2})$/.exec(rhs);
  if (ratio) return { n: Number(m[1]), kind: "ratio", num: Number(ratio[1]), den: Number(ratio[2]) };
  if (!/^\d{1,2}([+-]\d{1,2})+$/.test(rhs)) return null;
  const terms = [...rhs.matchAll(/([+-]?)(\d{1,2})/g)].map((t) => ({
    k: Number(t[2]),
    sign: (t[1] === "-" ? -1 : 1) as 1 | -1,
  }));
  return { n: Number(m[1]), kind: "sum", terms };
}

// Fields whose stated value the engine already checks against its own formula: no second finding.
const CHECKED = new Set(["capaianStated", "serapanStated", "kemajuanStated", "sisaStated", "selisihStated"]);

/** Column number → sheet columns carrying it (a number merged over a K | Rp pair names both). */
function columnsByNumber(numbers: Map<number, string>): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const [col, text] of numbers) {
    const n = /^\(?(\d{1,2})\)?/.exec(text.trim());
    if (!n) continue;
    out.set(Number(n[1]), [...(out.get(Number(n[1])) ?? []), col]);
  }
  return out;
}

/** "-" typed where a sum belongs: the row states no value, which the relation compares as 0. */
function isDash(raw: unknown): boolean {
  return typeof raw === "string" && raw.trim() !== "" && isNoValueText(raw);
}

// The factor UNIT_MISMATCH takes for one value on the 0–100 scale and the other on 0–1 (docs/DOMAIN.md).
const SLIP = 20;

/** The row's target and realisasi are on different scales (one above 1, the other at most 1, 20× apart). */
function scaleSlip(cellAt: (col: number) => ModelCell, map: ColumnMap): boolean {
  const num = (field: string) => {
    const c = map.byField.get(field);
    return c === undefined ? null : cellAt(c.col).num;
  };
  const t = num("target");
  const r = num("realisasi");
  if (t === null || r === null || t <= 0 || r <= 0) return false;
  return (t > 1 && r <= 1 && t / r >= SLIP) || (r > 1 && t <= 1 && r / t >= SLIP);
}

/**
 * Every stated relation of a table, one per data row and computed column.
 * @example tableRelations(block, map, "T!A4:P80").length //=> 45
 */
export function tableRelations(block: TableBlock, map: ColumnMap, table: string): StatedRelation[] {
  if (!block.numbers) return [];
  const byNumber = columnsByNumber(block.numbers);
  const unitOf = (col: number) => block.header.labels.find((l) => l.col === col)?.unit?.toLowerCase();
  const fieldAt = (col: number) => map.columns.find((c) => c.col === col)?.field;
  const out: StatedRelation[] = [];
  const seen = new Set<number>();
  for (const [col, text] of block.numbers) {
    const parsed = parseStated(text);
    if (!parsed || seen.has(col)) continue;
    seen.add(col);
    const field = fieldAt(col);
    // A capaian/serapan column has its own rule; its printed formula is kept only as the table's word
    // on how it computes (which way is better), not checked twice.
    const byRule = field !== undefined && CHECKED.has(field);
    // The term in the column with this column's unit (K with K, Rp with Rp).
    const pick = (k: number): number | undefined => {
      const cols = byNumber.get(k) ?? [];
      return cols.find((c) => unitOf(c) === unitOf(col)) ?? cols[0];
    };
    const refs = parsed.kind === "sum" ? parsed.terms.map((t) => ({ ...t, col: pick(t.k) })) : [];
    const ratio = parsed.kind === "ratio" ? [pick(parsed.num), pick(parsed.den)] : [];
    if (refs.some((r) => r.col === undefined) || ratio.some((c) => c === undefined)) continue;
    for (const row of block.body) {
      const cellAt = (c: number): ModelCell =>
        readCell(block.view.cell(row, c), block.view.name, a1(row, c), {
          numeric: true,
          english: false,
          lenient: true,
        });
      const target = cellAt(col);
      if (target.num === null && !isDash(target.raw)) continue;
      // Target 90 against realisasi 0,95 (002 Tabel 2.1 programme 5): the K side has no one scale to add on.
      if (parsed.kind === "sum" && unitOf(col) !== "rp" && scaleSlip(cellAt, map)) continue;
      const terms =
        parsed.kind === "sum"
          ? refs.map((r) => ({ cell: cellAt(r.col!), sign: r.sign, label: `(${r.k})` }))
          : [
              { cell: cellAt(ratio[0]!), sign: 1 as const, label: `(${parsed.num})` },
              { cell: cellAt(ratio[1]!), sign: 1 as const, label: `(${parsed.den})` },
            ];
      out.push({ table, row, text, target, kind: parsed.kind, terms, ...(byRule ? { byRule } : {}) });
    }
  }
  return out;
}
