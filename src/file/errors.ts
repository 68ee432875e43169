// Clear Chinese messages for files we cannot read, decided from the first bytes before unzipping.

/** Thrown by readXlsx / writeResults when the file is not a readable .xlsx workbook. */
export class FileReadError extends Error {
  constructor(
    message: string,
    public readonly reason: 'empty' | 'encrypted' | 'xls' | 'not-xlsx' | 'damaged' | 'unsafe',
  ) {
    super(message);
    this.name = 'FileReadError';
  }
}

export const MESSAGES = {
  empty: '文件是空的（0 字节），请确认选择了正确的台账文件。',
  encrypted:
    '文件已加密（设置了打开密码），请先在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后再试。',
  xls: '这是旧版 Excel 97-2003 工作簿（.xls）或 WPS 表格（.et），请在 Excel、WPS 或 LibreOffice 中“另存为” Excel 工作簿（.xlsx）后再试。',
  text: '这是文本文件（如 CSV 或网页格式），不是 .xlsx 文件。CSV 台账请使用 .csv 扩展名；其他请在 Excel、WPS 或 LibreOffice 中打开后“另存为” Excel 工作簿（.xlsx）再试。',
  csvNotTable: '文件扩展名是 CSV/文本，但内容不是逗号或制表符分隔的表格（可能是网页或 XML 格式）。请在 Excel、WPS 或 LibreOffice 中打开后“另存为” Excel 工作簿（.xlsx）再试。',
  truncated: '文件不完整（可能在下载、复制或邮件传输时被截断），无法读取。请重新获取完整的文件，或在 Excel 中打开并重新保存。',
  zip64: '文件超过 4 GB 或包含超过 65535 个部件（zip64 格式），超出本工具的处理范围。请删除无关工作表或拆分台账后再试。',
  bomb: '文件解压后异常巨大（压缩比或大小超出安全上限），可能已损坏或是恶意构造的文件，已拒绝读取。请在 Excel 中打开并重新保存后再试。',
  traversal: '文件内部包含不安全的路径（如 ../、绝对路径或反斜杠），不是正常的 Excel 工作簿，已拒绝读取。请在 Excel 中打开并另存为 .xlsx 后再试。',
  xlsb: '这是 Excel 二进制工作簿（.xlsb），请“另存为” Excel 工作簿（.xlsx）后再试。',
  ods: '这是 OpenDocument 表格（.ods），请在 LibreOffice、WPS 或 Excel 中“另存为” Excel 工作簿（.xlsx）后再试。',
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
  throw new FileReadError(looksLikeText(data) ? MESSAGES.text : MESSAGES.notXlsx, 'not-xlsx');
}

/** Text (CSV, HTML "xls" exports): no NUL and no C0 controls other than tab/CR/LF in the first bytes. */
export function looksLikeText(data: Uint8Array): boolean {
  const head = data.subarray(0, 4096);
  return head.every((b) => b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
}
