import { isGivenName, planSheets } from "../../src/jobs/plan-sheets";
import type { SheetSpec } from "../../src/engine/model/sheet-spec";
import type { SheetInfo } from "../../src/workbook/port";

function spec(key: string, name: string): SheetSpec {
  return {
    key,
    name,
    role: "report",
    blocks: [],
    numberFormats: [],
    formats: [],
    merges: [],
    columnWidths: [],
  };
}
const report = (key: string, name: string): SheetInfo => ({ name, tag: { role: "report", key } });

describe("planSheets: the add-in only ever replaces its own report sheets", () => {
  it.each<[string, SheetInfo[], string[], string[]]>([
    ["empty workbook: nothing removed", [{ name: "Kinerja" }], [], ["Capaian Kinerja"]],
    [
      "own sheet of the same key is replaced",
      [report("capaian", "Capaian Kinerja")],
      ["Capaian Kinerja"],
      ["Capaian Kinerja"],
    ],
    [
      "own sheet the user renamed is theirs now: kept, though its tag moved with it",
      [report("capaian", "Capaian saya")],
      [],
      ["Capaian Kinerja"],
    ],
    [
      "own sheet under the (n) name the add-in gave it is still replaced",
      [{ name: "Capaian Kinerja" }, report("capaian", "Capaian Kinerja (2)")],
      ["Capaian Kinerja (2)"],
      ["Capaian Kinerja (2)"],
    ],
    [
      "own sheet renamed only in case is still replaced (Excel names ignore case)",
      [report("capaian", "CAPAIAN KINERJA")],
      ["CAPAIAN KINERJA"],
      ["Capaian Kinerja"],
    ],
    [
      "user sheet with the wanted name is kept; ours gets (2)",
      [{ name: "Capaian Kinerja" }],
      [],
      ["Capaian Kinerja (2)"],
    ],
    ["names compare without case, like Excel", [{ name: "capaian kinerja" }], [], ["Capaian Kinerja (2)"]],
    [
      "template sheet with the same name is kept",
      [{ name: "Capaian Kinerja", tag: { role: "template", key: "capaian" } }],
      [],
      ["Capaian Kinerja (2)"],
    ],
    ["own sheet of another key is left alone", [report("analisis", "Analisis")], [], ["Capaian Kinerja"]],
  ])("%s", (_rule, existing, removed, finalNames) => {
    const { plan, names } = planSheets(existing, [spec("capaian", "Capaian Kinerja")], "report");
    expect(plan.remove).toEqual(removed);
    expect(names.map((n) => n.name)).toEqual(finalNames);
    expect(plan.rename.map((r) => r.to)).toEqual(finalNames);
  });

  it("lists the report sheets the user renamed as adopted (theirs now)", () => {
    const { adopted } = planSheets(
      [report("ringkasan", "Ringkasan versi lama"), report("capaian", "Capaian Kinerja")],
      [spec("ringkasan", "Ringkasan"), spec("capaian", "Capaian Kinerja")],
      "report",
    );
    expect(adopted).toEqual([{ key: "ringkasan", name: "Ringkasan versi lama" }]);
  });

  it.each([
    ["Ringkasan", "Ringkasan", true],
    ["ringkasan (12)", "Ringkasan", true],
    ["Ringkasan (1)", "Ringkasan", false],
    ["Ringkasan versi lama", "Ringkasan", false],
    ["Ringkasan (lama)", "Ringkasan", false],
    ["Perbandingan Capaian Kinerj (2)", "Perbandingan Capaian Kinerja Tahun", true],
    ["Perbandingan Capaian Kinerja (2)", "Perbandingan Capaian Kinerja Tahun", false],
  ])("isGivenName(%p, %p) → %p", (name, wanted, given) => {
    expect(isGivenName(name, wanted)).toBe(given);
  });

  it("creates every new sheet under a temporary name that collides with nothing, before removing old ones", () => {
    const existing = [report("capaian", "Capaian Kinerja"), { name: "~sakip 1" }];
    const { plan } = planSheets(
      existing,
      [spec("capaian", "Capaian Kinerja"), spec("analisis", "Analisis")],
      "report",
    );
    const temps = plan.create.map((c) => c.name);
    expect(new Set(temps).size).toBe(2);
    expect(temps).not.toContain("~sakip 1");
    expect(temps.every((t) => !existing.some((e) => e.name === t))).toBe(true);
    expect(plan.rename.map((r) => r.from)).toEqual(temps);
  });

  it("reports each sheet that could not take its wanted name", () => {
    const { renamed } = planSheets(
      [{ name: "Analisis" }, { name: "Analisis (2)" }],
      [spec("analisis", "Analisis")],
      "report",
    );
    expect(renamed).toEqual([{ key: "analisis", wanted: "Analisis", used: "Analisis (3)" }]);
  });

  it("keeps suffixed names within Excel's 31-character limit", () => {
    const long = "Perbandingan Capaian Kinerja Tahun";
    const { names } = planSheets([{ name: long.slice(0, 31) }], [spec("x", long)], "report");
    expect(names[0].name.length).toBeLessThanOrEqual(31);
    expect(names[0].name.endsWith(" (2)")).toBe(true);
  });

  it("never replaces template sheets, even of the same key", () => {
    const tpl: SheetInfo = { name: "Kinerja", tag: { role: "template", key: "kinerja" } };
    const s = { ...spec("kinerja", "Kinerja"), role: "template" as const };
    const { plan, names } = planSheets([tpl], [s], "template");
    expect(plan.remove).toEqual([]);
    expect(names[0].name).toBe("Kinerja (2)");
  });
});
