/** readModel: every sheet's grid → the domain model (docs/REPORT.md §1), with diagnostics, never throwing. */
import { isNoValueText } from "../engine/numbers";
import type { Diagnostic, Model, Profil, TableColumn, TableInfo } from "../engine/model/types";
import { a1, colLetter, rangeA1 } from "./a1";
import { classifyTable } from "./classify";
import { resolveColumns, type ColumnMap, type MappedColumn } from "./columns";
import { findTables, type TableBlock } from "./find-tables";
import { readAnggaran } from "./anggaran-rows";
import { readBudgetSide } from "./budget-side";
import { budgetBesideKinerja } from "./plan-budget";
import { readKinerja } from "./kinerja-rows";
import { isIndicatorField } from "./cascade-fields";
import { yearInTitle, rowTexts } from "./lines";
import { readProfil } from "./profil";
import { readSkala } from "./skala";
import { tableCtx } from "./table-cells";
import { viewSheet, type SheetView } from "./sheet";
import type { SheetGrid } from "./port";
import type { Peta } from "./peta";
import { tableRelations } from "./relations";
import { overlapsPlaced, placeTables, type PlacedTable } from "./apply-peta";
import { tableYear } from "./table-year";

/** `peta`: the user's explicit table mappings (src/workbook/peta.ts), stored in the settings sheet or given with --peta. */
export type ReadOptions = { tahun?: number; peta?: Peta };

/** The most frequent "Tahun yyyy" of the table titles (ties: the latest), else of any lone text line. */
function titleYear(blocks: TableBlock[], views: SheetView[]): number | undefined {
  const count = new Map<number, number>();
  for (const b of blocks) {
    const y = b.title ? yearInTitle(b.title.text) : undefined;
    if (y !== undefined) count.set(y, (count.get(y) ?? 0) + 1);
  }
  // Else the lone lines above each sheet's first table (a title block), never text inside a table.
  if (count.size === 0)
    for (const v of views) {
      const first = blocks.filter((b) => b.view === v).reduce((m, b) => Math.min(m, b.header.top), Infinity);
      for (let r = v.firstRow; r <= Math.min(v.lastRow, v.firstRow + 50, first - 1); r++) {
        const t = rowTexts(v, r, v.firstCol, v.lastCol);
        const y = t.length === 1 ? yearInTitle(t[0].text) : undefined;
        if (y !== undefined) count.set(y, (count.get(y) ?? 0) + 1);
      }
    }
  let best: number | undefined;
  for (const [y, n] of count)
    if (best === undefined || n > count.get(best)! || (n === count.get(best)! && y > best)) best = y;
  return best;
}

function tableInfo(block: TableBlock, map: ColumnMap, kind: TableInfo["kind"], rows: number): TableInfo {
  const h = block.header;
  const range = rangeA1({ r1: h.top, c1: h.c1, r2: Math.max(block.lastRow, h.bottom), c2: h.c2 });
  const fields: Record<string, string> = {};
  for (const c of map.columns) fields[c.field] = colLetter(c.col);
  const info: TableInfo = {
    id: `${block.view.name}!${range}`,
    sheet: block.view.name,
    range,
    kind,
    rows,
    fields,
  };
  if (block.title) info.title = block.title.text;
  if (block.sumber) info.sumber = block.sumber;
  info.headerRows = [h.top, h.bottom];
  info.columns = tableColumns(map);
  return info;
}

function letters(col: number, span?: number): string {
  return span && span > col ? `${colLetter(col)}:${colLetter(span)}` : colLetter(col);
}

/** Every header column in sheet order, read or ignored, for `sakip baca` and the task pane. */
function tableColumns(map: ColumnMap): TableColumn[] {
  const out: (TableColumn & { at: number })[] = [];
  for (const c of map.columns)
    out.push({ at: c.col, column: letters(c.col, c.span), field: c.field, header: c.header, cell: c.cell });
  for (const d of map.duplicates)
    out.push({
      at: d.col,
      column: letters(d.col, d.span),
      field: null,
      header: d.header,
      cell: d.cell,
      note: `sama dengan kolom ${map.byField.get(d.field) ? colLetter(map.byField.get(d.field)!.col) : "lain"} (${d.field})`,
    });
  for (const u of map.unmapped)
    out.push({
      at: u.col,
      column: letters(u.col, u.span),
      field: null,
      header: (u.path ?? [u.group, u.sub]).filter((t) => t !== "").join(" › "),
      cell: u.cell,
      note: "judul tidak dikenali",
    });
  out.sort((a, b) => a.at - b.at);
  return out.map((c) => {
    const column: TableColumn = { column: c.column, field: c.field, header: c.header, cell: c.cell };
    if (c.note) column.note = c.note;
    return column;
  });
}

function columnDiagnostics(
  block: TableBlock,
  map: ColumnMap,
  kind: TableInfo["kind"],
  out: Diagnostic[],
): void {
  const sheet = block.view.name;
  for (const d of map.duplicates)
    out.push({
      severity: "info",
      sheet,
      cell: d.cell,
      message: `Kolom "${d.header}" dibaca sebagai ${d.field}, tetapi kolom ${map.byField.get(d.field)?.cell ?? "lain"} sudah dipakai untuk itu; kolom ini diabaikan.`,
    });
  for (const u of map.unmapped)
    if (kind !== "unknown")
      out.push({
        severity: "info",
        sheet,
        cell: u.cell,
        message: `Judul kolom "${u.group ? `${u.group} › ` : ""}${u.sub}" tidak dikenali; kolom diabaikan.`,
      });
  if (block.notesBeside.length > 0)
    out.push({
      severity: "info",
      sheet,
      cell: a1(block.notesBeside[0].row, block.notesBeside[0].col),
      message: `Ada catatan di luar kolom tabel (baris ${block.notesBeside[0].row}${block.notesBeside.length > 1 ? ` dan ${block.notesBeside.length - 1} baris lain` : ""}); tidak dibaca.`,
    });
}

/**
 * A name header merged over two columns whose rows write the name in one and "-" in the other
 * (Renja form J-1: "Indikator Kinerja Program/Kegiatan" over H:I) is that one column.
 */
function settleSpans(block: TableBlock, map: ColumnMap): void {
  for (const c of map.columns) {
    if (c.span === undefined || c.field === "kode" || c.field === "kodeSasaran") continue;
    const counts: number[] = [];
    for (let col = c.col; col <= c.span; col++)
      counts.push(block.body.filter((r) => !isNoValueText(block.view.text(r, col))).length);
    const used = counts.filter((n) => n > 0).length;
    if (used !== 1) continue;
    c.col += counts.findIndex((n) => n > 0);
    delete c.span;
  }
}

/**
 * A performance table that names its rows by program/kegiatan/output ("RO - KEGIATAN" with TVRO and
 * RVRO) and has no indicator column: those names are what is measured, so they are its indicators.
 */
function namesAreIndicators(map: ColumnMap): void {
  const uraian = map.byField.get("uraian");
  if (!uraian || map.columns.some((c) => isIndicatorField(c.field)) || map.byField.has("sasaran")) return;
  const fields = map.columns.map((c) => c.field);
  if (fields.some((f) => ["pagu", "paguSebelum", "realisasiAnggaran"].includes(f))) return;
  if (!fields.some((f) => /^(target|realisasi)$/.test(f))) return;
  uraian.field = "indikator";
  map.byField.delete("uraian");
  map.byField.set("indikator", uraian);
}

/**
 * A name header merged over a code column and a name column ("RO - KEGIATAN" over "2896.BMA.004" |
 * "PUBLIKASI/LAPORAN …"): the first column is the code, the last the name.
 */
function splitCodeFromName(block: TableBlock, map: ColumnMap): void {
  for (const c of [...map.columns]) {
    if (c.span === undefined || !["uraian", "indikator", "sasaran"].includes(c.field)) continue;
    const texts = (col: number) => block.body.map((r) => block.view.text(r, col)).filter((t) => t !== "");
    const first = texts(c.col);
    const last = texts(c.span);
    const codeLike =
      first.length > 0 && first.every((t) => /^[0-9A-Z][0-9A-Z.\-/]*$/.test(t) && /\d/.test(t));
    if (!codeLike || last.length === 0 || map.byField.has("kode")) continue;
    const kode: MappedColumn = { ...c, field: "kode", span: undefined };
    delete kode.span;
    map.columns.push(kode);
    map.byField.set("kode", kode);
    c.col = c.span;
    delete c.span;
  }
}

const CODE_LIKE = /^[0-9][0-9.\-/]*[0-9A-Z]?$/i;

/**
 * A name column whose rows hold only codes ("521211" under "Akun" in a DIPA upload) is the table's
 * code column, in place of a code column left empty ("Kode Unit").
 */
function codesNotNames(block: TableBlock, map: ColumnMap): void {
  const filled = (col: number) => block.body.map((r) => block.view.text(r, col)).filter((t) => t !== "");
  const uraian = map.byField.get("uraian");
  if (!uraian || uraian.span !== undefined) return;
  const texts = filled(uraian.col);
  if (texts.length === 0 || !texts.every((t) => CODE_LIKE.test(t) && t.length <= 30)) return;
  const kode = map.byField.get("kode");
  if (kode && filled(kode.col).length > 0) return;
  if (kode) {
    map.columns.splice(map.columns.indexOf(kode), 1);
    map.duplicates.push(kode);
  }
  map.byField.delete("uraian");
  uraian.field = "kode";
  map.byField.set("kode", uraian);
}

/**
 * An account listing whose amount columns are titled only by entity and year (region › 2021): the
 * first amount column is read as the pagu and the user is told which, so a peta can choose another.
 */
function firstAmountIsPagu(block: TableBlock, map: ColumnMap, out: Diagnostic[]): void {
  const fields = map.columns.map((c) => c.field);
  // Only a budget listing (accounts by uraian), never a performance table with unnamed measures.
  if (!fields.includes("uraian") || fields.some((f) => isIndicatorField(f) || f === "sasaran")) return;
  if (fields.some((f) => /^(pagu|paguSebelum|realisasi|realisasiAnggaran|target)/.test(f))) return;
  const amounts = map.unmapped.filter((l) => {
    const cells = block.body
      .map((r) => block.view.cell(r, l.col))
      .filter((c) => c && c.v !== null && c.v !== "");
    return cells.length > 0 && cells.filter((c) => typeof c!.v === "number").length * 2 >= cells.length;
  });
  if (amounts.length === 0) return;
  const first = amounts[0];
  const path = (first.path ?? [first.group, first.sub]).filter((t) => t !== "").join(" › ");
  const mapped: MappedColumn = { field: "pagu", col: first.col, header: path, cell: first.cell };
  map.columns.push(mapped);
  map.byField.set("pagu", mapped);
  map.unmapped = map.unmapped.filter((l) => l !== first);
  out.push({
    severity: "warning",
    sheet: block.view.name,
    cell: first.cell,
    message: `Kolom angka ${colLetter(first.col)} ("${path}") dibaca sebagai pagu${amounts.length > 1 ? `; ${amounts.length - 1} kolom angka lain (daerah/tahun lain) tidak dibaca` : ""}. Bila kolom lain yang dimaksud, pilih dengan peta (sakip baca --json, lalu --peta).`,
  });
}

function readBlock(
  block: TableBlock,
  workbookYear: number | undefined,
  model: Model,
  placed?: PlacedTable,
): void {
  const tahun = tableYear(block, workbookYear, model.profil.tahun);
  const map = placed?.map ?? resolveColumns(block.header.labels, tahun, block.numbers);
  if (!placed) {
    splitCodeFromName(block, map);
    codesNotNames(block, map);
    settleSpans(block, map);
    namesAreIndicators(map);
    firstAmountIsPagu(block, map, model.diagnostics);
  }
  const fields = map.columns.map((c) => c.field);
  const kind = placed?.kind ?? classifyTable(fields);
  if (kind === "skala" && !map.byField.has("warna")) {
    // 000 Tabel III.1 prints the colour under a second "KRITERIA Kode" header.
    const second = map.duplicates.find((d) => d.field === "kriteriaStated");
    if (second) {
      const warna = { ...second, field: "warna" };
      map.columns.push(warna);
      map.byField.set("warna", warna);
      map.duplicates = map.duplicates.filter((d) => d !== second);
    }
  }
  const sheet = block.view.name;
  columnDiagnostics(block, map, kind, model.diagnostics);
  let rows = 0;
  const info = tableInfo(block, map, kind, 0);
  const ctx = tableCtx(block, map, info.id, model.diagnostics);
  if (kind === "kinerja" || kind === "kinerja+anggaran") {
    const budget = kind === "kinerja+anggaran" ? readBudgetSide(ctx, model.anggaran.length) : [];
    ctx.closing = new Set(budget.filter((r) => r.rowKind === "total").map((r) => r.row));
    const read = readKinerja(ctx);
    model.indikator.push(...read);
    model.anggaran.push(...budget);
    rows = read.length;
    // An evaluation's realised Rupiah (budget-side.ts) or else a plan's pagu beside its indicators (plan-budget.ts).
    if (budget.length === 0 && budgetBesideKinerja(map))
      model.anggaran.push(...readAnggaran(ctx, model.anggaran.length, "kinerja"));
  } else if (kind === "anggaran") {
    const read = readAnggaran(ctx, model.anggaran.length);
    model.anggaran.push(...read);
    rows = read.length;
  } else if (kind === "skala") {
    const read = readSkala(ctx);
    if (model.skala === undefined) model.skala = read;
    else
      model.diagnostics.push({
        severity: "warning",
        sheet,
        cell: a1(block.header.top, block.header.c1),
        message: "Ada lebih dari satu tabel skala; hanya yang pertama dipakai.",
      });
    rows = read.length;
  } else {
    model.diagnostics.push({
      severity: "warning",
      sheet,
      cell: a1(block.header.top, block.header.c1),
      message: `Tabel di ${info.range} tidak dapat digolongkan (kinerja atau anggaran): kolom indikator/uraian dengan target, realisasi atau pagu tidak ditemukan.`,
    });
  }
  info.rows = rows;
  info.source = placed ? "peta" : "inferred";
  if (tahun !== undefined && tahun !== workbookYear) info.tahun = tahun;
  if (kind !== "unknown" && kind !== "skala") {
    const relations = tableRelations(block, map, info.id);
    if (relations.length > 0) (model.relations ??= []).push(...relations);
  }
  model.tables.push(info);
}

function mergeProfil(into: Profil, from: Profil): void {
  const origin = { ...(into.origin ?? {}) };
  for (const [k, v] of Object.entries(from) as [keyof Profil, unknown][]) {
    if (k === "origin" || into[k] !== undefined) continue;
    (into as Record<string, unknown>)[k] = v;
    const o = from.origin?.[k as keyof typeof origin];
    if (o) origin[k as keyof typeof origin] = o;
  }
  into.origin = origin;
}

function readSheets(grids: SheetGrid[], options: ReadOptions | undefined, model: Model): void {
  // Report sheets are the add-in's output and the settings sheet holds JSON; template sheets hold what staff typed, so they are input.
  const visible = grids.filter(
    (g) => g && typeof g === "object" && g.tag?.role !== "report" && g.tag?.role !== "settings",
  );
  // A hidden sheet is the user's scratch work (lookups, old copies): read, it would add tables nobody sees.
  for (const g of visible)
    if (g.hidden && !g.tag)
      model.diagnostics.push({
        severity: "info",
        sheet: String(g.name ?? ""),
        cell: "A1",
        message: `Lembar "${g.name}" tersembunyi; tidak dibaca. Tampilkan lembar itu bila isinya perlu diperiksa.`,
      });
  const inputs = visible.filter((g) => !g.hidden || g.tag);
  for (const g of inputs)
    if (g.skipped && g.skipped.cells > 0)
      model.diagnostics.push({
        severity: "info",
        sheet: String(g.name ?? ""),
        cell: g.skipped.sample[0] ?? "A1",
        message: `${g.skipped.cells} sel jauh di luar tabel (${g.skipped.sample.join(", ")}${g.skipped.cells > g.skipped.sample.length ? ", …" : ""}) tidak dibaca.`,
      });
  // The template's own instruction sheet and a still-empty Profil are expected to hold no table.
  const quiet = new Set(inputs.filter((g) => g.tag?.role === "template").map((g) => g.name));
  const views = inputs.map(viewSheet);
  const placed = placeTables(options?.peta, views, model.diagnostics);
  const perSheet = views.map((v) => ({
    view: v,
    blocks: findTables(v).filter((b) => !overlapsPlaced(b, placed)),
  }));
  for (const { view, blocks: inferred } of perSheet) {
    const blocks = [...inferred, ...placed.filter((p) => p.block.view === view).map((p) => p.block)];
    const free = new Set<number>();
    for (let r = view.firstRow; r <= view.lastRow; r++)
      if (!blocks.some((b) => r >= b.header.top && r <= b.lastRow)) free.add(r);
    const p = readProfil(view, free);
    if (p) {
      mergeProfil(model.profil, p.profil);
      model.tables.push(p.table);
    } else if (blocks.length === 0 && view.lastRow >= view.firstRow && !quiet.has(view.name))
      model.diagnostics.push({
        severity: "info",
        sheet: view.name,
        cell: a1(view.firstRow, view.firstCol),
        message: `Lembar "${view.name}" tidak berisi tabel kinerja, anggaran, profil atau skala yang dikenali.`,
      });
  }
  const all = perSheet.flatMap((s) => s.blocks);
  const optYear = Number.isInteger(options?.tahun) ? options?.tahun : undefined;
  model.tahun = model.profil.tahun ?? titleYear(all, views) ?? optYear;
  if (model.tahun === undefined)
    model.diagnostics.push({
      severity: "warning",
      sheet: views[0]?.name ?? "",
      cell: "A1",
      message:
        "Tahun laporan tidak ditemukan (Profil, judul tabel, atau pengaturan); kolom bertahun dibaca sebagai tahun pembanding.",
    });
  const jobs: { block: TableBlock; placed?: PlacedTable }[] = [
    ...placed.map((p) => ({ block: p.block, placed: p })),
    ...all.map((block) => ({ block })),
  ];
  for (const { block: b, placed: p } of jobs) {
    try {
      readBlock(b, model.tahun, model, p);
    } catch (e) {
      model.diagnostics.push({
        severity: "error",
        sheet: b.view.name,
        cell: a1(b.header.top, b.header.c1),
        message: `Tabel ini tidak dapat dibaca karena kesalahan program: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  }
}

/**
 * Reads the domain model from every sheet's grid: tables found by header vocabulary, values with
 * their sheet and A1 origin, and Indonesian diagnostics for whatever could not be placed.
 * @example readModel(grids, { tahun: 2024 }).indikator[0].target?.num //=> 63
 */
export function readModel(grids: SheetGrid[], options?: ReadOptions): Model {
  const model: Model = { profil: {}, tables: [], indikator: [], anggaran: [], diagnostics: [] };
  try {
    readSheets(Array.isArray(grids) ? grids : [], options, model);
  } catch (e) {
    // Exceptions are bugs; the user still gets a model and a message instead of a crash.
    model.diagnostics.push({
      severity: "error",
      sheet: "",
      cell: "A1",
      message: `Buku kerja tidak dapat dibaca seluruhnya karena kesalahan program: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
  if (model.profil.origin && Object.keys(model.profil.origin).length === 0) delete model.profil.origin;
  return model;
}
