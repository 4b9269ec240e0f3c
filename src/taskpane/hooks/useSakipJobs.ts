import { useCallback, useState } from "react";
import type { WorkbookPort } from "../../workbook/port";
import type { CheckResult, GenerateResult, JobOptions } from "../../jobs/types";
import { checkWorkbook } from "../../jobs/check-workbook";
import { generateReport } from "../../jobs/generate-report";
import { createTemplate } from "../../jobs/create-template";
import { describeError } from "../errors";

export type Task = "periksa" | "laporan" | "templat";

/** What the task pane shows; one state at a time, so a stale result never sits beside a new error. */
export type JobState =
  | { status: "idle" }
  | { status: "running"; task: Task; progress?: { done: number; total: number; sheet: string } }
  | { status: "checked"; result: CheckResult }
  | { status: "generated"; result: GenerateResult }
  | { status: "template"; sheets: string[] }
  | { status: "failed"; task: Task; message: string };

/** Runs the jobs through the given port and keeps the task pane's state; errors are shown, never swallowed. */
export function useSakipJobs(port: WorkbookPort) {
  const [state, setState] = useState<JobState>({ status: "idle" });

  const run = useCallback(async (task: Task, work: () => Promise<JobState>) => {
    setState({ status: "running", task });
    try {
      setState(await work());
    } catch (error) {
      setState({ status: "failed", task, message: describeError(error) });
    }
  }, []);

  const periksa = useCallback(
    (options: JobOptions) =>
      run("periksa", async () => ({ status: "checked", result: await checkWorkbook(port, options) })),
    [port, run],
  );
  const buatLaporan = useCallback(
    (options: JobOptions) =>
      run("laporan", async () => {
        const onProgress = (done: number, total: number, sheet: string) =>
          setState({ status: "running", task: "laporan", progress: { done, total, sheet } });
        return { status: "generated", result: await generateReport(port, options, onProgress) };
      }),
    [port, run],
  );
  const buatTemplat = useCallback(
    () => run("templat", async () => ({ status: "template", sheets: (await createTemplate(port)).sheets })),
    [port, run],
  );

  return { state, periksa, buatLaporan, buatTemplat };
}
