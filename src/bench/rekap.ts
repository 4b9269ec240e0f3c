import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { EXAMPLE_INPUT } from "../cli/demo";
import { benchLine } from "./measure";

const COUNTS = [50, 500];

/**
 * `sakip rekap` through the installed command over 50 and 500 agency workbooks (the example, copied):
 * files per second, node start-up included; one thread as well at 50 (500 on one thread would take minutes).
 */
export async function rekapSection(): Promise<string[]> {
  const lines: string[] = [];
  for (const count of COUNTS) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-bench-rekap-"));
    try {
      for (let i = 1; i <= count; i++) fs.copyFileSync(EXAMPLE_INPUT, path.join(dir, `opd-${i}.xlsx`));
      const parallel = run(dir, count, []);
      lines.push(
        benchLine(`rekap_${count}_files_per_s`, (count * 1000) / parallel.ms, "files/s", 1),
        benchLine(`rekap_${count}_ms`, parallel.ms, "ms"),
        benchLine(`rekap_${count}_threads`, parallel.threads, "threads"),
      );
      if (count === COUNTS[0]) {
        const single = run(dir, count, ["--utas", "1"]);
        lines.push(
          benchLine(`rekap_${count}_one_thread_files_per_s`, (count * 1000) / single.ms, "files/s", 1),
        );
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return lines;
}

function run(dir: string, count: number, extra: string[]): { ms: number; threads: number } {
  const bin = path.join(__dirname, "..", "..", "bin", "sakip.js");
  const start = performance.now();
  const child = spawnSync(process.execPath, [bin, "rekap", dir, "--json", ...extra], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  const summary = (JSON.parse(child.stdout) as { summary: { threads: number; files: number } }).summary;
  if (summary.files !== count) throw new Error(`rekap read ${summary.files} of ${count} files`);
  return { ms, threads: summary.threads };
}
