import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookPort } from "../../workbook/port";
import type { CheckResult, GenerateResult, JobOptions } from "../../jobs/types";
import type { Model } from "../../engine/model/types";
import type { Settings } from "../../workbook/settings-sheet";
import type { PetaTabel } from "../../workbook/peta";
import { checkWorkbook } from "../../jobs/check-workbook";
import { generateReport } from "../../jobs/generate-report";
import { createTemplate } from "../../jobs/create-template";
import { readWorkbookAndSettings } from "../../jobs/read-workbook";
import { saveSettings } from "../../jobs/settings";
import { proposeForSelection, savePetaTabel, type MapProposal } from "../../jobs/map-table";
import { describeError } from "../errors";

export type Task = "periksa" | "laporan" | "templat" | "baca" | "simpan" | "warna";

/** What the result area shows; one state at a time, so a stale result never sits beside a new error. */
export type JobState =
  | { status: "idle" }
  | {
      status: "running";
      task: Task;
      progress?: { done: number; total: number; sheet: string; written?: string[] };
    }
  | { status: "checked"; result: CheckResult }
  | { status: "confirm"; result: CheckResult; options: JobOptions }
  | { status: "generated"; result: GenerateResult }
  | { status: "template"; sheets: string[] }
  | { status: "done"; message: string; warning?: boolean }
  | { status: "failed"; task: Task; message: string };

/** What the pane needs from Excel besides the WorkbookPort (the Office adapter in Excel, fakes in tests). */
export type PaneHost = {
  port: WorkbookPort;
  goTo: (sheet: string, cell: string) => Promise<void>;
  selection?: () => Promise<{ sheet: string; address: string }>;
  colourKriteria?: () => Promise<{ sheet: string; address: string }>;
};

/**
 * Runs the jobs through the host and keeps the pane's state; errors are shown, never swallowed.
 * `data` is what the reader understood and the stored settings, read on open and after each save.
 */
export function useSakipJobs(host: PaneHost | WorkbookPort, autoLoad = false, lang: "id" | "en" = "id") {
  const h: PaneHost = "port" in host ? host : { port: host, goTo: async () => undefined };
  const port = h.port;
  const [state, setState] = useState<JobState>({ status: "idle" });
  const [data, setData] = useState<{ model?: Model; settings?: Settings; loaded: boolean }>({
    loaded: false,
  });
  const [proposal, setProposal] = useState<MapProposal | undefined>();
  const hostRef = useRef(h);
  hostRef.current = h;

  const run = useCallback(
    async (task: Task, work: () => Promise<JobState | undefined>) => {
      setState({ status: "running", task });
      try {
        setState((await work()) ?? { status: "idle" });
      } catch (error) {
        setState({ status: "failed", task, message: describeError(error, lang) });
      }
    },
    [lang],
  );

  const reload = useCallback(async () => {
    const read = await readWorkbookAndSettings(port);
    setData({ ...read, loaded: true });
    return read;
  }, [port]);

  const baca = useCallback(() => run("baca", async () => void (await reload())), [run, reload]);

  useEffect(() => {
    if (autoLoad) void baca();
  }, [autoLoad, baca]);

  const periksa = useCallback(
    (options: JobOptions) =>
      run("periksa", async () => ({ status: "checked", result: await checkWorkbook(port, options) })),
    [port, run],
  );
  const generate = useCallback(
    (options: JobOptions) =>
      run("laporan", async () => {
        const written: string[] = [];
        const onProgress = (done: number, total: number, sheet: string) => {
          written.push(sheet);
          setState({
            status: "running",
            task: "laporan",
            progress: { done, total, sheet, written: [...written] },
          });
        };
        return { status: "generated", result: await generateReport(port, options, onProgress) };
      }),
    [port, run],
  );
  /** Checks first: errors are shown with the choice to continue before any sheet is written. */
  const buatLaporan = useCallback(
    async (options: JobOptions) => {
      setState({ status: "running", task: "laporan" });
      try {
        const result = await checkWorkbook(port, options);
        if (result.summary.errors > 0) return setState({ status: "confirm", result, options });
      } catch (error) {
        return setState({ status: "failed", task: "laporan", message: describeError(error, lang) });
      }
      await generate(options);
    },
    [port, generate, lang],
  );
  const buatTemplat = useCallback(
    () => run("templat", async () => ({ status: "template", sheets: (await createTemplate(port)).sheets })),
    [port, run],
  );
  const simpanPengaturan = useCallback(
    (settings: Settings, message: string) =>
      run("simpan", async () => {
        await saveSettings(port, settings);
        await reload();
        return { status: "done", message };
      }),
    [port, run, reload],
  );
  const petakan = useCallback(
    (unusable: string) =>
      run("baca", async () => {
        const selection = await hostRef.current.selection?.();
        if (!selection) return undefined;
        const proposed = await proposeForSelection(port, selection);
        setProposal(proposed);
        return proposed ? undefined : { status: "done", message: unusable, warning: true };
      }),
    [port, run],
  );
  const simpanPeta = useCallback(
    (entry: PetaTabel, message: string) =>
      run("simpan", async () => {
        await savePetaTabel(port, entry);
        setProposal(undefined);
        await reload();
        return { status: "done", message };
      }),
    [port, run, reload],
  );
  const warnai = useCallback(
    (message: (range: string) => string) =>
      run("warna", async () => {
        const r = await hostRef.current.colourKriteria?.();
        return r ? { status: "done", message: message(`${r.sheet}!${r.address}`) } : undefined;
      }),
    [run],
  );
  const cancel = useCallback(() => setState({ status: "idle" }), []);

  return {
    state,
    data,
    proposal,
    setProposal,
    periksa,
    buatLaporan,
    generate,
    buatTemplat,
    baca,
    simpanPengaturan,
    petakan,
    simpanPeta,
    warnai,
    cancel,
  };
}
