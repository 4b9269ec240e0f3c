import {
  PERMENDAGRI_86,
  kriteria,
  labelMatches,
  buildScale,
  predikatAkip,
  gradeRank,
  type Scale,
} from "../../src/engine/kriteria";

const label = (v: number, scale?: Scale) => {
  const r = kriteria(v, scale);
  return r.ok ? r.value.label : r.code;
};

describe("PERMENDAGRI_86: five bands, colours and codes of DOMAIN.md §3", () => {
  it.each([
    [0, 91, "Sangat Tinggi", "ST", "#00B050", "Sangat Baik"],
    [1, 76, "Tinggi", "T", "#92D050", "Baik"],
    [2, 66, "Sedang", "S", "#FFC000", "Cukup"],
    [3, 51, "Rendah", "R", "#FFFF00", "Kurang"],
    [4, null, "Sangat Rendah", "SR", "#FF0000", "Sangat Kurang"],
  ])("band %p", (i, min, name, kode, color, alias) => {
    expect(PERMENDAGRI_86.bands[i]).toEqual({ min, label: name, kode, color, aliases: [alias] });
  });
});

describe("kriteria: lower-bound rule on the unrounded value", () => {
  it.each([
    [100, "Sangat Tinggi"],
    [91, "Sangat Tinggi"],
    [90.99, "Tinggi"],
    [90.5, "Tinggi"],
    [76, "Tinggi"],
    [75.99, "Sedang"],
    [66, "Sedang"],
    [65.99, "Rendah"],
    [51, "Rendah"],
    [50.99, "Sangat Rendah"],
    [0, "Sangat Rendah"],
    [-5, "Sangat Rendah"],
    [673.58, "Sangat Tinggi"],
    [(63.7 / 70) * 100, "Sangat Tinggi"],
  ])("%p → %s", (v, expected) => {
    expect(label(v)).toBe(expected);
  });
  it.each([[NaN], [Infinity], ["91" as unknown as number]])("%p → #VALUE!", (v) => {
    expect(kriteria(v)).toMatchObject({ ok: false, code: "#VALUE!" });
  });
  it("a scale without bottom band gives #N/A below its lowest bound", () => {
    const scale: Scale = {
      id: "x",
      name: "X",
      bands: [{ min: 50, label: "Lulus", kode: "L", color: "", aliases: [] }],
    };
    expect(kriteria(10, scale)).toEqual({
      ok: false,
      code: "#N/A",
      message: "Capaian 10 di bawah batas terendah skala 'X'",
    });
  });
  it.each([[{} as Scale], [null as unknown as Scale], [{ id: "", name: "", bands: [] }]])(
    "invalid scale %p → #VALUE!",
    (s) => {
      expect(kriteria(80, s)).toMatchObject({ ok: false, code: "#VALUE!" });
    },
  );
});

describe("labelMatches: case-insensitive label, alias or code", () => {
  const [st, t, , , sr] = PERMENDAGRI_86.bands;
  it.each([
    ["Sangat Tinggi", st, true],
    ["sangat tinggi", st, true],
    ["Sangat  tinggi ", st, true],
    ["Sangat Baik", st, true],
    ["ST", st, true],
    ["st", st, true],
    ["T", t, true],
    ["Baik", t, true],
    ["SR", sr, true],
    ["Sangat Kurang", sr, true],
    ["T", st, false],
    ["Tinggi", st, false],
    ["Sangat Baik", t, false],
    ["", st, false],
    ["SR", t, false],
  ])("%j vs %s → %p", (stated, band, expected) => {
    expect(labelMatches(stated, band)).toBe(expected);
  });
  it.each([[null], [5], [undefined]])("non-string %p → false", (stated) => {
    expect(labelMatches(stated as unknown as string, st)).toBe(false);
  });
});

describe("buildScale validates order, overlaps and gaps", () => {
  const printed = [
    { min: 91, max: 100, label: "Sangat Baik", color: "Hijau Tua" },
    { min: 76, max: 90, label: "Tinggi", color: "Hijau Muda" },
    { min: 66, max: 75, label: "Sedang", color: "Kuning Tua" },
    { min: 51, max: 65, label: "Rendah", color: "Kuning Muda" },
    { min: null, max: 50, label: "Sangat Rendah", color: "Merah" },
  ];
  it("000 Tabel III.1 as printed (integer bounds) is a valid scale", () => {
    const r = buildScale(printed, "Tabel III.1");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.name).toBe("Tabel III.1");
    expect(r.value.bands.map((b) => [b.min, b.label, b.kode, b.color])).toEqual([
      [91, "Sangat Baik", "SB", "#00B050"],
      [76, "Tinggi", "T", "#92D050"],
      [66, "Sedang", "S", "#FFC000"],
      [51, "Rendah", "R", "#FFFF00"],
      [null, "Sangat Rendah", "SR", "#FF0000"],
    ]);
    expect(label(90.5, r.value)).toBe("Tinggi");
  });
  it("rows listed from the bottom up give the same scale", () => {
    const up = buildScale([...printed].reverse());
    const down = buildScale(printed);
    expect(up.ok && down.ok && up.value.bands).toEqual(down.ok && down.value.bands);
  });
  it.each([
    [
      [
        { min: 80, label: "Baik", color: "#abcdef" },
        { min: null, label: "Kurang", color: "ff0000" },
      ],
      ["#ABCDEF", "#FF0000"],
    ],
    [
      [
        { min: 80, label: "Tinggi" },
        { min: null, label: "Sangat Rendah" },
      ],
      ["#92D050", "#FF0000"],
    ],
    [
      [
        { min: 0.9, max: null, label: "Baik" },
        { min: 0.5, max: 0.89, label: "Cukup" },
      ],
      ["", ""],
    ],
  ])("colours %#", (rows, colors) => {
    const r = buildScale(rows);
    expect(r.ok && r.value.bands.map((b) => b.color)).toEqual(colors);
  });
  it.each([
    [[], "Skala kriteria kosong: isi minimal satu baris"],
    [[{ min: 80, label: "" }], "Baris 1 skala: label kosong"],
    [[{ min: NaN, label: "Baik" }], "Baris 1 skala ('Baik'): batas bawah bukan angka: 'NaN'"],
    [[{ min: 80, label: "Baik", color: "ungu" }], "Baris 1 skala ('Baik'): warna tidak dikenali: 'ungu'"],
    [
      [
        { min: 80, label: "A" },
        { min: 80, label: "B" },
      ],
      "Baris 2 ('B'): batas bawah 80 tumpang tindih dengan 'A' (80)",
    ],
    [
      [
        { min: 80, label: "A" },
        { min: 50, label: "B" },
        { min: 60, label: "C" },
      ],
      "Baris 3 ('C'): batas bawah 60 tidak berurutan terhadap 'B' (50)",
    ],
    [
      [
        { min: 80, label: "A" },
        { min: null, label: "B" },
        { min: 60, label: "C" },
      ],
      "Baris 2 ('B'): batas bawah kosong hanya boleh pada kriteria terendah",
    ],
    [
      [
        { min: 80, label: "A" },
        { min: 50, max: 85, label: "B" },
      ],
      "Baris 2 ('B'): batas atas 85 tumpang tindih dengan 'A' (mulai 80)",
    ],
    [
      [
        { min: 80, label: "A" },
        { min: 50, max: 70, label: "B" },
      ],
      "Baris 2 ('B'): ada celah antara 70 dan 80 ('A')",
    ],
    [
      [
        { min: 80, label: "A" },
        { min: 50, max: 40, label: "B" },
      ],
      "Baris 2 ('B'): batas atas 40 lebih kecil dari batas bawah 50",
    ],
  ])("%j → %s", (rows, message) => {
    expect(buildScale(rows as never)).toEqual({ ok: false, code: "#VALUE!", message });
  });
  it("a decimal scale without gaps is valid (0,89 then 0,9)", () => {
    expect(
      buildScale([
        { min: 0.9, label: "Baik" },
        { min: 0.5, max: 0.89, label: "Cukup" },
        { min: null, max: 0.49, label: "Kurang" },
      ]).ok,
    ).toBe(true);
  });
});

describe("predikatAkip: upper-bound-inclusive bands", () => {
  it.each([
    [100, "AA", "Sangat Memuaskan"],
    [90.01, "AA", "Sangat Memuaskan"],
    [90, "A", "Memuaskan"],
    [80.01, "A", "Memuaskan"],
    [80, "BB", "Sangat Baik"],
    [76.36, "BB", "Sangat Baik"],
    [70.95, "BB", "Sangat Baik"],
    [70, "B", "Baik"],
    [60, "CC", "Cukup"],
    [50, "C", "Kurang"],
    [30.01, "C", "Kurang"],
    [30, "D", "Sangat Kurang"],
    [0, "D", "Sangat Kurang"],
  ])("%p → %s", (nilai, grade, name) => {
    expect(predikatAkip(nilai)).toEqual({ ok: true, value: { grade, label: name } });
  });
  it.each([[-0.01], [100.01], [NaN], [Infinity]])("%p → #VALUE!", (nilai) => {
    expect(predikatAkip(nilai)).toMatchObject({ ok: false, code: "#VALUE!" });
  });
});

describe("gradeRank: AKIP D=1…AA=7, BPK TMP=1…WTP=4", () => {
  it.each([
    ["D", "akip", 1],
    ["C", "akip", 2],
    ["CC", "akip", 3],
    ["B", "akip", 4],
    ["BB", "akip", 5],
    ["A", "akip", 6],
    ["aa", "akip", 7],
    ["TMP", "bpk", 1],
    ["TW", "bpk", 2],
    ["WDP", "bpk", 3],
    [" wtp ", "bpk", 4],
    ["Wajar Tanpa Pengecualian", "bpk", 4],
    ["Tidak Wajar", "bpk", 2],
  ])("%j → %s %p", (grade, scale, rank) => {
    expect(gradeRank(grade)).toEqual({ scale, rank });
  });
  it.each([["E"], [""], ["toString"], ["__proto__"], [5], [null]])("%p → null", (grade) => {
    expect(gradeRank(grade as string)).toBeNull();
  });
});
