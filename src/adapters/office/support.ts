/** The Excel JavaScript API set the adapter needs (merged areas: 1.13; cell properties, page layout: 1.9). */
export const REQUIRED_EXCEL_API = "1.13";

/**
 * Whether this Excel can run the task pane's jobs; the cell functions need less and keep working either way.
 * @example hostSupportsJobs() //=> false on Excel 2016 without updates
 */
export function hostSupportsJobs(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API);
}
