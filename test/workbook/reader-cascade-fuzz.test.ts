/**
 * Random cascading tables (docs/READING.md §4, cascading tables): random trees of sasaran › program
 * › kegiatan (Renstra matrix, names merged or left blank below) or program › kegiatan › sub kegiatan
 * (Renja form with codes), 0–3 indicators per name, some stated capaian planted wrong. The reader
 * must recover every indicator's level, name and parent from the printed grid, drop none, and the
 * check must find exactly the planted errors. Fixed seed: the same tables every run.
 */
import fc from "fast-check";
import { toGrids, type LayoutWorkbook } from "../support/layout";
import {
  printRenja,
  printRenstra,
  type ExpectedRow,
  type Level,
  type Measure,
  type Node,
  type Planted,
} from "../fixtures/layouts/cascade";
import { readModel } from "../../src/workbook";
import { runChecks } from "../../src/engine/check";

type RawMeasure = { target: number; realisasi: number; plant: boolean; delta: number; unit: boolean };
type RawNode = { ind: RawMeasure[]; anak: RawNode[] };

const measure = fc.record({
  target: fc.integer({ min: 1, max: 4000 }),
  realisasi: fc.integer({ min: 0, max: 1500 }), // ‰ of the target: 0–150 %
  plant: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  delta: fc.integer({ min: 500, max: 3000 }), // hundredths added to a planted capaian
  unit: fc.boolean(),
});
const node = (ind: [number, number], child?: fc.Arbitrary<RawNode>): fc.Arbitrary<RawNode> =>
  fc.record({
    ind: fc.array(measure, { minLength: ind[0], maxLength: ind[1] }),
    anak: child ? fc.array(child, { minLength: 0, maxLength: 3 }) : fc.constant([]),
  });
const renstraTree = fc.array(node([0, 3], node([0, 3], node([1, 3]))), { minLength: 1, maxLength: 3 });
const renjaTree = fc.array(node([0, 3], node([0, 3], node([1, 3]))), { minLength: 1, maxLength: 3 });

const STEMS = [
  "Persentase layanan tepat waktu",
  "Jumlah dokumen yang tersusun",
  "Indeks kepuasan masyarakat",
  "Nilai evaluasi kinerja",
  "Cakupan pembinaan usaha",
];
const NAMES = ["Peningkatan kualitas layanan", "Pengembangan usaha", "Penguatan kelembagaan", "Pembinaan"];

/** Indonesian thousands: 4000 → "4.000". */
const id = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
/** Hundredths as Indonesian text: 9794 → "97,94". */
const hundredths = (h: number): string => `${id(Math.floor(h / 100))},${String(h % 100).padStart(2, "0")}`;

/** Turns a raw tree into named nodes and the planted errors, numbering names so each is unique. */
function build(raw: RawNode[], levels: Level[], codes: boolean): { tree: Node[]; planted: Planted[] } {
  const planted: Planted[] = [];
  let k = 0;
  const toNode = (r: RawNode, depth: number, code: string, i: number): Node => {
    const level = levels[depth];
    const kode =
      depth === 0
        ? `${code}.${String(i + 1).padStart(2, "0")}`
        : depth === 1
          ? `${code}.2.${String(i + 1).padStart(2, "0")}`
          : `${code}.${String(i + 1).padStart(4, "0")}`;
    const indikator = r.ind.map((m): Measure => {
      k++;
      const realisasi = Math.floor((m.target * m.realisasi) / 1000);
      const h = Math.floor((2 * realisasi * 10000 + m.target) / (2 * m.target)); // half up, exact
      const nama = `${STEMS[k % STEMS.length]} ${k}`;
      if (m.plant) planted.push({ indikator: nama, capaian: hundredths(h + m.delta), benar: hundredths(h) });
      return {
        nama,
        satuan: m.unit ? "%" : "Unit",
        target: id(m.target),
        realisasi: id(realisasi),
        capaian: hundredths(h),
      };
    });
    return {
      level,
      nama: `${NAMES[k % NAMES.length]} ${++k}`,
      ...(codes ? { kode } : {}),
      indikator,
      anak: r.anak.map((a, j) => toNode(a, depth + 1, kode, j)),
    };
  };
  return { tree: raw.map((r, i) => toNode(r, 0, "2.17", i)), planted };
}

const count = (tree: Node[]): number => tree.reduce((n, t) => n + t.indikator.length + count(t.anak), 0);

function verify(printed: { layout: LayoutWorkbook; rows: ExpectedRow[] }, planted: Planted[]): void {
  const model = readModel(toGrids(printed.layout), {});
  const got = model.indikator.filter((i) => i.indikator?.text);
  expect(got.map((i) => i.indikator?.origin.cell)).toEqual(printed.rows.map((e) => e.cell));
  printed.rows.forEach((e, n) => {
    const i = got[n];
    expect([i.indikator?.text, i.tingkat]).toEqual([e.nama, e.tingkat]);
    expect((e.tingkat === "sasaran" ? i.sasaran : i.uraian)?.text).toBe(e.milik);
    expect(i.induk ? { jenis: i.induk.jenis, cell: i.induk.cell } : undefined).toEqual(e.induk);
  });
  expect(model.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  const errors = runChecks(model, {}).filter((f) => f.severity === "error");
  const want = planted.map((p) => printed.rows.find((r) => r.nama === p.indikator)!.capaianCell).sort();
  expect(errors.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(
    want.map((c) => `CAPAIAN_MISMATCH ${c}`).sort(),
  );
}

describe("random cascading tables: every level and parent recovered, exactly the planted errors found", () => {
  it.each([true, false])("Renstra matrix sasaran › program › kegiatan, names merged: %s", (merged) => {
    fc.assert(
      fc.property(renstraTree, (raw) => {
        const { tree, planted } = build(raw, ["sasaran", "program", "kegiatan"], false);
        fc.pre(count(tree) > 0);
        verify(printRenstra(tree, planted, merged), planted);
      }),
      { seed: 20261202, numRuns: 60 },
    );
  });
  it("Renja form program › kegiatan › sub kegiatan, names and codes in one column", () => {
    fc.assert(
      fc.property(renjaTree, (raw) => {
        const { tree, planted } = build(raw, ["program", "kegiatan", "sub_kegiatan"], true);
        fc.pre(count(tree) > 0);
        verify(printRenja(tree, planted), planted);
      }),
      { seed: 20261202, numRuns: 60 },
    );
  });
});
