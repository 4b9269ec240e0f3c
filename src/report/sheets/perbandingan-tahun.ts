import { pertumbuhan, selisih } from "../../engine/compare";
import type { YearEval } from "../../engine/evaluate";
import type { ModelCell } from "../../engine/model/types";
import { problem, type Result } from "../../engine/result";
import type { Evaluated, ReportContext } from "../context";
import { resultCell, textOf } from "../layout/cells";
import { angkaFormat } from "../layout/styles";
import type { Column, ReportCell, SheetPlan } from "../layout/types";
import { sheetHead } from "./common";

/**
 * Perbandingan Tahun (004 Tabel 3.3, 000 Tabel III.4): target, realisasi and capaian of up to
 * three years (n−2, n−1, n), then the change of capaian in percent points (selisih) and the
 * relative growth of realisasi (pertumbuhan), each labelled as what it is (000:L40 calls a ratio
 * an "increase"; docs/DOMAIN.md §7).
 */
export function perbandinganTahun(ctx: ReportContext): SheetPlan {
  // Only indicators with an earlier year: a row of the reporting year alone has nothing to compare.
  const list = ctx.indikator.filter((e) => e.eval.years.some((y) => y.tahun !== ctx.tahun && hasData(y)));
  const years = yearsShown(list, ctx.tahun);
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
  if (years.length >= 2) {
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
  }
  const rows = years.length < 2 ? [] : list.map((e, i) => row(e, i, years));
  return {
    ...sheetHead(ctx, "perbandingan-tahun", "Tabel 3.3 Perbandingan Capaian Kinerja dengan Tahun Sebelumnya"),
    widths: [6, 40, 10, ...years.flatMap(() => [10, 10, 10]), ...(years.length >= 2 ? [12, 13] : [])],
    parts: [{ columns, rows, sumber: ctx.instansi || "Data instansi" }],
    emptyMessage: "Tidak ada data tahun sebelumnya (target/realisasi tahun n−1 atau n−2) di buku kerja.",
  };
}

/**
 * Up to three years that hold data, latest last; later years than the reporting year (Renstra
 * targets) are left out. When the compared indicators have no value this year (004 Tabel 3.3 holds
 * the previous Renstra's 2021–2023), their last three years are shown.
 */
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
      cells.push(null, null, null);
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
