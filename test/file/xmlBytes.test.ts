// The byte writer behind result sheets: numbers print exactly as JavaScript prints them (the old string
// building used `${n}`), text is UTF-8 as TextEncoder makes it, and handed-over chunks concatenate to the part.
import { ascii, NUMBER_ROOM, piece, PIECE_SLACK, putNumber, putPiece, putUint, XmlSink } from '../../src/file/xmlBytes';

const text = (b: Uint8Array) => new TextDecoder().decode(b);

function printed(n: number): string {
  const buf = new Uint8Array(NUMBER_ROOM + 8);
  return text(buf.subarray(0, putNumber(buf, 4, n)).subarray(4));
}

describe('putNumber', () => {
  it('prints like String(n) for integers, yuan, percentages and arbitrary doubles', () => {
    const edges = [0, -0, 1, -1, 9, 10, 99, 100, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) + 1, 2 ** 53, 1e21, -1e21,
      0.01, -0.01, 0.05, 0.1, 0.07, 1.005, 14975.05, 21474836.47, 21474836.48, -21474836.47, 1e-7, 5e-324, 1 / 3, 0.1 + 0.2];
    for (const n of edges) expect(printed(n)).toBe(String(n));
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 20000; i++) {
      const k = Math.floor((random() - 0.5) * 2 ** (1 + random() * 34));
      for (const n of [k, k / 100, k / 10, k / 1000, random() * 10 ** (random() * 30 - 12)]) {
        if (printed(n) !== String(n)) throw new Error(`${n} printed as ${printed(n)}`);
      }
    }
  });

  it('writes digits at the given position and returns the end', () => {
    const buf = new Uint8Array(16).fill(120); // 'x'
    expect(putUint(buf, 2, 40210)).toBe(7);
    expect(text(buf.subarray(0, 8))).toBe('xx40210x');
  });
});

describe('XmlSink', () => {
  it('encodes any text as UTF-8 and grows past its first buffer', () => {
    const sink = new XmlSink();
    const parts = ['<si><t>', '稿酬发放记录', ' & 𠀋 é', '</t></si>', 'x'.repeat(200000)];
    for (const p of parts) sink.push(p);
    expect(text(sink.bytes())).toBe(parts.join(''));
  });

  it('hands over chunks of at least chunkSize bytes that concatenate to the part', () => {
    const chunks: Uint8Array[] = [];
    const sink = new XmlSink((c) => chunks.push(c), 1000);
    const row = ascii('<row r="1"><c r="A1"><v>1</v></c></row>');
    let expected = '';
    for (let i = 0; i < 500; i++) {
      sink.reserve(row.length);
      const buf = sink.buffer;
      let p = sink.at;
      for (const b of row) buf[p++] = b;
      sink.at = p;
      sink.push(`<!--${i}-->`);
      expected += `<row r="1"><c r="A1"><v>1</v></c></row><!--${i}-->`;
    }
    expect(sink.bytes()).toHaveLength(0); // everything went to consume
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.slice(0, -1).every((c) => c.length >= 1000)).toBe(true);
    // every chunk has a buffer of its own (the deflater may take it over)
    expect(new Set(chunks.map((c) => c.buffer)).size).toBe(chunks.length);
    expect(chunks.map(text).join('')).toBe(expected);
  });

  it('copies pieces of any length word by word: each piece overwrites the junk after the one before', () => {
    const pieces = ['', 'a', '</v>', '" s="12" t="s"><v>', '<c r="AB', '</v></c><c r="C'].map((s) => ({ s, x: piece(ascii(s)) }));
    const sink = new XmlSink();
    let expected = '';
    for (let i = 0; i < 300; i++) {
      const { s, x } = pieces[(i * 7) % pieces.length];
      sink.reserve(x.length + PIECE_SLACK);
      sink.at = putPiece(sink.view, sink.at, x);
      expected += s;
      expect(sink.view.buffer).toBe(sink.buffer.buffer); // the view follows the buffer as it grows
    }
    expect(text(sink.bytes())).toBe(expected);
  });

  it('copies a piece rewritten in place with its new bytes and length', () => {
    const x = piece(ascii('<v>'), 32);
    const sink = new XmlSink();
    let expected = '';
    for (const s of ['12345678901234567890', '7', '', '" s="3"><v>0.5</v></c>']) {
      x.bytes.set(ascii(s));
      x.length = s.length;
      sink.reserve(x.length + PIECE_SLACK);
      sink.at = putPiece(sink.view, sink.at, x);
      sink.push('|');
      expected += `${s}|`;
    }
    expect(text(sink.bytes())).toBe(expected);
  });

  it('refuses non-ASCII markup constants', () => {
    expect(() => ascii('<c r="甲">')).toThrow();
  });
});

describe('XmlSink with spare buffers', () => {
  it('builds later chunks in the buffers it is given, each handed over whole', () => {
    const given: ArrayBuffer[] = [];
    const spare = (bytes: number) => {
      const b = new ArrayBuffer(bytes + 100);
      given.push(b);
      return given.length % 2 ? b : undefined; // every other time there is none
    };
    const chunks: Uint8Array[] = [];
    const sink = new XmlSink((c) => chunks.push(c), 1000, spare);
    let expected = '';
    for (let i = 0; i < 400; i++) {
      sink.push(`<row r="${i}"/>`);
      expected += `<row r="${i}"/>`;
      sink.reserve(16);
    }
    sink.bytes();
    expect(chunks.map(text).join('')).toBe(expected);
    const used = chunks.filter((c) => given.includes(c.buffer as ArrayBuffer));
    expect(used.length).toBe(Math.ceil(given.length / 2));
    expect(used.every((c) => c.byteOffset === 0)).toBe(true);
  });
});
