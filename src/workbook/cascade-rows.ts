/**
 * Indicator rows of a cascading performance table (docs/READING.md §4, cascading tables): every
 * indicator of every level becomes an Indikator with its level (tingkat), what it hangs under
 * (induk) and the evidence used (bukti), names merged over several indicator rows included.
 */
import type { Indikator, ModelCell, RowKind, TingkatIndikator } from "../engine/model/types";
import { a1 } from "./a1";
import { indicatorLevel, JENJANG, LEVEL_WORD, nameLevel } from "./cascade-fields";
import { levelsNamed } from "./cascade";
import {
  cellAt,
  columnEvidence,
  depth,
  mixedLevel,
  nameEvidence,
  own,
  parentOf,
  type LevelCol,
  type NameRef,
  type Scope,
} from "./cascade-place";
import type { MappedColumn } from "./columns";
import { key } from "./sheet";
import { appendText, hasNumbers, rowKindOf, type TableCtx } from "./table-cells";

/** The level columns of a cascading table, shallow to deep, and its mixed name column if any. */
/**
 * `servesSasaran`: with a Sasaran column but no sasaran indicator column, the shallowest level's
 * indicators are the ones counted for their sasaran (as a plain table counts them).
 */
export type Cascade = {
  indicators: LevelCol[];
  names: LevelCol[];
  mixed?: MappedColumn;
  servesSasaran?: TingkatIndikator;
};

function levelCols(ctx: TableCtx, levelOf: (f: string) => TingkatIndikator | undefined): LevelCol[] {
  const out: LevelCol[] = [];
  for (const col of ctx.map.columns) {
    const level = levelOf(col.field);
    if (level) out.push({ level, col });
  }
  return out.sort((a, b) => depth(a.level) - depth(b.level));
}

/**
 * The cascade of a table: its indicator columns of two or more levels, else undefined.
 * @example cascadeOf(ctx)?.indicators.map((i) => i.level) //=> ["sasaran", "program", "kegiatan"]
 */
export function cascadeOf(ctx: TableCtx): Cascade | undefined {
  const indicators = levelCols(ctx, indicatorLevel);
  const plain = ctx.map.byField.get("indikator");
  const levels = plain ? levelsNamed(plain.header).reverse() : [];
  if (plain && levels.length > 1 && indicators.length > 0)
    indicators.unshift({ level: levels[0], col: plain, levels });
  if (indicators.length < 2) return undefined;
  const out: Cascade = { indicators, names: levelCols(ctx, nameLevel) };
  const mixed = ctx.map.byField.get("uraian");
  if (mixed) out.mixed = mixed;
  const sasaranName = out.names.some((n) => n.level === "sasaran");
  if (sasaranName && !indicators.some((c) => c.level === "sasaran" || c.levels?.includes("sasaran")))
    out.servesSasaran = indicators[0].levels ? undefined : indicators[0].level;
  return out;
}

/** Reads a cascading table: one reader per table, keeping the open name and indicators of each level. */
class CascadeReader {
  readonly out: Indikator[] = [];
  private readonly scopes = new Map<TingkatIndikator, Scope>();
  private last: { ind: Indikator; level: TingkatIndikator } | undefined;
  private readonly lastIn = new Map<number, TingkatIndikator>(); // column → level of its last indicator

  constructor(
    private readonly ctx: TableCtx,
    private readonly cascade: Cascade,
    private readonly build: (row: number, kind: RowKind) => Indikator,
  ) {}

  row(row: number): void {
    const starts = this.cascade.indicators
      .filter((c) => own(this.ctx, row, c.col.col) !== "")
      .map((c) => (c.levels ? this.resolve(row, c) : c))
      .sort((a, b) => depth(a.level) - depth(b.level));
    const numbers = hasNumbers(this.ctx, row);
    if (!numbers && this.ctx.block.breaks.has(row) && this.continues(row, starts)) return;
    const summary = numbers ? this.summaryKind(row, starts) : "data";
    if (summary !== "data") return void this.out.push(this.build(row, summary)); // opens no name
    const name = this.openNames(row, starts);
    if (starts.length === 0) return this.withoutIndicator(row, numbers, name);
    if (starts.length > 1) this.sharedRow(row, starts);
    starts.forEach((c, i) => this.indicator(row, c, i === starts.length - 1));
  }

  /**
   * The level of a row in a column of several levels: its name's code or first word, else the level
   * of the indicator above it in that column, else the column's shallowest level.
   */
  private resolve(row: number, c: LevelCol): LevelCol {
    const mixed = this.cascade.mixed;
    const text = mixed ? own(this.ctx, row, mixed.col) : "";
    const found = text !== "" ? mixedLevel(this.ctx, row, text, []) : undefined;
    if (found && c.levels!.includes(found.level)) return { ...c, level: found.level, how: found.how };
    const above = this.lastIn.get(c.col.col);
    if (above)
      return { ...c, level: above, how: "tingkatnya sama dengan indikator di atasnya pada kolom ini" };
    return { ...c, level: c.levels![0], how: `tingkat teratas kolom ini` };
  }

  /** A page break split the row above: its indicator text goes on here (004 Tabel 3.2's habit). */
  private continues(row: number, starts: LevelCol[]): boolean {
    if (!this.last || starts.length !== 1 || starts[0].level !== this.last.level) return false;
    const names = this.cascade.names.map((n) => n.col).concat(this.cascade.mixed ?? []);
    if (names.some((n) => own(this.ctx, row, n.col) !== "")) return false;
    if (this.last.ind.indikator)
      appendText(this.last.ind.indikator, cellAt(this.ctx, row, starts[0].col.col));
    return true;
  }

  private open(name: NameRef): void {
    this.scopes.set(name.level, { name, indicators: [] });
    for (const l of JENJANG) if (depth(l) > depth(name.level)) this.scopes.delete(l);
  }

  /** Opens the names that start on a row; returns the deepest, or a name of no known level ("URUSAN …"). */
  private openNames(row: number, starts: LevelCol[]): NameRef | ModelCell | undefined {
    let deepest: NameRef | ModelCell | undefined;
    for (const n of this.cascade.names) {
      if (own(this.ctx, row, n.col.col) === "") continue;
      deepest = { level: n.level, cell: cellAt(this.ctx, row, n.col.col), row, col: n.col.col };
      this.open(deepest);
    }
    const mixed = this.cascade.mixed;
    const text = mixed ? own(this.ctx, row, mixed.col) : "";
    if (!mixed || text === "") return deepest;
    const cell = cellAt(this.ctx, row, mixed.col);
    const found = mixedLevel(this.ctx, row, text, starts);
    if (!found) return cell;
    const ref = { level: found.level, cell, row, col: mixed.col, how: found.how };
    this.open(ref);
    return ref;
  }

  /**
   * "Jumlah" / "Rata-rata Capaian" rows: labelled in a name column (rowKindOf), or alone in an
   * indicator column ("Rata-rata capaian sasaran"); "Jumlah koperasi yang diperiksa" is an indicator.
   */
  private summaryKind(row: number, starts: LevelCol[]): RowKind {
    if (starts.length === 0) return rowKindOf(this.ctx, row, true);
    const text = starts.length === 1 ? own(this.ctx, row, starts[0].col.col) : "";
    if (/^(rata[\s-]*rata|rerata)\b/i.test(text)) return "average";
    return /^(jumlah|total|sub ?total|grand total)( capaian| keseluruhan)?$/i.test(text) ? "total" : "data";
  }

  private withoutIndicator(row: number, numbers: boolean, name: NameRef | ModelCell | undefined): void {
    if (!numbers) return; // a name or heading line: its name is open for the rows below
    if (name) return this.nameRow(row, name);
    const covered = this.cascade.indicators.find((c) =>
      this.ctx.block.view.mergeTop.has(key(row, c.col.col)),
    );
    this.ctx.diagnostics.push({
      severity: "warning",
      sheet: this.ctx.sheet,
      cell: a1(row, (covered ?? this.cascade.indicators[0]).col.col),
      message: covered
        ? `Baris ${row} berisi angka di bawah sel gabungan indikator ${LEVEL_WORD[covered.level]}; baris dilewati.`
        : `Baris ${row} berisi angka tetapi tanpa nama indikator di kolom indikator mana pun; baris dilewati.`,
    });
  }

  /** A name with numbers and no indicator (a programme's pagu in a Renja form): kept as the name's row. */
  private nameRow(row: number, name: NameRef | ModelCell): void {
    const ind = this.build(row, "data");
    if (!("level" in name)) {
      ind.uraian = name;
      ind.bukti = [`baris nama tanpa indikator di ${name.origin.cell}; tingkatnya tidak dikenali`];
      return void this.out.push(ind);
    }
    if (name.level === "sasaran") ind.sasaran = name.cell;
    else if (name.level === "tujuan") ind.tujuan = name.cell;
    else ind.uraian = name.cell;
    ind.tingkat = name.level;
    const bukti = [
      nameEvidence(this.ctx, name, row),
      `baris nama tanpa indikator: angkanya milik ${LEVEL_WORD[name.level]} ini`,
    ];
    const parent = parentOf(this.scopes, name.level);
    if (parent) [ind.induk] = parent;
    if (parent) bukti.push(parent[1]);
    ind.bukti = bukti;
    this.out.push(ind);
  }

  private sharedRow(row: number, starts: LevelCol[]): void {
    const deepest = starts[starts.length - 1];
    this.ctx.diagnostics.push({
      severity: "info",
      sheet: this.ctx.sheet,
      cell: a1(row, deepest.col.col),
      message: `Baris ${row} memuat indikator ${starts.map((s) => LEVEL_WORD[s.level]).join(" dan ")}; angka baris ini dibaca untuk indikator ${LEVEL_WORD[deepest.level]}.`,
    });
  }

  private indicator(row: number, c: LevelCol, measured: boolean): void {
    const ind: Indikator = measured ? this.build(row, "data") : { table: this.ctx.id, row, rowKind: "data" };
    ind.indikator = cellAt(this.ctx, row, c.col.col);
    ind.tingkat = c.level;
    const bukti = [columnEvidence(c)];
    const name = this.scopes.get(c.level)?.name;
    if (name) {
      if (c.level === "sasaran") ind.sasaran = name.cell;
      else if (c.level === "tujuan") ind.tujuan = name.cell;
      else ind.uraian = name.cell;
      bukti.push(nameEvidence(this.ctx, name, row));
    }
    const sasaran = this.scopes.get("sasaran")?.name;
    if (c.level === this.cascade.servesSasaran && sasaran) {
      ind.sasaran = sasaran.cell;
      bukti.push(
        `dihitung untuk sasaran di ${sasaran.cell.origin.cell} (tabel tanpa kolom indikator sasaran)`,
      );
    }
    const parent = parentOf(this.scopes, c.level);
    if (parent) [ind.induk] = parent;
    if (parent) bukti.push(parent[1]);
    ind.bukti = bukti;
    this.out.push(ind);
    const scope = this.scopes.get(c.level) ?? { indicators: [] };
    this.scopes.set(c.level, scope);
    scope.indicators.push({ level: c.level, row, cell: ind.indikator.origin.cell, text: ind.indikator.text });
    // A new indicator of a shallower level closes the deeper levels' indicator lists.
    for (const [l, s] of this.scopes) if (depth(l) > depth(c.level)) s.indicators = [];
    this.last = { ind, level: c.level };
    this.lastIn.set(c.col.col, c.level);
  }
}

/**
 * Reads every indicator row of a cascading table, none dropped: each level's indicator with its
 * level, parent (the level above's indicator or name row) and the evidence.
 * @example readCascade(ctx, cascadeOf(ctx)!, build).map((i) => i.tingkat) //=> ["sasaran", "program", "kegiatan", …]
 */
export function readCascade(
  ctx: TableCtx,
  cascade: Cascade,
  build: (row: number, kind: RowKind) => Indikator,
): Indikator[] {
  const reader = new CascadeReader(ctx, cascade, build);
  for (const row of ctx.block.body) reader.row(row);
  return reader.out;
}
