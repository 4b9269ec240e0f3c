import type { EvaluateOptions } from "../engine/options";

/** Settings of the report and the check: the engine's one options type; src/jobs re-exports it as JobOptions. */
export type ReportOptions = EvaluateOptions;
