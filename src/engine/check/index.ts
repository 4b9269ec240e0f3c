export type { Finding, RuleId, Severity } from "./finding";
export type { Evals, CheckContext, Rule, RuleEntry } from "./types";
export type { JobOptionsLike } from "./options";
export { runChecks } from "./run-checks";
export { RULES } from "./registry";
export { sortFindings } from "./sort-findings";
export { parseA1 } from "../sheet/a1";
export { agreeCell, statedDecimals } from "./stated";
