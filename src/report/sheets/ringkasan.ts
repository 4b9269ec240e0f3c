import { SERAPAN_RENDAH } from "../../engine/evaluate";
import type { ReportContext } from "../context";
import { resultCell, textOf } from "../layout/cells";
import { FMT } from "../layout/styles";
import type { Column, ReportCell, ReportRow, SheetPlan, TablePart } from "../layout/types";
import { kriteriaCounts, TIDAK_DAPAT_DIHITUNG } from "../summary";
import { capaianCell, kriteriaCell, scaleLabel, sheetHead } from "./common";
import { KATEGORI_FILL } from "./efisiensi";
import { rentang } from "./rentang";

const KRITERIA_COLUMNS: Column[] = [
  { header: "No.", kind: "no" },
  { header: "Kriteria", kind: "kriteria" },
  { header: "Rentang Capaian (%)", kind: "text" },
  { header: "Jumlah Indikator", kind: "jumlah" },
];

/**
 * Ringkasan: indicators per kriteria, mean capaian, budget totals and the efficiency verdict computed from the two
 * figures printed above it, then every indicator's capaian with a data bar. The check's findings are not part of the
 * printed report: they stay on Pemeriksaan.
 */
export function ringkasan(ctx: ReportContext): SheetPlan {
  const parts: TablePart[] = [kriteriaPart(ctx), kinerjaAnggaranPart(ctx)];
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

function kinerjaAnggaranPart(ctx: ReportContext): TablePart {
  const t = ctx.totals;
  const metode = ctx.evaluation.metode;
  const a = ctx.agency;
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
      resultCell(a.capaian),
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
      a.efisiensi ? resultCell(a.efisiensi) : null,
      metode === "rasio" ? "%" : "poin",
      metode === "rasio" ? "Baris 1 / baris 4 × 100" : "Baris 1 − baris 4",
      FMT.persen,
    ),
    {
      cells: [
        "7",
        "Kesimpulan efisiensi",
        a.kategori ? { label: a.kategori, fill: KATEGORI_FILL[a.kategori] } : "–",
        null,
        a.serapanRendah
          ? `Serapan di bawah ${SERAPAN_RENDAH}%: sebagian besar anggaran belum dibelanjakan, sehingga efisiensi ini belum menunjukkan penghematan.`
          : null,
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

function indikatorPart(ctx: ReportContext): TablePart {
  const rows: ReportRow[] = ctx.kinerja.map((e, i) => ({
    cells: [String(i + 1), textOf(e.row.indikator), capaianCell(e), kriteriaCell(e.eval.kriteria)],
  }));
  return {
    caption: "C. Capaian per Indikator",
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
