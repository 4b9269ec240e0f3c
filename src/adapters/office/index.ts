export { officePort } from "./port";
export { selectCell } from "./select";
export type { OfficePortOptions, Runner } from "./port";
export { describeOfficeError } from "./errors";
export { hostSupportsJobs, REQUIRED_EXCEL_API } from "./support";
export { selectedRange, type Selection } from "./select";
export { colourKriteria, decimalSeparator, KRITERIA_RULES } from "./kriteria-format";
