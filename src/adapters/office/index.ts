export { officePort } from "./port";
export { selectCell } from "./select";
export type { OfficePortOptions, Runner } from "./port";
export { describeOfficeError } from "./errors";
