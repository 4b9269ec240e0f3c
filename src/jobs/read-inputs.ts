import { readModel } from "../workbook";
import type { Model } from "../engine/model/types";
import type { SheetGrid, WorkbookPort } from "../workbook/port";
import { readSettingsWithDiagnostics, type Settings } from "../workbook/settings-sheet";
import { withStoredSettings } from "./settings";
import type { JobOptions } from "./types";

export type Inputs = { grids: SheetGrid[]; model: Model; options: JobOptions; settings?: Settings };

/**
 * What every job starts from: the sheets, the settings stored in the workbook (defaults under the explicit
 * options; its peta applied by the reader) and the model of the staff's tables (never the add-in's report
 * or settings sheets: readModel skips them).
 * @example const { model, options } = await readInputs(port, { batas: 100 })
 */
export async function readInputs(port: WorkbookPort, explicit: JobOptions = {}): Promise<Inputs> {
  const grids = await port.readSheets();
  const { settings, diagnostics } = readSettingsWithDiagnostics(grids);
  const options = withStoredSettings(explicit, settings?.pengaturan);
  // An explicit peta (the CLI's --peta) wins over the one stored in the workbook.
  const peta = explicit.peta ?? settings?.peta;
  const model = readModel(grids, peta ? { tahun: options.tahun, peta } : { tahun: options.tahun });
  model.diagnostics.push(...diagnostics);
  return { grids, model, options, settings };
}
