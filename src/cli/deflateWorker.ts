// Big result sheets are compressed piece by piece while they are built (see DeflateRawPiece). On the zlib
// thread pool each piece waited for the main thread, busy building the sheet, to start it, and up to four
// pieces ran at once against the main thread on a 2-core machine. One worker thread deflates the pieces
// one after another instead: it takes them as they are made, and the main thread keeps a core to itself.
// The worker also takes each piece's CRC-32 (~17 ms of the main thread for a 44 MB payout history), and gives
// each piece's buffer back for a later piece to be built in: a new 4 MB buffer cost the main thread ~1000 page
// faults as it was first written (~2 ms a piece on the bench machine).
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'worker_threads';
import * as zlib from 'zlib';
import type { DeflateRawPiece, PackedPiece } from '../file/zip';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('worker_threads');
const spares = workerData.spares;
const zlib = require('zlib');
parentPort.on('message', ({ id, buffer, offset, length, last }) => {
  const piece = new Uint8Array(buffer, offset, length);
  let data;
  let crc;
  try {
    // zlib.crc32 is Node 20.15+; before that the main thread takes the CRC (see HERE_CRC)
    if (typeof zlib.crc32 === 'function') crc = zlib.crc32(piece);
    data = zlib.deflateRawSync(piece, { level: 1, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
      chunkSize: Math.max(64 * 1024, piece.length >> 2) });
  } catch (e) {
    parentPort.postMessage({ id, error: String(e && e.message || e) });
    return;
  }
  parentPort.postMessage({ id, data, crc }, [data.buffer]);
  spares.postMessage(buffer, [buffer]);
  // what deflating left is garbage now: free its megabytes at once where the CLI exposed gc (releaseGarbage.ts),
  // rather than when this small heap next fills
  if (typeof gc === 'function') gc({ type: 'minor' });
});
`;

interface Pending {
  resolve: (packed: PackedPiece) => void;
  reject: (e: Error) => void;
  /** the piece's CRC-32, when taken here (HERE_CRC) */
  crc?: number;
}

/** Without zlib.crc32 (Node before 20.15) the worker has no CRC-32 of its own: the one passed in is taken here,
 *  before the piece moves, rather than a second copy of it in the worker's source. */
const HERE_CRC = typeof (zlib as { crc32?: unknown }).crc32 !== 'function';

/** The worker's DeflateRawPiece: asynchronous, with the pieces' buffers to give back. */
export type WorkerDeflateRawPiece = ((piece: Uint8Array, last: boolean) => Promise<PackedPiece>) & Required<Pick<DeflateRawPiece, 'spare'>> & {
  /** Starts the thread ahead of the first piece, so that it boots while the main thread does other work; an
   *  idle thread does not keep the process alive. */
  prestart(): void;
};

/** Buffers given back by the worker that are kept for reuse (pieces' buffers of a megabyte or more: a part's
 *  last piece may be small); more are left to the garbage collector. */
const SPARES_KEPT = 3;
const SPARE_MIN = 2 ** 20;

/**
 * A DeflateRawPiece on one worker thread, started by the first part bigger than one piece (or ahead, by prestart); it takes the
 * piece's whole buffer over (transfers it) and gives it back when done (`spare`, read without waiting for the
 * event loop: a sheet is built in one go). Until then a part's only piece goes to `small` (a whole-part
 * deflate) and `crc32` (which also checks the worker's pieces where zlib has no CRC-32, see HERE_CRC). The worker
 * keeps the process alive only while pieces are pending.
 */
export function workerDeflateRawPiece(
  small: (whole: Uint8Array) => Promise<Uint8Array>,
  crc32: (whole: Uint8Array) => number,
): WorkerDeflateRawPiece {
  let worker: Worker | null = null;
  let returned: MessagePort | null = null;
  const spares: ArrayBuffer[] = [];
  const pending = new Map<number, Pending>();
  let nextId = 0;

  const start = (): Worker => {
    const channel = new MessageChannel();
    returned = channel.port1;
    returned.unref();
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { spares: channel.port2 }, transferList: [channel.port2] });
    w.on('message', ({ id, data, crc, error }: { id: number; data?: Uint8Array; crc?: number; error?: string }) => {
      const job = pending.get(id);
      pending.delete(id);
      if (!pending.size) w.unref();
      if (!job) return;
      if (data) job.resolve({ data, crc: crc ?? job.crc ?? 0 });
      else job.reject(new Error(error));
    });
    w.on('error', (e) => {
      for (const job of pending.values()) job.reject(e);
      pending.clear();
      worker = null;
    });
    return w;
  };

  const deflate = (piece: Uint8Array, last: boolean): Promise<PackedPiece> => {
    // a part in one piece (most sheets) is not worth starting a thread for: it goes to the thread pool
    if (last && !worker) {
      const crc = crc32(piece);
      return small(piece).then((data) => ({ data, crc }));
    }
    return new Promise((resolve, reject) => {
      worker ??= start();
      const id = nextId++;
      pending.set(id, { resolve, reject, crc: HERE_CRC ? crc32(piece) : undefined });
      worker.ref();
      // the piece's buffer is ours now (see DeflateRawPiece): moved, not copied
      const { buffer, byteOffset: offset, byteLength: length } = piece;
      worker.postMessage({ id, buffer, offset, length, last }, [buffer as ArrayBuffer]);
    });
  };
  const spare = (bytes: number): ArrayBuffer | undefined => {
    for (let m = returned && receiveMessageOnPort(returned); m; m = receiveMessageOnPort(returned!)) {
      const buffer = m.message as ArrayBuffer;
      if (spares.length < SPARES_KEPT && buffer.byteLength >= SPARE_MIN) spares.push(buffer);
    }
    const k = spares.findIndex((b) => b.byteLength >= bytes);
    return k < 0 ? undefined : spares.splice(k, 1)[0];
  };
  const prestart = () => {
    if (worker) return;
    worker = start();
    worker.unref();
  };
  return Object.assign(deflate, { spare, prestart });
}
