import { checkWorkbook } from "../jobs/check-workbook";
import type { CheckResult } from "../jobs/types";
import type { GridCell, SheetGrid, WorkbookPort } from "../workbook/port";
import { benchLine, median, verdictLine } from "./measure";

const INDIKATOR_ROWS = 5_000;
const TARGET_MS = 2_000;
const HEAD_KINERJA = [
  "Kode",
  "Sasaran Strategis",
  "Indikator Kinerja",
  "Satuan",
  "Target",
  "Realisasi",
  "Capaian (%)",
  "Kriteria",
];
const HEAD_ANGGARAN = ["Kode", "Tingkat", "Uraian", "Pagu", "Realisasi", "%"];

const c = (v: string | number | null, f?: string): GridCell => (f ? { v, fmt: f } : { v });

// Every 50th stated capaian is off by 5, so the rules produce findings as in real workbooks (decisions cost time).
function kinerja(n: number): SheetGrid {
  const rows: GridCell[][] = [HEAD_KINERJA.map((h) => c(h))];
  for (let i = 1; i <= n; i++) {
    const target = 50 + (i % 50);
    const realisasi = target - (i % 30);
    const capaian = Math.round((realisasi / target) * 10000) / 100 + (i % 50 === 0 ? 5 : 0);
    const label =
      capaian >= 91
        ? "Sangat Tinggi"
        : capaian >= 76
          ? "Tinggi"
          : capaian >= 66
            ? "Sedang"
            : capaian >= 51
              ? "Rendah"
              : "Sangat Rendah";
    rows.push([
      c(`${Math.ceil(i / 5)}.${i}`),
      c(`Sasaran ${Math.ceil(i / 5)}`),
      c(`Indikator kinerja nomor ${i}`),
      c("%"),
      c(target),
      c(realisasi),
      c(capaian, "0.00"),
      c(label),
    ]);
  }
  return { name: "Kinerja", origin: { row: 1, col: 1 }, rows };
}

// programs × 9 kegiatan × 10 sub kegiatan (200 → 20 000 rows); parents state the sums, every 40th % is wrong.
function anggaran(programs: number): SheetGrid {
  const rows: GridCell[][] = [HEAD_ANGGARAN.map((h) => c(h))];
  let n = 0;
  const pct = (p: number, r: number) =>
    c(Math.round((r / p) * 10000) / 100 + (++n % 40 === 0 ? 1 : 0), "0.00");
  for (let p = 1; p <= programs; p++) {
    const kegiatan: GridCell[][] = [];
    let pp = 0,
      pr = 0;
    for (let k = 1; k <= 9; k++) {
      const subs: GridCell[][] = [];
      let kp = 0,
        kr = 0;
      for (let s = 1; s <= 10; s++) {
        const pagu = 10_000_000 + ((p * 7919 + k * 104729 + s * 1299709) % 90_000_000);
        const real = Math.floor(pagu * 0.87);
        kp += pagu;
        kr += real;
        subs.push([
          c(`${p}.${k}.${s}`),
          c("Sub Kegiatan"),
          c(`Sub kegiatan ${p}.${k}.${s}`),
          c(pagu, "#,##0"),
          c(real, "#,##0"),
          pct(pagu, real),
        ]);
      }
      pp += kp;
      pr += kr;
      kegiatan.push(
        [c(`${p}.${k}`), c("Kegiatan"), c(`Kegiatan ${p}.${k}`), c(kp, "#,##0"), c(kr, "#,##0"), pct(kp, kr)],
        ...subs,
      );
    }
    rows.push(
      [c(`${p}`), c("Program"), c(`Program ${p}`), c(pp, "#,##0"), c(pr, "#,##0"), pct(pp, pr)],
      ...kegiatan,
    );
  }
  return { name: "Anggaran", origin: { row: 1, col: 1 }, rows };
}

/** A read-only in-memory port over ready grids (the bench measures the check, not file I/O). */
export function gridPort(grids: SheetGrid[]): WorkbookPort {
  return {
    readSheets: async () => grids,
    listSheets: async () => grids.map((g) => ({ name: g.name })),
    applyPlan: async () => {
      throw new Error("bench port is read-only");
    },
  };
}

/** The bench workbook: `indikator` kinerja rows and programs × 100 budget rows. */
export function benchGrids(indikator: number, programs: number): SheetGrid[] {
  return [kinerja(indikator), anggaran(programs)];
}

/** checkWorkbook end to end (grids → readModel → runChecks) on 5 000 indicators and 20 000 budget rows. */
export async function checkSection(): Promise<string[]> {
  const grids = benchGrids(INDIKATOR_ROWS, 200);
  const times: number[] = [];
  let result: CheckResult | null = null;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    result = await checkWorkbook(gridPort(grids), { tahun: 2024 });
    times.push(performance.now() - start);
  }
  const ms = median(times);
  const s = result!.summary;
  return [
    `# checkWorkbook on ${INDIKATOR_ROWS} indikator + 20000 budget rows (median of 3)`,
    benchLine("check_grid_ms", ms, "ms"),
    verdictLine(`check_grid_target_${TARGET_MS}_ms`, ms < TARGET_MS),
    benchLine("check_grid_errors", s.errors, "findings"),
    benchLine("check_grid_warnings", s.warnings, "findings"),
    benchLine("check_grid_info", s.info, "findings"),
  ];
}
