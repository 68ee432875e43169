// The calculation worker: receives workbooks in pieces and jobs, answers with progress, results, errors.
// Spawned by spawnWorker.ts (webpack bundles it as its own file).
import { toWire } from './errors';
import { runJob } from './jobs';
import type { FromWorker, ToWorker } from './protocol';
import { workbookPieces, WorkbookStore } from './workbookChunks';

declare const self: {
  postMessage(m: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};

const store = new WorkbookStore();
/** ids of workbooks this side creates, apart from the pane's (which are positive) */
let nextOwnId = -1;
const post = (m: FromWorker, transfer?: Transferable[]) => self.postMessage(m, transfer);

self.onmessage = (e) => {
  const m = e.data;
  if (m.type !== 'job') {
    store.accept(m);
    return;
  }
  const { id, job } = m;
  let last = '';
  runJob(job, {
    progress: (stage, fraction) => {
      // at most one message per percent: the pane has nothing to draw in between
      const key = `${stage}${Math.floor(fraction * 100)}`;
      if (key !== last) post({ type: 'progress', id, stage, fraction });
      last = key;
    },
    pause: async () => undefined,
    workbook: (w) => ('workbookRef' in w ? store.get(w.workbookRef) : w),
  }).then(
    (value) => {
      if (job.kind === 'readXlsx') {
        // a parsed workbook goes back in pieces and stays here for the jobs that follow
        const wbId = nextOwnId--;
        store.put(wbId, value as never);
        for (const piece of workbookPieces(wbId, value as never)) post(piece);
        post({ type: 'done', id, value: undefined, workbookId: wbId });
      } else if (job.kind === 'writeXlsx') {
        const out = value as { data: Uint8Array };
        post({ type: 'done', id, value }, [out.data.buffer as ArrayBuffer]);
      } else {
        post({ type: 'done', id, value });
      }
    },
    (error: unknown) => post({ type: 'error', id, error: toWire(error) }),
  );
};

post({ type: 'ready' });
