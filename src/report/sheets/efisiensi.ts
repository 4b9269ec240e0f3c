import type { EfisiensiIndikator } from "../../engine/evaluate";
import { rumusEfisiensi } from "../../engine/efisiensi";
import { SERAPAN_RENDAH } from "../../engine/evaluate";
import type { ReportContext } from "../context";
import { numberCell, resultCell, textOf } from "../layout/cells";
import type { Column, ReportCell, ReportRow, SheetPlan } from "../layout/types";
import { capaianCell, realisasiCell, sheetHead, targetCell } from "./common";
import { capaianFormula } from "./rumus";

export const KATEGORI_FILL: Record<string, string> = {
  efisien: "#C6EFCE",
  "cukup efisien": "#FFEB9C",
  "tidak efisien": "#FFC7CE",
};

/**
 * Efisiensi (004 Tabel 3.6, 000 Tabel III.6): one row per indicator — target, realisasi, capaian — beside the budget of
 * its sasaran's programs (merged over the sasaran's rows), serapan, tingkat efisiensi and its category (docs/DOMAIN.md §6),
 * and a total row for the agency; the method is a setting and its formula is printed under the table.
 */
export function efisiensi(ctx: ReportContext): SheetPlan {
  const metode = ctx.evaluation.metode;
  const list = ctx.efisiensiIndikator;
  const no = sasaranNumbers(list);
  const formula = capaianFormula(
    list.map((e) => e.item),
    4,
    5,
    6,
    list.map((e) => textOf(e.item.row.indikator)),
  );
  const columns: Column[] = [
    { header: "No.", kind: "no" },
    { header: "Sasaran Strategis", kind: "longtext" },
    { header: "Indikator Kinerja", kind: "longtext" },
    { header: "Target", group: "Kinerja", kind: "angka" },
    { header: "Realisasi", group: "Kinerja", kind: "angka" },
    { header: "Capaian (%)", group: "Kinerja", kind: "persen", formula: formula.header },
    { header: "Pagu (Rp)", group: "Anggaran Program", kind: "rupiah" },
    { header: "Realisasi (Rp)", group: "Anggaran Program", kind: "rupiah" },
    { header: "Serapan (%)", group: "Anggaran Program", kind: "persen", formula: "(9) = (8)/(7)×100" },
    {
      header: "Tingkat Efisiensi",
      kind: "persen",
      formula: metode === "rasio" ? "(10) = (6)/(9)×100" : "(10) = (6) − (9)",
    },
    { header: "Kategori", kind: "kriteria" },
  ];
  const rows: ReportRow[] = list.map((e, i) => row(e, no[i]));
  const total = totalRow(ctx);
  if (total) rows.push(total);
  const footer = [
    `${rumusEfisiensi(metode)}. Anggaran, realisasi dan serapan adalah milik program yang mendukung sasaran (satu program dihitung sekali).`,
    metode === "rasio"
      ? "Kategori: > 105 efisien; 95–105 cukup efisien; < 95 tidak efisien."
      : "Kategori: > +5 efisien; −5 s.d. +5 cukup efisien; < −5 tidak efisien.",
    "Baris Jumlah: rata-rata capaian seluruh indikator dibanding serapan seluruh anggaran (sama dengan Ringkasan).",
  ];
  if (formula.footnote) footer.push(formula.footnote);
  const low = lowSerapan(ctx, no);
  if (low.length > 0)
    footer.push(
      `Serapan anggaran di bawah ${SERAPAN_RENDAH}% (${low.join(", ")}): efisiensi yang tinggi di sana terutama berarti anggaran belum dibelanjakan, bukan penghematan.`,
    );
  return {
    ...sheetHead(ctx, "efisiensi", "Tabel 3.6 Perbandingan Pencapaian Kinerja dan Anggaran"),
    widths: [8, 26, 32, 9, 9, 10, 16, 16, 10, 10, 12],
    parts: [{ columns, rows, mergeGroups: [0, 1, 6, 7, 8], sumber: ctx.instansi || "Data instansi", footer }],
    emptyMessage: "Tidak ada sasaran dengan indikator kinerja yang terbaca dari buku kerja.",
  };
}

// Where a high efficiency mostly means unspent money: the sasaran (by number) and the whole agency.
function lowSerapan(ctx: ReportContext, no: string[]): string[] {
  const out: string[] = [];
  ctx.efisiensiIndikator.forEach((e, i) => {
    const s = e.sasaran.serapan;
    const label = `No. ${no[i]}`;
    if (s.ok && s.value < SERAPAN_RENDAH && !out.includes(label)) out.push(label);
  });
  if (ctx.agency.serapanRendah) out.push("Jumlah");
  return out;
}

function row(e: EfisiensiIndikator, no: string): ReportRow {
  const s = e.sasaran;
  return {
    group: s.sasaran,
    cells: [
      no,
      s.sasaran,
      textOf(e.item.row.indikator),
      targetCell(e.item),
      realisasiCell(e.item),
      capaianCell(e.item),
      numberCell(s.pagu),
      numberCell(s.realisasi),
      resultCell(s.serapan),
      resultCell(e.efisiensi),
      kategoriCell(e.kategori),
    ],
  };
}

// The sasaran's code when its first indicator has one (004 prints "1.1.1"), else 1, 2, 3 … per sasaran.
function sasaranNumbers(list: EfisiensiIndikator[]): string[] {
  const seen = new Map<string, string>();
  return list.map((e) => {
    const known = seen.get(e.sasaran.sasaran);
    if (known !== undefined) return known;
    const code = textOf(e.item.row.kode) ?? String(seen.size + 1);
    seen.set(e.sasaran.sasaran, code);
    return code;
  });
}

function totalRow(ctx: ReportContext): ReportRow | null {
  const t = ctx.totals;
  const a = ctx.agency;
  if (!t || ctx.efisiensiIndikator.length === 0) return null;
  const cells: ReportCell[] = [
    null,
    "Jumlah (seluruh indikator dan seluruh program)",
    null,
    null,
    null,
    resultCell(a.capaian),
    t.pagu,
    numberCell(t.realisasi),
    resultCell(t.serapan),
    resultCell(a.efisiensi),
    kategoriCell(a.kategori),
  ];
  return { cells, kind: "total" };
}

export function kategoriCell(kategori: EfisiensiIndikator["kategori"]): ReportCell {
  return kategori ? { label: kategori, fill: KATEGORI_FILL[kategori] } : null;
}
