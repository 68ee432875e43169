// UTF-8 output written straight into byte buffers: a result sheet can have a hundred thousand rows, and
// building its XML as JavaScript strings, then encoding them, cost most of the CLI's write phase. Cells are
// ASCII (references, style numbers, string indexes, numbers), so they are copied as pre-encoded bytes and
// digits; only free text goes through TextEncoder.

interface Utf8Encoder {
  encode(s: string): Uint8Array;
  encodeInto(s: string, into: Uint8Array): { written?: number };
}
let encoder: Utf8Encoder | undefined;

/** Pre-encoded bytes of a piece of ASCII markup (no TextEncoder: importing this module needs none). */
export function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 0x80) throw new Error(`not ASCII: ${s}`);
    out[i] = ch;
  }
  return out;
}

const FIRST_SIZE = 64 * 1024;

/**
 * Collects the bytes of one part. With `consume`, every `chunkSize` bytes (a row or so more) are handed over
 * as one chunk as soon as they are made and never touched again, so they can be compressed while the next
 * rows are built; bytes() then returns only what is left (nothing). Without it, bytes() returns the whole part.
 */
export class XmlSink {
  private buf: Uint8Array;
  private dv: DataView | null = null;
  private pos = 0;
  private readonly chunks: Uint8Array[] = [];

  /** `spare`: a used buffer of at least the bytes asked for, if there is one (see DeflateRawPiece.spare) */
  constructor(
    private readonly consume?: (chunk: Uint8Array) => void, private readonly chunkSize = 4 * 2 ** 20,
    private readonly spare?: (bytes: number) => ArrayBuffer | undefined,
  ) {
    this.buf = new Uint8Array(FIRST_SIZE);
  }

  /** Room for `n` more bytes: callers reserve once for a row, then write its cells unchecked. */
  reserve(n: number): void {
    if (this.pos >= this.chunkSize || this.pos + n > this.buf.length) this.makeRoom(n);
  }

  /** Hands a full chunk over or grows the buffer. Apart from reserve, which is inlined into the loops that call it:
   *  the first chunk comes late (after 4 MB), and code optimised before then would be thrown away to take it in. */
  private makeRoom(n: number): void {
    if (this.pos >= this.chunkSize) {
      this.emit();
      const size = this.chunkSize + Math.max(n, FIRST_SIZE);
      const used = this.spare?.(size);
      this.buf = used ? new Uint8Array(used, 0, size) : new Uint8Array(size);
    }
    if (this.pos + n <= this.buf.length) return;
    // grow (most parts never reach a chunk; a chunk's buffer has room for a row past chunkSize)
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const bigger = new Uint8Array(Math.max(Math.min(size, this.chunkSize + FIRST_SIZE), this.pos + n));
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
  }

  private emit(): void {
    if (!this.pos) return;
    const chunk = this.buf.subarray(0, this.pos);
    if (this.consume) this.consume(chunk);
    else this.chunks.push(chunk);
    this.pos = 0;
  }

  /** Any text (UTF-8 encoded). */
  push(s: string): void {
    this.reserve(s.length * 3);
    let p = this.pos;
    const buf = this.buf;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      if (ch >= 0x80) {
        // not ASCII: let the encoder do the rest
        encoder ??= new TextEncoder();
        p += encoder.encodeInto(s.slice(i), buf.subarray(p)).written ?? 0;
        break;
      }
      buf[p++] = ch;
    }
    this.pos = p;
  }

  /** The buffer to write into from `at` (room reserved), for loops that keep the position themselves. */
  get buffer(): Uint8Array {
    return this.buf;
  }

  /** A view of buffer, for putPiece. */
  get view(): DataView {
    const b = this.buf;
    let dv = this.dv;
    if (dv?.buffer !== b.buffer) this.dv = dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    return dv;
  }

  /** Where the next byte goes in buffer. */
  get at(): number {
    return this.pos;
  }

  /** After writing into buffer up to (not including) `end`. */
  set at(end: number) {
    this.pos = end;
  }

  /** Everything not yet handed to `consume`, as one array. */
  bytes(): Uint8Array {
    this.emit();
    if (this.chunks.length === 1) return this.chunks[0];
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let o = 0;
    for (const c of this.chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }
}

/** True where the platform stores words little-endian (all common ones): pieces are copied in memory order. */
const HOST_LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Pre-encoded markup, copied by putPiece as 32-bit words. */
export interface Piece {
  /** the markup's bytes (from 0 to length) in the buffer of `words`, which may hold more: a piece can be rewritten */
  bytes: Uint8Array;
  words: Int32Array;
  length: number;
}

/** Bytes putPiece may write past a piece's end: room a caller reserves beyond what it writes. */
export const PIECE_SLACK = 4;

/** A piece of `bytes`, with room for `room` bytes if it is to be rewritten. */
export function piece(bytes: Uint8Array, room = bytes.length): Piece {
  const words = new Int32Array((Math.max(room, bytes.length) + 3) >> 2);
  const view = new Uint8Array(words.buffer);
  view.set(bytes);
  return { bytes: view, words, length: bytes.length };
}

/**
 * Copies `x` into `view` at `p`; returns the position after it. Whole words are written, so up to three bytes
 * past the end get junk, which whatever comes next overwrites (what is never overwritten lies past the part's
 * end and is never handed on). A 20-byte cell tail in five stores instead of twenty.
 */
export function putPiece(view: DataView, p: number, x: Piece): number {
  const w = x.words;
  const end = (x.length + 3) >> 2;
  for (let k = 0; k < end; k++) view.setInt32(p + 4 * k, w[k], HOST_LE);
  return p + x.length;
}

/** Longest text putNumber writes (e.g. -1.2345678901234567e-300). */
export const NUMBER_ROOM = 24;

/** Copies `b` into `buf` at `p`; returns the position after it. */
export function putBytes(buf: Uint8Array, p: number, b: Uint8Array): number {
  for (let i = 0; i < b.length; i++) buf[p++] = b[i];
  return p;
}

/** Decimal digits of an integer 0 ≤ n < 2^31 (-0 prints as 0, like String(-0)) at `p`; returns the end. */
export function putUint(buf: Uint8Array, p: number, n: number): number {
  let end = p + 1;
  for (let t = n; t >= 10; t = (t / 10) | 0) end++;
  p = end;
  do {
    const q = (n / 10) | 0;
    buf[--p] = 48 + n - q * 10;
    n = q;
  } while (n);
  return end;
}

/** `n` as JavaScript prints it (`${n}`), for a finite n, at `p`; returns the end. */
export function putNumber(buf: Uint8Array, p: number, n: number): number {
  if (n === Math.floor(n)) {
    if (n >= 0 && n < 2 ** 31) return putUint(buf, p, n);
    if (n < 0 && n > -(2 ** 31)) {
      buf[p] = 45; // '-'
      return putUint(buf, p + 1, -n);
    }
  } else {
    // yuan, percentages and scores have at most two decimals: the double nearest to k/100 prints as the
    // digits of k with the point put back (below 2^31/100 no shorter decimal is that close to it)
    const k = Math.round(n * 100);
    if (k / 100 === n && k < 2 ** 31 && k > -(2 ** 31)) {
      let a = k;
      if (a < 0) {
        buf[p++] = 45;
        a = -a;
      }
      const whole = (a / 100) | 0;
      const cents = a - whole * 100;
      p = putUint(buf, p, whole);
      buf[p++] = 46; // '.'
      buf[p++] = 48 + ((cents / 10) | 0);
      if (cents % 10) buf[p++] = 48 + (cents % 10);
      return p;
    }
  }
  const s = String(n); // digits, '-', '.', 'e', '+': ASCII
  for (let i = 0; i < s.length; i++) buf[p++] = s.charCodeAt(i);
  return p;
}
