// Queues writes and syncs whenever the next one would push the request past the payload budget, or when the
// pane has been busy preparing the batch for SLICE_BUDGET_MS (then the host gets the thread back: desktop
// Office takes a pane that does not answer for 5 s for hung; slow office PCs are 2–3× slower than ours).
// Calculation and screen updating are suspended for every batch ("until next sync" means per batch).
import { PAYLOAD_BUDGET_BYTES } from './payload';
import { yieldToHost } from './runtime';

/** JS preparing one batch on this machine; with the request serialisation and GC on top, slices stay near
 *  100 ms here and within about 200 ms on a 2× slower PC. */
export const SLICE_BUDGET_MS = 40;

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export class WriteBatcher {
  private pending = 0;
  private since = now();

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

  /** Whether the JS preparing this batch has used its time: callers building one large operation stop there. */
  sliceSpent(): boolean {
    return now() - this.since > SLICE_BUDGET_MS;
  }

  /** Call before queuing an operation of about `bytes`; syncs first if the batch would overflow. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && (this.pending + bytes > this.budget || this.sliceSpent())) await this.flush();
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.pending = 0;
    await yieldToHost();
    this.since = now();
    this.suspend();
  }
}
