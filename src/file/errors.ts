// Clear Chinese messages for files we cannot read, decided from the first bytes before unzipping.

/** Thrown by readXlsx / writeResults when the file is not a readable .xlsx workbook. */
export class FileReadError extends Error {
  constructor(
    message: string,
    public readonly reason: 'empty' | 'encrypted' | 'xls' | 'not-xlsx' | 'damaged',
  ) {
    super(message);
    this.name = 'FileReadError';
  }
}

export const MESSAGES = {
  empty: '文件是空的（0 字节），请确认选择了正确的台账文件。',
  encrypted:
    '文件已加密（设置了打开密码），请先在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后再试。',
  xls: '这是旧版 Excel 97-2003 工作簿（.xls），请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再试。',
  xlsb: '这是 Excel 二进制工作簿（.xlsb），请“另存为” Excel 工作簿（.xlsx）后再试。',
  ods: '这是 OpenDocument 表格（.ods），请“另存为” Excel 工作簿（.xlsx）后再试。',
  word: '这是 Word 或 PowerPoint 文档，不是 Excel 工作簿，请选择 .xlsx 格式的稿件登记台账。',
  notXlsx: '无法识别文件格式，不是 .xlsx 文件。请选择 Excel 工作簿（.xlsx）。如果是 CSV 或网页格式，请在 Excel 中另存为 .xlsx。',
  damaged: '文件已损坏，无法读取。请在 Excel 中打开并重新保存，或使用备份文件。',
} as const;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** UTF-16LE bytes of an ASCII name, as stored in a compound-file directory entry. */
function utf16(name: string): number[] {
  const out: number[] = [];
  for (const ch of name) out.push(ch.charCodeAt(0), 0);
  return out;
}

function contains(data: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    for (let j = 0; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Throws FileReadError unless the bytes look like a zip package (the container of .xlsx). */
export function sniffContainer(data: Uint8Array): void {
  if (data.length === 0) throw new FileReadError(MESSAGES.empty, 'empty');
  if (CFB_MAGIC.every((b, i) => data[i] === b)) {
    // An OLE compound file: either an encrypted OOXML package or a legacy binary (.xls/.doc) file.
    if (contains(data, utf16('EncryptionInfo')) || contains(data, utf16('EncryptedPackage'))) {
      throw new FileReadError(MESSAGES.encrypted, 'encrypted');
    }
    if (contains(data, utf16('WordDocument')) || contains(data, utf16('PowerPoint Document'))) {
      throw new FileReadError(MESSAGES.word, 'not-xlsx');
    }
    throw new FileReadError(MESSAGES.xls, 'xls');
  }
  if (data[0] === 0x50 && data[1] === 0x4b) return; // "PK": a zip archive
  throw new FileReadError(MESSAGES.notXlsx, 'not-xlsx');
}
