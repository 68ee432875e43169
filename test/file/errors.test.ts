import JSZip from 'jszip';
import { FileReadError, readXlsx, writeResults } from '../../src/file';
import { xlsxOf } from './helpers';

function cfb(streamName?: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  if (streamName) [...streamName].forEach((ch, i) => (bytes[1024 + i * 2] = ch.charCodeAt(0)));
  return bytes;
}

async function failure(data: Uint8Array): Promise<FileReadError> {
  try {
    await readXlsx(data);
  } catch (e) {
    expect(e).toBeInstanceOf(FileReadError);
    return e as FileReadError;
  }
  throw new Error('readXlsx did not throw');
}

describe('unreadable files give clear Chinese messages', () => {
  it('password-protected workbook (encrypted OLE container)', async () => {
    const e = await failure(cfb('EncryptionInfo'));
    expect(e.reason).toBe('encrypted');
    expect(e.message).toContain('文件已加密');
  });

  it('old binary .xls', async () => {
    const e = await failure(cfb('Workbook'));
    expect(e.reason).toBe('xls');
    expect(e.message).toContain('另存为');
    expect(e.message).toContain('.xlsx');
  });

  it('empty file, CSV text and other zip documents', async () => {
    expect((await failure(new Uint8Array())).reason).toBe('empty');
    const csv = await failure(new TextEncoder().encode('序号,标题\n1,测试\n'));
    expect(csv.message).toContain('不是 .xlsx 文件');
    const docx = new JSZip();
    docx.file('word/document.xml', '<w:document/>');
    const word = await failure(await docx.generateAsync({ type: 'uint8array' }));
    expect(word.message).toContain('Word');
  });

  it('damaged workbook: truncated, and corrupted compressed data', async () => {
    const good = await xlsxOf((wb) => wb.addWorksheet('S').addRow(['a', 1]));
    expect((await failure(good.slice(0, good.length - 200))).reason).toBe('damaged');
    const zip = await JSZip.loadAsync(good);
    zip.file('xl/worksheets/sheet1.xml', '<worksheet>'.repeat(500));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    // flip bytes in the middle of the compressed sheet data
    const text = new TextDecoder('latin1').decode(bytes);
    const at = text.indexOf('xl/worksheets/sheet1.xml') + 40;
    for (let i = at; i < at + 30; i++) bytes[i] ^= 0xff;
    expect((await failure(bytes)).message).toMatch(/损坏|不是 \.xlsx/);
  });

  it('writeResults rejects the same inputs', async () => {
    await expect(writeResults(cfb('EncryptionInfo'), { sheets: [] }, [])).rejects.toBeInstanceOf(FileReadError);
  });
});

/** Offset of the central-directory record of `name` (a crafted file's fields are patched there). */
function centralRecord(bytes: Uint8Array, name: string): number {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let p = bytes.length - 46; p >= 0; p--) {
    if (v.getUint32(p, true) !== 0x02014b50) continue;
    const len = v.getUint16(p + 28, true);
    if (new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + len)) === name) return p;
  }
  throw new Error(`no central record for ${name}`);
}

describe('unsafe and unusual zip packages are refused', () => {
  const SHEET = 'xl/worksheets/sheet1.xml';

  it('truncated file says it is incomplete', async () => {
    const good = await xlsxOf((wb) => wb.addWorksheet('S').addRow(['a', 1]));
    const e = await failure(good.slice(0, Math.floor(good.length / 2)));
    expect(e.message).toContain('文件不完整');
  });

  it.each(['../evil.xml', '/etc/evil.xml', 'xl\\evil.xml', 'C:/evil.xml', 'xl/../../evil.xml'])('entry name %s', async (name) => {
    const zip = await JSZip.loadAsync(await xlsxOf((wb) => wb.addWorksheet('S').addRow(['a', 1])));
    zip.file(name, 'x', { createFolders: false });
    const e = await failure(await zip.generateAsync({ type: 'uint8array' }));
    expect(e.reason).toBe('unsafe');
    expect(e.message).toContain('不安全的路径');
  });

  it('an entry that inflates beyond its declared size (zip bomb) is refused', async () => {
    const bytes = await xlsxOf((wb) => wb.addWorksheet('S').addRow(['a', 1]));
    const p = centralRecord(bytes, SHEET);
    const v = new DataView(bytes.buffer, bytes.byteOffset);
    v.setUint32(p + 24, 10, true); // declare 10 bytes; the real sheet XML is far larger
    const e = await failure(bytes);
    expect(e.reason).toBe('unsafe');
    expect(e.message).toContain('解压后异常巨大');
  });

  it('declared sizes beyond the limits, or a huge ratio, are refused before inflating', async () => {
    const bytes = await xlsxOf((wb) => wb.addWorksheet('S').addRow(['a', 1]));
    const v = new DataView(bytes.buffer, bytes.byteOffset);
    v.setUint32(centralRecord(bytes, SHEET) + 24, 600 * 2 ** 20, true);
    expect((await failure(bytes)).message).toContain('解压后异常巨大');
    // deflate reaches about 1000:1 on zeros; here a 4 MB declared size from a few hundred bytes
    const ratio = await xlsxOf((wb) => wb.addWorksheet('S').addRow(['a', 1]));
    new DataView(ratio.buffer, ratio.byteOffset).setUint32(centralRecord(ratio, SHEET) + 24, 4 * 2 ** 20, true);
    expect((await failure(ratio)).reason).toBe('unsafe');
  });

  it('zip64 archives are refused with a clear message', async () => {
    const bytes = await xlsxOf((wb) => wb.addWorksheet('S').addRow(['a', 1]));
    const v = new DataView(bytes.buffer, bytes.byteOffset);
    v.setUint16(bytes.length - 22 + 10, 0xffff, true); // entry count escaped to the zip64 record
    const e = await failure(bytes);
    expect(e.message).toContain('zip64');
  });

  it('a text (CSV) file is named as such', async () => {
    const e = await failure(new TextEncoder().encode('序号,标题,作者\r\n1,测试,张三\r\n'));
    expect(e.message).toContain('CSV');
    expect(e.message).toContain('另存为');
  });
});
