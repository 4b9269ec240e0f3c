import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { JobOptions } from "../jobs/types";
import { unusableAgency, type RekapAgency } from "../report/rekap";
import { readAgency } from "./rekap-read";

/** A file handed to a reader thread; `index` puts its row back in the order of the files. */
export type RekapJob = { index: number; file: string; options: JobOptions };
export type RekapDone = { index: number; agency: RekapAgency | null };

/** Called after each file: files done of files total (the progress line). */
export type OnRead = (done: number, total: number) => void;

/** The rows in the order of the files (null: an earlier rekap, skipped), and how many threads read them. */
export type ReadAll = { agencies: (RekapAgency | null)[]; threads: number };

/**
 * Reads every file, a thread per core when the compiled reader (lib/cli/rekap-worker.js) is there, else one
 * after the other in this thread (under ts-jest, or one file). Rows come back in the order of `files`.
 * @example (await readAgencies(["a.xlsx", "b.xlsx"], {}, () => {})).agencies.map((a) => a.file) //=> ["a.xlsx", "b.xlsx"]
 */
export async function readAgencies(
  files: string[],
  options: JobOptions,
  onRead: OnRead,
  threads = defaultThreads(files.length),
): Promise<ReadAll> {
  const script = workerScript();
  const used = Math.min(threads, files.length);
  if (!script || used < 2) return { agencies: await readInProcess(files, options, onRead), threads: 1 };
  return { agencies: await readInWorkers(script, files, options, onRead, used), threads: used };
}

/** Whether the files will be read by worker threads (the compiled CLI) rather than in this thread. */
export function workerScript(): string | null {
  const script = path.join(__dirname, "rekap-worker.js");
  return fs.existsSync(script) ? script : null;
}

// A thread loads its own copy of the reader (ExcelJS …), about as much work as reading several small
// workbooks: below this many files per thread, an extra thread costs more than it saves.
const FILES_PER_THREAD = 8;

/**
 * One reader thread per core the process may use, but no more than the files make worth starting.
 * @example defaultThreads(9) //=> 1 on any machine; defaultThreads(500) //=> 8 on eight cores
 */
export function defaultThreads(files: number): number {
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_THREAD)));
}

async function readInProcess(
  files: string[],
  options: JobOptions,
  onRead: OnRead,
): Promise<(RekapAgency | null)[]> {
  const agencies: (RekapAgency | null)[] = [];
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
): Promise<(RekapAgency | null)[]> {
  return new Promise((resolve) => {
    const agencies = new Array<RekapAgency | null>(files.length);
    let next = 0;
    let done = 0;
    const settle = (index: number, agency: RekapAgency | null) => {
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
