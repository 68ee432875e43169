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
import { scanJob, type ScanJob, type ScanReply } from './scanJob';

/** Worksheet XML (uncompressed bytes, all parts) below which this thread scans alone: 10k ledger rows are ~9 MB,
 *  read in ~50 ms here against ~120 ms through a worker that starts with the run (measured warm, in one process). */
const IN_THREAD_BELOW = 24 * 2 ** 20;

function fromReply(reply: ScanReply): ScannedPart {
  if ('part' in reply) return reply.part;
  if (reply.error === 'file') throw new FileReadError(reply.message, reply.reason);
  if (reply.error === 'malformed') throw new MalformedPart();
  throw new Error(reply.message);
}

/**
 * ReadOptions.scanSheets with `count` workers, started now: a worker takes tens of milliseconds to start, so the
 * CLI starts it before it reads the file. One by default: with the main thread (shared strings, rows, and parts
 * it scans itself, see below) that keeps two cores busy. A worker takes the next part when it is done with one:
 * the largest first (a ledger's payout history is a third of its XML and its sheet comes last: the main thread
 * turns it into rows while the worker scans the others), then the others in sheet order. Undefined (scan in this
 * thread) when the worker script is not there, as when the TypeScript sources run under jest.
 */
export function workerSheetScanner(
  count = 1, script = path.join(__dirname, '..', 'cli', 'sheetWorker.js'), // from dist-node/cli and dist-node/bundle
  { ownShare = 0.25, inThreadBelow = IN_THREAD_BELOW }: {
    /** the share of the parts' bytes this thread may scan itself while a worker has its first part (below) */
    ownShare?: number;
    /** worksheet XML bytes (all parts) below which this thread scans alone */
    inThreadBelow?: number;
  } = {},
): ((parts: Array<RawEntry | null>) => SheetScanner) | undefined {
  if (!existsSync(script)) return undefined;
  const waiting = new Map<number, { resolve: (p: ScannedPart) => void; reject: (e: unknown) => void }>();
  let failure: unknown;
  let next: (w: Worker) => void = () => undefined;
  let onReply: () => void = () => undefined;
  const settle = (reply: ScanReply) => {
    const job = waiting.get(reply.id);
    waiting.delete(reply.id);
    try {
      job?.resolve(fromReply(reply));
    } catch (e) {
      job?.reject(e);
    }
  };
  const retired = new Set<Worker>(); // terminated unused (a small workbook): their exit is no failure
  // Workers with a part in hand. One is stopped only once it has sent it back: terminating a thread inside zlib
  // can abort the whole process (Node asserts "close before init" when a zlib object was cut off half made).
  const busy = new Set<Worker>();
  let stopping = false;
  const workers = Array.from({ length: count }, () => {
    const w = new Worker(script);
    w.on('message', (reply: ScanReply) => {
      busy.delete(w);
      onReply();
      w.unref();
      if (stopping) void w.terminate();
      else next(w);
      settle(reply);
    });
    const fail = (e: unknown) => {
      failure = e;
      for (const job of waiting.values()) job.reject(e);
      waiting.clear();
    };
    w.on('error', fail);
    // a worker that stops with parts still to scan would otherwise leave the reader waiting for ever
    w.on('exit', (code) => !retired.has(w) && waiting.size && fail(new Error(`sheet worker exited (${code}) with parts unscanned`)));
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
    let queued = queue.reduce((n, j) => n + j.entry.size, 0); // bytes no thread has taken yet
    // a small workbook is scanned here before a worker would have started (~0.1 s) and sent its first part back
    const small = queued < inThreadBelow;
    if (small) {
      for (const w of workers.splice(0)) {
        retired.add(w);
        void w.terminate();
      }
    }
    let stealable = small ? queued : queued * ownShare;
    next = (w) => {
      const job = queue.shift();
      if (!job) return;
      queued -= job.entry.size;
      // a copy of just this entry (transferred: a view, or a Node Buffer's slice, would detach the whole file's buffer)
      const data = new Uint8Array(job.entry.data);
      const message: ScanJob = { id: job.id, method: job.entry.method, size: job.entry.size, data };
      w.ref();
      busy.add(w);
      w.postMessage(message, [data.buffer as ArrayBuffer]);
    };
    for (const w of workers) next(w);
    // Once the reader asks for parts it has parsed the shared strings, and has only parts to turn into rows: it scans
    // parts itself too, from the back of the queue (workers take from the front), one per turn of the event loop so
    // that what the workers send back is turned into rows in between. Until a worker sends its first part back (the
    // largest, e.g. the payout history) it has nothing else to do: then up to `ownShare` of all bytes. Afterwards
    // turning the workers' parts into rows (about half the cost of scanning them, R) comes first: taking the last
    // part (b bytes of q queued) leaves this thread (1 + R)·b + R·(q − b) and the workers q − b, so it takes parts
    // while q >= 4b. On a small ledger it scans while the worker is still starting (~0.1 s); on a big one it fills
    // the wait for the history and helps with the last months.
    let asked = false;
    let closed = false;
    let replied = false;
    let stealing = false;
    const steal = () => {
      const job = queue[queue.length - 1];
      const b = job?.entry.size ?? 0;
      stealing = !closed && job !== undefined && (replied ? queued >= 4 * b : b <= stealable);
      if (!stealing) return;
      queue.pop();
      queued -= b;
      stealable -= b;
      void scanJob({ id: job.id, method: job.entry.method, size: b, data: job.entry.data }).then(({ reply }) => settle(reply));
      setImmediate(steal);
    };
    onReply = () => {
      if (!replied && asked && !stealing) setImmediate(steal);
      replied = true;
    };
    return {
      allAtOnce: true,
      part: (k) => {
        if (!asked) {
          stealing = true;
          setImmediate(steal);
        }
        asked = true;
        return results[k] ?? Promise.resolve(null);
      },
      close: () => {
        closed = true;
        stopping = true; // a busy worker (a read that failed elsewhere) stops when its part comes back
        for (const w of workers) if (!busy.has(w)) void w.terminate();
      },
    };
  };
}
