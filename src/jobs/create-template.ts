import type { SheetSpec } from "../engine/model/sheet-spec";
import type { WorkbookPort } from "../workbook/port";
import { buildTemplate, type TemplateInput } from "../workbook/template";
import { planSheets } from "./plan-sheets";

export type CreateTemplateResult = {
  sheets: string[]; // final names, in workbook order
  renamed: { key: string; wanted: string; used: string }[]; // a user sheet already had the name
};

/** Excel Table names must be unique in the workbook: "Kinerja (2)" gets the Table "Kinerja_2". */
function tableName(sheetName: string): string {
  return sheetName.replace(/\s*\((\d+)\)$/, "_$1").replace(/[^\p{L}\p{N}_]/gu, "_");
}

function withFinalNames(spec: SheetSpec, name: string): SheetSpec {
  if (!spec.tables?.length) return spec;
  return { ...spec, tables: spec.tables.map((t) => ({ ...t, name: tableName(name) })) };
}

/**
 * Writes the input template into the workbook without touching any existing sheet: a wanted
 * name already in use gets " (2)", " (3)" … and is reported in `renamed`.
 * @example await createTemplate(port) //=> { sheets: ["Petunjuk", "Profil", "Kinerja", "Anggaran", "Skala"], renamed: [] }
 */
export async function createTemplate(
  port: WorkbookPort,
  input: Partial<TemplateInput> = {},
): Promise<CreateTemplateResult> {
  // The reporting year is usually the year just ended (LKjIP are written in the first quarter).
  const tahun = input.tahun ?? new Date().getFullYear() - 1;
  const specs = buildTemplate({ ...input, tahun });
  const { plan, renamed, names } = planSheets(await port.listSheets(), specs, "template");
  const finalName = new Map(names.map((n) => [n.key, n.name]));
  const create = plan.create.map((c) => ({
    ...c,
    spec: withFinalNames(c.spec, finalName.get(c.spec.key) ?? c.spec.name),
  }));
  await port.applyPlan({ ...plan, create, activate: finalName.get("profil") ?? plan.activate });
  return { sheets: names.map((n) => n.name), renamed };
}
