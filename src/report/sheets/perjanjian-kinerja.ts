import type { AnggaranEval } from "../../engine/evaluate";
import { ok, problem, type Result } from "../../engine/result";
import { rootsOf, type ReportContext } from "../context";
import { angkaOf, resultCell, textOf } from "../layout/cells";
import type { Column, ReportRow, SheetPlan, TablePart } from "../layout/types";
import { numbering, sasaranGroup, sheetHead, targetCell } from "./common";
import type { Evaluated } from "../context";
import { predikatAkip } from "../../engine/kriteria";
import { formatNumber } from "../../engine/numbers";
import type { ReportCell, Signature } from "../layout/types";

const TW = ["TW I", "TW II", "TW III", "TW IV"];

/**
 * Perjanjian Kinerja (000 Tabel II.4, II.3): sasaran, indikator, target (with its predikat where the target is an AKIP
 * grade, "73 (BB)") and TW targets; programs with pagu; signed by Pihak Pertama and Pihak Kedua (004 L1029–1053).
 */
export function perjanjianKinerja(ctx: ReportContext): SheetPlan {
  const withTw = ctx.kinerja.some((e) =>
    e.row.targetTw?.some((q) => q && (q.num !== null || q.text.trim() !== "")),
  );
  const columns: Column[] = [
    { header: "No.", kind: "no" },
    { header: "Sasaran Strategis", kind: "longtext" },
    { header: "Indikator Kinerja", kind: "longtext" },
    { header: "Satuan", kind: "text" },
    { header: "Target", kind: "angka" },
    ...(withTw ? TW.map((h): Column => ({ header: h, group: "Target Triwulan", kind: "angka" })) : []),
  ];
  const no = numbering(ctx.kinerja);
  const rows: ReportRow[] = ctx.kinerja.map((e, i) => ({
    group: sasaranGroup(e),
    cells: [
      no[i],
      textOf(e.row.sasaran),
      textOf(e.row.indikator),
      textOf(e.row.satuan),
      pkTarget(e),
      ...(withTw ? [0, 1, 2, 3].map((q) => angkaOf(e.row.targetTw?.[q])) : []),
    ],
  }));
  const parts: TablePart[] = [
    { caption: "A. Sasaran, Indikator Kinerja dan Target", columns, rows, mergeDown: [1], mergeGroups: [0] },
  ];
  const programs = programPart(ctx);
  // Where B starts is the paginator's: on a new page when its header and first program no longer fit under A.
  if (programs) parts.push(programs);
  return {
    signature: signatureOf(ctx),
    ...sheetHead(ctx, "perjanjian-kinerja", "Tabel 2.1 Perjanjian Kinerja"),
    widths: [10, 34, 40, 12, 17, ...(withTw ? [11, 11, 11, 11] : [])],
    parts,
    emptyMessage: "Tidak ada indikator kinerja atau program yang terbaca dari buku kerja.",
  };
}

// The programs of the PK with their pagu; a program's pagu is the Σ of its kegiatan when it has any (engine rollUp).
function programPart(ctx: ReportContext): TablePart | null {
  const roots = rootsOf(ctx.anggaran);
  if (roots.length === 0 || !ctx.totals) return null;
  const named = sasaranNames(ctx);
  const rows: ReportRow[] = roots.map((a, i) => ({
    cells: [
      textOf(a.row.kode) ?? String(i + 1),
      textOf(a.row.uraian),
      textOf(a.row.sasaran) ?? supported(textOf(a.row.kodeSasaran), named),
      textOf(a.row.sumberDana),
      resultCell(paguOf(a)),
    ],
  }));
  rows.push({ cells: [null, "Jumlah", null, null, ctx.totals.pagu], kind: "total" });
  return {
    caption: "B. Program dan Anggaran",
    columns: [
      { header: "No.", kind: "no" },
      { header: "Program", kind: "longtext" },
      { header: "Sasaran yang Didukung", kind: "longtext" },
      { header: "Sumber Dana", kind: "text" },
      { header: "Anggaran (Rp)", kind: "rupiah" },
    ],
    rows,
    sumber: "Dokumen Pelaksanaan Anggaran (DPA)",
  };
}

// A program row often names its sasaran by code only ("1.1.1.2"); the reader of the PK wants the
// sasaran itself, so the code is followed by the sasaran the Kinerja table gives that code.
function sasaranNames(ctx: ReportContext): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of ctx.kinerja) {
    const kode = textOf(e.row.kode);
    const sasaran = textOf(e.row.sasaran);
    if (kode && sasaran && !names.has(kode)) names.set(kode, sasaran);
  }
  return names;
}

function supported(kode: string | null, names: Map<string, string>): string | null {
  if (kode === null) return null;
  const name = names.get(kode);
  return name ? `${kode} ${name}` : kode;
}

function paguOf(a: AnggaranEval): Result<number> {
  if (a.computed) return ok(a.computed.pagu);
  return a.pagu === null ? problem("#N/A", "Pagu program kosong") : ok(a.pagu);
}

/** An AKIP value as a PK prints it: the number with its predikat, "73 (BB)" (PermenPAN-RB 88/2021). */
function pkTarget(e: Evaluated): ReportCell {
  const plain = targetCell(e);
  const name = `${e.row.indikator?.text ?? ""} ${e.row.satuan?.text ?? ""}`;
  const n = e.row.target?.num;
  if (!/\b(s?akip|predikat|prediket)\b/i.test(name) || n === null || n === undefined) return plain;
  const grade = predikatAkip(n);
  const decimals = Number.isInteger(n) ? 0 : (e.row.target?.decimals ?? 2);
  return grade.ok ? `${formatNumber(n, decimals)} (${grade.value.grade})` : plain;
}

/**
 * The signatures of the PK from Profil: Pihak Kedua (the head of the region) left, Pihak Pertama (the head of the
 * agency) right under place and date; a signer Profil does not name gets a dotted line to fill in by hand.
 */
function signatureOf(ctx: ReportContext): Signature {
  const p = ctx.model.profil;
  const dots = "(.......................................)";
  const place = [p.tempat, p.tanggal ?? (ctx.tahun ? String(ctx.tahun) : undefined)]
    .filter(Boolean)
    .join(", ");
  const region = p.pemerintahDaerah ? `Kepala Daerah ${p.pemerintahDaerah}` : "Kepala Daerah";
  const agency = p.jabatan ?? (p.namaInstansi ? `Kepala ${p.namaInstansi}` : "Kepala Perangkat Daerah");
  return {
    placeDate: place || ".............., ....................",
    signers: [
      { role: ["PIHAK KEDUA,", p.jabatanAtasan ?? region], name: p.atasan ?? dots, nip: p.nipAtasan },
      { role: ["PIHAK PERTAMA,", agency], name: p.kepala ?? dots, nip: p.nip },
    ],
  };
}
