import { openXlsx } from "../adapters/xlsx";
import { generateReport } from "../jobs/generate-report";

/*
 * Runs in its own process so that peak memory (maxRSS) is the generate job's alone, not the bench's
 * other sections or the building of the input. Prints one JSON line.
 */
async function run(input: string): Promise<void> {
  const t0 = performance.now();
  const book = await openXlsx(input);
  const t1 = performance.now();
  const result = await generateReport(book, {});
  const t2 = performance.now();
  const bytes = await book.toBuffer();
  const t3 = performance.now();
  const out = {
    openMs: t1 - t0,
    jobMs: t2 - t1,
    saveMs: t3 - t2,
    sheets: result.sheets.length,
    bytes: bytes.length,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(JSON.stringify(out) + "\n");
}

run(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
