import { dividesTargetByRealisasi, soundsLowerIsBetter } from "../../src/engine/capaian";

describe("an indicator's name says less is better (docs/DOMAIN.md §2)", () => {
  it.each<[string, boolean]>([
    ["Angka kematian ibu", true],
    ["Rata-rata kejadian banjir", true],
    ["Laju erosi", true],
    ["Prevalensi stunting pada balita", true],
    ["Tingkat pengangguran terbuka", true],
    ["Persentase penduduk miskin", true],
    ["Persentase penurunan angka kemiskinan", false],
    ["Cakupan imunisasi dasar lengkap", false],
    ["Jumlah usaha mikro yang diberdayakan", false],
    ["Indeks kepuasan masyarakat", false],
    ["", false],
  ])("%s → %p", (name, want) => expect(soundsLowerIsBetter(name)).toBe(want));
});

describe("a capaian formula that divides target by realisasi", () => {
  const t = { value: 2, cell: "L9" };
  const r = { value: 6, cell: "N9" };
  it.each<[string, boolean]>([
    ["2/6", true],
    ["=L9/N9", true],
    ["(L9/N9)*100", true],
    ["l9 / n9", true],
    ["N9/L9", false],
    ["6/2", false],
    ["2/7", false],
    ["SUM(L9)/N9", false],
    ["L9/N9/2", false],
  ])("%s → %p", (formula, want) => expect(dividesTargetByRealisasi(formula, t, r)).toBe(want));
});
