import { describeOfficeError } from "../adapters/office";

/** The message the task pane shows for a failed job, in the pane's language for Office's own errors. */
export function describeError(error: unknown, lang: "id" | "en" = "id"): string {
  const office = describeOfficeError(error, lang);
  if (office) return office;
  // Our own layers already speak Indonesian (adapters' plan checks, reader diagnostics).
  if (error instanceof Error) return error.message;
  return String(error);
}
