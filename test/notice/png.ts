// A plain RGB PNG of the given size with a few coloured bars, made with zlib: an image of a chart's
// proportions for embedding tests (the real charts are drawn by the browser shells).
import * as zlib from 'zlib';

/** length, type, data, CRC of type and data (zlib.crc32: Node 20.15 and later) */
function chunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(typed.length + 8);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(zlib.crc32(typed), typed.length + 4);
  return out;
}

export function barsPng(width: number, height: number, bars = 6): Uint8Array {
  const raw = Buffer.alloc((width * 3 + 1) * height, 255);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const bar = Math.floor((x / width) * bars * 2);
      const top = height - Math.round(((bar % 5) + 1) * (height / 6));
      if (bar % 2 === 1 && y >= top) {
        const at = y * (width * 3 + 1) + 1 + x * 3;
        raw[at] = 15; raw[at + 1] = 108; raw[at + 2] = 189;
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
  return new Uint8Array(Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]));
}
