import { ID } from "../../src/taskpane/strings";
import { EN } from "../../src/taskpane/strings-en";
import { stringsFor } from "../../src/taskpane/i18n";
import { fieldLabel } from "../../src/taskpane/field-label";
import { PETA_FIELDS } from "../../src/workbook/peta";
import { CASCADE_TEXT_FIELDS } from "../../src/workbook/cascade-fields";

/** Every key path with the kind of its value ("function/2" for a function of two arguments). */
function shape(o: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object"
      ? shape(v as Record<string, unknown>, `${prefix}${k}.`)
      : [
          `${prefix}${k}:${typeof v === "function" ? `function/${(v as (...a: never[]) => unknown).length}` : typeof v}`,
        ],
  );
}

describe("strings: one module per language with the same keys", () => {
  it("English has exactly the Indonesian keys, functions taking the same arguments", () => {
    expect(shape(EN).sort()).toEqual(shape(ID).sort());
  });
  it("no English text is left empty or copied from the Indonesian where they must differ", () => {
    for (const key of ["periksa", "buatLaporan", "optionsTitle", "failedHint", "noFindings"] as const)
      expect(EN[key]).not.toBe(ID[key]);
    expect(shape(EN).length).toBeGreaterThan(50);
  });
  it.each([
    ["en-US", "en"],
    ["en-GB", "en"],
    ["EN", "en"],
    ["id-ID", "id"],
    ["de-DE", "id"],
    [undefined, "id"],
    ["", "id"],
  ])("displayLanguage %p → %s", (lang, expected) => {
    expect(stringsFor(lang).lang).toBe(expected);
  });
});

describe("fieldLabel: every field a column can hold has a readable name", () => {
  it.each([
    ["target", "Target", "Target"],
    ["realisasiTw2", "Realisasi TW II", "Actual TW II"],
    ["target2023", "Target 2023", "Target 2023"],
    ["capaian2022", "Capaian (%) tertulis 2022", "Stated achievement (%) 2022"],
    ["indikatorProgram", "Indikator program", "Programme indicator"],
    ["subKegiatan", "Sub kegiatan", "Sub-activity"],
    ["tidakAda", "tidakAda", "tidakAda"],
  ])("%s", (field, id, en) => {
    expect(fieldLabel(ID, field)).toBe(id);
    expect(fieldLabel(EN, field)).toBe(en);
  });
  it("every PETA_FIELDS entry and every cascading-table column has a label in both languages", () => {
    for (const f of [...PETA_FIELDS, ...CASCADE_TEXT_FIELDS]) {
      expect(ID.field[f]).toBeTruthy();
      expect(EN.field[f]).toBeTruthy();
    }
  });
});

describe("rule names follow the pane's language", () => {
  const { RULE_NAMES } = jest.requireActual(
    "../../src/engine/check/rule-names",
  ) as typeof import("../../src/engine/check/rule-names");
  const { ID } = jest.requireActual(
    "../../src/taskpane/strings",
  ) as typeof import("../../src/taskpane/strings");
  const { EN } = jest.requireActual(
    "../../src/taskpane/strings-en",
  ) as typeof import("../../src/taskpane/strings-en");
  it.each(Object.keys(RULE_NAMES))("%s has an English name of its own and the Indonesian one", (rule) => {
    expect(ID.ruleName(rule)).toBe(RULE_NAMES[rule as keyof typeof RULE_NAMES]);
    expect(EN.ruleName(rule)).not.toBe(rule);
    expect(EN.ruleName(rule)).not.toBe(ID.ruleName(rule));
  });
  it("an unknown rule prints as its code in both", () => {
    expect([ID.ruleName("NEW_RULE"), EN.ruleName("NEW_RULE")]).toEqual(["NEW_RULE", "NEW_RULE"]);
  });
});
