import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { RUNTIME_FLAGS } from "../cli/runtime-flags";
import type { ExampleJob } from "./example-child";
import { scaledExample } from "./example-scale";
import { benchLine, median } from "./measure";

const SCALES = [1, 10, 100];
const JOBS: ExampleJob[] = ["read", "check", "generate"];
const SCALE_RULE = 150; // issue 13: 100× the input may take at most 150× the time (no quadratic step)

const SIZE_NAME: Record<ExampleJob, string> = {
  read: "rows",
  check: "findings",
  generate: "output_kb",
  exceljs: "kb",
};
const SIZE_UNIT: Record<ExampleJob, string> = {
  read: "rows",
  check: "findings",
  generate: "KB",
  exceljs: "KB",
};

type Run = { ms: number; size: number; maxRssMb: number };

function runChild(job: ExampleJob, file: string): Run {
  const child = path.join(__dirname, "example-child.js");
  const out = execFileSync(process.execPath, [...RUNTIME_FLAGS, child, job, file], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out) as Run;
}

/** Median time and highest peak RSS over `runs` fresh processes. */
function measure(job: ExampleJob, file: string, runs: number): { ms: number; peakMb: number; size: number } {
  const all = Array.from({ length: runs }, () => runChild(job, file));
  return {
    ms: median(all.map((r) => r.ms)),
    peakMb: Math.max(...all.map((r) => r.maxRssMb)),
    size: all[0].size,
  };
}

/**
 * Read, check and generate of the bundled example at 1×, 10× and 100× its Kinerja and Anggaran rows,
 * each job in a fresh process (median of 3 runs, one at 100×), beside ExcelJS's bare read + write.
 */
export async function exampleSection(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-bench-contoh-"));
  const lines: string[] = [];
  const generateMs: Record<number, number> = {};
  try {
    for (const scale of SCALES) {
      const file = path.join(dir, `contoh-${scale}x.xlsx`);
      fs.writeFileSync(file, await scaledExample(scale));
      lines.push(benchLine(`input_${scale}x_kb`, fs.statSync(file).size / 1024, "KB", 1));
      const runs = scale < 100 ? 3 : 1;
      for (const job of JOBS) {
        const { ms, peakMb, size } = measure(job, file, runs);
        if (job === "generate") generateMs[scale] = ms;
        lines.push(
          benchLine(`${job}_${scale}x_ms`, ms, "ms", 1),
          benchLine(`${job}_${scale}x_peak_rss_mb`, peakMb, "MB"),
          // What the job produced, so a scaled input that silently read as less shows here.
          benchLine(
            `${job}_${scale}x_${SIZE_NAME[job]}`,
            job === "generate" ? size / 1024 : size,
            SIZE_UNIT[job],
          ),
        );
      }
      if (scale === 1) {
        const exceljs = measure("exceljs", file, 3).ms;
        lines.push(
          benchLine("exceljs_roundtrip_1x_ms", exceljs, "ms", 1),
          benchLine("generate_over_exceljs_roundtrip_1x", generateMs[1] / exceljs, "ratio", 2),
        );
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const ratio = generateMs[100] / generateMs[1];
  lines.push(
    benchLine("scale_100x_over_1x_generate", ratio, "ratio", 1),
    `scale_rule_100x_under_150x ${ratio < SCALE_RULE ? "PASS" : "FAIL"}`,
  );
  return lines;
}
