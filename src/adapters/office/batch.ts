import { DEFAULT_BUDGET, OP_BYTES } from "./payload";

/**
 * Queues operations on one RequestContext and syncs only when the estimated request would pass the
 * budget or when asked. Calculation is suspended in every request that writes (one call per request).
 */
export class Batch {
  private bytes = 0;
  private suspended = false;
  syncs = 0;

  constructor(
    readonly context: Excel.RequestContext,
    readonly budget = DEFAULT_BUDGET,
  ) {}

  /** Makes room for an operation of about `bytes`: syncs first if the request would grow too big. */
  async room(bytes = 0): Promise<void> {
    const cost = bytes + OP_BYTES;
    if (this.bytes > 0 && this.bytes + cost > this.budget) await this.sync();
    if (!this.suspended) this.context.application.suspendApiCalculationUntilNextSync();
    this.suspended = true;
    this.bytes += cost;
  }

  async sync(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.bytes = 0;
    this.suspended = false;
  }
}
