import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { EXAMPLE_INPUT } from "../cli/demo";
import { fmt } from "./measure";

const AGENCIES = 50;

/** `sakip rekap` through the installed command over 50 agency workbooks (the example, copied): files per second. */
export async function rekapSection(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-bench-rekap-"));
  try {
    for (let i = 1; i <= AGENCIES; i++) fs.copyFileSync(EXAMPLE_INPUT, path.join(dir, `opd-${i}.xlsx`));
    const parallel = run(dir, []);
    const single = run(dir, ["--utas", "1"]);
    return [
      `rekap ${AGENCIES} buku kerja instansi: ${fmt(perSecond(parallel.ms), 1)} berkas/detik dengan ${parallel.threads} utas ` +
        `(${fmt(parallel.ms)} ms; satu utas ${fmt(perSecond(single.ms), 1)} berkas/detik), termasuk menyalakan node`,
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function run(dir: string, extra: string[]): { ms: number; threads: number } {
  const bin = path.join(__dirname, "..", "..", "bin", "sakip.js");
  const start = performance.now();
  const child = spawnSync(process.execPath, [bin, "rekap", dir, "--json", ...extra], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  const summary = (JSON.parse(child.stdout) as { summary: { threads: number; files: number } }).summary;
  if (summary.files !== AGENCIES) throw new Error(`rekap read ${summary.files} of ${AGENCIES} files`);
  return { ms, threads: summary.threads };
}

function perSecond(ms: number): number {
  return (AGENCIES * 1000) / ms;
}
