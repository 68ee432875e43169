// The calculation worker: receives jobs (long arrays in parts), answers with progress, results, errors.
// Spawned by spawnWorker.ts (webpack bundles it as its own file).
import { Held, PartStore, sendParts, type Part } from './chunked';
import { toWire } from './errors';
import { runJob } from './jobs';
import { HELD_FIELDS, isHeld, NOT_HELD, type Calculated, type CalcJob, type FromWorker, type Maybe, type ToWorker } from './protocol';

declare const self: {
  postMessage(m: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};

const parts = new PartStore();
/** workbooks (sent, or parsed here) and result sheets computed here, for the jobs that follow */
const held = { workbook: new Held<unknown>(), outputs: new Held<unknown>() };
function heldObject(id: number): unknown {
  const v = held.workbook.find(id) ?? held.outputs.find(id);
  if (v === undefined) throw Object.assign(new Error(`calculation worker no longer holds object ${id}`), { name: NOT_HELD });
  return v;
}
/** ids this side creates are negative, the pane's positive */
let ownIds = 0;
const nextId = () => --ownIds;
const post = (m: FromWorker, transfer?: Transferable[]) => self.postMessage(m, transfer);
/** parts sent and not yet taken in by the pane (one at a time) */
const acks: Array<() => void> = [];
const taken = () => new Promise<void>((resolve) => acks.push(resolve));

async function answer(id: number, job: CalcJob, keep: Extract<ToWorker, { type: 'job' }>['keep']): Promise<void> {
  for (const field of HELD_FIELDS) if (keep[field] !== undefined) held[field].put(keep[field], (job as unknown as Record<string, unknown>)[field]);
  let last = '';
  const value = await runJob(job, {
    progress: (stage, fraction) => {
      // at most one message per percent: the pane has nothing to draw in between
      const key = `${stage}${Math.floor(fraction * 100)}`;
      if (key !== last) post({ type: 'progress', id, stage, fraction });
      last = key;
    },
    pause: async () => undefined,
    held: <T>(v: Maybe<T>) => (isHeld(v) ? (heldObject(v.heldRef) as T) : v),
  });
  if (job.kind === 'writeXlsx' || job.kind === 'workbookBytes') {
    const bytes = job.kind === 'writeXlsx' ? (value as { data: Uint8Array }).data : (value as Uint8Array);
    // the bytes move to the pane rather than being copied; this side needs them no more
    post({ type: 'done', id, value }, [bytes.buffer as ArrayBuffer]);
    return;
  }
  const skeleton = await sendParts(value, (p: Part) => post(p), nextId, taken);
  // Kept here for the jobs that follow: the page's parsed workbook, and result sheets it will write.
  const kept = nextId();
  if (job.kind === 'readXlsx') {
    held.workbook.put(kept, value);
    post({ type: 'done', id, value: skeleton, keep: { value: kept } });
  } else {
    held.outputs.put(kept, (value as Calculated).result.sheets);
    post({ type: 'done', id, value: skeleton, keep: { sheets: kept } });
  }
}

self.onmessage = (e) => {
  const m = e.data;
  if (m.type === 'part') {
    parts.accept(m);
    return;
  }
  if (m.type === 'ack') {
    acks.shift()?.();
    return;
  }
  answer(m.id, parts.assemble<CalcJob>(m.job), m.keep).catch((error: unknown) => post({ type: 'error', id: m.id, error: toWire(error) }));
};

post({ type: 'ready' });
