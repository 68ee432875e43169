// The CLI's sheet scanner: worker threads inflate and scan the worksheet parts (sheetWorker.ts) while the main
// thread parses the shared strings and then turns each scanned part into rows, in sheet order.
import * as path from 'path';
import { Worker } from 'worker_threads';
import { FileReadError } from '../file/errors';
import { MalformedPart } from '../file/partCheck';
import type { SheetScanner } from '../file/reader';
import type { ScannedPart } from '../file/sheetPart';
import type { RawEntry } from '../file/zip';
import type { ScanJob, ScanReply } from './sheetWorker';

function fromReply(reply: ScanReply): ScannedPart {
  if ('part' in reply) return reply.part;
  if (reply.error === 'file') throw new FileReadError(reply.message, reply.reason);
  if (reply.error === 'malformed') throw new MalformedPart();
  throw new Error(reply.message);
}

/**
 * ReadOptions.scanSheets with `count` workers. Parts go to the worker with the fewest compressed bytes queued,
 * in sheet order, so that the parts the reader needs first arrive first.
 */
export function workerSheetScanner(count = 1, script = path.join(__dirname, 'sheetWorker.js')) {
  return (parts: Array<RawEntry | null>): SheetScanner => {
    const jobs = parts.filter((p) => p !== null).length;
    const workers = Array.from({ length: Math.max(1, Math.min(count, jobs)) }, () => new Worker(script));
    const load = workers.map(() => 0);
    const waiting = new Map<number, { resolve: (p: ScannedPart) => void; reject: (e: unknown) => void }>();
    for (const w of workers) {
      w.on('message', (reply: ScanReply) => {
        const job = waiting.get(reply.id);
        waiting.delete(reply.id);
        try {
          job?.resolve(fromReply(reply));
        } catch (e) {
          job?.reject(e);
        }
      });
      w.on('error', (e) => {
        for (const job of waiting.values()) job.reject(e);
        waiting.clear();
      });
    }
    const results = parts.map((entry, id) => {
      if (!entry) return Promise.resolve(null);
      const p = new Promise<ScannedPart>((resolve, reject) => waiting.set(id, { resolve, reject }));
      p.catch(() => undefined); // reported in the sheet's turn
      const w = load.indexOf(Math.min(...load));
      load[w] += entry.data.length;
      const data = entry.data.slice(); // just this entry: a view would clone the whole file's buffer
      const job: ScanJob = { id, method: entry.method, size: entry.size, data };
      workers[w].postMessage(job, [data.buffer as ArrayBuffer]);
      return p;
    });
    return {
      part: (k) => results[k] ?? Promise.resolve(null),
      close: () => {
        for (const w of workers) void w.terminate();
      },
    };
  };
}
