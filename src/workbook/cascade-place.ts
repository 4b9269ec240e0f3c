/**
 * Placing one indicator of a cascading table (docs/READING.md §4, cascading tables): the level of a
 * name in a "Program/Kegiatan" column, the parent of an indicator, and the words that say why.
 */
import { isNoValueText } from "../engine/numbers";
import type { IndukIndikator, ModelCell, TingkatIndikator } from "../engine/model/types";
import { a1, colLetter, rangeA1 } from "./a1";
import { readCell } from "./cells";
import { JENJANG, LEVEL_WORD } from "./cascade-fields";
import { levelsNamed } from "./cascade";
import type { MappedColumn } from "./columns";
import { key } from "./sheet";
import { fieldCell, type TableCtx } from "./table-cells";

/** A level's column; a column of several levels ("Indikator Program/Kegiatan") lists them and is read per row. */
export type LevelCol = {
  level: TingkatIndikator;
  col: MappedColumn;
  levels?: TingkatIndikator[];
  how?: string;
};

export type NameRef = { level: TingkatIndikator; cell: ModelCell; row: number; col: number; how?: string };
export type IndRef = { level: TingkatIndikator; row: number; cell: string; text: string };
export type Scope = { name?: NameRef; indicators: IndRef[] };

const TEXT_MODE = { numeric: false, english: false, lenient: false };
export const depth = (l: TingkatIndikator): number => JENJANG.indexOf(l);

/** The text a cell itself holds ("" for a "-" or a cell a merge covers). */
export function own(ctx: TableCtx, row: number, col: number): string {
  const t = ctx.block.view.text(row, col);
  return isNoValueText(t) ? "" : t;
}

/** A name or indicator cell, read as text with its origin. */
export function cellAt(ctx: TableCtx, row: number, col: number): ModelCell {
  return readCell(ctx.block.view.cell(row, col), ctx.sheet, a1(row, col), TEXT_MODE);
}

/** "sel gabungan D8:D11" when a merge from (row, col) reaches `at`. */
export function mergedTo(ctx: TableCtx, row: number, col: number, at: number): string | undefined {
  const box = ctx.block.view.mergeAt.get(key(row, col));
  return box && box.r2 >= at && box.r2 > box.r1 ? rangeA1(box) : undefined;
}

// Permendagri 90/2019 nomenclature: X.XX.XX program, X.XX.XX.X.XX kegiatan, X.XX.XX.X.XX.XXXX sub kegiatan.
const CODE_LEVEL: Record<number, TingkatIndikator> = { 3: "program", 5: "kegiatan", 6: "sub_kegiatan" };

/** The level of a name in a "Program/Kegiatan" column: its row's indicator column, its code, its first word. */
export function mixedLevel(
  ctx: TableCtx,
  row: number,
  text: string,
  starts: LevelCol[],
): { level: TingkatIndikator; how: string } | undefined {
  if (starts.length > 0)
    return {
      level: starts[0].level,
      how: `tingkatnya dari kolom indikator ${LEVEL_WORD[starts[0].level]} di barisnya`,
    };
  const code = fieldCell(ctx, "kode", row)?.text ?? "";
  const byCode = /^\d+(\.\d+)*$/.test(code) ? CODE_LEVEL[code.split(".").length] : undefined;
  if (byCode) return { level: byCode, how: `tingkatnya dari kode ${code}` };
  const words = text.toLowerCase().replace(/^[\d.\s]+/, "");
  const byWord = /^sub ?kegiatan\b/.test(words)
    ? "sub_kegiatan"
    : /^kegiatan\b/.test(words)
      ? "kegiatan"
      : /^program\b/.test(words)
        ? "program"
        : undefined;
  return byWord ? { level: byWord, how: `tingkatnya dari kata "${text.split(/\s+/)[0]}"` } : undefined;
}

/** Why an indicator column holds its level: its header, or the name column beside it. */
export function columnEvidence(c: LevelCol): string {
  const word = LEVEL_WORD[c.level];
  const letter = colLetter(c.col.col);
  if (c.levels)
    return `kolom indikator ${c.levels.map((l) => LEVEL_WORD[l]).join("/")} (${letter}); ${c.how}`;
  return levelsNamed(c.col.header).length > 0
    ? `kolom indikator ${word} (${letter})`
    : `kolom indikator di samping kolom ${word} (${letter})`;
}

export function nameEvidence(ctx: TableCtx, n: NameRef, row: number): string {
  const merged = mergedTo(ctx, n.row, n.col, row);
  const where = merged ? ` (sel gabungan ${merged})` : n.row === row ? "" : " (dibawa dari baris di atasnya)";
  return `nama ${LEVEL_WORD[n.level]} di ${n.cell.origin.cell}${where}${n.how ? `; ${n.how}` : ""}`;
}

/** The parent of an indicator: the level above's only indicator, else its name, else its nearest indicator. */
export function parentOf(
  scopes: Map<TingkatIndikator, Scope>,
  level: TingkatIndikator,
): [IndukIndikator, string] | undefined {
  for (let k = depth(level) - 1; k >= 0; k--) {
    const s = scopes.get(JENJANG[k]);
    if (!s) continue;
    const word = LEVEL_WORD[JENJANG[k]];
    const ind = (i: IndRef): IndukIndikator => ({
      tingkat: i.level,
      jenis: "indikator",
      row: i.row,
      cell: i.cell,
      text: i.text,
    });
    if (s.indicators.length === 1)
      return [
        ind(s.indicators[0]),
        `induk: indikator ${word} di ${s.indicators[0].cell} (satu-satunya di atasnya)`,
      ];
    if (s.name) {
      const n = s.name;
      const why =
        s.indicators.length > 1
          ? `${word} ini punya ${s.indicators.length} indikator`
          : `${word} ini tanpa indikator`;
      return [
        { tingkat: n.level, jenis: "nama", row: n.row, cell: n.cell.origin.cell, text: n.cell.text },
        `induk: nama ${word} di ${n.cell.origin.cell} (${why}${n.how && s.indicators.length === 0 ? `; ${n.how}` : ""})`,
      ];
    }
    if (s.indicators.length > 1) {
      const last = s.indicators[s.indicators.length - 1];
      return [ind(last), `induk: indikator ${word} terdekat di atasnya (${last.cell})`];
    }
  }
  return undefined;
}
