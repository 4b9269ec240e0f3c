import { execFileSync } from "child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "fs";
import { basename, dirname, join } from "path";

const ROOT = join(__dirname, "..", "..", "..");
export const DIST = join(ROOT, "dist");
/** `npm run build:offline` lands in dist/ too; the tests keep theirs apart so both builds can be checked. */
export const DIST_OFFLINE = join(ROOT, "output", "dist-offline");
const SOURCES = ["src", "assets", "webpack.config.js", "manifest.xml", "package.json", "scripts"];
const LOCK_STALE_MS = 10 * 60_000;

export type BuildKind = "online" | "offline";
const OUT: Record<BuildKind, string> = { online: DIST, offline: DIST_OFFLINE };

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), st.mtimeMs);
}

function isFresh(out: string): boolean {
  const stamp = join(out, ".e2e-built");
  return (
    existsSync(join(out, "taskpane.html")) &&
    existsSync(stamp) &&
    statSync(stamp).mtimeMs >= Math.max(...SOURCES.map((s) => newest(join(ROOT, s))))
  );
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Whether the process that took a lock is gone (a test run stopped mid-build leaves its lock behind). */
function holderGone(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, "pid"), "utf8"));
  } catch {
    pid = 0; // just taken and not yet written, or already given back: look again shortly
  }
  if (!pid) return Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0) > LOCK_STALE_MS;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as { code?: string }).code === "ESRCH";
  }
}

/** Runs `work` holding a lock folder in output/, so two jest workers never build into one folder. */
function withLock<T>(out: string, work: () => T): T {
  const lock = join(ROOT, "output", `.${basename(out)}.build-lock`);
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error;
      if (holderGone(lock)) rmSync(lock, { recursive: true, force: true });
      else sleepSync(500);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function webpack(kind: BuildKind): void {
  const args = ["--mode", "production", ...(kind === "offline" ? ["--env", "offline"] : [])];
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), ...args, "--output-path", OUT[kind]],
    {
      cwd: ROOT,
      stdio: "pipe",
      timeout: 300_000,
    },
  );
}

/**
 * The production build of `kind` (online: dist/, offline: output/dist-offline/), built with webpack only
 * when missing or older than a source (keeps the suite fast). webpack leaves unchanged assets untouched,
 * so taskpane.html's own date says nothing: a stamp written after our build does (webpack's `clean`
 * removes it whenever anyone else builds there, forcing a rebuild).
 */
export function ensureDist(kind: BuildKind = "online"): { dir: string; built: boolean; ms: number } {
  const out = OUT[kind];
  if (isFresh(out)) return { dir: out, built: false, ms: 0 };
  return withLock(out, () => {
    if (isFresh(out)) return { dir: out, built: false, ms: 0 }; // another worker built it while we waited
    const start = Date.now();
    webpack(kind);
    const stamp = join(out, ".e2e-built");
    writeFileSync(stamp, new Date(start).toISOString());
    utimesSync(stamp, start / 1000, start / 1000); // a source saved during the build is newer: next run rebuilds
    return { dir: out, built: true, ms: Date.now() - start };
  });
}
