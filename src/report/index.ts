export { buildReport } from "./build-report";
export { REPORT_SHEETS, REPORT_SHEET_KEYS } from "./report-sheets";
export type { ReportSheetKey } from "./report-sheets";
export type { ReportOptions } from "./options";
export { reportSummary, TIDAK_DAPAT_DIHITUNG } from "./summary";
export type { ReportSummary } from "./summary";
