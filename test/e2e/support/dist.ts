import { execFileSync } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
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

/** Builds dist/ with webpack only when dist/taskpane.html is missing or older than a source (keeps the suite fast). */
export function ensureDist(): { built: boolean; ms: number } {
  const html = join(DIST, "taskpane.html");
  const stale =
    !existsSync(html) || statSync(html).mtimeMs < Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
  if (!stale) return { built: false, ms: 0 };
  const start = Date.now();
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "pipe", timeout: 300_000 });
  return { built: true, ms: Date.now() - start };
}
