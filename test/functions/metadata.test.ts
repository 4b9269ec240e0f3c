import * as fs from "fs";
import * as path from "path";
import { CATALOG, HELP_PAGE } from "../../src/functions/catalog";
import { loadMetadata, ROOT, wrapperFor, type Metadata } from "./metadata-helper";
import "./custom-functions-stub";

// Parameter spec: name, "[]" = matrix (a range), "?" = optional. Every parameter is type "any" so that
// Excel hands text numbers ("1.234,5") to our coercion instead of rejecting them itself.
const EXPECTED: [id: string, params: string[], result: "number" | "string"][] = [
  ["CAPAIAN", ["target", "realisasi", "polaritas?", "batas?"], "number"],
  ["KRITERIA", ["capaian", "skala[]?"], "string"],
  ["PREDIKAT", ["nilai"], "string"],
  ["SERAPAN", ["pagu", "realisasi"], "number"],
  ["SISA", ["pagu", "realisasi"], "number"],
  ["EFISIENSI", ["capaian", "serapan", "metode?"], "number"],
  ["KATEGORIEFISIENSI", ["nilai", "metode?"], "string"],
  ["KEMAJUAN", ["realisasi[]", "target_akhir", "polaritas?"], "number"],
  ["TAHUNAN", ["triwulan[]", "agregasi?", "satuan?"], "number"],
  ["RATA", ["rentang_capaian[]", "batas?"], "number"],
  ["ANGKA", ["teks"], "number"],
  ["SELISIH", ["sebelum", "sesudah"], "number"],
  ["PERTUMBUHAN", ["sebelum", "sesudah"], "number"],
];

let meta: Metadata;
beforeAll(async () => {
  meta = await loadMetadata();
}, 30_000);

const byId = (id: string) => {
  const found = meta.functions.find((f) => f.id === id);
  if (!found) throw new Error(`functions.json has no ${id}`);
  return found;
};

describe("the metadata generator accepts src/functions", () => {
  it("reports no errors and exactly the expected functions", () => {
    expect(meta.errors).toEqual([]);
    expect(meta.functions.map((f) => f.id).sort()).toEqual(EXPECTED.map(([id]) => id).sort());
  });
});

describe("each function has the expected id, parameters and result", () => {
  it.each(EXPECTED)("%s", (id, params, result) => {
    const f = byId(id);
    expect(f.name).toBe(id);
    const actual = f.parameters.map(
      (p) => `${p.name}${p.dimensionality === "matrix" ? "[]" : ""}${p.optional ? "?" : ""}`,
    );
    expect(actual).toEqual(params);
    expect(f.parameters.every((p) => p.type === "any")).toBe(true);
    expect(f.result).toEqual({ type: result });
    expect(f.options ?? {}).toEqual({});
  });
});

describe("the JSDoc says what the catalog (help page, README) says, in Indonesian", () => {
  it.each(CATALOG.map((e) => [e.id, e] as const))("%s", (id, entry) => {
    const f = byId(id);
    expect(f.description).toBe(entry.description);
    expect(f.helpUrl).toBe(`${HELP_PAGE}#${entry.anchor}`);
    expect(f.parameters.map((p) => [p.name, p.description, p.optional ?? false])).toEqual(
      entry.params.map((p) => [p.name, p.description, p.optional ?? false]),
    );
    // Indonesian, not the generator's English placeholder or an empty string.
    for (const text of [f.description, ...f.parameters.map((p) => p.description)]) {
      expect(text).toMatch(/\S{3,}/);
      expect(text).not.toMatch(/\b(the|and|of|value)\b/i);
    }
  });
});

describe("every metadata entry is associated with the wrapper it names", () => {
  it("one association per function, ids matching", () => {
    expect(meta.associate.map((a) => a.id).sort()).toEqual(meta.functions.map((f) => f.id).sort());
  });

  it.each(EXPECTED.map(([id]) => [id]))("%s calls an exported wrapper of the right arity", (id) => {
    const entry = meta.associate.find((a) => a.id === id)!;
    const wrapper = wrapperFor(entry);
    expect(wrapper.length).toBe(byId(id).parameters.length);
    // Calling it through the association reaches the engine: a blank first argument is rejected.
    expect(() => wrapper(null, null, null, null)).toThrow();
  });

  it("the functions entry imports every wrapper file, so each association is bundled", () => {
    const entry = fs.readFileSync(path.join(ROOT, "src", "functions", "functions.ts"), "utf8");
    const imported = [...entry.matchAll(/^import "\.\/([\w-]+)";$/gm)].map((m) => `${m[1]}.ts`).sort();
    const files = [...new Set(meta.associate.map((a) => path.basename(a.sourceFileName)))].sort();
    expect(imported).toEqual(files);
  });
});
