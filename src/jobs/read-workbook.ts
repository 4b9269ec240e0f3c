import { readInputs } from "./read-inputs";
import type { Model } from "../engine/model/types";
import type { WorkbookPort } from "../workbook/port";
import type { JobOptions } from "./types";
import type { Settings } from "../workbook/settings-sheet";

/**
 * "Baca": what the reader understood of the staff's sheets (never the add-in's report sheets):
 * every table with its columns' roles and header paths, every row with its origin cells, and the
 * reasons for whatever was set aside.
 */
export async function readWorkbook(port: WorkbookPort, options: JobOptions = {}): Promise<Model> {
  return (await readInputs(port, options)).model;
}

/** Tables that carry kinerja or anggaran values: what check and generate need at least one of. */
export function usableTables(model: Model): number {
  return model.tables.filter(
    (t) => ["kinerja", "anggaran", "kinerja+anggaran"].includes(t.kind) && t.rows > 0,
  ).length;
}

/**
 * The model and the settings stored in the workbook, in one read: what the task pane shows on open.
 * @example const { model, settings } = await readWorkbookAndSettings(port)
 */
export async function readWorkbookAndSettings(
  port: WorkbookPort,
  options: JobOptions = {},
): Promise<{ model: Model; settings?: Settings }> {
  const { model, settings } = await readInputs(port, options);
  return { model, settings };
}
