import type { EvaluateOptions } from "../options";

/** The settings runChecks reads: the engine's one options type (JobOptions in src/jobs is the same type). */
export type JobOptionsLike = EvaluateOptions;
