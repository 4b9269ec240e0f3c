import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { fmt, verdict } from "./measure";

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
  if (!existsSync(file)) return ["functions.js: dist/functions.js belum ada — jalankan npm run build dulu"];
  const content = readFileSync(file);
  const kb = gzipBytes(content) / 1024;
  return [
    `functions.js: ${fmt(content.length / 1024, 1)} KB, gzip ${fmt(kb, 1)} KB — target < ${TARGET_KB} KB gzip: ${verdict(kb < TARGET_KB)}`,
  ];
}
