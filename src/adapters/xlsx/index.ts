export { openXlsx, newXlsx } from "./workbook";
export type { XlsxWorkbook } from "./workbook";
