import type { Finding } from "../../engine/check/finding";
import type { ReportContext } from "../context";
import type { Column, ReportCell, SheetPlan } from "../layout/types";
import { countSeverity, SEVERITIES } from "../severity";
import { ruleName } from "../../engine/check/rule-names";
import { sheetHead } from "./common";

const COLUMNS: Column[] = [
  { header: "No.", kind: "no" },
  { header: "Tingkat", kind: "kriteria" },
  { header: "Pemeriksaan", kind: "text" },
  { header: "Lembar!Sel", kind: "text" },
  { header: "Uraian Temuan", kind: "longtext" },
  { header: "Tertulis", kind: "angka" },
  { header: "Seharusnya", kind: "angka" },
];

const RANK = new Map(SEVERITIES.map((s, i) => [s.severity, i]));

/** Pemeriksaan: the consistency findings, errors first, each linked to the input cell it is about, counted by severity. */
export function pemeriksaan(ctx: ReportContext): SheetPlan {
  const rows = sorted(ctx.findings).map((f, i) => ({ cells: row(f, i) }));
  return {
    ...sheetHead(ctx, "pemeriksaan", "Hasil Pemeriksaan Konsistensi Data"),
    widths: [6, 13, 26, 22, 68, 14, 14],
    parts: [
      {
        columns: COLUMNS,
        rows,
        numbered: false,
        footer: [
          `Jumlah temuan: ${SEVERITIES.map((s) => `${countSeverity(ctx.findings, s.severity)} ${s.label.toLowerCase()}`).join(", ")}.`,
          "Klik alamat sel pada kolom Lembar!Sel untuk membuka sel masukan yang dimaksud.",
        ],
      },
    ],
    emptyMessage: "Tidak ada temuan: data kinerja dan anggaran konsisten.",
  };
}

function row(f: Finding, i: number): ReportCell[] {
  const sev = SEVERITIES.find((s) => s.severity === f.severity) ?? SEVERITIES[2];
  return [
    String(i + 1),
    { label: sev.label, fill: sev.fill },
    ruleName(f.rule),
    { text: `${f.sheet}!${f.cell}`, link: { sheet: f.sheet, cell: f.cell } },
    f.message,
    shown(f.stated, pairFormat(f)),
    shown(f.expected, pairFormat(f)),
  ];
}

// Stated and expected print alike: whole numbers (Rupiah) without decimals, else both with 2 decimals
// ("100,00" beside "66,84", not "100" beside "66,84").
function pairFormat(f: Finding): string {
  const nums = [f.stated, f.expected].filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  return nums.every((v) => Number.isInteger(v)) ? "#,##0" : "#,##0.00";
}

// A number stays a number; a label stays text.
function shown(v: Finding["stated"], format: string): ReportCell {
  if (v === undefined || v === null) return null;
  if (typeof v !== "number") return v;
  if (!Number.isFinite(v)) return null;
  return { value: v, format };
}

// Deterministic order whatever order the checker produced: severity, sheet, row, column, rule, message.
function sorted(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (RANK.get(a.severity) ?? 9) - (RANK.get(b.severity) ?? 9) ||
      cmp(a.sheet, b.sheet) ||
      cellKey(a.cell) - cellKey(b.cell) ||
      cmp(a.rule, b.rule) ||
      cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cellKey(cell: string): number {
  const m = /^([A-Z]+)(\d+)$/i.exec(cell);
  if (!m) return Number.MAX_SAFE_INTEGER;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return Number(m[2]) * 20000 + col;
}
