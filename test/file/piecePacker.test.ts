// A part deflated in pieces (each but the last sync-flushed) is one valid deflate stream with the CRC and
// size of the whole part, as an independent inflater (Node's zlib) and unzip -t see it.
import zlib from 'zlib';
import { crc32, crc32Combine, PiecePacker } from '../../src/file/zip';

const pieceDeflate = (d: Uint8Array, last: boolean) => ({
  data: zlib.deflateRawSync(d, { level: 1, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH }),
  crc: zlib.crc32(d),
});

describe('PiecePacker', () => {
  it('packs chunks in several pieces into one stream with the whole part\'s CRC and size', async () => {
    const text = Array.from({ length: 20000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${(i * 7919) % 1000}</v></c></row>`).join('');
    const whole = new TextEncoder().encode(text);
    const packer = new PiecePacker('xl/worksheets/sheet9.xml', pieceDeflate, 64 * 1024); // many pieces
    for (let at = 0; at < whole.length; at += 10000) packer.push(whole.subarray(at, at + 10000));
    const entry = await packer.end();
    expect(entry.size).toBe(whole.length);
    expect(entry.crc).toBe(zlib.crc32(whole));
    expect(entry.method).toBe(8);
    expect(entry.compressedSize).toBe(entry.data.length);
    expect(Buffer.from(zlib.inflateRawSync(entry.data)).equals(Buffer.from(whole))).toBe(true);
  });

  it('joins the CRCs of two runs of bytes like one pass over both, for any lengths', () => {
    let seed = 11;
    const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
    for (const [m, n] of [[0, 0], [0, 5], [5, 0], [1, 1], [3, 4096], [70000, 1], [1000, 4 * 2 ** 20 + 3]]) {
      const a = Uint8Array.from({ length: m }, () => random(256));
      const b = Uint8Array.from({ length: n }, () => random(256));
      expect(crc32Combine(zlib.crc32(a), zlib.crc32(b), n)).toBe(zlib.crc32(Buffer.concat([a, b])));
    }
  });

  it('continues a CRC across calls like one pass over the bytes', () => {
    const a = new TextEncoder().encode('稿酬发放记录');
    const b = new TextEncoder().encode('<row r="1"/>');
    expect(crc32(b, crc32(a))).toBe(zlib.crc32(Buffer.concat([a, b])));
  });
});
