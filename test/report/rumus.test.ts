/** The capaian formula of a header: the rows' own, in column numbers; rows with another formula in a footnote. */
import { PERMENDAGRI_86 } from "../../src/engine/kriteria";
import { evaluateIndikator } from "../../src/engine/evaluate";
import { capaianFormula } from "../../src/report/sheets/rumus";
import { ind } from "../check/support";

const ctx = { scale: PERMENDAGRI_86, tahun: 2024 };
const row = (polaritas: string | null, target: number | string = 70) => {
  const r = ind(5, {
    indikator: `I ${polaritas}`,
    target,
    realisasi: 60,
    ...(polaritas ? { polaritas } : {}),
  });
  return { row: r, eval: evaluateIndikator(r, ctx) };
};

describe("capaianFormula: the header states the formula its rows use", () => {
  it.each([
    { name: "all naik", rows: [row(null), row("naik")], header: "(7) = (6)/(5)×100", footnote: null },
    { name: "all turun", rows: [row("turun")], header: "(7) = (2×(5) − (6))/(5)×100", footnote: null },
    {
      name: "one turun among naik: footnote names it",
      rows: [row(null), row(null), row("turun")],
      header: "(7) = (6)/(5)×100",
      footnote: "Capaian dengan rumus lain (7) — No. 3: (2×(5) − (6))/(5)×100.",
    },
    {
      name: "a predikat target keeps its rule in words",
      rows: [row(null), row(null), row(null, "BB")],
      header: "(7) = (6)/(5)×100",
      footnote: "Capaian dengan rumus lain (7) — No. 3: peringkat(R) / peringkat(T) × 100.",
    },
  ])("$name", ({ rows, header, footnote }) => {
    const f = capaianFormula(
      rows,
      5,
      6,
      7,
      rows.map((_, i) => `No. ${i + 1}`),
    );
    expect(f).toEqual({ header, footnote });
  });
});
