import { parentPort } from "node:worker_threads";
import { readAgency } from "./rekap-read";
import type { RekapJob, RekapDone } from "./rekap-pool";

// One reader thread of `sakip rekap` (rekap-pool.ts starts one per core): reads the files it is handed, one at
// a time, and posts each agency's row back; the row is plain data, copied by structured clone.
parentPort?.on("message", (job: RekapJob) => {
  void readAgency(job.file, job.options).then((agency) => {
    const done: RekapDone = { index: job.index, agency };
    parentPort?.postMessage(done);
  });
});
