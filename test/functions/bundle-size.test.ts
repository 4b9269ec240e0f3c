import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { gunzipSync, gzipSync } from "zlib";
import { bundleSizeSection, gzipBytes } from "../../src/bench/bundle-size";

/** Deterministic pseudo-random bytes (LCG high byte): gzip cannot shrink them. */
function noise(length: number): Buffer {
  let seed = 42;
  return Buffer.from(Array.from({ length }, () => (seed = (seed * 1664525 + 1013904223) >>> 0) >>> 24));
}

describe("bench: gzip size of dist/functions.js against the 30 KB target", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "sakip-bundle-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const write = (content: Buffer) => {
    mkdirSync(join(root, "dist"));
    writeFileSync(join(root, "dist", "functions.js"), content);
  };

  it("gzipBytes is the length of a real gzip stream of the content", () => {
    const content = Buffer.from('CustomFunctions.associate("CAPAIAN", a);'.repeat(50));
    const bytes = gzipBytes(content);
    expect(bytes).toBeLessThan(content.length);
    expect(gunzipSync(gzipSync(content, { level: 9 })).equals(content)).toBe(true);
    expect(bytes).toBe(gzipSync(content, { level: 9 }).length);
  });

  it.each([
    ["a small bundle passes", Buffer.from("x".repeat(1000)), /^functions_js_gzip 0\.0 KB$/, "PASS"],
    // Random bytes do not compress: 40 KB stays ~40 KB gzipped.
    ["an incompressible 40 KB bundle does not", noise(40_960), /^functions_js_gzip 40\.\d KB$/, "FAIL"],
  ])("%s", async (_label, content, gzipLine, verdict) => {
    write(content);
    const lines = await bundleSizeSection(root);
    expect(lines).toEqual([
      `functions_js ${(content.length / 1024).toFixed(1)} KB`,
      expect.stringMatching(gzipLine),
      `functions_js_gzip_target_30_kb ${verdict}`,
    ]);
  });

  it("says to build first when dist is missing", async () => {
    expect(await bundleSizeSection(root)).toEqual([expect.stringContaining("npm run build")]);
  });
});
