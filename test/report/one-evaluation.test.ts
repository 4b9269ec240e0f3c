/**
 * One evaluation per job (issue 11): for the bundled example and every seed layout, the check, every report sheet and
 * the cell functions give the same number for every indicator and budget row, and the check and the report read the
 * same evaluateWorkbook result (building them without it gives identical output: there is no second route).
 */
import "../functions/custom-functions-stub";
import * as path from "path";
import { openXlsx } from "../../src/adapters/xlsx";
import { runChecks } from "../../src/engine/check/run-checks";
import { evaluateWorkbook, indikatorKey, cellInput, type WorkbookEval } from "../../src/engine/evaluate";
import type { CellInput, SheetSpec } from "../../src/engine/model/sheet-spec";
import type { Model } from "../../src/engine/model/types";
import { sakipCapaian } from "../../src/functions/capaian";
import { sakipKriteria } from "../../src/functions/kriteria";
import { sakipSerapan } from "../../src/functions/serapan";
import { buildReport } from "../../src/report";
import { readModel } from "../../src/workbook";
import { LAYOUTS } from "../fixtures/layouts";
import { toGrids } from "../support/layout";
import { grid, sheet } from "./support/inspect";

const EXAMPLE = path.join(__dirname, "..", "..", "assets", "contoh-LKjIP-2024.xlsx");

type Case = { name: string; model: () => Promise<Model> };

const CASES: Case[] = [
  {
    name: "example contoh-LKjIP-2024.xlsx",
    model: async () => {
      const book = await openXlsx(EXAMPLE);
      return readModel((await book.readSheets()).filter((g) => g.tag?.role !== "report"));
    },
  },
  ...(["004", "000"] as const).map((seed) => ({
    name: `seed ${seed}, every layout in one workbook`,
    model: async () =>
      readModel(
        toGrids({
          name: seed,
          sheets: LAYOUTS.filter((l) => l.seed === seed).flatMap((l) => l.layout.sheets),
        }),
      ),
  })),
  ...LAYOUTS.map((l) => ({ name: `layout ${l.key}`, model: async () => readModel(toGrids(l.layout)) })),
];

/** Every number in a column of a sheet, by the text of another column: the rows of the table whose header holds `header`. */
function column(
  spec: SheetSpec,
  header: string,
  keyCol: number,
  last = false,
): { key: string; value: CellInput }[] {
  const rows = grid(spec);
  const out: { key: string; value: CellInput }[] = [];
  let col = -1;
  for (const row of rows) {
    const at = last ? row.lastIndexOf(header) : row.indexOf(header);
    if (at >= 0) {
      col = at;
      continue;
    }
    if (col >= 0 && typeof row[keyCol] === "string")
      out.push({ key: row[keyCol] as string, value: row[col] });
  }
  return out;
}

const close = (a: unknown, b: number) => typeof a === "number" && Math.abs(a - b) < 1e-9;

describe.each(CASES)("one evaluation: $name", ({ model: load }) => {
  let model: Model;
  let ev: WorkbookEval;
  let specs: SheetSpec[];
  beforeAll(async () => {
    model = await load();
    ev = evaluateWorkbook(model, {});
    specs = buildReport(model, runChecks(model, {}, ev), {}, ev);
  });

  it("the check and the report built without the evaluation equal those built with it", () => {
    const findings = runChecks(model, {});
    expect(findings).toEqual(runChecks(model, {}, ev));
    expect(buildReport(model, findings, {})).toEqual(buildReport(model, findings, {}, ev));
  });

  it("every indicator: report sheets, the check's row evaluation and SAKIP.CAPAIAN/KRITERIA agree", () => {
    const computable = ev.kinerja.filter((e) => e.eval.capaianCapped.ok);
    // Perbandingan Tahun: the reporting year is its last "Capaian (%)" column (n−2, n−1, n).
    const sheets: [string, string, number, boolean][] = [
      ["capaian-kinerja", "Capaian (%)", 2, false],
      ["analisis", "Capaian (%)", 2, false],
      ["efisiensi", "Capaian (%)", 2, false],
      ["ringkasan", "Capaian (%)", 1, false],
      ["perbandingan-tahun", "Capaian (%)", 1, true],
    ];
    for (const [key, header, keyCol, last] of sheets) {
      const spec = specs.find((s) => s.key === key);
      if (!spec) continue;
      const printed = column(spec, header, keyCol, last);
      // Perbandingan Tahun lists only the indicators with an earlier year.
      const listed = key !== "perbandingan-tahun" || printed.length > 0;
      if (!listed) continue;
      for (const e of computable) {
        const name = e.row.indikator?.text.trim() ?? "";
        const shown = printed.filter((p) => p.key === name).map((p) => p.value);
        if (key === "perbandingan-tahun" && shown.length === 0) continue;
        expect({
          key,
          name,
          agrees: shown.some((v) => close(v, (e.eval.capaianCapped as { value: number }).value)),
        }).toEqual({
          key,
          name,
          agrees: true,
        });
      }
    }
    for (const e of computable) {
      const value = (e.eval.capaian as { value: number }).value;
      if (e.eval.targetFrom === "cell" && e.eval.realisasiFrom === "cell") {
        const fn = sakipCapaian(cellInput(e.row.target), cellInput(e.row.realisasi), e.eval.polaritas);
        expect(fn).toBeCloseTo(value, 9);
      }
      if (ev.scale.id !== "custom" && e.eval.kriteria)
        expect(sakipKriteria(value)).toBe(e.eval.kriteria.label);
      // The check evaluates the row as typed: the row that gave the target and realisasi computes the same capaian.
      const key = indikatorKey(e.row.indikator?.text);
      const source = model.indikator.findIndex(
        (r) =>
          indikatorKey(r.indikator?.text) === key &&
          r.target === e.row.target &&
          r.realisasi === e.row.realisasi,
      );
      if (source >= 0) expect(ev.rows[source].capaian).toEqual(e.eval.capaian);
    }
  });

  it("every kemajuan: Kemajuan Renstra prints the evaluation's", () => {
    const spec = specs.find((s) => s.key === "kemajuan-renstra");
    const withKemajuan = ev.indikator.filter((e) => e.eval.kemajuan?.ok);
    if (withKemajuan.length === 0) return;
    const printed = column(spec!, "Tingkat Kemajuan (%)", 2);
    for (const e of withKemajuan) {
      const value = (e.eval.kemajuan as { value: number }).value;
      const shown = printed.filter((p) => p.key === e.row.indikator?.text.trim()).map((p) => p.value);
      expect(shown.some((v) => close(v, value))).toBe(true);
    }
  });

  it("every budget row: Realisasi Anggaran prints the evaluation's pagu, realisasi and serapan = SAKIP.SERAPAN", () => {
    const spec = specs.find((s) => s.key === "realisasi-anggaran");
    if (ev.anggaran.length === 0) return expect(spec?.blocks[0].rows.flat()).not.toContain("Jumlah");
    const rows = grid(spec!);
    const first = rows.findIndex((r) => r[1] === "Program/Kegiatan/Sub Kegiatan") + 2;
    ev.anggaran.forEach((a, i) => {
      const row = rows[first + i];
      const pagu = a.computed?.pagu ?? a.pagu;
      const realisasi = a.computed?.realisasi ?? a.realisasi;
      expect(row[2]).toBe(pagu);
      if (realisasi === null || pagu === null) return;
      if (row[3] === null) return; // a table without realisasi prints none
      expect(row[3]).toBe(realisasi);
      const serapan = a.computed?.serapan ?? a.serapan;
      if (serapan.ok) {
        expect(row[4]).toBeCloseTo(serapan.value, 9);
        expect(sakipSerapan(pagu, realisasi)).toBeCloseTo(serapan.value, 9);
      }
    });
  });

  it("budget totals and efficiency: Realisasi Anggaran, Efisiensi and Ringkasan print the same agency figures", () => {
    const t = ev.totals;
    if (!t || ev.efisiensiIndikator.length === 0) return;
    const ringkasan = grid(sheet(specs, "ringkasan"));
    const line = (label: string) => ringkasan.find((r) => r[1] === label)?.[2];
    expect(line("Pagu anggaran")).toBe(t.pagu);
    const eff = grid(sheet(specs, "efisiensi"));
    const total = eff.find((r) => typeof r[1] === "string" && (r[1] as string).startsWith("Jumlah"));
    expect(total?.[6]).toBe(t.pagu);
    if (ev.agency.capaian.ok) {
      expect(line("Rata-rata capaian kinerja")).toBeCloseTo(ev.agency.capaian.value, 9);
      expect(total?.[5]).toBeCloseTo(ev.agency.capaian.value, 9);
    }
    if (ev.agency.efisiensi?.ok) {
      expect(line("Tingkat efisiensi")).toBeCloseTo(ev.agency.efisiensi.value, 9);
      expect(total?.[9]).toBeCloseTo(ev.agency.efisiensi.value, 9);
    }
  });
});
