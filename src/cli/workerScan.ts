// The CLI's sheet scanner: worker threads inflate and scan the worksheet parts (sheetWorker.ts) while the main
// thread parses the shared strings and then turns each scanned part into rows, in sheet order.
import { existsSync } from 'fs';
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
 * ReadOptions.scanSheets with `count` workers, started now: a worker takes tens of milliseconds to start, so the
 * CLI starts it before it reads the file. One by default: with the main thread (shared strings, then rows) that
 * keeps two cores busy. A worker takes the next part when it is done with one: the largest first (a ledger's
 * payout history is a third of its XML and its sheet comes last: the main thread turns it into rows while the
 * worker scans the others), then the others in sheet order. Undefined (scan in this thread) when the worker script is not there, as when the
 * TypeScript sources run under jest.
 */
export function workerSheetScanner(
  count = 1, script = path.join(__dirname, '..', 'cli', 'sheetWorker.js'), // from dist-node/cli and dist-node/bundle
): ((parts: Array<RawEntry | null>) => SheetScanner) | undefined {
  if (!existsSync(script)) return undefined;
  const waiting = new Map<number, { resolve: (p: ScannedPart) => void; reject: (e: unknown) => void }>();
  let failure: unknown;
  let next: (w: Worker) => void = () => undefined;
  const workers = Array.from({ length: count }, () => {
    const w = new Worker(script);
    w.on('message', (reply: ScanReply) => {
      w.unref();
      next(w);
      const job = waiting.get(reply.id);
      waiting.delete(reply.id);
      try {
        job?.resolve(fromReply(reply));
      } catch (e) {
        job?.reject(e);
      }
    });
    const fail = (e: unknown) => {
      failure = e;
      for (const job of waiting.values()) job.reject(e);
      waiting.clear();
    };
    w.on('error', fail);
    // a worker that stops with parts still to scan would otherwise leave the reader waiting for ever
    w.on('exit', (code) => waiting.size && fail(new Error(`sheet worker exited (${code}) with parts unscanned`)));
    w.unref(); // an idle worker never keeps the CLI alive (ref'd while it has a part); after on('message'), which refs
    return w;
  });
  return (parts) => {
    const queue = parts.flatMap((entry, id) => (entry ? [{ id, entry }] : []));
    const largest = queue.reduce((m, j, k) => (j.entry.data.length > queue[m].entry.data.length ? k : m), 0);
    if (queue.length) queue.unshift(...queue.splice(largest, 1));
    const results = parts.map((entry, id) => {
      if (!entry) return Promise.resolve(null);
      const p = new Promise<ScannedPart>((resolve, reject) => (failure ? reject(failure) : waiting.set(id, { resolve, reject })));
      p.catch(() => undefined); // reported in the sheet's turn
      return p;
    });
    next = (w) => {
      const job = queue.shift();
      if (!job) return;
      const data = job.entry.data.slice(); // just this entry: a view would clone the whole file's buffer
      const message: ScanJob = { id: job.id, method: job.entry.method, size: job.entry.size, data };
      w.ref();
      w.postMessage(message, [data.buffer as ArrayBuffer]);
    };
    for (const w of workers) next(w);
    return {
      allAtOnce: true,
      part: (k) => results[k] ?? Promise.resolve(null),
      close: () => {
        for (const w of workers) void w.terminate();
      },
    };
  };
}
