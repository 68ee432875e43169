// Minimal zip reading of raw entries and zip writing, so that the result workbook copies every untouched
// part of the original byte for byte (no inflate/deflate) and compresses only the parts we add. JSZip's
// generateAsync re-streams everything through JavaScript and took seconds for a 100k-row ledger.
import type JSZip from 'jszip';
import { FileReadError, MESSAGES } from './errors';

export interface RawEntry {
  name: string;
  method: number; // 0 = stored, 8 = deflate
  crc: number;
  compressedSize: number;
  size: number;
  /** the compressed bytes, as stored in the original file */
  data: Uint8Array;
}

export type DeflateRaw = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;
/**
 * Raw deflate of one piece of a part: every piece but the last ends with a sync flush (not a final block),
 * so the pieces' outputs concatenate into one deflate stream (as pigz does). Pieces may run in parallel.
 * The piece's whole ArrayBuffer is the deflater's from then on (it may move it to another thread), so the
 * deflater also reports the piece's CRC-32; crc32Combine joins them into the part's.
 */
export type DeflateRawPiece = ((piece: Uint8Array, last: boolean) => PackedPiece | Promise<PackedPiece>) & {
  /** A buffer of at least `bytes` bytes the deflater is done with (a piece's, given back), if it has one: a new
   *  buffer of megabytes costs a page fault every 4 KB when first written, a used one does not. */
  spare?: (bytes: number) => ArrayBuffer | undefined;
};
/** A piece deflated, with the CRC-32 of its own bytes (taken where it was deflated: off the thread building the part). */
export interface PackedPiece {
  data: Uint8Array;
  crc: number;
}
/** CRC-32 of `data` continuing from `prev` (the CRC of the bytes before it; 0 at the start). */
export type Crc32 = (data: Uint8Array, prev?: number) => number;
/** maxSize: the entry's declared size; an inflater may stop (throw) once its output would exceed it. */
export type InflateRaw = (data: Uint8Array, maxSize?: number) => Uint8Array | Promise<Uint8Array>;

// Bounds against zip bombs: a real ledger's largest part (sheet XML) is tens of MB, deflated about 5-20x.
// Past `total` bytes unzipped, the whole archive must not inflate more than `totalRatio` times its size:
// our own 1M-row result (Excel's row limit) unzips to ~1.2 GB from ~150 MB (about 8x), while a bomb of
// many parts each just under `ratio` is refused. `entry` stays below V8's longest string (a part is decoded whole).
export const ZIP_LIMITS = { entry: 512 * 2 ** 20, total: 1024 * 2 ** 20, totalRatio: 40, ratio: 200, ratioFloor: 2 ** 20 };

type StreamCtor = new (format: string) => TransformStream<Uint8Array, Uint8Array>;
const streams = globalThis as unknown as { CompressionStream?: StreamCtor; DecompressionStream?: StreamCtor };

/** Run bytes through a platform (de)compression stream. */
async function throughStream(Ctor: StreamCtor, data: Uint8Array, maxSize = Infinity): Promise<Uint8Array> {
  const ts = new Ctor('deflate-raw');
  const writer = ts.writable.getWriter();
  const done = writer.write(data).then(() => writer.close());
  done.catch(() => undefined); // a data error also surfaces through the reader; avoid an unhandled rejection
  const chunks: Uint8Array[] = [];
  const reader = ts.readable.getReader();
  let total = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    chunks.push(r.value);
    total += r.value.length;
    if (total > maxSize) {
      await reader.cancel();
      throw new FileReadError(MESSAGES.bomb, 'unsafe');
    }
  }
  await done;
  return concat(chunks);
}

/** The parts of a zip file, read lazily; entries keep their compressed bytes for raw copying. */
export class ZipArchive {
  readonly entries: RawEntry[];
  private readonly byName = new Map<string, RawEntry>();
  private readonly byLower = new Map<string, RawEntry>();
  private jszip: Promise<JSZip> | null = null;

  constructor(private readonly bytes: Uint8Array, private readonly inflate?: InflateRaw) {
    this.entries = readRawEntries(bytes);
    for (const e of this.entries) {
      this.byName.set(e.name, e);
      if (!this.byLower.has(e.name.toLowerCase())) this.byLower.set(e.name.toLowerCase(), e);
    }
  }

  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  /** An entry by part path, case-insensitively (some writers differ in case from the rels target). */
  find(path: string): RawEntry | null {
    return this.byName.get(path) ?? this.byLower.get(path.toLowerCase()) ?? null;
  }

  async read(entry: RawEntry): Promise<Uint8Array> {
    return readEntry(entry, (e) => this.inflateEntry(e));
  }

  private async inflateEntry(entry: RawEntry): Promise<Uint8Array> {
    if (this.inflate) return this.inflate(entry.data, entry.size);
    if (streams.DecompressionStream) return throughStream(streams.DecompressionStream, entry.data, entry.size);
    // environments without DecompressionStream (older browsers, jsdom): JSZip's own inflate
    this.jszip ??= loadJSZip().loadAsync(this.bytes);
    const f = (await this.jszip).file(entry.name);
    if (!f) throw new Error(entry.name);
    return f.async('uint8array');
  }
}

/** The part an entry holds, unpacked by `inflate`, refused when damaged or when it inflates past its declared size.
 *  Also used by the CLI's worker threads, which get just the entry. */
export async function readEntry<E extends Pick<RawEntry, 'method' | 'size' | 'data'>>(
  entry: E, inflate: (entry: E) => Uint8Array | Promise<Uint8Array>,
): Promise<Uint8Array> {
  if (entry.method === 0) return entry.data;
  if (entry.method !== 8) throw new FileReadError(MESSAGES.damaged, 'damaged');
  let out: Uint8Array;
  try {
    out = await inflate(entry);
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    const tooLarge = (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    throw tooLarge ? new FileReadError(MESSAGES.bomb, 'unsafe') : new FileReadError(MESSAGES.damaged, 'damaged');
  }
  // the declared size was bounded when the directory was read; an entry that lies about it is refused
  if (out.length > entry.size) throw new FileReadError(MESSAGES.bomb, 'unsafe');
  if (out.length < entry.size) throw new FileReadError(MESSAGES.damaged, 'damaged');
  return out;
}

/** JSZip, loaded only where it is needed: the CLI never needs it, and it costs a tenth of a second at start-up. */
function loadJSZip(): typeof JSZip {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const m = require('jszip') as typeof JSZip & { default?: typeof JSZip };
  return m.default ?? m;
}

let decoder: { decode(bytes: Uint8Array): string } | undefined;

/** UTF-8 decoding; created lazily so that merely importing the module needs no TextDecoder. */
export function utf8Decode(bytes: Uint8Array): string {
  decoder ??= new TextDecoder('utf-8');
  return decoder.decode(bytes);
}

let sliceDecoder: { decode(bytes: Uint8Array): string } | undefined;

/** UTF-8 decoding of a piece from inside a part: a leading U+FEFF there is text, not a byte order mark. */
export function utf8Text(bytes: Uint8Array): string {
  sliceDecoder ??= new TextDecoder('utf-8', { ignoreBOM: true });
  return sliceDecoder.decode(bytes);
}

/** Entries of a zip file in central-directory order, with their compressed data. */
export function readRawEntries(zip: Uint8Array): RawEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new FileReadError(MESSAGES.truncated, 'damaged');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const zip64Locator = eocd >= 20 && view.getUint32(eocd - 20, true) === 0x07064b50;
  if (zip64Locator || count === 0xffff || p === 0xffffffff) throw new FileReadError(MESSAGES.zip64, 'unsafe');
  const out: RawEntry[] = [];
  let total = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > zip.length || view.getUint32(p, true) !== 0x02014b50) throw new FileReadError(MESSAGES.damaged, 'damaged');
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = utf8Decode(zip.subarray(p + 46, p + 46 + nameLen));
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) throw new FileReadError(MESSAGES.zip64, 'unsafe');
    if (unsafeName(name)) throw new FileReadError(MESSAGES.traversal, 'unsafe');
    total += size;
    if (size > ZIP_LIMITS.entry || (total > ZIP_LIMITS.total && total > zip.length * ZIP_LIMITS.totalRatio)
      || (size > ZIP_LIMITS.ratioFloor && size > compressedSize * ZIP_LIMITS.ratio)) throw new FileReadError(MESSAGES.bomb, 'unsafe');
    if (local + 30 > zip.length || view.getUint32(local, true) !== 0x04034b50) throw new FileReadError(MESSAGES.damaged, 'damaged');
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > zip.length) throw new FileReadError(MESSAGES.damaged, 'damaged');
    out.push({ name, method, crc, compressedSize, size, data: zip.subarray(dataStart, dataStart + compressedSize) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Entry names that could escape a target folder if anyone extracted the package: ../, absolute, backslashes. */
export function unsafeName(name: string): boolean {
  return name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..') || name.includes('\0');
}

let CRC_TABLE: Uint32Array | null = null;

export function crc32(data: Uint8Array, prev = 0): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  const t = CRC_TABLE;
  let c = (prev ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const CRC_POLY = 0xedb88320;

/** (a · b) modulo the CRC-32 polynomial, bit-reflected (zlib's multmodp). */
function multModP(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ CRC_POLY : b >>> 1;
  }
  return p >>> 0;
}

let X2N: number[] | null = null;

/**
 * CRC-32 of bytes A followed by bytes B, from A's CRC, B's CRC and B's length (zlib's crc32_combine): the
 * pieces of a part are checked where they are deflated and joined here in a few microseconds.
 */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  if (!X2N) {
    // X2N[k] = x^(2^k) modulo the polynomial
    X2N = [0x40000000];
    for (let k = 1; k < 32; k++) X2N.push(multModP(X2N[k - 1], X2N[k - 1]));
  }
  // x^(8 * lengthB): the shift of A's CRC past B's bytes
  let shift = 0x80000000;
  for (let n = lengthB, k = 3; n > 0; n = Math.floor(n / 2), k++) if (n % 2) shift = multModP(X2N[k & 31], shift);
  return (multModP(shift, crcA) ^ crcB) >>> 0;
}

/** Raw deflate with the platform's CompressionStream; without one, parts are stored uncompressed. */
export async function deflateRawStream(data: Uint8Array): Promise<Uint8Array> {
  return streams.CompressionStream ? throughStream(streams.CompressionStream, data) : data;
}


/** The fields a local header (at +8) and a central directory record (at +10) share, in the same order. */
function entryFields(v: DataView, at: number, e: { method: number; crc: number; compressedSize: number; size: number }, nameLength: number): void {
  v.setUint16(at, e.method, true);
  v.setUint16(at + 2, DOS_TIME, true);
  v.setUint16(at + 4, DOS_DATE, true);
  v.setUint32(at + 6, e.crc, true);
  v.setUint32(at + 10, e.compressedSize, true);
  v.setUint32(at + 14, e.size, true);
  v.setUint16(at + 18, nameLength, true);
}
function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Compress new content into an entry (stored when deflate does not help, e.g. tiny parts). */
export async function makeEntry(
  name: string, content: Uint8Array, deflate: DeflateRaw, crc: Crc32 = crc32,
): Promise<RawEntry> {
  const packed = await deflate(content);
  const stored = packed.length >= content.length;
  return {
    name, method: stored ? 0 : 8, crc: crc(content), size: content.length,
    compressedSize: stored ? content.length : packed.length, data: stored ? content : packed,
  };
}

/**
 * A part packed while it is being generated: every few MB of XML goes to the deflater at once (on Node,
 * zlib's thread pool compresses it while the next rows are built), and the XML is never held whole.
 */
export class PiecePacker {
  private readonly pieces: Array<Promise<PackedPiece>> = [];
  private readonly lengths: number[] = [];
  private chunks: Uint8Array[] = [];
  private pending = 0;

  constructor(private readonly name: string, private readonly deflate: DeflateRawPiece, readonly pieceSize = 4 * 2 ** 20) {}

  /** Takes `chunk` over: its buffer holds nothing else the caller still needs (see DeflateRawPiece). */
  push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.pending += chunk.length;
    if (this.pending >= this.pieceSize) this.flush(false);
  }

  private flush(last: boolean): void {
    const piece = concat(this.chunks);
    this.chunks = [];
    this.pending = 0;
    this.lengths.push(piece.length);
    const packed = Promise.resolve(this.deflate(piece, last));
    packed.catch(() => undefined); // awaited in end()
    this.pieces.push(packed);
  }

  end(): Promise<RawEntry> {
    this.flush(true);
    return pieceEntry(this.name, this.pieces, this.lengths);
  }
}

/** The entry of a part deflated in pieces (each but the last sync-flushed), in order; lengths: their bytes unpacked. */
export async function pieceEntry(name: string, pieces: Array<PackedPiece | Promise<PackedPiece>>, lengths: number[]): Promise<RawEntry> {
  const packed = await Promise.all(pieces);
  const crc = packed.reduce((sum, p, k) => (k ? crc32Combine(sum, p.crc, lengths[k]) : p.crc), 0);
  const data = concat(packed.map((p) => p.data));
  const size = lengths.reduce((sum, n) => sum + n, 0);
  return { name, method: 8, crc, size, compressedSize: data.length, data };
}

const DOS_TIME = 0; // 00:00:00
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1; // fixed date: output bytes depend only on content

/** A zip file of the given entries (UTF-8 names, no data descriptors, no zip64: parts stay < 4 GB). */
export function writeZip(entries: RawEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const names = entries.map((e) => enc.encode(e.name));
  const localSize = entries.reduce((s, e, i) => s + 30 + names[i].length + e.data.length, 0);
  const cdSize = entries.reduce((s, _e, i) => s + 46 + names[i].length, 0);
  const out = new Uint8Array(localSize + cdSize + 22);
  const v = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  entries.forEach((e, i) => {
    offsets.push(p);
    v.setUint32(p, 0x04034b50, true);
    v.setUint16(p + 4, 20, true);
    v.setUint16(p + 6, 0x0800, true); // UTF-8 file names
    entryFields(v, p + 8, e, names[i].length);
    v.setUint16(p + 28, 0, true);
    out.set(names[i], p + 30);
    out.set(e.data, p + 30 + names[i].length);
    p += 30 + names[i].length + e.data.length;
  });
  const cdStart = p;
  entries.forEach((e, i) => {
    v.setUint32(p, 0x02014b50, true);
    v.setUint16(p + 4, 20, true);
    v.setUint16(p + 6, 20, true);
    v.setUint16(p + 8, 0x0800, true);
    entryFields(v, p + 10, e, names[i].length);
    v.setUint32(p + 42, offsets[i], true);
    out.set(names[i], p + 46);
    p += 46 + names[i].length;
  });
  v.setUint32(p, 0x06054b50, true);
  v.setUint16(p + 8, entries.length, true);
  v.setUint16(p + 10, entries.length, true);
  v.setUint32(p + 12, p - cdStart, true);
  v.setUint32(p + 16, cdStart, true);
  return out;
}
