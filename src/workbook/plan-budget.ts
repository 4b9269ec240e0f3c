/**
 * Plan budgets (Renja, RKA, DPA, PK annexes headed "URUSAN/PROGRAM"): the Rupiah beside a Renja's
 * indicators, the urusan row printed above its programmes as their total, and a "No" column that
 * numbers rows rather than coding them (docs/DOMAIN.md §1, §5).
 */
import type { ColumnMap } from "./columns";
import { fieldCell, type TableCtx } from "./table-cells";

/**
 * A performance table that names programmes and kegiatan in its own column and gives their pagu
 * (the Renja plan form, Permendagri 86/2017 Tabel T-C.29) is also a budget: its rows roll up.
 * @example budgetBesideKinerja(mapOf(["uraian", "indikator", "target", "pagu"])) //=> true
 */
export function budgetBesideKinerja(map: ColumnMap): boolean {
  return map.byField.has("uraian") && (map.byField.has("pagu") || map.byField.has("paguSebelum"));
}

const URUSAN = /^urusan\s+(pemerintahan|wajib|pilihan)\b|^urusan\b.*\bbidang\b/i;

// No code, or an urusan's own (Permendagri 90/2019 "2.17", or "I"): a programme's "2.17.01" is no urusan line.
const URUSAN_CODE = /^(\d{1,2}(\.\d{1,2})?|[IVX]+)\.?$/;

/**
 * The urusan line a plan form prints above its programmes ("URUSAN PEMERINTAHAN BIDANG KOPERASI,
 * USAHA KECIL, DAN MENENGAH" with the sum of their pagu): a total of the rows below it.
 * @example isUrusanLine("URUSAN PEMERINTAHAN BIDANG KOPERASI, USAHA KECIL, DAN MENENGAH", "2.17") //=> true
 */
export function isUrusanLine(text: string | undefined, kode: string | undefined): boolean {
  const code = (kode ?? "").trim();
  return text !== undefined && URUSAN.test(text.trim()) && (code === "" || URUSAN_CODE.test(code));
}

/**
 * A code column holding only whole numbers, some of them twice ("No" 1–9 for programmes, 1–7
 * again under a kegiatan), numbers the rows: it says nothing about their level.
 * @example isNumbering(["1", "1", "2", "3", "2"]) //=> true
 */
export function isNumbering(codes: string[]): boolean {
  const filled = codes.map((c) => c.trim().replace(/\.$/, "")).filter((c) => c !== "");
  return filled.length > 1 && filled.every((c) => /^\d+$/.test(c)) && new Set(filled).size < filled.length;
}

const MONEY = ["paguSebelum", "pagu", "selisihStated", "realisasiAnggaran", "serapanStated", "sisaStated"];

/**
 * What a row of a Renja form is to its budget: a programme or kegiatan line ("line"), the closing
 * sums printed without a name ("total"), or nothing ("skip": another indicator of the row above, a
 * "Predikat Kinerja" line, a row without Rupiah).
 * @example besideKinerja(ctx, 11) // Tabel 3.2 row 11: an indicator with no programme name //=> "skip"
 */
export function besideKinerja(ctx: TableCtx, row: number): "line" | "total" | "skip" {
  const typed = (field: string) => {
    const raw = fieldCell(ctx, field, row)?.raw;
    return raw !== undefined && raw !== null && String(raw).trim() !== ""; // "-" is typed: no budget, still a line
  };
  const filled = (field: string) => (fieldCell(ctx, field, row)?.text ?? "") !== "";
  if (!MONEY.some(typed)) return "skip";
  if (filled("uraian")) return "line";
  return filled("indikator") ? "skip" : "total";
}
