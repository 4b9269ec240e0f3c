export { officePort } from "./port";
export { selectCell } from "./select";
export type { OfficePortOptions, Runner } from "./port";
