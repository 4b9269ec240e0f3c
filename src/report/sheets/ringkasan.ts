import { rataCapaian } from "../../engine/compare";
import type { ReportContext } from "../context";
import { resultCell, textOf } from "../layout/cells";
import { FMT } from "../layout/styles";
import type { Column, ReportCell, ReportRow, SheetPlan, TablePart } from "../layout/types";
import { SEVERITIES, countSeverity } from "../severity";
import { kriteriaCounts, TIDAK_DAPAT_DIHITUNG } from "../summary";
import { capaianCell, kriteriaCell, scaleLabel, sheetHead } from "./common";
import { overallEfisiensi } from "./efisiensi";

const KRITERIA_COLUMNS: Column[] = [
  { header: "No.", kind: "no" },
  { header: "Kriteria", kind: "kriteria" },
  { header: "Rentang Capaian (%)", kind: "text" },
  { header: "Jumlah Indikator", kind: "jumlah" },
];

/**
 * Ringkasan: indicators per kriteria, mean capaian, budget totals, the efficiency verdict and the
 * number of findings per severity, then every indicator's capaian with a data bar.
 */
export function ringkasan(ctx: ReportContext): SheetPlan {
  const parts: TablePart[] = [kriteriaPart(ctx), kinerjaAnggaranPart(ctx), temuanPart(ctx)];
  if (ctx.kinerja.length > 0) parts.push(indikatorPart(ctx));
  return {
    ...sheetHead(ctx, "ringkasan", "Ringkasan Capaian Kinerja dan Anggaran"),
    widths: [6, 58, 20, 18, 44],
    parts,
    headerRows: "none",
  };
}

function kriteriaPart(ctx: ReportContext): TablePart {
  const counts = kriteriaCounts(ctx);
  const bands = ctx.evalCtx.scale.bands;
  const rows: ReportRow[] = bands.map((band, i) => ({
    cells: [
      String(i + 1),
      kriteriaCell(band),
      rentang(band.min, bands[i - 1]?.min ?? null),
      counts[band.label] ?? 0,
    ],
  }));
  const none = counts[TIDAK_DAPAT_DIHITUNG] ?? 0;
  if (none > 0) rows.push({ cells: [String(rows.length + 1), TIDAK_DAPAT_DIHITUNG, "-", none] });
  rows.push({ cells: [null, "Jumlah", null, ctx.kinerja.length], kind: "total" });
  return {
    caption: `A. Jumlah Indikator menurut Kriteria (${scaleLabel(ctx.evalCtx.scale)})`,
    columns: KRITERIA_COLUMNS,
    rows,
    numbered: false,
  };
}

// The band's range as the scale defines it (lower-bound rule, DOMAIN.md §3): "≥ 91", "76 – < 91", "< 51".
function rentang(min: number | null, above: number | null): string {
  const f = (n: number) => String(n).replace(".", ",");
  if (min === null) return above === null ? "semua" : `< ${f(above)}`;
  return above === null ? `≥ ${f(min)}` : `${f(min)} – < ${f(above)}`;
}

function kinerjaAnggaranPart(ctx: ReportContext): TablePart {
  const mean = rataCapaian(
    ctx.kinerja.map((e) => (e.eval.capaianCapped.ok ? e.eval.capaianCapped.value : null)),
    ctx.evalCtx.batas,
  );
  const t = ctx.totals;
  const metode = ctx.options.efisiensi ?? "selisih";
  const eff = overallEfisiensi(ctx, metode);
  const line = (
    no: number,
    uraian: string,
    nilai: ReportCell,
    satuan: string,
    ket: string | null,
    format: string,
  ): ReportRow => ({
    cells: [String(no), uraian, typeof nilai === "number" ? { value: nilai, format } : nilai, satuan, ket],
  });
  const rows: ReportRow[] = [
    line(
      1,
      "Rata-rata capaian kinerja",
      resultCell(mean),
      "%",
      "Rata-rata sederhana capaian seluruh indikator",
      FMT.persen,
    ),
    line(2, "Pagu anggaran", t ? t.pagu : null, "Rp", "Jumlah anggaran seluruh program", FMT.rupiah),
    line(3, "Realisasi anggaran", t?.realisasi ?? null, "Rp", "Jumlah realisasi seluruh program", FMT.rupiah),
    line(4, "Serapan anggaran", t ? resultCell(t.serapan) : null, "%", "Realisasi / pagu × 100", FMT.persen),
    line(5, "Sisa anggaran", t ? resultCell(t.sisa) : null, "Rp", "Pagu − realisasi", FMT.rupiah),
    line(
      6,
      "Tingkat efisiensi",
      eff ? resultCell(eff.nilai) : null,
      metode === "rasio" ? "%" : "poin",
      "Rata-rata capaian sasaran dibanding serapan anggaran",
      FMT.persen,
    ),
    {
      cells: [
        "7",
        "Kesimpulan efisiensi",
        eff?.kategori ? { label: eff.kategori, fill: verdictFill(eff.kategori) } : "-",
        null,
        null,
      ],
    },
  ];
  return {
    caption: "B. Kinerja dan Anggaran",
    columns: [
      { header: "No.", kind: "no" },
      { header: "Uraian", kind: "text" },
      { header: "Nilai", kind: "angka" },
      { header: "Satuan", kind: "text" },
      { header: "Keterangan", kind: "longtext" },
    ],
    rows,
    numbered: false,
  };
}

function verdictFill(kategori: string): string {
  return kategori === "efisien" ? "#C6EFCE" : kategori === "cukup efisien" ? "#FFEB9C" : "#FFC7CE";
}

function temuanPart(ctx: ReportContext): TablePart {
  const rows: ReportRow[] = SEVERITIES.map((s, i) => ({
    cells: [String(i + 1), { label: s.label, fill: s.fill }, countSeverity(ctx.findings, s.severity)],
  }));
  rows.push({ cells: [null, "Jumlah", ctx.findings.length], kind: "total" });
  return {
    caption: "C. Temuan Pemeriksaan Konsistensi (rincian pada lembar Pemeriksaan)",
    columns: [
      { header: "No.", kind: "no" },
      { header: "Tingkat", kind: "kriteria" },
      { header: "Jumlah Temuan", kind: "jumlah" },
    ],
    rows,
    numbered: false,
  };
}

function indikatorPart(ctx: ReportContext): TablePart {
  const rows: ReportRow[] = ctx.kinerja.map((e, i) => ({
    cells: [String(i + 1), textOf(e.row.indikator), capaianCell(e), kriteriaCell(e.eval.kriteria)],
  }));
  return {
    caption: "D. Capaian per Indikator",
    columns: [
      { header: "No.", kind: "no" },
      { header: "Indikator Kinerja", kind: "longtext" },
      { header: "Capaian (%)", kind: "persen" },
      { header: "Kriteria", kind: "kriteria" },
    ],
    rows,
    numbered: false,
    dataBars: [2],
  };
}
