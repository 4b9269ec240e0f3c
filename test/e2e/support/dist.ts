import { execFileSync } from "child_process";
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..", "..");
export const DIST = join(ROOT, "dist");
const SOURCES = ["src", "assets", "webpack.config.js", "manifest.xml", "package.json", "scripts"];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), st.mtimeMs);
}

/**
 * Builds dist/ with webpack only when it is missing or older than a source (keeps the suite fast).
 * webpack leaves unchanged assets untouched, so taskpane.html's own date says nothing: a stamp written
 * after our build does (webpack's `clean` removes it whenever anyone else builds, forcing a rebuild).
 */
export function ensureDist(): { built: boolean; ms: number } {
  const stamp = join(DIST, ".e2e-built");
  const fresh =
    existsSync(join(DIST, "taskpane.html")) &&
    existsSync(stamp) &&
    statSync(stamp).mtimeMs >= Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
  if (fresh) return { built: false, ms: 0 };
  const start = Date.now();
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "pipe", timeout: 300_000 });
  writeFileSync(stamp, new Date(start).toISOString());
  utimesSync(stamp, start / 1000, start / 1000); // a source saved during the build is newer: next run rebuilds
  return { built: true, ms: Date.now() - start };
}
