import { describeOfficeError } from "../adapters/office";

/** The Indonesian message the task pane shows for a failed job. */
export function describeError(error: unknown): string {
  const office = describeOfficeError(error);
  if (office) return office;
  // Our own layers already speak Indonesian (adapters' plan checks, reader diagnostics).
  if (error instanceof Error) return error.message;
  return String(error);
}
