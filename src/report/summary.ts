import type { Finding } from "../engine/check/finding";
import { kriteriaCounts as countKriteria } from "../engine/evaluate";
import type { Model } from "../engine/model/types";
import { buildContext, type ReportContext } from "./context";
import type { ReportOptions } from "./options";

export { TIDAK_DAPAT_DIHITUNG } from "../engine/evaluate";

/** Number of indicators per kriteria label (the engine's count over the evaluation's indicators). */
export function kriteriaCounts(ctx: ReportContext): Record<string, number> {
  return countKriteria(ctx.kinerja, ctx.evalCtx.scale);
}

export type ReportSummary = { kriteriaCounts: Record<string, number>; serapanTotal: number | null };

/**
 * What the CLI and the task pane print after generating: indicators per kriteria and total serapan.
 * @example reportSummary(model, [], {}).serapanTotal //=> 49.1406… (004: 4.847.956.007 / 9.865.481.222)
 */
export function reportSummary(model: Model, findings: Finding[], options: ReportOptions = {}): ReportSummary {
  return summaryOf(buildContext(model, findings, options));
}

/** The summary of an already evaluated report context. */
export function summaryOf(ctx: ReportContext): ReportSummary {
  const serapan = ctx.totals?.serapan;
  return { kriteriaCounts: kriteriaCounts(ctx), serapanTotal: serapan && serapan.ok ? serapan.value : null };
}
