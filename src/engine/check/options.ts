/** The settings runChecks reads; the same fields as JobOptions (src/jobs/types.ts), kept here so the engine imports nothing outside it. */
export type JobOptionsLike = { tahun?: number; batas?: number | null };
