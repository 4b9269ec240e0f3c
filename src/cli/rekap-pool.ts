import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { JobOptions } from "../jobs/types";
import { unusableAgency, type RekapAgency } from "../report/rekap";
import { readAgency } from "./rekap-read";

/** A file handed to a reader thread; `index` puts its row back in the order of the files. */
export type RekapJob = { index: number; file: string; options: JobOptions };
export type RekapDone = { index: number; agency: RekapAgency };

/** Called after each file: files done of files total (the progress line). */
export type OnRead = (done: number, total: number) => void;

/**
 * Reads every file, a thread per core when the compiled reader (lib/cli/rekap-worker.js) is there, else one
 * after the other in this thread (under ts-jest, or one file). Rows come back in the order of `files`.
 * @example (await readAgencies(["a.xlsx", "b.xlsx"], {}, () => {})).map((a) => a.file) //=> ["a.xlsx", "b.xlsx"]
 */
export async function readAgencies(
  files: string[],
  options: JobOptions,
  onRead: OnRead,
  threads = defaultThreads(),
): Promise<RekapAgency[]> {
  const script = workerScript();
  if (!script || threads < 2 || files.length < 2) return readInProcess(files, options, onRead);
  return readInWorkers(script, files, options, onRead, Math.min(threads, files.length));
}

/** Whether the files will be read by worker threads (the compiled CLI) rather than in this thread. */
export function workerScript(): string | null {
  const script = path.join(__dirname, "rekap-worker.js");
  return fs.existsSync(script) ? script : null;
}

function defaultThreads(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

async function readInProcess(files: string[], options: JobOptions, onRead: OnRead): Promise<RekapAgency[]> {
  const agencies: RekapAgency[] = [];
  for (const file of files) {
    agencies.push(await readAgency(file, options));
    onRead(agencies.length, files.length);
  }
  return agencies;
}

// Each thread takes the next file as soon as it is done, so one large workbook does not hold up the rest.
// A thread that dies (out of memory on a huge file) costs only its file's row; a new thread takes over.
function readInWorkers(
  script: string,
  files: string[],
  options: JobOptions,
  onRead: OnRead,
  threads: number,
): Promise<RekapAgency[]> {
  return new Promise((resolve) => {
    const agencies: RekapAgency[] = new Array<RekapAgency>(files.length);
    let next = 0;
    let done = 0;
    const settle = (index: number, agency: RekapAgency) => {
      agencies[index] = agency;
      onRead(++done, files.length);
      if (done === files.length) resolve(agencies);
    };
    const start = () => {
      // execArgv [] : the CLI's V8 flags (runtime-flags.ts) are per process, refused by a worker.
      const worker = new Worker(script, { execArgv: [] });
      let current = -1;
      const feed = () => {
        if (next >= files.length) return void worker.terminate();
        current = next++;
        const job: RekapJob = { index: current, file: files[current], options };
        worker.postMessage(job);
      };
      const lost = () => {
        if (current < 0) return;
        const index = current;
        current = -1;
        settle(index, unusableAgency(files[index], LOST));
        if (next < files.length) start();
      };
      worker.on("message", (message: RekapDone) => {
        current = -1;
        settle(message.index, message.agency);
        feed();
      });
      worker.on("error", lost);
      worker.on("exit", lost);
      feed();
    };
    for (let i = 0; i < threads; i++) start();
  });
}

const LOST =
  "Pembacaan berkas ini terhenti tiba-tiba (mungkin memori komputer tidak cukup untuk berkas sebesar ini). " +
  "Periksa berkas ini sendiri dengan 'sakip check'.";
