import { execFileSync } from "child_process";
import { join } from "path";
import { chromium, type Browser } from "playwright-core";

// src/bench/ in the repository, lib/bench/ once compiled: two levels below the root either way.
const ROOT = join(__dirname, "..", "..");
const LOCATOR = join(ROOT, "scripts", "chromium.mjs");

/** Ours on top of the package's: nothing that would reach the network, no GPU, no first-run pages. */
export const OWN_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/*
 * Recommended flags we drop: the two that switch off web security would let the page pass under rules
 * a real Office host enforces (same-origin, mixed content; the CSP test needs a normal browser);
 * --single-process (for Lambda) takes the whole browser down when the first context closes; and
 * playwright passes its own --headless.
 */
const DROPPED = [
  /^--disable-web-security$/,
  /^--allow-running-insecure-content$/,
  /^--single-process$/,
  /^--headless(=|$)/,
];

export type PackagedChromium = { executablePath: string; args: string[]; fontconfigPath: string | null };

/** The package's recommended flags less the dropped ones, plus ours, each once. */
export function launchArgs(recommended: string[]): string[] {
  const kept = recommended.filter((flag) => !DROPPED.some((re) => re.test(flag)));
  return [...new Set([...kept, ...OWN_FLAGS])];
}

/** Where @sparticuz/chromium unpacked its browser and what it recommends (scripts/chromium.mjs). */
export function packagedChromium(): PackagedChromium {
  const out = execFileSync(process.execPath, [LOCATOR], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return JSON.parse(out) as PackagedChromium;
}

/**
 * The Chromium shipped in the @sparticuz/chromium devDependency, headless, offline, no GPU: the task-pane
 * e2e test's browser and the bench's. Development only (playwright-core and the browser are devDependencies).
 */
export async function launchChromium(): Promise<Browser> {
  const { executablePath, args, fontconfigPath } = packagedChromium();
  const env = { ...process.env } as Record<string, string>;
  if (fontconfigPath && !env.FONTCONFIG_PATH) env.FONTCONFIG_PATH = fontconfigPath;
  return chromium.launch({ executablePath, args: launchArgs(args), headless: true, env });
}
