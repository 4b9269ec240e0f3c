import { quoteSheet } from "./a1";

/**
 * The address of a hyperlink to a cell of another workbook, as both writers store it: the relative file
 * path as a URI (spaces, "#" and non-ASCII letters escaped, so "#" still separates the cell), then the cell.
 * @example fileLinkAddress("opd 1.xlsx", "Kinerja", "P2") //=> "opd%201.xlsx#'Kinerja'!P2"
 */
export function fileLinkAddress(file: string, sheet: string, cell: string): string {
  return `${encodeURI(file).replace(/#/g, "%23")}#${quoteSheet(sheet)}!${cell}`;
}
