import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { benchLine, verdictLine } from "./measure";

const TARGET_KB = 30; // issue 3: the functions bundle loads with every workbook, keep it small

/** Gzip size in bytes (level 9, what a static server with gzip sends at most). */
export function gzipBytes(content: Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/**
 * Bench section: the size of dist/functions.js, raw and gzipped, against the 30 KB target.
 * Reads an existing build (run `npm run build` first); says so instead of failing when dist is missing.
 */
export async function bundleSizeSection(root: string = process.cwd()): Promise<string[]> {
  const file = join(root, "dist", "functions.js");
  if (!existsSync(file)) return ["# functions_js: dist/functions.js belum ada — jalankan npm run build dulu"];
  const content = readFileSync(file);
  const kb = gzipBytes(content) / 1024;
  return [
    benchLine("functions_js", content.length / 1024, "KB", 1),
    benchLine("functions_js_gzip", kb, "KB", 1),
    verdictLine(`functions_js_gzip_target_${TARGET_KB}_kb`, kb < TARGET_KB),
  ];
}
