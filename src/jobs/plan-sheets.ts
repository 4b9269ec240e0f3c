import type { SheetSpec, SheetRole } from "../engine/model/sheet-spec";
import type { SheetInfo, WritePlan } from "../workbook/port";

export type SheetPlan = {
  plan: WritePlan;
  /** Sheets whose wanted name belonged to a sheet the add-in does not own. */
  renamed: { key: string; wanted: string; used: string }[];
  /** Final name of each spec, in spec order. */
  names: { key: string; name: string }[];
  /** Add-in sheets the user renamed: theirs now, kept untouched (their tag is ignored). */
  adopted: { key: string; name: string }[];
};

const MAX_SHEET_NAME = 31;

/**
 * Plans how to write the add-in's sheets without touching any other sheet: new sheets are created under
 * temporary names, then the old report sheets of the same keys are removed, then the new ones renamed.
 * @example planSheets([{ name: "Capaian Kinerja" }], [spec("capaian-kinerja", "Capaian Kinerja")], "report")
 * //=> renamed: [{ wanted: "Capaian Kinerja", used: "Capaian Kinerja (2)" }] — the user's sheet keeps its name
 */
export function planSheets(existing: SheetInfo[], specs: SheetSpec[], role: SheetRole): SheetPlan {
  const specName = new Map(specs.map((s) => [s.key, s.name]));
  // Template sheets hold what staff typed after creating them: only report sheets are ever replaced.
  const ours =
    role === "report" ? existing.filter((s) => s.tag?.role === "report" && specName.has(s.tag.key)) : [];
  // A report sheet the user renamed ("Ringkasan versi lama") is theirs now: the tag moved with it
  // (Excel follows renames), but the name says the user made it their own.
  const replaced = ours.filter((s) => isGivenName(s.name, specName.get(s.tag!.key)!));
  const adopted = ours.filter((s) => !replaced.includes(s)).map((s) => ({ key: s.tag!.key, name: s.name }));
  const replacedNames = new Set(replaced.map((s) => s.name));
  const taken = new Set(existing.filter((s) => !replacedNames.has(s.name)).map((s) => s.name.toLowerCase()));
  const allNames = new Set(existing.map((s) => s.name.toLowerCase()));

  const renamed: SheetPlan["renamed"] = [];
  const names = specs.map((spec) => {
    const name = freeName(spec.name, taken);
    taken.add(name.toLowerCase());
    if (name !== spec.name) renamed.push({ key: spec.key, wanted: spec.name, used: name });
    return { key: spec.key, name };
  });

  const temp = specs.map((_, i) => tempName(i, allNames));
  return {
    plan: {
      create: specs.map((spec, i) => ({ name: temp[i], spec })),
      remove: replaced.map((s) => s.name),
      rename: names.map((n, i) => ({ from: temp[i], to: n.name })),
      activate: names[0]?.name,
    },
    renamed,
    names,
    adopted,
  };
}

/**
 * Whether `name` is one the add-in gives a sheet wanted as `wanted`: itself or "wanted (n)" (freeName),
 * compared without case like Excel.
 * @example isGivenName("Ringkasan (2)", "Ringkasan") //=> true; isGivenName("Ringkasan versi lama", "Ringkasan") //=> false
 */
export function isGivenName(name: string, wanted: string): boolean {
  const low = name.toLowerCase();
  const base = wanted.slice(0, MAX_SHEET_NAME).toLowerCase();
  if (low === base) return true;
  const m = /^(.*) \((\d+)\)$/.exec(low);
  return m !== null && Number(m[2]) >= 2 && m[1] === base.slice(0, MAX_SHEET_NAME - ` (${m[2]})`.length);
}

/** The wanted name, or "name (2)", "name (3)" … when a sheet that stays already has it (Excel names ignore case). */
function freeName(wanted: string, taken: Set<string>): string {
  const base = wanted.slice(0, MAX_SHEET_NAME);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function tempName(index: number, existing: Set<string>): string {
  for (let n = 0; ; n++) {
    const candidate = `~sakip ${index + 1}${n ? `-${n}` : ""}`;
    if (!existing.has(candidate.toLowerCase())) return candidate;
  }
}
