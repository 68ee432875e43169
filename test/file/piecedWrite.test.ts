// With a piece deflater (the CLI's), the original's shared strings are deflated apart from what goes around them
// (new counts in the start tag, appended items) and the result sheets piece by piece: every part unzips to the
// same bytes as without one, with a CRC-32 and size that match, and the table's items went to the deflater early.
import zlib from 'zlib';
import { readXlsx, writeResults } from '../../src/file';
import { ZipArchive, type PackedPiece } from '../../src/file/zip';
import { loadExcelJS, rankingSheet, xlsxOf } from './helpers';

const deflateRaw = (d: Uint8Array) => zlib.deflateRawSync(d, { level: 1 });

it('writes the same parts with pieces deflated apart as with whole parts', async () => {
  const original = await xlsxOf((wb) => {
    const ws = wb.addWorksheet('2026年7月');
    ws.addRow(['标题', '作者']);
    for (let i = 0; i < 3000; i++) ws.addRow([`稿件${i}`, `作者${i % 40}`]);
  });
  const sheets = [rankingSheet('排名-2026Q3', '作者7'), rankingSheet('排名-2026Q2', '新作者')];
  const pieces: number[] = [];
  const deflateRawPiece = (piece: Uint8Array, last: boolean): PackedPiece => {
    pieces.push(piece.length);
    const finishFlush = last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
    return { data: zlib.deflateRawSync(piece, { level: 1, finishFlush }), crc: zlib.crc32(piece) };
  };
  const whole = new ZipArchive((await writeResults(original, await readXlsx(original), sheets, { deflateRaw })).data);
  const result = await writeResults(original, await readXlsx(original), sheets, { deflateRaw, deflateRawPiece });
  const pieced = new ZipArchive(result.data);

  expect(pieced.names()).toEqual(whole.names());
  for (const name of whole.names()) {
    const entry = pieced.find(name)!;
    const bytes = await pieced.read(entry);
    expect(Buffer.from(bytes).equals(Buffer.from(await whole.read(whole.find(name)!)))).toBe(true);
    expect(entry.crc).toBe(zlib.crc32(bytes));
  }
  // the table's items, all but its start and end, were one piece of their own
  const zip = new ZipArchive(original);
  const items = new TextDecoder().decode(await zip.read(zip.find('xl/sharedStrings.xml')!));
  expect(pieces).toContain(new TextEncoder().encode(items.slice(items.indexOf('<si>'), items.lastIndexOf('</sst>'))).length);
  const ws = (await loadExcelJS(result.data)).getWorksheet('排名-2026Q2')!;
  expect(ws.getCell('A6').value).toBe('新作者');
});

it('hands a big inflated table\'s own buffer to the deflater, which may move it away, and still writes it whole', async () => {
  const original = await xlsxOf((wb) => {
    const ws = wb.addWorksheet('2026年7月');
    ws.addRow(['标题', '作者']);
    for (let i = 0; i < 40000; i++) ws.addRow([`第${i}篇稿件：人大代表走进社区听民声`, `作者${i % 40}`]);
  });
  const zip = new ZipArchive(original);
  const table = await zip.read(zip.find('xl/sharedStrings.xml')!);
  expect(table.length).toBeGreaterThan(2 ** 20);
  const inflateRaw = (d: Uint8Array) => new Uint8Array(zlib.inflateRawSync(d)); // a buffer of its own, as Node's inflate gives
  const seen: Array<{ offset: number; length: number; buffer: number }> = [];
  const deflateRawPiece = (piece: Uint8Array, last: boolean): PackedPiece => {
    seen.push({ offset: piece.byteOffset, length: piece.length, buffer: piece.buffer.byteLength });
    const finishFlush = last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
    const packed = { data: zlib.deflateRawSync(piece, { level: 1, finishFlush }), crc: zlib.crc32(piece) };
    structuredClone(piece.buffer, { transfer: [piece.buffer as ArrayBuffer] }); // moved away, as to a worker
    return packed;
  };
  const sheets = [rankingSheet('排名-2026Q3', '作者7')];
  const result = await writeResults(original, await readXlsx(original), sheets, { deflateRaw, deflateRawPiece, inflateRaw });
  const out = new ZipArchive(result.data);
  const sst = new TextDecoder().decode(await out.read(out.find('xl/sharedStrings.xml')!));
  const before = new TextDecoder().decode(table);
  expect(sst.includes(before.slice(before.indexOf('<si>'), before.lastIndexOf('</sst>')))).toBe(true);
  expect(sst.endsWith('</sst>')).toBe(true);
  // the items went in the table's buffer (not a copy: it starts after the table's start tag)
  const items = seen.find((s) => s.length > 2 ** 20)!;
  expect(items.offset).toBeGreaterThan(0);
  expect(items.buffer).toBe(table.length);
  const ws = (await loadExcelJS(result.data)).getWorksheet('2026年7月')!;
  expect(ws.getCell('A40001').value).toBe('第39999篇稿件：人大代表走进社区听民声');
});
