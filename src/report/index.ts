export { buildReport } from "./build-report";
export { buildReportWithSummary } from "./build-report-with-summary";
export { REPORT_SHEETS, REPORT_SHEET_KEYS } from "./report-sheets";
export type { ReportSheetKey } from "./report-sheets";
export type { ReportOptions } from "./options";
export { reportSummary, TIDAK_DAPAT_DIHITUNG } from "./summary";
export type { ReportSummary } from "./summary";
