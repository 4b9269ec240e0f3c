import { pertumbuhan, selisih } from "../../engine/compare";
import type { YearEval } from "../../engine/evaluate";
import type { ModelCell } from "../../engine/model/types";
import { problem, type Result } from "../../engine/result";
import type { Evaluated, ReportContext } from "../context";
import { resultCell, textOf } from "../layout/cells";
import { angkaFormat } from "../layout/styles";
import type { Column, ReportCell, SheetPlan, TablePart } from "../layout/types";
import { sheetHead } from "./common";

/**
 * Perbandingan Tahun (004 Tabel 3.3, 000 Tabel III.4): target, realisasi and capaian of the PK's indicators in the
 * years n−2, n−1 and n (the reporting year included), then the change of capaian in percent points (selisih) and the
 * relative growth of realisasi (pertumbuhan), each labelled as what it is (000:L40 calls a ratio an "increase";
 * docs/DOMAIN.md §7). Indicators kept only for comparison (the previous Renstra's, without data this year) follow in a
 * table of their own with their last three years.
 */
export function perbandinganTahun(ctx: ReportContext): SheetPlan {
  const parts: TablePart[] = [];
  const tahun = ctx.tahun;
  const pk = ctx.kinerja.filter((e) => e.eval.years.some((y) => y.tahun !== tahun && hasData(y)));
  if (tahun !== undefined && pk.length > 0)
    parts.push({
      ...table(pk, [tahun - 2, tahun - 1, tahun]),
      caption: "A. Indikator Perjanjian Kinerja",
    });
  const inPk = new Set(ctx.kinerja);
  const earlier = ctx.indikator.filter(
    (e) => !inPk.has(e) && e.eval.years.some((y) => y.tahun !== tahun && hasData(y)),
  );
  const years = yearsShown(earlier, tahun);
  if (earlier.length > 0 && years.length >= 2)
    parts.push({
      ...table(earlier, years),
      caption: `${parts.length ? "B. " : ""}Indikator tanpa data tahun ${tahun ?? "ini"} (Renstra sebelumnya)`,
    });
  if (parts.length > 0) parts[parts.length - 1].sumber = ctx.instansi || "Data instansi";
  const width = Math.max(0, ...parts.map((p) => p.columns.length));
  return {
    ...sheetHead(ctx, "perbandingan-tahun", "Tabel 3.3 Perbandingan Capaian Kinerja dengan Tahun Sebelumnya"),
    widths: [6, 40, 10, ...Array.from({ length: Math.max(0, width - 5) }, () => 10), 12, 13].slice(
      0,
      Math.max(width, 3),
    ),
    parts,
    emptyMessage: "Tidak ada data tahun sebelumnya (target/realisasi tahun n−1 atau n−2) di buku kerja.",
  };
}

function table(list: Evaluated[], years: number[]): TablePart {
  const columns: Column[] = [
    { header: "No.", kind: "no" },
    { header: "Indikator Kinerja", kind: "longtext" },
    { header: "Satuan", kind: "text" },
  ];
  for (const y of years) {
    const group = `Tahun ${y}`;
    columns.push(
      { header: "Target", group, kind: "angka" },
      { header: "Realisasi", group, kind: "angka" },
      { header: "Capaian (%)", group, kind: "persen" },
    );
  }
  const base = 3 + 3 * (years.length - 2); // columns before the last two years
  const n = columns.length + 1;
  columns.push(
    { header: "Selisih Capaian (poin)", kind: "persen", formula: `(${n}) = (${base + 6}) − (${base + 3})` },
    {
      header: "Pertumbuhan Realisasi (%)",
      kind: "persen",
      formula: `(${n + 1}) = ((${base + 5}) − (${base + 2}))/(${base + 2})×100`,
    },
  );
  return { columns, rows: list.map((e, i) => row(e, i, years)) };
}

/** Up to three years that hold data, latest last; later years than the reporting year (Renstra targets) are left out. */
function yearsShown(list: Evaluated[], tahun: number | undefined): number[] {
  const all = new Set<number>();
  for (const e of list)
    for (const y of e.eval.years)
      if (hasData(y) && (tahun === undefined || y.tahun <= tahun)) all.add(y.tahun);
  return [...all].sort((a, b) => a - b).slice(-3);
}

function hasData(y: YearEval): boolean {
  return y.target !== undefined || y.realisasi !== undefined;
}

function row(e: Evaluated, i: number, years: number[]): { cells: ReportCell[] } {
  const byYear = new Map(e.eval.years.map((y) => [y.tahun, y]));
  const cells: ReportCell[] = [String(i + 1), textOf(e.row.indikator), textOf(e.row.satuan)];
  const current = e.eval.years[e.eval.years.length - 1]?.tahun;
  for (const y of years) {
    const v = byYear.get(y);
    if (!v) {
      cells.push(null, null, resultCell(problem("#N/A", `Tidak ada data tahun ${y}`)));
      continue;
    }
    // The reporting year's cells are the row's own target/realisasi; earlier years sit in row.years.
    const typed =
      e.row.years?.[y] ?? (y === current ? { target: e.row.target, realisasi: e.row.realisasi } : {});
    cells.push(value(v.target, typed.target), value(v.realisasi, typed.realisasi), resultCell(v.capaian));
  }
  const [prev, last] = [byYear.get(years[years.length - 2]), byYear.get(years[years.length - 1])];
  cells.push(resultCell(change(prev, last)), resultCell(growth(prev, last)));
  return { cells };
}

function value(n: number | undefined, cell: ModelCell | undefined): ReportCell {
  if (n === undefined) return textOf(cell);
  return { value: n, format: angkaFormat(cell?.decimals) };
}

function change(prev: YearEval | undefined, last: YearEval | undefined): Result<number> {
  if (!prev?.capaian.ok) return prev ? prev.capaian : problem("#N/A", "Tidak ada data tahun sebelumnya");
  if (!last?.capaian.ok) return last ? last.capaian : problem("#N/A", "Tidak ada data tahun ini");
  return { ok: true, value: selisih(prev.capaian.value, last.capaian.value) };
}

function growth(prev: YearEval | undefined, last: YearEval | undefined): Result<number> {
  if (prev?.realisasi === undefined || last?.realisasi === undefined)
    return problem("#N/A", "Realisasi salah satu tahun kosong");
  return pertumbuhan(prev.realisasi, last.realisasi);
}
