// Queues writes and syncs whenever the next one would push the request past the payload budget.
// Calculation and screen updating are suspended for every batch ("until next sync" means per batch).
import { PAYLOAD_BUDGET_BYTES } from './payload';
import { yieldToHost } from './runtime';

export class WriteBatcher {
  private pending = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = PAYLOAD_BUDGET_BYTES,
  ) {
    this.suspend();
  }

  private suspend(): void {
    const app = this.context.workbook.application;
    app.suspendApiCalculationUntilNextSync();
    app.suspendScreenUpdatingUntilNextSync();
  }

  /** Call before queuing an operation of about `bytes`; syncs first if the batch would overflow. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.pending = 0;
    await yieldToHost();
    this.suspend();
  }
}
