export { readModel } from "./read-model";
export type { ReadOptions } from "./read-model";
export { a1, colLetter, parseA1, parseRange, rangeA1 } from "./a1";
export { normalise, headerWords, classifyHeader } from "./headers";
export type {
  SheetGrid,
  GridCell,
  GridValue,
  WorkbookPort,
  WritePlan,
  SheetInfo,
  SheetTag,
  Progress,
} from "./port";
