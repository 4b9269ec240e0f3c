export { officePort } from "./port";
export type { OfficePortOptions, Runner } from "./port";
