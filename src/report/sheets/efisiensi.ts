import type { EfisiensiSasaran } from "../../engine/evaluate";
import { kategoriEfisiensi, efisiensi as tingkatEfisiensi, rumusEfisiensi } from "../../engine/efisiensi";
import { rataCapaian } from "../../engine/compare";
import type { ReportContext } from "../context";
import { numberCell, resultCell } from "../layout/cells";
import type { Column, ReportRow, SheetPlan } from "../layout/types";
import { sheetHead } from "./common";

const KATEGORI_FILL: Record<string, string> = {
  efisien: "#C6EFCE",
  "cukup efisien": "#FFEB9C",
  "tidak efisien": "#FFC7CE",
};

/**
 * Efisiensi (004 Tabel 3.6, 000 Tabel III.6): per sasaran the mean capaian of its indicators
 * against the serapan of its programs, sisa, tingkat efisiensi and its category (DOMAIN.md §6);
 * the method is a setting and its formula is printed under the table.
 */
export function efisiensi(ctx: ReportContext): SheetPlan {
  const metode = ctx.options.efisiensi ?? "selisih";
  const columns: Column[] = [
    { header: "No.", kind: "no" },
    { header: "Sasaran Strategis", kind: "longtext" },
    { header: "Indikator Kinerja", kind: "longtext" },
    { header: "Capaian Kinerja (%)", kind: "persen" },
    { header: "Anggaran (Rp)", group: "Anggaran", kind: "rupiah" },
    { header: "Realisasi (Rp)", group: "Anggaran", kind: "rupiah" },
    { header: "Serapan (%)", group: "Anggaran", kind: "persen", formula: "(7) = (6)/(5)×100" },
    { header: "Sisa (Rp)", group: "Anggaran", kind: "rupiah", formula: "(8) = (5) − (6)" },
    {
      header: "Tingkat Efisiensi",
      kind: "persen",
      formula: metode === "rasio" ? "(9) = (4)/(7)×100" : "(9) = (4) − (7)",
    },
    { header: "Kategori", kind: "kriteria" },
  ];
  const rows: ReportRow[] = ctx.efisiensi.map((s, i) => ({
    cells: [
      String(i + 1),
      s.sasaran,
      s.indikator
        .map((x) => x.row.indikator?.text.trim() ?? "")
        .filter((t) => t !== "")
        .join("; "),
      resultCell(s.capaian),
      numberCell(s.pagu),
      numberCell(s.realisasi),
      resultCell(s.serapan),
      numberCell(s.sisa),
      resultCell(s.efisiensi),
      kategoriCell(s.kategori),
    ],
  }));
  const overall = overallRow(ctx, metode);
  if (overall) rows.push(overall);
  return {
    ...sheetHead(ctx, "efisiensi", "Tabel 3.6 Perbandingan Pencapaian Kinerja dan Anggaran"),
    widths: [6, 30, 34, 12, 18, 18, 11, 18, 11, 14],
    parts: [
      {
        columns,
        rows,
        sumber: ctx.instansi || "Data instansi",
        footer: [
          `${rumusEfisiensi(metode)}. Capaian kinerja sasaran = rata-rata capaian indikatornya.`,
          metode === "rasio"
            ? "Kategori: > 105 efisien; 95–105 cukup efisien; < 95 tidak efisien."
            : "Kategori: > +5 efisien; −5 s.d. +5 cukup efisien; < −5 tidak efisien.",
        ],
      },
    ],
    emptyMessage: "Tidak ada sasaran dengan indikator kinerja yang terbaca dari buku kerja.",
  };
}

/** The whole agency: mean capaian of the sasaran against the total serapan, with the same method. */
export function overallEfisiensi(ctx: ReportContext, metode: "selisih" | "rasio") {
  if (!ctx.totals || ctx.efisiensi.length === 0) return null;
  const capaian = rataCapaian(ctx.efisiensi.map((s) => (s.capaian.ok ? s.capaian.value : null)));
  const serapan = ctx.totals.serapan;
  const nilai = !capaian.ok
    ? capaian
    : !serapan.ok
      ? serapan
      : tingkatEfisiensi({ capaian: capaian.value, serapan: serapan.value, metode });
  return { capaian, nilai, kategori: nilai.ok ? kategoriEfisiensi(nilai.value, metode) : null };
}

function overallRow(ctx: ReportContext, metode: "selisih" | "rasio"): ReportRow | null {
  const o = overallEfisiensi(ctx, metode);
  if (!o || !ctx.totals) return null;
  const t = ctx.totals;
  return {
    cells: [
      null,
      "Keseluruhan instansi (seluruh program)",
      null,
      resultCell(o.capaian),
      t.pagu,
      numberCell(t.realisasi),
      resultCell(t.serapan),
      resultCell(t.sisa),
      resultCell(o.nilai),
      kategoriCell(o.kategori),
    ],
    kind: "total",
  };
}

function kategoriCell(kategori: EfisiensiSasaran["kategori"]) {
  return kategori ? { label: kategori, fill: KATEGORI_FILL[kategori] } : null;
}
