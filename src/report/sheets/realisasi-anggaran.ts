import type { AnggaranEval } from "../../engine/evaluate";
import { sisa } from "../../engine/anggaran";
import type { Result } from "../../engine/result";
import { hasRealisasi, NO_REALISASI, type ReportContext } from "../context";
import { numberCell, resultCell, textOf } from "../layout/cells";
import type { Column, ReportRow, SheetPlan } from "../layout/types";
import { sheetHead } from "./common";

const COLUMNS: Column[] = [
  { header: "No.", kind: "no" },
  { header: "Program/Kegiatan/Sub Kegiatan", kind: "longtext" },
  { header: "Anggaran (Rp)", kind: "rupiah" },
  { header: "Realisasi (Rp)", kind: "rupiah" },
  { header: "Serapan (%)", kind: "persen", formula: "(5) = (4)/(3)×100" },
  { header: "Sisa Anggaran (Rp)", kind: "rupiah", formula: "(6) = (3) − (4)" },
];

/**
 * Realisasi Anggaran (004 Tabel 3.7): program › kegiatan › sub kegiatan with pagu, realisasi,
 * serapan and sisa. A parent shows the Σ of its children and its % recomputed from the sums, never
 * its own printed figures (docs/DOMAIN.md §5: 004 states % that no sum reproduces); the total is the Σ
 * of the programs.
 */
export function realisasiAnggaran(ctx: ReportContext): SheetPlan {
  const withRealisasi = hasRealisasi(ctx.anggaran);
  const groups = budgetGroups(ctx.anggaran);
  const rows: ReportRow[] = ctx.anggaran.map((a, i) => ({
    ...anggaranRow(a, withRealisasi),
    group: groups[i],
  }));
  if (ctx.totals) {
    const t = ctx.totals;
    const spent = withRealisasi
      ? [t.realisasi, resultCell(t.serapan), resultCell(t.sisa)]
      : [null, null, null];
    // The total prints with the last program, never alone at the top of a page.
    rows.push({
      cells: [null, "Jumlah", t.pagu, ...spent],
      kind: "total",
      group: rows[rows.length - 1]?.group,
    });
  }
  const table = ctx.model.tables.find((t) => t.id === ctx.anggaran[0]?.row.table);
  const sumber =
    table?.sumber?.replace(/^\s*sumber\s*:?\s*/i, "").trim() || "Laporan realisasi anggaran (SPJ fungsional)";
  return {
    ...sheetHead(ctx, "realisasi-anggaran", "Tabel 3.7 Capaian Anggaran Program dan Kegiatan"),
    widths: [10, 62, 19, 19, 12, 19],
    parts: [
      { columns: COLUMNS, rows, sumber, footer: withRealisasi ? [FOOTER] : [FOOTER, `${NO_REALISASI}.`] },
    ],
    emptyMessage: "Tidak ada tabel anggaran yang terbaca dari buku kerja.",
  };
}

const FOOTER = "Anggaran dan realisasi program dan kegiatan adalah jumlah rincian di bawahnya.";

function anggaranRow(a: AnggaranEval, withRealisasi: boolean): ReportRow {
  const parent = a.computed !== undefined;
  const pagu = a.computed ? a.computed.pagu : a.pagu;
  const realisasi = a.computed ? a.computed.realisasi : a.realisasi;
  const serapan: Result<number> = a.computed ? a.computed.serapan : a.serapan;
  const left: Result<number> = a.computed ? sisa(a.computed.pagu, a.computed.realisasi) : a.sisa;
  const spent = withRealisasi
    ? [numberCell(realisasi), resultCell(serapan), resultCell(left)]
    : [null, null, null];
  return {
    cells: [textOf(a.row.kode), textOf(a.row.uraian), numberCell(pagu), ...spent],
    kind: parent || a.row.tingkat === "program" ? "parent" : "data",
  };
}

/** A program longer than this many rows is kept together per kegiatan instead (a page holds about 30). */
const PROGRAM_ROWS = 24;

/**
 * Rows printed together: a program with its kegiatan and sub kegiatan; a long program per kegiatan (the program's own
 * row goes with its first kegiatan), so a kegiatan never ends one page while its sub kegiatan start the next.
 */
function budgetGroups(rows: AnggaranEval[]): string[] {
  const at = new Map(rows.map((r, i) => [r.index, i]));
  const chain = rows.map((r) => {
    const path = [r.index];
    for (
      let p = r.row.parent;
      p !== undefined && at.has(p) && path.length < 50;
      p = rows[at.get(p)!].row.parent
    )
      path.unshift(p);
    return path;
  });
  const size = new Map<number, number>();
  for (const c of chain) size.set(c[0], (size.get(c[0]) ?? 0) + 1);
  return chain.map((c, i) => {
    if ((size.get(c[0]) ?? 0) <= PROGRAM_ROWS) return `p${c[0]}`;
    if (c.length >= 2) return `k${c[1]}`;
    const next = chain[i + 1];
    return next && next[0] === c[0] && next.length >= 2 ? `k${next[1]}` : `p${c[0]}`;
  });
}
