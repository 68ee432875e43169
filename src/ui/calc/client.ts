// One client for every host (page, Excel add-in, WPS pane): runs CalcJobs in a Web Worker, or in this thread
// behind the same interface where workers are unavailable (CSP, file://, old hosts, jsdom). cancel() stops a
// job at once: the worker is terminated (a new one starts with the next job), nothing is written by the job.
import { CancelledError, fromWire } from './errors';
import { runJob, type Progress } from './jobs';
import { PartStore, sendParts } from './chunked';
import { HELD_FIELDS, isHeld, NOT_HELD, type CalcJob, type Calculated, type FromWorker, type JobResult, type ToWorker } from './protocol';

export interface CalcTask<T> {
  promise: Promise<T>;
  cancel(): void;
}

export interface CalcClient {
  readonly mode: 'worker' | 'inline';
  run<J extends CalcJob>(job: J, onProgress?: Progress): CalcTask<JobResult<J>>;
}

/** Give the event loop a turn: clicks and paints happen here. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function cancellable<T>(work: (cancelled: () => boolean) => Promise<T>, onCancel: () => void = () => undefined): CalcTask<T> {
  let cancelled = false;
  let reject: (e: unknown) => void = () => undefined;
  const stop = new Promise<never>((_, r) => (reject = r));
  const working = work(() => cancelled);
  working.catch(() => undefined); // after a cancel nobody waits for it any more
  return {
    promise: Promise.race([working, stop]),
    cancel() {
      if (cancelled) return;
      cancelled = true;
      onCancel();
      reject(new CancelledError());
    },
  };
}

/** The fallback: the same jobs in this thread, yielding between phases; 取消 takes effect at the next yield. */
export class InlineCalcClient implements CalcClient {
  readonly mode = 'inline';

  run<J extends CalcJob>(job: J, onProgress: Progress = () => undefined): CalcTask<JobResult<J>> {
    return cancellable(async (cancelled) => {
      const pause = async () => {
        await yieldToEventLoop();
        if (cancelled()) throw new CancelledError();
      };
      await pause();
      return (await runJob(job, { progress: onProgress, pause, held: <T>(v: unknown) => v as T })) as JobResult<J>;
    });
  }
}

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  progress: Progress;
}

export class WorkerCalcClient implements CalcClient {
  readonly mode = 'worker';
  private worker?: Worker;
  private ready?: Promise<void>;
  private seq = 0;
  private pending = new Map<number, Pending>();
  /** objects the current worker holds (workbooks, result sheets), by the id it knows them under */
  private known = new WeakMap<object, number>();
  private incoming = new PartStore();

  constructor(private readonly spawn: () => Worker, private readonly fallback: CalcClient = new InlineCalcClient()) {}

  private broken = false;

  run<J extends CalcJob>(job: J, onProgress: Progress = () => undefined): CalcTask<JobResult<J>> {
    if (this.broken) return this.fallback.run(job, onProgress);
    let inner: CalcTask<JobResult<J>> | undefined;
    const task = cancellable(async (cancelled) => {
      try {
        await this.start();
      } catch {
        // No worker here (CSP, file:// page, host without workers): this and later jobs run in-thread.
        this.broken = true;
        inner = this.fallback.run(job, onProgress);
        return inner.promise;
      }
      const attempt = async () => {
        const id = ++this.seq;
        const done = new Promise<JobResult<J>>((resolve, reject) => {
          this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress: onProgress });
        });
        await this.send(id, job, cancelled);
        return done;
      };
      return attempt().catch((e: unknown) => {
        if ((e as Error | undefined)?.name !== NOT_HELD) throw e;
        this.known = new WeakMap(); // the worker let something go: send everything again
        return attempt();
      });
    }, () => (inner ? inner.cancel() : this.stop()));
    return task;
  }

  private post(m: ToWorker): void {
    this.worker!.postMessage(m);
  }

  /** Posts the job: what the worker already holds goes by reference, the rest in parts (yielding between). */
  private async send(id: number, job: CalcJob, cancelled: () => boolean): Promise<void> {
    const sent: Record<string, unknown> = { ...job };
    const keep: Partial<Record<(typeof HELD_FIELDS)[number], number>> = {};
    for (const field of HELD_FIELDS) {
      const v = sent[field];
      if (typeof v !== 'object' || v === null || isHeld(v)) continue;
      const ref = this.known.get(v);
      if (ref !== undefined) sent[field] = { heldRef: ref };
      else keep[field] = ++this.seq;
    }
    const skeleton = await sendParts(sent, (p) => {
      if (cancelled()) throw new CancelledError();
      this.post(p);
    }, () => ++this.seq, yieldToEventLoop);
    this.post({ type: 'job', id, job: skeleton, keep });
    for (const field of HELD_FIELDS) if (keep[field] !== undefined) this.known.set(sent[field] as object, keep[field]);
  }

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    this.ready = new Promise<void>((resolve, reject) => {
      const worker = this.spawn();
      this.worker = worker;
      let up = false;
      worker.onmessage = (e: MessageEvent<FromWorker>) => {
        if (e.data.type === 'ready') {
          up = true;
          resolve();
        } else this.receive(e.data);
      };
      worker.onerror = (e) => {
        e.preventDefault?.();
        if (!up) reject(new Error(e.message || 'worker failed to start'));
        else this.failAll(new Error(e.message || '计算线程出错'));
      };
    });
    this.ready.catch(() => this.stop());
    return this.ready;
  }

  private receive(m: FromWorker): void {
    if (m.type === 'part') {
      this.incoming.accept(m);
      this.post({ type: 'ack' });
      return;
    }
    if (m.type === 'ready') return;
    const p = this.pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') {
      p.progress(m.stage, m.fraction);
      return;
    }
    this.pending.delete(m.id);
    if (m.type === 'error') p.reject(fromWire(m.error));
    else {
      const value = this.incoming.assemble<object>(m.value);
      if (m.keep?.value !== undefined) this.known.set(value, m.keep.value);
      if (m.keep?.sheets !== undefined) this.known.set((value as Calculated).result.sheets, m.keep.sheets);
      p.resolve(value);
    }
  }

  private failAll(e: unknown): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  /** Terminate the worker and forget what it held; the next job starts a fresh one. */
  private stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.ready = undefined;
    this.known = new WeakMap();
    this.incoming = new PartStore();
    this.failAll(new CancelledError());
  }
}

let shared: CalcClient | undefined;

/** The client the pane and the page share: a worker where the platform has them, else in-thread. */
export function calcClient(): CalcClient {
  if (shared) return shared;
  if (typeof Worker === 'undefined') return (shared = new InlineCalcClient());
  // spawnWorker uses import.meta (ES modules only), so it is required only where Worker exists
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { spawnCalcWorker } = require('./spawnWorker') as typeof import('./spawnWorker');
  return (shared = new WorkerCalcClient(spawnCalcWorker));
}

/** Tests: use this client instead (e.g. a worker_threads-backed one, or a fresh fallback). */
export function setCalcClient(client: CalcClient | undefined): void {
  shared = client;
}
