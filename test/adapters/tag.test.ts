import { checkPlan } from "../../src/adapters/plan-check";
import { freeTagName, parseTagName, sheetOfReference, tagName } from "../../src/adapters/tag";
import type { SheetTag } from "../../src/workbook/port";

describe("tag names encode role and key as a valid, reversible defined name", () => {
  it.each<[SheetTag, string]>([
    [{ role: "report", key: "capaian-kinerja" }, "_SAKIP_report_capaian.kinerja"],
    [{ role: "template", key: "Kinerja" }, "_SAKIP_template_Kinerja"],
    [{ role: "report", key: "a_b c.d" }, "_SAKIP_report_a_005fb_0020c_002ed"],
  ])("%j ↔ %s", (tag, name) => {
    expect(tagName(tag)).toBe(name);
    expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
    expect(parseTagName(name)).toEqual(tag);
  });

  it.each(["_SAKIP2_report_x", "_SAKIP17_report_x"])("a numbered twin %s reads as the same tag", (name) => {
    expect(parseTagName(name)).toEqual({ role: "report", key: "x" });
  });

  it.each([
    "Print_Area",
    "_SAKIP_user_x",
    "_SAKIP_report_",
    "_SAKIP_report_a_zz",
    "_xlnm.Print_Titles",
    "SAKIP_report_x",
  ])("%s is not a tag", (name) => {
    expect(parseTagName(name)).toBeNull();
  });

  it("the first free name skips names already taken, case-insensitively", () => {
    const tag: SheetTag = { role: "report", key: "x" };
    expect(freeTagName(tag, new Set())).toBe("_SAKIP_report_x");
    expect(freeTagName(tag, new Set(["_sakip_report_x", "_sakip2_report_x"]))).toBe("_SAKIP3_report_x");
  });
});

describe("sheetOfReference reads the sheet of a name's reference", () => {
  it.each([
    ["='Capaian Kinerja'!$A$1", "Capaian Kinerja"],
    ["'It''s'!$A$1", "It's"],
    ["=Kinerja!$A$1", "Kinerja"],
    ["Kinerja!A2", "Kinerja"],
    ["=#REF!$A$1", null],
    ["=#REF!", null],
    ["='A'!$A$1:$B$2", null],
    ["=1+1", null],
  ])("%s → %s", (ref, sheet) => {
    expect(sheetOfReference(ref)).toBe(sheet);
  });
});

describe("checkPlan refuses, before any change, what would harm a user's sheet", () => {
  const existing = [{ name: "Data" }, { name: "Capaian", tag: { role: "report" as const, key: "c" } }];
  it.each([
    [{ create: [], remove: ["Capaian"], rename: [] }, []],
    [
      {
        create: [{ name: "Capaian 2" }],
        remove: ["Capaian"],
        rename: [{ from: "Capaian 2", to: "Capaian" }],
      },
      [],
    ],
    [
      { create: [], remove: ["Data"], rename: [] },
      ['Lembar "Data" bukan buatan add-in SAKIP; add-in tidak akan menghapus atau mengubahnya'],
    ],
    [
      { create: [], remove: [], rename: [{ from: "Capaian", to: "DATA" }] },
      ['Lembar "Capaian" tidak dapat diganti nama menjadi "DATA": nama itu sudah dipakai'],
    ],
    [
      { create: [{ name: "X" }, { name: "x" }], remove: [], rename: [] },
      ['Lembar "x" diminta dibuat lebih dari sekali'],
    ],
    [{ create: [{ name: "a".repeat(32) }], remove: [], rename: [] }, [expect.stringMatching(/tidak sah/)]],
    [{ create: [{ name: "'kutip" }], remove: [], rename: [] }, [expect.stringMatching(/tidak sah/)]],
    [{ create: [], remove: [], rename: [], activate: "Hilang" }, ['Lembar "Hilang" tidak ditemukan']],
  ])("%j → %j", (plan, problems) => {
    const full = { ...plan, create: plan.create.map((c) => ({ ...c, spec: {} as never })) };
    expect(checkPlan(full, existing)).toEqual(problems);
  });
});
