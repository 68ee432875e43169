// One worksheet part's scan as the CLI's reader runs it, in a worker thread (sheetWorker.ts) or, when the main
// thread has nothing else to do, in the main thread (workerScan.ts): inflate, scan, and the reply to send back.
import { inflateRawSync } from 'zlib';
import { FileReadError } from '../file/errors';
import { MalformedPart } from '../file/partCheck';
import { scanSheetPart, type ScannedPart } from '../file/sheetPart';
import { readEntry } from '../file/zip';
import { inflateOptions } from './nodeZlib';

/** One worksheet part to scan: its zip entry's method, declared size and compressed bytes. */
export interface ScanJob {
  id: number;
  method: number;
  size: number;
  data: Uint8Array;
}

/** The scanned part, or the error to raise for it on the main thread (in the sheet's turn). */
export type ScanReply =
  | { id: number; part: ScannedPart }
  | { id: number; error: 'file'; message: string; reason: FileReadError['reason'] }
  | { id: number; error: 'malformed' }
  | { id: number; error: 'other'; message: string };

export async function scanJob(job: ScanJob): Promise<{ reply: ScanReply; transfer: ArrayBuffer[] }> {
  try {
    const raw = await readEntry(job, (e) => inflateRawSync(e.data, inflateOptions(e.size)));
    const part = scanSheetPart(raw);
    const transfer = part.scan ? [part.scan.meta.buffer, part.scan.cols.buffer, part.scan.nums.buffer] : [];
    return { reply: { id: job.id, part }, transfer: transfer as ArrayBuffer[] };
  } catch (e) {
    if (e instanceof FileReadError) return { reply: { id: job.id, error: 'file', message: e.message, reason: e.reason }, transfer: [] };
    if (e instanceof MalformedPart) return { reply: { id: job.id, error: 'malformed' }, transfer: [] };
    return { reply: { id: job.id, error: 'other', message: (e as Error).stack ?? String(e) }, transfer: [] };
  }
}
