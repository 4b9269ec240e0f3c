import ExcelJS from "exceljs";
import { openXlsx } from "../adapters/xlsx";
import { checkWorkbook } from "../jobs/check-workbook";
import { generateReport } from "../jobs/generate-report";
import { readWorkbook } from "../jobs/read-workbook";

export type ExampleJob = "read" | "check" | "generate" | "exceljs";

/** One job on one file, from the file on disk to its answer: rows read, findings, bytes written. */
const JOBS: Record<ExampleJob, (file: string) => Promise<number>> = {
  read: async (file) => (await readWorkbook(await openXlsx(file))).tables.reduce((n, t) => n + t.rows, 0),
  check: async (file) => (await checkWorkbook(await openXlsx(file))).findings.length,
  generate: async (file) => {
    const book = await openXlsx(file);
    await generateReport(book, {});
    return (await book.toBuffer()).length;
  },
  // The floor under every job: ExcelJS alone reading the file and writing it back.
  exceljs: async (file) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return (await wb.xlsx.writeBuffer()).byteLength;
  },
};

/*
 * Runs in its own process so that its time and peak memory (maxRSS) are the job's alone. Prints one JSON line.
 */
async function run(job: ExampleJob, file: string): Promise<void> {
  const start = performance.now();
  const size = await JOBS[job](file);
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, size, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
}

run(process.argv[2] as ExampleJob, process.argv[3]).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
