import { readFileSync } from "fs";
import type { Page } from "playwright-core";
import type { AxeResults, ImpactValue } from "axe-core";

/** The impacts the task pane must never have (axe-core's two worst of minor, moderate, serious, critical). */
export const BLOCKING: ImpactValue[] = ["serious", "critical"];

export type Violation = { id: string; impact: ImpactValue; help: string; targets: string[] };

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's violations in `results` whose impact is serious or critical, with the elements they hit. */
export function blockingViolations(results: Pick<AxeResults, "violations">): Violation[] {
  return results.violations
    .filter((v) => v.impact && BLOCKING.includes(v.impact))
    .map((v) => ({
      id: v.id,
      impact: v.impact as ImpactValue,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
}

/**
 * Runs axe-core over the page as it is now. Injected through the DevTools protocol (page.evaluate), not a
 * <script> tag: the page's Content-Security-Policy rightly refuses inline scripts, and the scan must not
 * need that policy loosened.
 */
export async function axeScan(page: Page): Promise<Violation[]> {
  const injected = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe === "object",
  );
  if (!injected) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: unknown, o: object): Promise<AxeResults> } }).axe.run(document, {
      resultTypes: ["violations"],
    }),
  );
  return blockingViolations(results);
}
