import { existsSync } from "fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** Debian's chromium, headless, with everything that would reach the network switched off. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    // Never skip: an e2e suite that silently passes without a browser proves nothing.
    throw new Error(
      `E2E: ${CHROMIUM} tidak ada / not found. Install Debian's chromium (apt-get install chromium); "npx playwright install" cannot work offline.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}
