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
