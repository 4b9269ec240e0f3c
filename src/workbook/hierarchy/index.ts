/** The hierarchy of budget rows: evidence per row, classes, candidate level orders and the sums that choose. */
export * from "./levels";
export { chooseHierarchy, assignLevels, type Placement } from "./choose";
export { BUKTI, classify, keywordLevel, type RowClass } from "./evidence";
export { numberRows, romanValue, stripNumber, type Numbering } from "./numbering";
