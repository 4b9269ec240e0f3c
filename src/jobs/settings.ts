import type { WorkbookPort, WritePlan, SheetInfo } from "../workbook/port";
import {
  SETTINGS_SHEET,
  readSettingsWithDiagnostics,
  settingsSpec,
  type Pengaturan,
  type Settings,
} from "../workbook/settings-sheet";
import type { Diagnostic } from "../engine/model/types";
import type { JobOptions } from "./types";

/**
 * The settings stored in the workbook (undefined when none), with the reason when they are unreadable.
 * @example await loadSettings(port) //=> { settings: { versi: 1, pengaturan: { tahun: 2024 } }, diagnostics: [] }
 */
export async function loadSettings(
  port: WorkbookPort,
): Promise<{ settings?: Settings; diagnostics: Diagnostic[] }> {
  return readSettingsWithDiagnostics(await port.readSheets());
}

/**
 * Writes `settings` into the workbook's settings sheet, replacing the previous one; no other sheet is touched.
 * @example await saveSettings(port, { versi: 1, pengaturan: { tahun: 2024 } })
 */
export async function saveSettings(port: WorkbookPort, settings: Settings): Promise<void> {
  await port.applyPlan(settingsPlan(await port.listSheets(), settings));
}

/**
 * The write plan: the new settings sheet under a temporary name, the old one(s) removed, then the rename.
 * A user's own sheet that happens to be called "_SAKIP_Pengaturan" is left alone: the new one gets " (2)".
 * @example settingsPlan([], { versi: 1 }).rename //=> [{ from: "_SAKIP_Pengaturan_baru", to: "_SAKIP_Pengaturan" }]
 */
export function settingsPlan(existing: SheetInfo[], settings: Settings): WritePlan {
  const old = existing.filter((s) => s.tag?.role === "settings").map((s) => s.name);
  const oldLow = new Set(old.map((n) => n.toLowerCase()));
  const staying = new Set(existing.map((s) => s.name.toLowerCase()).filter((n) => !oldLow.has(n)));
  const all = new Set(existing.map((s) => s.name.toLowerCase()));
  const temp = free(`${SETTINGS_SHEET}_baru`, all);
  const final = free(SETTINGS_SHEET, staying);
  return {
    create: [{ name: temp, spec: settingsSpec(settings) }],
    remove: old,
    rename: [{ from: temp, to: final }],
  };
}

function free(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted} (${n})`.toLowerCase())) return `${wanted} (${n})`;
}

/**
 * Job options: the explicit ones win, the stored pengaturan fill the rest.
 * @example withStoredSettings({ batas: 120 }, { tahun: 2024, batas: 100 }) //=> { tahun: 2024, batas: 120 }
 */
export function withStoredSettings(explicit: JobOptions, stored: Pengaturan | undefined): JobOptions {
  if (!stored) return explicit;
  const fromStore: JobOptions = {};
  if (stored.tahun !== undefined) fromStore.tahun = stored.tahun;
  // Absent skala already means "the workbook's Skala sheet, else Permendagri 86".
  if (stored.skala === "permendagri86" || stored.skala === "akip") fromStore.skala = stored.skala;
  if (stored.batas !== undefined) fromStore.batas = stored.batas;
  if (stored.efisiensi) fromStore.efisiensi = stored.efisiensi;
  if (stored.lembar) fromStore.sheets = stored.lembar;
  const out: JobOptions = { ...fromStore };
  for (const [k, v] of Object.entries(explicit)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
