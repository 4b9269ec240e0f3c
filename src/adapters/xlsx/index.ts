export { openXlsx, newXlsx } from "./workbook";
export type { XlsxWorkbook } from "./workbook";
export { UnreadableWorkbook } from "./open-error";
export { sniffWorkbook, type FileKind } from "./sniff";
