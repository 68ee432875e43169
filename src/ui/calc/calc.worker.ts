// The calculation worker: receives jobs (long arrays in parts), answers with progress, results, errors.
// Spawned by spawnWorker.ts (webpack bundles it as its own file).
import type { WorkbookData } from '../../core';
import { Held, PartStore, sendParts, type Part } from './chunked';
import { toWire } from './errors';
import { runJob } from './jobs';
import type { CalcJob, FromWorker, ToWorker } from './protocol';

declare const self: {
  postMessage(m: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};

const parts = new PartStore();
const held = new Held<WorkbookData>();
/** ids this side creates are negative, the pane's positive */
let ownIds = 0;
const nextId = () => --ownIds;
const post = (m: FromWorker, transfer?: Transferable[]) => self.postMessage(m, transfer);

async function answer(id: number, job: CalcJob, keep: number | undefined): Promise<void> {
  if (keep !== undefined && 'workbook' in job && !('workbookRef' in job.workbook)) held.put(keep, job.workbook);
  let last = '';
  const value = await runJob(job, {
    progress: (stage, fraction) => {
      // at most one message per percent: the pane has nothing to draw in between
      const key = `${stage}${Math.floor(fraction * 100)}`;
      if (key !== last) post({ type: 'progress', id, stage, fraction });
      last = key;
    },
    pause: async () => undefined,
    workbook: (w) => ('workbookRef' in w ? held.get(w.workbookRef) : w),
  });
  if (job.kind === 'writeXlsx') {
    const out = value as { data: Uint8Array };
    post({ type: 'done', id, value }, [out.data.buffer as ArrayBuffer]);
    return;
  }
  const skeleton = await sendParts(value, (p: Part) => post(p), nextId);
  if (job.kind === 'readXlsx') {
    // a parsed workbook stays here for the jobs that follow (the pane refers to it by id)
    const wbId = nextId();
    held.put(wbId, value as WorkbookData);
    post({ type: 'done', id, value: skeleton, keep: wbId });
  } else post({ type: 'done', id, value: skeleton });
}

self.onmessage = (e) => {
  const m = e.data;
  if (m.type === 'part') {
    parts.accept(m);
    return;
  }
  answer(m.id, parts.assemble<CalcJob>(m.job), m.keep).catch((error: unknown) => post({ type: 'error', id: m.id, error: toWire(error) }));
};

post({ type: 'ready' });
